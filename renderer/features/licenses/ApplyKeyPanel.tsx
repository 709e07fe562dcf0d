import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../../shared/entity';
import { domainError } from '../../../shared/errors';
import type { KeyApplyCheck } from '../../../shared/keys/apply-check';
import type { License } from '../../../shared/license';
import { db } from '../../db/database';
import { findLicenseBySen } from '../../db/repos/licenses';
import { ApplyKeyDialog } from './ApplyKeyDialog';
import { errorText, formatInstant } from './format';
import { checkPastedKey, licenseSnapshot } from './key-check';
import { ltrInputProps } from '../../ui/Ltr';

interface Props {
  license: License;
  entityName: string | undefined;
  entities: readonly Entity[];
  /** Text to start with, e.g. a new key the sync found for this SEN. */
  prefilled?: string | undefined;
}

/**
 * The "License key" box of License Details (R-LIC-3): a pasted key is verified
 * offline and checked against this license; a refused key changes nothing and
 * says why, a good one is confirmed in a dialog showing what it changes.
 */
export function ApplyKeyPanel({ license, entityName, entities, prefilled }: Props) {
  const { t, i18n } = useTranslation('licenses');
  const [text, setText] = useState(prefilled ?? '');
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const [checking, setChecking] = useState(false);
  const [check, setCheck] = useState<KeyApplyCheck | null>(null);

  const apply = async () => {
    setChecking(true);
    setError('');
    setNotice('');
    const result = await checkPastedKey(text, licenseSnapshot(license, entityName), new Date());
    if (result.ok && result.value.key.payload.sen !== license.sen) {
      const holder = await findLicenseBySen(db(), result.value.key.payload.sen);
      if (holder && holder.id !== license.id) {
        setChecking(false);
        return setError(errorText(t, domainError('senTaken', 'licenses:apply.senTaken', { sen: holder.sen }), i18n.language));
      }
    }
    setChecking(false);
    if (!result.ok) return setError(errorText(t, result.error, i18n.language));
    // Pasting the key already applied is harmless: say so rather than record it twice.
    if (result.value.key.canonical === license.key) return setNotice(t('apply.alreadyApplied'));
    setCheck(result.value);
  };

  return (
    <Stack spacing={2}>
      {license.key !== undefined && (
        <Typography variant="body2" color="text.secondary">
          {t('apply.current', { issued: formatInstant(license.issued, i18n.language) })}
        </Typography>
      )}
      <TextField
        label={t('keys:paste.label')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setError('');
          setNotice('');
        }}
        multiline
        minRows={3}
        maxRows={8}
        helperText={t('keys:paste.help')}
        error={Boolean(error)}
        slotProps={{ htmlInput: { ...ltrInputProps, spellCheck: false, autoComplete: 'off' } }}
        sx={{ '& textarea': { fontFamily: 'monospace' } }}
      />
      {error && (
        <Alert severity="error" role="alert" id="apply-key-error">
          {error}
        </Alert>
      )}
      {notice && (
        <Alert severity="info" role="status">
          {notice}
        </Alert>
      )}
      <div>
        <Button variant="contained" onClick={() => void apply()} disabled={checking}>
          {checking ? t('apply.checking') : t('keys:paste.apply')}
        </Button>
      </div>
      {check && (
        <ApplyKeyDialog
          license={license}
          check={check}
          entities={entities}
          onClose={() => setCheck(null)}
          onApplied={() => {
            setCheck(null);
            setText('');
          }}
        />
      )}
    </Stack>
  );
}
