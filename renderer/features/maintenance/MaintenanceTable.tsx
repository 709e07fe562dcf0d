import {
  Button,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  Typography,
} from '@mui/material';
import { Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../reminders/format';
import { EolText } from './EolText';
import { RowActions, type RowAction } from './RowActions';
import { byEntity, type MaintenanceRow } from './rows';
import { StatusText } from './StatusText';
import { Ltr } from '../../ui/Ltr';

interface Props {
  rows: readonly MaintenanceRow[];
  grouped: boolean;
  supported: string;
  productName: (id: string) => string;
  onAction: (action: RowAction, row: MaintenanceRow) => void;
  onRenewEntity: (entityId: string) => void;
}

const COLUMNS = 8;

/** Every license sorted by its end, a page at a time, optionally under a heading row per entity. */
export function MaintenanceTable({ rows, grouped, supported, productName, onAction, onRenewEntity }: Props) {
  const { t, i18n } = useTranslation('maintenance');
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(50);
  const groups = grouped ? byEntity(rows) : [];
  const ordered = grouped ? groups.flatMap((g) => g.rows) : rows;
  const lastPage = Math.max(0, Math.ceil(ordered.length / perPage) - 1);
  useEffect(() => {
    if (page > lastPage) setPage(lastPage);
  }, [page, lastPage]);
  const visible = ordered.slice(page * perPage, page * perPage + perPage);
  const groupOf = new Map(groups.map((g) => [g.entityId, g]));

  return (
    <Paper variant="outlined">
      <TableContainer>
        <Table size="small" aria-label={t('table.label')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('table.sen')}</TableCell>
              <TableCell>{t('table.entity')}</TableCell>
              <TableCell>{t('table.product')}</TableCell>
              <TableCell>{t('table.end')}</TableCell>
              <TableCell>{t('table.status')}</TableCell>
              <TableCell>{t('table.version')}</TableCell>
              <TableCell>{t('table.reminders')}</TableCell>
              <TableCell align="right">{t('table.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {visible.length === 0 && (
              <TableRow>
                <TableCell colSpan={COLUMNS}>{t('table.noMatch')}</TableCell>
              </TableRow>
            )}
            {visible.map((row, i) => {
              const entityId = row.license.entityId;
              const group = grouped && visible[i - 1]?.license.entityId !== entityId ? groupOf.get(entityId) : undefined;
              const renewable = group
                ? group.rows.filter((r) => r.license.deployment === 'server' && r.license.type !== 'evaluation').length
                : 0;
              return (
                <Fragment key={row.license.id}>
                  {group && (
                    <TableRow sx={{ bgcolor: 'action.hover' }}>
                      <TableCell component="th" scope="rowgroup" colSpan={COLUMNS}>
                        <Typography component="span" sx={{ fontWeight: 700, mr: 2 }}>
                          {t('table.entityHeader', { entity: group.entityName, count: group.rows.length })}
                        </Typography>
                        {renewable >= 2 && (
                          <Button size="small" onClick={() => onRenewEntity(entityId)}>
                            {t('actions.renewEntity', { entity: group.entityName })}
                          </Button>
                        )}
                      </TableCell>
                    </TableRow>
                  )}
                  <LicenseRow row={row} language={i18n.language} supported={supported} productName={productName} onAction={onAction} />
                </Fragment>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={ordered.length}
        page={Math.min(page, lastPage)}
        onPageChange={(_e, p) => setPage(p)}
        rowsPerPage={perPage}
        rowsPerPageOptions={[25, 50, 100]}
        onRowsPerPageChange={(e) => {
          setPerPage(Number(e.target.value));
          setPage(0);
        }}
        labelRowsPerPage={t('table.rowsPerPage')}
        labelDisplayedRows={({ from, to, count }) => t('table.displayed', { from, to, count })}
        getItemAriaLabel={(type) => t(`table.page.${type}`)}
      />
    </Paper>
  );
}

function LicenseRow({
  row,
  language,
  supported,
  productName,
  onAction,
}: {
  row: MaintenanceRow;
  language: string;
  supported: string;
  productName: (id: string) => string;
  onAction: (action: RowAction, row: MaintenanceRow) => void;
}) {
  const { t } = useTranslation('maintenance');
  const { license } = row;
  const reminders = row.poRaised
    ? t('state.poRaised')
    : row.snoozedUntil
      ? t('state.snoozedUntil', { date: formatDay(row.snoozedUntil.slice(0, 10), language) })
      : row.thresholds.length === 0
        ? t('state.off')
        : t('state.thresholds', { days: row.thresholds.join(', ') });
  return (
    <TableRow hover>
      <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
        <Ltr>{license.sen}</Ltr>
      </TableCell>
      <TableCell>{row.entityName}</TableCell>
      <TableCell>
        {productName(license.product)} · {license.tier} · {t(`table.deployment.${license.deployment}`)}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDay(row.end, language)}</TableCell>
      {/* Wide enough that a status reads on a line or two at 1024 px, never one word a line. */}
      <TableCell sx={{ minWidth: 190 }}>
        <StatusText status={row.status} />
      </TableCell>
      <TableCell sx={{ maxWidth: 280 }}>
        <EolText eol={row.eol} supported={supported} />
      </TableCell>
      <TableCell>{reminders}</TableCell>
      <TableCell align="right">
        <RowActions row={row} onAction={onAction} />
      </TableCell>
    </TableRow>
  );
}
