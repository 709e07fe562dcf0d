import { Alert, Button, Snackbar } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useToast } from '../store/toast';
import { useNoticeAnchor } from './notice-anchor';

/** Shows the current in-app message, in the language of the moment (it redraws when the user switches); errors stay until dismissed. */
export function Toaster() {
  const { current, dismiss } = useToast();
  const { t, i18n } = useTranslation(current?.ns ?? 'common');
  const anchorOrigin = useNoticeAnchor('center');
  return (
    <Snackbar
      key={current?.id}
      open={current !== null}
      autoHideDuration={current?.severity === 'error' ? null : 8000}
      onClose={(_e, reason) => reason !== 'clickaway' && dismiss()}
      anchorOrigin={anchorOrigin}
    >
      {current ? (
        <Alert
          severity={current.severity}
          variant="filled"
          onClose={dismiss}
          action={
            current.action ? (
              <Button
                color="inherit"
                size="small"
                onClick={() => {
                  current.action?.run();
                  dismiss();
                }}
              >
                {current.action.label(t, i18n.language)}
              </Button>
            ) : undefined
          }
        >
          {current.message(t, i18n.language)}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
