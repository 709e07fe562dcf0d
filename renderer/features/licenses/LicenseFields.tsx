import { Alert, Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { License } from '../../../shared/license';
import { cloudBackupsIncluded } from '../../../shared/licensing/evaluations';
import { evaluationEndText, formatDay, formatInstant } from './format';
import type { LicenseState } from './license-state';
import { StatusLabel } from './StatusLabel';

/** The license's fields as a description list: SEN, product, deployment, tier, type, entity, server, licensee, dates, status. */
export function LicenseFields({ license, entityName, state }: { license: License; entityName: string | undefined; state: LicenseState }) {
  const { t, i18n } = useTranslation('licenses');
  const language = i18n.language;
  const fields: [string, ReactNode][] = [
    ['sen', license.sen],
    ['product', t(`keys:products.${license.product}`)],
    ['deployment', t(`keys:deployments.${license.deployment}`)],
    ['tier', license.tier],
    ['type', t(`keys:types.${license.type}`)],
    ['entity', entityName ?? t('list.noEntity')],
    ['serverId', license.serverId],
    ['licensee', license.licensee],
    ['issued', license.key === undefined && license.type === 'evaluation' ? t('details.noKey') : formatInstant(license.issued, language)],
    ['maintenanceStart', formatDay(license.maintenanceStart, language)],
    ['maintenanceEnd', formatDay(license.maintenanceEnd, language)],
    ...(license.evaluationEnd ? [['evaluationEnd', evaluationEndText(t, license, language)] as [string, ReactNode]] : []),
    ['majorVersion', String(license.majorVersion)],
    ['status', <StatusLabel key="status" state={state} />],
  ];
  const cloudEvaluation = license.deployment === 'cloud' && !cloudBackupsIncluded(license);
  return (
    <>
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' }, columnGap: 3, rowGap: 1, m: 0 }}
      >
        {fields.map(([name, value]) => (
          <Box key={name} sx={{ display: 'contents' }}>
            <Typography component="dt" color="text.secondary">
              {t(`details.fields.${name}`)}
            </Typography>
            <Typography component="dd" sx={{ m: 0 }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
      {cloudEvaluation && (
        <Alert severity="info" sx={{ mt: 2 }}>
          {t('details.cloudEvaluationBackups')}
        </Alert>
      )}
    </>
  );
}
