import { Box, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CsvRowResult } from '../../../shared/csv-licenses';
import { Ltr } from '../../ui/Ltr';

/** The rows of the file as they would be imported, each with what is wrong with it. */
export function CsvPreviewTable({ rows, entityName }: { rows: readonly CsvRowResult[]; entityName: (id: string) => string }) {
  const { t } = useTranslation('maintenance');
  return (
    <TableContainer sx={{ maxHeight: 360, mt: 1 }}>
      <Table size="small" stickyHeader aria-label={t('csv.previewLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('csv.line')}</TableCell>
            <TableCell>{t('table.sen')}</TableCell>
            <TableCell>{t('table.product')}</TableCell>
            <TableCell>{t('table.entity')}</TableCell>
            <TableCell>{t('table.end')}</TableCell>
            <TableCell>{t('csv.result')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.line}>
              <TableCell component="th" scope="row">
                {row.line}
              </TableCell>
              <TableCell>
                <Ltr>{row.sen}</Ltr>
              </TableCell>
              <TableCell>{row.license ? `${row.license.product} ${row.license.tier}` : ''}</TableCell>
              <TableCell>{row.license ? entityName(row.license.entityId) : ''}</TableCell>
              <TableCell>{row.license?.maintenanceEnd ?? ''}</TableCell>
              <TableCell>
                {row.errors.length === 0 ? (
                  t('csv.ready')
                ) : (
                  <Box component="ul" sx={{ m: 0, pl: 2 }}>
                    {row.errors.map((e) => (
                      <li key={`${e.field}-${e.messageKey}`}>{t(e.messageKey, { ...e.params })}</li>
                    ))}
                  </Box>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
