import { Alert, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** Warnings to read before going on (R-LIC-1, a moved license); they do not stop the user. */
export function WarningList({
  warnings,
}: {
  warnings: readonly { code: string; messageKey: string; params?: Readonly<Record<string, string | number>> | undefined }[];
}) {
  const { t } = useTranslation('licenses');
  if (warnings.length === 0) return null;
  return (
    <Stack spacing={1}>
      {warnings.map((w) => (
        <Alert key={w.code} severity="warning">
          {t(w.messageKey, w.params)}
        </Alert>
      ))}
    </Stack>
  );
}
