import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { KeyRequest } from '../../../shared/keys/key-request';
import type { License } from '../../../shared/license';
import { useNavigation } from '../../store/navigation';
import type { QuoteIntent } from '../../store/route';
import { ExportKeysButton } from './ExportKeysButton';
import { formatInstant } from './format';

interface Props {
  readonly request: KeyRequest;
  /** The stored license of the request's SEN, if any. */
  readonly license: License | undefined;
  readonly entityName: (id: string) => string;
  readonly onClose: () => void;
}

/**
 * A key request carried from a server with no network (`conex key request`):
 * what it asks for, then the way on: the keys file for that server once its
 * key exists, a Renew quote for a known SEN, or a New quote.
 */
export function KeyRequestDialog({ request, license, entityName, onClose }: Props) {
  const { t, i18n } = useTranslation('licenses');
  const go = (intent: QuoteIntent) => {
    onClose();
    useNavigation.getState().go({ screen: 'quotes', intent });
  };
  const hasKey = license?.key !== undefined && license.serverId === request.serverId;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="key-request-title">
      <DialogTitle id="key-request-title">{t('keyRequest.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={1.5}>
          <Typography>{t('keyRequest.serverId', { serverId: request.serverId })}</Typography>
          {request.sen && <Typography>{t('keyRequest.sen', { sen: request.sen })}</Typography>}
          {request.entity && <Typography>{t('keyRequest.entity', { entity: request.entity })}</Typography>}
          <Typography color="text.secondary">
            {t('keyRequest.created', { date: formatInstant(request.createdAt, i18n.language) })}
          </Typography>
          <Alert severity="info">
            {hasKey ? t('keyRequest.keyExists') : license ? t('keyRequest.renew', { sen: license.sen }) : t('keyRequest.new')}
          </Alert>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common:cancel')}</Button>
        {license && hasKey && (
          <ExportKeysButton
            licenses={async () => [license]}
            entityName={entityName}
            scope={request.serverId}
            label={t('keyRequest.export')}
          />
        )}
        {license && !hasKey && (
          <Button variant="contained" onClick={() => go({ kind: 'renew', licenseId: license.id })}>
            {t('keyRequest.renewButton')}
          </Button>
        )}
        {!license && (
          <Button variant="contained" onClick={() => go({ kind: 'new' })}>
            {t('keyRequest.newButton')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
