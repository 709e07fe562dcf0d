import DeleteIcon from '@mui/icons-material/Delete';
import { Button, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { TAX_ID_KINDS, type TaxIdKind } from '../../../shared/quote';
import { ltrInputProps } from '../../ui/Ltr';

/** One row of the list as typed; `key` keeps a row's fields in place while its kind changes. */
export interface TaxIdRow {
  key: string;
  kind: TaxIdKind;
  value: string;
}

interface Props {
  rows: readonly TaxIdRow[];
  onChange: (rows: TaxIdRow[]) => void;
  /** The kind whose value the last save refused, shown as invalid. */
  invalidKind?: TaxIdKind | undefined;
}

/**
 * The profile's tax IDs (R-TAX-1): add one (kind and value), remove one. A kind
 * another row already has cannot be chosen, so each kind appears once; the
 * domain checks it again on save.
 */
export function TaxIdsField({ rows, onChange, invalidKind }: Props) {
  const { t } = useTranslation('account');
  const unused = TAX_ID_KINDS.filter((k) => !rows.some((r) => r.kind === k));
  const patch = (key: string, change: Partial<TaxIdRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));

  const add = () => {
    const kind = unused[0];
    if (kind) onChange([...rows, { key: crypto.randomUUID(), kind, value: '' }]);
  };

  return (
    <Stack spacing={1.5} role="group" aria-labelledby="account-tax-ids">
      <Typography variant="subtitle1" component="h3" id="account-tax-ids">
        {t('taxIds.title')}
      </Typography>
      <Typography color="text.secondary" variant="body2">
        {rows.length === 0 ? t('taxIds.none') : t('taxIds.intro')}
      </Typography>
      {rows.map((row, i) => (
        <Stack key={row.key} direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
          <TextField
            select
            label={t('taxIds.kind', { n: i + 1 })}
            value={row.kind}
            onChange={(e) => patch(row.key, { kind: e.target.value as TaxIdKind })}
            sx={{ minWidth: 220 }}
          >
            {TAX_ID_KINDS.map((k) => (
              <MenuItem key={k} value={k} disabled={k !== row.kind && !unused.includes(k)}>
                {t(`taxKinds.${k}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('taxIds.value', { n: i + 1 })}
            value={row.value}
            error={row.kind === invalidKind}
            onChange={(e) => patch(row.key, { value: e.target.value })}
            sx={{ flex: 1 }}
            slotProps={{ htmlInput: ltrInputProps }}
          />
          <IconButton
            aria-label={t('taxIds.remove', { kind: t(`taxKinds.${row.kind}`) })}
            onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
            sx={{ mt: 1 }}
          >
            <DeleteIcon />
          </IconButton>
        </Stack>
      ))}
      <div>
        <Button variant="outlined" disabled={unused.length === 0} onClick={add}>
          {t('taxIds.add')}
        </Button>
      </div>
    </Stack>
  );
}
