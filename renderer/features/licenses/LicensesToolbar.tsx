import DownloadIcon from '@mui/icons-material/Download';
import FilterListIcon from '@mui/icons-material/FilterList';
import { Badge, Box, Button } from '@mui/material';
import { lazy, memo, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { listLicenses } from '../../db/repos/licenses';
import { platform } from '../../platform';
import { useToast } from '../../store/toast';
import { ColumnsButton, type ColumnChoice } from '../../ui/data-table/ColumnsButton';
import { showHostError } from '../../ui/host-error';
import { ExportKeysButton } from './ExportKeysButton';
import { ImportKeysButton } from './ImportKeysButton';
import { activeFilterCount, type LicenseFilters } from './license-filters';
import type { LicenseRow } from './license-rows';
import { OpenKeyRequestButton } from './OpenKeyRequestButton';

// Loaded when first opened: its selects and date fields are no part of the list's first screen.
const LicenseFiltersDialog = lazy(() => import('./LicenseFiltersDialog'));

interface Props {
  /** The rows as filtered and sorted on screen, every page, when Export CSV is pressed: what it writes. */
  readonly shown: () => readonly LicenseRow[];
  readonly names: ReadonlyMap<string, string>;
  readonly entityNames: readonly string[];
  readonly filters: LicenseFilters;
  readonly onFiltersChange: (filters: LicenseFilters) => void;
  readonly columns: readonly ColumnChoice[];
  readonly onToggleColumn: (field: string, visible: boolean) => void;
}

/** The list's toolbar: filters, columns, the licenses CSV export through the platform (a save dialog on the desktop), keys files. */
function LicensesToolbarOf({ shown, names, entityNames, filters, onFiltersChange, columns, onToggleColumn }: Props) {
  const { t } = useTranslation('licenses');
  const toast = useToast((s) => s.show);
  const [filtering, setFiltering] = useState(false);
  const active = activeFilterCount(filters);

  const exportCsv = async () => {
    // The rows as filtered and sorted on screen, in the file Maintenance exports and the import reads back.
    const rows = shown();
    const entityOf = new Map(rows.map((r) => [r.license.entityId, r.entity]));
    // The CSV writer (papaparse) loads with the first export, not with the list.
    const { writeLicenseCsv } = await import('../../lib/license-csv');
    const csv = writeLicenseCsv(
      rows.map((r) => r.license),
      (id) => entityOf.get(id) ?? '',
    );
    const name = `${t('list.fileName')}.csv`;
    const saved = await platform().saveFile({
      suggestedName: name,
      data: csv,
      mimeType: 'text/csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    if (!saved.ok) return showHostError(saved.error);
    if (saved.value.saved)
      toast({ severity: 'success', ns: 'licenses', message: (t) => t('list.exported', { name: saved.value.path ?? name }) });
  };

  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, flex: 1 }}>
      <Button
        size="small"
        aria-haspopup="dialog"
        // The badge's number alone would be read as "1 Filters"; the name says it in words.
        aria-label={active > 0 ? t('list.filtersActive', { count: active }) : undefined}
        onClick={() => setFiltering(true)}
        startIcon={
          <Badge badgeContent={active} color="primary">
            <FilterListIcon fontSize="small" />
          </Badge>
        }
      >
        {t('list.filters')}
      </Button>
      <ColumnsButton label={t('list.columnsButton')} columns={columns} onToggle={onToggleColumn} />
      <Button size="small" startIcon={<DownloadIcon fontSize="small" />} onClick={() => void exportCsv()}>
        {t('list.exportCsv')}
      </Button>
      <ExportKeysButton
        size="small"
        licenses={() => listLicenses(db())}
        entityName={(id) => names.get(id) ?? id}
        scope="all"
        label={t('keysFile.exportAll')}
      />
      <ImportKeysButton />
      <OpenKeyRequestButton />
      {filtering && (
        <Suspense fallback={null}>
          <LicenseFiltersDialog
            filters={filters}
            entityNames={entityNames}
            onChange={onFiltersChange}
            onClose={() => setFiltering(false)}
          />
        </Suspense>
      )}
    </Box>
  );
}

/** The toolbar draws again when what it shows changes, not on each keystroke in the search box beside it. */
export const LicensesToolbar = memo(LicensesToolbarOf);
