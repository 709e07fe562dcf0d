import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { DIFF_FIELDS, type DiffField, type KeyDiff as Diff } from '../../../shared/keys/apply-check';
import { formatDay } from './format';

const sameName = (a: string | undefined, b: string) => a?.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');

/**
 * What a key would change against the license as it is: tier, maintenance end, entity, server ID.
 * `entityAfter` is the entity the license will actually be under, when the user chose it.
 */
export function KeyDiff({ diff: keyDiff, entityAfter }: { diff: Diff; entityAfter?: string | undefined }) {
  const { t, i18n } = useTranslation('licenses');
  const diff: Diff =
    entityAfter === undefined
      ? keyDiff
      : {
          ...keyDiff,
          entity: { before: keyDiff.entity.before, after: entityAfter, changed: !sameName(keyDiff.entity.before, entityAfter) },
        };
  const show = (field: DiffField, value: string | undefined) =>
    value === undefined ? t('keys:diff.none') : field === 'maintenanceEnd' ? formatDay(value, i18n.language) : value;
  return (
    <Table size="small" aria-label={t('keys:diff.title')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('keys:diff.field')}</TableCell>
          <TableCell>{t('keys:diff.before')}</TableCell>
          <TableCell>{t('keys:diff.after')}</TableCell>
          <TableCell>{t('diff.change')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {DIFF_FIELDS.map((field) => {
          const change = diff[field];
          return (
            <TableRow key={field}>
              <TableCell component="th" scope="row">
                {t(`keys:fields.${field}`)}
              </TableCell>
              <TableCell>{show(field, change.before)}</TableCell>
              <TableCell sx={{ fontWeight: change.changed ? 700 : undefined }}>{show(field, change.after)}</TableCell>
              <TableCell>
                <Typography
                  variant="body2"
                  component="span"
                  sx={{ color: change.changed ? 'text.primary' : 'text.secondary', fontWeight: change.changed ? 700 : 400 }}
                >
                  {change.changed ? t('diff.changed') : t('diff.unchanged')}
                </Typography>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
