import { ThemeProvider } from '@mui/material';
import type { ReactNode } from 'react';
import type { Direction } from '../i18n/languages';
import { DirectionProvider } from '../ui/direction';
import { makeTheme } from '../ui/theme';

/**
 * Draws `children` as the app does in `direction` (the Emotion cache and the MUI theme of that direction), for tests
 * that check a right-to-left layout before a right-to-left language exists in the app.
 */
export function InDirection({ direction, children }: { direction: Direction; children: ReactNode }) {
  return (
    <DirectionProvider direction={direction}>
      <ThemeProvider theme={makeTheme('light', direction)}>{children}</ThemeProvider>
    </DirectionProvider>
  );
}
