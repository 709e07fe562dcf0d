import DownloadIcon from '@mui/icons-material/Download';
import FilterListIcon from '@mui/icons-material/FilterList';
import SearchIcon from '@mui/icons-material/Search';
import { Badge, Button, InputAdornment, TextField, type TextFieldProps } from '@mui/material';
import {
  FilterPanelTrigger,
  gridFilteredSortedRowEntriesSelector,
  QuickFilter,
  QuickFilterControl,
  Toolbar,
  useGridApiContext,
} from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { listEntities } from '../../db/repos/entities';
import { listLicenses } from '../../db/repos/licenses';
import { platform } from '../../platform';
import { showHostError } from '../../ui/host-error';
import { useToast } from '../../store/toast';
import { ExportKeysButton } from './ExportKeysButton';
import { ImportKeysButton } from './ImportKeysButton';
import { OpenKeyRequestButton } from './OpenKeyRequestButton';
import { writeLicenseCsv } from '../../lib/license-csv';
import type { LicenseRow } from './license-rows';

/** Parses what the user types into the search box: one value, spaces trimmed, so "SEN-1234" or "1234" both match. */
const parseSearch = (input: string): string[] => (input.trim() === '' ? [] : [input.trim()]);

/** The list's toolbar: filters, the licenses CSV export through the platform (a save dialog on the desktop), and the SEN search. */
export function LicensesToolbar() {
  const { t } = useTranslation('licenses');
  const apiRef = useGridApiContext();
  const toast = useToast((s) => s.show);
  const entities = useLiveQuery(() => listEntities(db()), []);
  const entityNames = new Map((entities ?? []).map((e) => [e.id, e.name]));

  const exportCsv = async () => {
    // The rows as filtered and sorted on screen, in the file Maintenance exports and the import reads back.
    const rows = gridFilteredSortedRowEntriesSelector(apiRef).map((entry) => entry.model as LicenseRow);
    const names = new Map(rows.map((r) => [r.license.entityId, r.entity]));
    const csv = writeLicenseCsv(
      rows.map((r) => r.license),
      (id) => names.get(id) ?? '',
    );
    const name = `${t('list.fileName')}.csv`;
    const saved = await platform().saveFile({
      suggestedName: name,
      data: csv,
      mimeType: 'text/csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    if (!saved.ok) return showHostError(saved.error);
    if (saved.value.saved) toast({ severity: 'success', message: t('list.exported', { name: saved.value.path ?? name }) });
  };

  return (
    <Toolbar>
      <FilterPanelTrigger
        render={(props, state) => (
          <Button
            {...props}
            size="small"
            startIcon={
              <Badge badgeContent={state.filterCount} color="primary" variant="dot">
                <FilterListIcon fontSize="small" />
              </Badge>
            }
          >
            {t('list.filters')}
          </Button>
        )}
      />
      <Button size="small" startIcon={<DownloadIcon fontSize="small" />} onClick={() => void exportCsv()}>
        {t('list.exportCsv')}
      </Button>
      <ExportKeysButton
        size="small"
        licenses={() => listLicenses(db())}
        entityName={(id) => entityNames.get(id) ?? id}
        scope="all"
        label={t('keysFile.exportAll')}
      />
      <ImportKeysButton />
      <OpenKeyRequestButton />
      <QuickFilter expanded parser={parseSearch} debounceMs={0} style={{ marginLeft: 'auto' }}>
        <QuickFilterControl
          render={({ ref, slotProps, ...props }) => (
            <TextField
              {...(props as TextFieldProps)}
              // The grid names the input by its own id; the label must point at that id to name the search box.
              id={slotProps?.htmlInput?.id}
              inputRef={ref}
              label={t('list.search')}
              placeholder={t('list.searchHelp')}
              size="small"
              slotProps={{
                htmlInput: slotProps?.htmlInput,
                input: {
                  startAdornment: (
                    <InputAdornment position="start">
                      <SearchIcon fontSize="small" />
                    </InputAdornment>
                  ),
                },
              }}
            />
          )}
        />
      </QuickFilter>
    </Toolbar>
  );
}
