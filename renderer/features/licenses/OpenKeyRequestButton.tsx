import RequestIcon from '@mui/icons-material/MarkEmailReadOutlined';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KEY_REQUEST_EXTENSION, readKeyRequest, type KeyRequest } from '../../../shared/keys/key-request';
import type { License } from '../../../shared/license';
import { db } from '../../db/database';
import { listEntities } from '../../db/repos/entities';
import { findLicenseBySen } from '../../db/repos/licenses';
import { platform } from '../../platform';
import { useToast } from '../../store/toast';
import { KeyRequestDialog } from './KeyRequestDialog';

/** "Open key request": reads a .conexrequest file written by `conex key request` and shows what it asks. */
export function OpenKeyRequestButton() {
  const { t } = useTranslation('licenses');
  const toast = useToast((s) => s.show);
  const [opened, setOpened] = useState<{ request: KeyRequest; license: License | undefined; names: Map<string, string> } | null>(null);

  const open = async () => {
    const file = await platform().openFile({ filters: [{ name: t('keyRequest.filterName'), extensions: [KEY_REQUEST_EXTENSION] }] });
    if (!file) return;
    let text = '';
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(file.data);
    } catch {
      // Not text: readKeyRequest says it is not a request.
    }
    const request = readKeyRequest(text);
    if (!request.ok) return toast({ severity: 'error', message: t(request.error.messageKey) });
    const license = request.value.sen ? await findLicenseBySen(db(), request.value.sen) : undefined;
    const names = new Map((await listEntities(db())).map((e) => [e.id, e.name]));
    setOpened({ request: request.value, license, names });
  };

  return (
    <>
      <Button size="small" startIcon={<RequestIcon fontSize="small" />} onClick={() => void open()}>
        {t('keyRequest.open')}
      </Button>
      {opened && (
        <KeyRequestDialog
          request={opened.request}
          license={opened.license}
          entityName={(id) => opened.names.get(id) ?? id}
          onClose={() => setOpened(null)}
        />
      )}
    </>
  );
}
