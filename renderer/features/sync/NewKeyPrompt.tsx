import { Alert, Button, Snackbar } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { listPendingKeys } from '../../db/repos/sync-store';
import { useNavigation } from '../../store/navigation';
import { useNoticeAnchor } from '../../ui/notice-anchor';

/**
 * "A new key is ready for SEN-…": a key Conex issued after payment (R-PAY-2).
 * It is never applied silently; the user opens License Details with it (R-LIC-3).
 * Several at once (a first sync) are one prompt, opened one after another; "Later" waits for the next session.
 */
export function NewKeyPrompt() {
  const { t } = useTranslation('sync');
  const go = useNavigation((s) => s.go);
  const pending = useLiveQuery(() => listPendingKeys(db()), []) ?? [];
  const [later, setLater] = useState<ReadonlySet<string>>(new Set());
  const waiting = pending.filter((k) => !later.has(`${k.sen}|${k.key}`));
  const next = waiting[0];
  const anchorOrigin = useNoticeAnchor('right');
  const hide = (all: boolean) => setLater(new Set([...later, ...(all ? waiting : waiting.slice(0, 1)).map((k) => `${k.sen}|${k.key}`)]));
  return (
    <Snackbar open={!!next} anchorOrigin={anchorOrigin} key={next ? `${next.sen}|${next.key}` : 'none'}>
      {next ? (
        <Alert
          severity="info"
          variant="filled"
          role="alert"
          action={
            <>
              <Button
                color="inherit"
                size="small"
                onClick={() => {
                  hide(false);
                  go({ screen: 'licenses', licenseId: next.licenseId, prefilledKey: next.key });
                }}
              >
                {t('newKey.open')}
              </Button>
              <Button color="inherit" size="small" onClick={() => hide(true)}>
                {t('newKey.later')}
              </Button>
            </>
          }
        >
          {waiting.length > 1
            ? t('newKey.promptMore', { sen: next.sen, count: waiting.length - 1 })
            : t('newKey.prompt', { sen: next.sen })}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
