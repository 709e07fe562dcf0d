import RequestIcon from '@mui/icons-material/MarkEmailReadOutlined';
import { Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { KEY_REQUEST_EXTENSION } from '../../../shared/keys/key-request';
import { platform } from '../../platform';
import { showHostError } from '../../ui/host-error';
import { useKeyRequest } from './use-key-request';

/** "Open key request": reads a .conexrequest file written by `conex key request` and shows what it asks. */
export function OpenKeyRequestButton() {
  const { t } = useTranslation('licenses');
  const keyRequest = useKeyRequest();

  const open = async () => {
    const picked = await platform().openFile({ filters: [{ name: t('keyRequest.filterName'), extensions: [KEY_REQUEST_EXTENSION] }] });
    if (!picked.ok) return showHostError(picked.error);
    if (picked.value) await keyRequest.load(picked.value);
  };

  return (
    <>
      <Button size="small" startIcon={<RequestIcon fontSize="small" />} onClick={() => void open()}>
        {t('keyRequest.open')}
      </Button>
      {keyRequest.dialog}
    </>
  );
}
