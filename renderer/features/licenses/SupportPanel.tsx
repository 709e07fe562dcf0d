import { Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/catalog';
import type { License } from '../../../shared/license';
import { availableOfferings, offeringTerms, planSupportChannels } from '../../../shared/licensing/support';
import { maintenanceActive } from '../../../shared/maintenance/status';
import { customizationAllowed } from './customization';

/** Support for the license's plan: channels (R-SUP-1), offerings with response targets (R-SUP-2), and customization (R-LIC-5). */
export function SupportPanel({ license, today }: { license: License; today: IsoDate }) {
  const { t } = useTranslation('licenses');
  const evaluation = license.type === 'evaluation';
  const active = maintenanceActive(license, today);
  const offerings = evaluation ? [] : availableOfferings(license.deployment, active);
  return (
    <Stack spacing={2}>
      <div>
        <Typography variant="subtitle2" component="h3" gutterBottom>
          {t('support.channels', { tier: license.tier })}
        </Typography>
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ flexWrap: 'wrap' }}
          component="ul"
          aria-label={t('support.channels', { tier: license.tier })}
          style={{ listStyle: 'none', margin: 0, padding: 0 }}
        >
          {planSupportChannels(license.tier).map((c) => (
            <li key={c}>
              <Chip label={t(`domain:support.channel.${c}`)} variant="outlined" />
            </li>
          ))}
        </Stack>
      </div>
      <div>
        <Typography variant="subtitle2" component="h3" gutterBottom>
          {t('support.offerings')}
        </Typography>
        {evaluation ? (
          <Typography variant="body2">{t('support.evaluation')}</Typography>
        ) : (
          <>
            <Table size="small" aria-label={t('support.table')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('support.offering')}</TableCell>
                  <TableCell>{t('support.level')}</TableCell>
                  <TableCell>{t('support.hours')}</TableCell>
                  <TableCell>{t('support.firstResponse')}</TableCell>
                  <TableCell>{t('support.team')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {offerings.flatMap((id) => {
                  const terms = offeringTerms(id);
                  return terms.targets.map((target, i) => (
                    <TableRow key={`${id}-${target.level ?? 'all'}`}>
                      <TableCell component="th" scope="row">
                        {i === 0 ? (
                          <>
                            {t(`domain:support.offering.${id}`)}
                            <Typography variant="caption" component="span" sx={{ display: 'block', color: 'text.secondary' }}>
                              {terms.includedWithMaintenance ? t('support.included') : t('support.extra')}
                            </Typography>
                          </>
                        ) : (
                          t(`domain:support.offering.${id}`)
                        )}
                      </TableCell>
                      <TableCell>{target.level ?? t('support.allLevels')}</TableCell>
                      <TableCell>{target.hours}</TableCell>
                      <TableCell>
                        {t(`domain:support.duration.${target.firstResponse.unit}`, { count: target.firstResponse.value })}
                      </TableCell>
                      <TableCell>{t(`domain:support.team.${target.team}`)}</TableCell>
                    </TableRow>
                  ));
                })}
              </TableBody>
            </Table>
            {!active && <Typography variant="body2">{t('support.noSelect')}</Typography>}
          </>
        )}
      </div>
      <div>
        <Typography variant="subtitle2" component="h3" gutterBottom>
          {t('support.customization')}
        </Typography>
        <Typography variant="body2">
          {customizationAllowed(license) ? t('support.customizationYes') : t('support.customizationNo')}
        </Typography>
      </div>
    </Stack>
  );
}
