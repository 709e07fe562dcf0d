import { Box, Typography } from '@mui/material';
import { useEffect, type ReactNode } from 'react';

/** The heading of a screen, with its main actions on the right. */
export function ScreenHeader({ title, actions }: { title: string; actions?: ReactNode }) {
  useEffect(() => {
    // The start-up benchmark measures time to the first screen's heading.
    if (performance.getEntriesByName('conex:first-screen').length === 0) performance.mark('conex:first-screen');
  }, []);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 3, flexWrap: 'wrap' }}>
      <Typography variant="h4" component="h1" sx={{ flexGrow: 1 }}>
        {title}
      </Typography>
      {actions}
    </Box>
  );
}
