import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { LICENSE_TYPES, TIERS } from '../../../shared/catalog-lists';
import { NO_FILTERS, type LicenseFilters } from './license-filters';
import { STATE_KINDS } from './license-state';
import { useProductLabels } from './use-license-columns';

type Choice = Exclude<keyof LicenseFilters, 'endsAfter' | 'endsBefore'>;

/** The list's Filters: entity, product, tier, type, status and maintenance end; each applies as soon as it is chosen. */
export default function LicenseFiltersDialog({
  filters,
  entityNames,
  onChange,
  onClose,
}: {
  filters: LicenseFilters;
  entityNames: readonly string[];
  onChange: (filters: LicenseFilters) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('licenses');
  const products = useProductLabels();
  const options: Record<Choice, readonly { value: string; label: string }[]> = {
    entity: entityNames.map((n) => ({ value: n, label: n })),
    product: [...products].map(([value, label]) => ({ value, label })),
    tier: TIERS.map((v) => ({ value: v, label: v })),
    type: LICENSE_TYPES.map((v) => ({ value: v, label: t(`keys:types.${v}`) })),
    status: STATE_KINDS.map((v) => ({ value: v, label: t(`status.filter.${v}`) })),
  };
  // The select's empty value is "All"; a stored filter is null then, so it is not counted on the Filters badge.
  const set = (key: keyof LicenseFilters, value: string) => onChange({ ...filters, [key]: value === '' ? null : value });

  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth>
      <DialogTitle>{t('list.filters')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {(Object.keys(options) as Choice[]).map((key) => (
            <TextField
              key={key}
              select
              size="small"
              label={t(`list.columns.${key}`)}
              value={filters[key] ?? ''}
              onChange={(e) => set(key, e.target.value)}
            >
              <MenuItem value="">{t('list.filter.any')}</MenuItem>
              {options[key].map((o) => (
                <MenuItem key={o.value} value={o.value}>
                  {o.label}
                </MenuItem>
              ))}
            </TextField>
          ))}
          {(['endsAfter', 'endsBefore'] as const).map((key) => (
            <TextField
              key={key}
              type="date"
              size="small"
              label={t(`list.filter.${key}`)}
              value={filters[key] ?? ''}
              onChange={(e) => set(key, e.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onChange(NO_FILTERS)}>{t('list.filter.clear')}</Button>
        <Button onClick={onClose}>{t('common:close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
