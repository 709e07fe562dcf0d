import { Link } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { focusHeading } from './use-heading-focus';

/** "Skip to content": the first stop of the Tab key, hidden until focused, so keyboard users pass the navigation rail. */
export function SkipLink({ target }: { target: string }) {
  const { t } = useTranslation('common');
  return (
    <Link
      href={`#${target}`}
      onClick={(event) => {
        // The address hash names the open screen: move focus, to the screen's heading first, without changing it.
        event.preventDefault();
        const main = document.getElementById(target);
        if (main && !focusHeading(main)) main.focus();
      }}
      sx={{
        position: 'fixed',
        left: 8,
        top: 8,
        zIndex: (theme) => theme.zIndex.tooltip + 1,
        px: 2,
        py: 1,
        borderRadius: 1,
        bgcolor: 'background.paper',
        boxShadow: 3,
        transform: 'translateY(-200%)',
        '&:focus': { transform: 'none' },
      }}
    >
      {t('skipToContent')}
    </Link>
  );
}
