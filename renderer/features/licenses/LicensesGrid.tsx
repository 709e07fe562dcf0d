import { Box, Link } from '@mui/material';
import { DataGrid, type GridColDef, type GridRenderCellParams } from '@mui/x-data-grid';
import { frFR } from '@mui/x-data-grid/locales';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPLOYMENTS, LICENSE_TYPES, PRODUCT_IDS, TIERS } from '../../../shared/catalog';
import { useNavigation } from '../../store/navigation';
import { formatDay } from './format';
import type { LicenseRow } from './license-rows';
import { STATE_KINDS } from './license-state';
import { LicensesToolbar } from './LicensesToolbar';
import { StatusLabel } from './StatusLabel';
import { statusText } from './status-text';

const notInSearch = () => null;
const open = (id: string) => useNavigation.getState().go('licenses', { license: id });
const PAGE_SIZES = [25, 50, 100];

/** Every license across entities: sortable, filterable by entity, product, status and maintenance end, searchable by SEN, exportable as CSV. */
export function LicensesGrid({ rows, entityNames }: { rows: readonly LicenseRow[]; entityNames: readonly string[] }) {
  const { t, i18n } = useTranslation('licenses');
  const language = i18n.language;

  const columns = useMemo<GridColDef<LicenseRow>[]>(
    () => [
      {
        field: 'sen',
        headerName: t('list.columns.sen'),
        width: 150,
        renderCell: ({ row }: GridRenderCellParams<LicenseRow>) => (
          <Link
            component="button"
            type="button"
            aria-label={t('list.open', { sen: row.sen })}
            onClick={(e) => {
              e.stopPropagation();
              open(row.id);
            }}
          >
            {row.sen}
          </Link>
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
      },
      { field: 'serverId', headerName: t('list.columns.serverId'), width: 170, getApplyQuickFilterFn: notInSearch },
      {
        field: 'status',
        headerName: t('list.columns.status'),
        type: 'singleSelect',
        flex: 1.4,
        minWidth: 230,
        valueOptions: STATE_KINDS.map((k) => ({ value: k, label: t(`status.filter.${k}`) })),
        valueFormatter: (_value, row) => statusText(t, row.state),
        renderCell: ({ row }: GridRenderCellParams<LicenseRow>) => <StatusLabel state={row.state} />,
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
        slots={{ toolbar: LicensesToolbar }}
        localeText={language.startsWith('fr') ? frFR.components.MuiDataGrid.defaultProps.localeText : undefined}
        initialState={{
          sorting: { sortModel: [{ field: 'maintenanceEnd', sort: 'asc' }] },
          pagination: { paginationModel: { pageSize: 100 } },
        }}
        pageSizeOptions={PAGE_SIZES}
        density="compact"
        disableRowSelectionOnClick
        onRowClick={(params) => open(String(params.id))}
        sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
      />
    </Box>
  );
}
