import { Box, useMediaQuery } from '@mui/material';
import type { SxProps, Theme } from '@mui/material/styles';
import { DataGrid, type GridColDef, type GridColumnVisibilityModel, type GridRenderCellParams } from '@mui/x-data-grid';
import { frFR } from '@mui/x-data-grid/locales';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPLOYMENTS, LICENSE_TYPES, PRODUCT_IDS, TIERS } from '../../../shared/catalog';
import { useNavigation } from '../../store/navigation';
import { formatDay } from './format';
import type { LicenseRow } from './license-rows';
import { STATE_KINDS } from './license-state';
import { LicensesToolbar } from './LicensesToolbar';
import { stateTone, statusText } from './status-text';

const notInSearch = () => null;
/** The search box matches the SEN or the entity name, in any case, on text each row prepared once (10,000 rows per keystroke). */
const searchSenOrEntity = (value: unknown) => {
  const needle = String(value ?? '').toLocaleLowerCase();
  return needle === '' ? null : (_cell: unknown, row: LicenseRow) => row.search.includes(needle);
};
const open = (id: string) => useNavigation.getState().go({ screen: 'licenses', licenseId: id });
const PAGE_SIZES = [25, 50, 100];

const dot = (color: string) => ({ '&::before': { bgcolor: color } });
const gridStyles: SxProps<Theme> = {
  '& .MuiDataGrid-row': { cursor: 'pointer' },
  '& .conex-sen': {
    font: 'inherit',
    color: 'primary.main',
    textDecoration: 'underline',
    background: 'none',
    border: 0,
    p: 0,
    cursor: 'pointer',
    '&:focus-visible': { outline: 2, outlineStyle: 'solid', outlineColor: 'primary.main', outlineOffset: 2 },
  },
  // The cell cuts a long status with an ellipsis; its title shows it whole.
  '& .conex-status': { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  '& .conex-status::before': {
    content: '""',
    display: 'inline-block',
    width: 10,
    height: 10,
    borderRadius: '50%',
    mr: 1,
    verticalAlign: 'baseline',
  },
  '& .conex-status-success': dot('success.main'),
  '& .conex-status-warning': dot('warning.main'),
  '& .conex-status-info': dot('info.main'),
  '& .conex-status-error': dot('error.main'),
};

/** Every license across entities: sortable, filterable by entity, product, status and maintenance end, searchable by SEN, exportable as CSV. */
export function LicensesGrid({
  rows,
  entityNames,
  loading,
}: {
  rows: readonly LicenseRow[];
  entityNames: readonly string[];
  loading: boolean;
}) {
  const { t, i18n } = useTranslation('licenses');
  const language = i18n.language;
  // Status and maintenance end stay in view on a laptop: the least used columns go first as the window narrows (all
  // stay in the CSV and in the Columns menu), and a cell too narrow for its text shows it whole in a tooltip.
  const belowWide = useMediaQuery('(max-width: 1439.95px)');
  const belowLaptop = useMediaQuery('(max-width: 1099.95px)');
  const [chosen, setChosen] = useState<GridColumnVisibilityModel | null>(null);
  const visibility = chosen ?? { serverId: !belowWide, type: !belowWide, tier: !belowLaptop };

  const columns = useMemo<GridColDef<LicenseRow>[]>(
    () => [
      {
        field: 'sen',
        headerName: t('list.columns.sen'),
        width: 150,
        getApplyQuickFilterFn: searchSenOrEntity,
        // Plain elements styled once by the grid: a styled component per cell costs a style pass on every keystroke.
        renderCell: ({ row }: GridRenderCellParams<LicenseRow>) => (
          <button
            type="button"
            className="conex-sen"
            aria-label={t('list.open', { sen: row.sen })}
            onClick={(e) => {
              e.stopPropagation();
              open(row.id);
            }}
          >
            {row.sen}
          </button>
        ),
      },
      {
        field: 'product',
        headerName: t('list.columns.product'),
        type: 'singleSelect',
        width: 200,
        valueGetter: (_value, row) => `${row.product}:${row.deployment}`,
        valueOptions: PRODUCT_IDS.flatMap((p) =>
          DEPLOYMENTS.map((d) => ({ value: `${p}:${d}`, label: `${t(`keys:products.${p}`)} ${t(`keys:deployments.${d}`)}` })),
        ),
        getApplyQuickFilterFn: notInSearch,
      },
      {
        field: 'tier',
        headerName: t('list.columns.tier'),
        type: 'singleSelect',
        width: 115,
        valueOptions: [...TIERS],
        getApplyQuickFilterFn: notInSearch,
      },
      {
        field: 'type',
        headerName: t('list.columns.type'),
        type: 'singleSelect',
        width: 115,
        valueOptions: LICENSE_TYPES.map((v) => ({ value: v, label: t(`keys:types.${v}`) })),
        getApplyQuickFilterFn: notInSearch,
      },
      {
        field: 'entity',
        headerName: t('list.columns.entity'),
        type: 'singleSelect',
        flex: 1,
        minWidth: 150,
        valueOptions: [...entityNames],
        valueFormatter: (value: string) => value || t('list.noEntity'),
        renderCell: ({ formattedValue }: GridRenderCellParams<LicenseRow>) => <span title={String(formattedValue)}>{formattedValue}</span>,
        getApplyQuickFilterFn: notInSearch,
      },
      { field: 'serverId', headerName: t('list.columns.serverId'), width: 170, getApplyQuickFilterFn: notInSearch },
      {
        field: 'status',
        headerName: t('list.columns.status'),
        type: 'singleSelect',
        flex: 1.4,
        minWidth: 200,
        valueOptions: STATE_KINDS.map((k) => ({ value: k, label: t(`status.filter.${k}`) })),
        valueFormatter: (_value, row) => statusText(t, row.state),
        renderCell: ({ row }: GridRenderCellParams<LicenseRow>) => (
          <span className={`conex-status conex-status-${stateTone(row.state)}`} title={statusText(t, row.state)}>
            {statusText(t, row.state)}
          </span>
        ),
        getApplyQuickFilterFn: notInSearch,
        sortComparator: (a: string, b: string) => STATE_KINDS.indexOf(a as never) - STATE_KINDS.indexOf(b as never),
      },
      {
        field: 'maintenanceEnd',
        headerName: t('list.columns.maintenanceEnd'),
        type: 'date',
        width: 150,
        // The CSV export takes the formatted value: an ISO date any spreadsheet reads; the cell shows the user's format.
        valueFormatter: (_value, row) => row.maintenanceEndIso,
        renderCell: ({ row }: GridRenderCellParams<LicenseRow>) => formatDay(row.maintenanceEndIso, language),
        getApplyQuickFilterFn: notInSearch,
      },
    ],
    [t, language, entityNames],
  );

  return (
    <Box sx={{ height: 'calc(100vh - 160px)', minHeight: 420 }}>
      <DataGrid
        rows={rows as LicenseRow[]}
        columns={columns}
        aria-label={t('list.label')}
        showToolbar
        loading={loading}
        slotProps={{ loadingOverlay: { variant: 'linear-progress', noRowsVariant: 'linear-progress' } }}
        slots={{ toolbar: LicensesToolbar }}
        localeText={language.startsWith('fr') ? frFR.components.MuiDataGrid.defaultProps.localeText : undefined}
        initialState={{
          sorting: { sortModel: [{ field: 'maintenanceEnd', sort: 'asc' }] },
          pagination: { paginationModel: { pageSize: 100 } },
        }}
        pageSizeOptions={PAGE_SIZES}
        columnVisibilityModel={visibility}
        onColumnVisibilityModelChange={setChosen}
        disableRowSelectionOnClick
        onRowClick={(params) => open(String(params.id))}
        sx={gridStyles}
      />
    </Box>
  );
}
