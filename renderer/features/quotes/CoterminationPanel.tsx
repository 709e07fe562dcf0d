import { Alert, Box, Checkbox, FormControlLabel, FormGroup, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../../shared/entity';
import type { Result } from '../../../shared/errors';
import type { License } from '../../../shared/license';
import type { CoterminationProposal } from '../../../shared/maintenance/cotermination';
import type { PriceBook } from '../../../shared/pricing/price-book';
import { errorText } from './errors';
import { formatDate } from './format';
import { licenseLabel } from './license-label';

interface Props {
  enabled: boolean;
  onEnabled: (on: boolean) => void;
  candidates: License[];
  selected: string[];
  onSelected: (ids: string[]) => void;
  /** The domain's proposal for the renewed license plus the selected ones; undefined until two are chosen. */
  proposal: Result<CoterminationProposal> | undefined;
  /** SEN of each license by id, to name the proposal's rows. */
  senOf: (id: string) => string;
  book: PriceBook;
  entities: Entity[];
}

/** Renew tab's Additional details: synchronise maintenance dates with other licenses (R-MAINT-7). */
export function CoterminationPanel({ enabled, onEnabled, candidates, selected, onSelected, proposal, senOf, book, entities }: Props) {
  const { t, i18n } = useTranslation('quotes');
  const toggle = (id: string, on: boolean) => onSelected(on ? [...selected, id] : selected.filter((x) => x !== id));
  return (
    <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ px: 0.5 }}>
        {t('cotermination.legend')}
      </Typography>
      <FormControlLabel
        control={<Checkbox checked={enabled} onChange={(e) => onEnabled(e.target.checked)} />}
        label={t('cotermination.ask')}
      />
      {enabled && (
        <>
          {candidates.length === 0 ? (
            <Alert severity="info">{t('cotermination.noOthers')}</Alert>
          ) : (
            <FormGroup role="group" aria-label={t('cotermination.others')} sx={{ pl: 2 }}>
              {candidates.map((l) => (
                <FormControlLabel
                  key={l.id}
                  control={<Checkbox checked={selected.includes(l.id)} onChange={(e) => toggle(l.id, e.target.checked)} />}
                  label={licenseLabel(t, l, book, entities, i18n.language)}
                />
              ))}
            </FormGroup>
          )}
          {proposal && !proposal.ok && (
            <Alert severity="error" role="alert" sx={{ mt: 1 }}>
              {errorText(t, proposal.error)}
            </Alert>
          )}
          {proposal?.ok && (
            <Alert severity="warning" sx={{ mt: 1 }} role="status">
              <Typography variant="body2" sx={{ fontWeight: 700 }}>
                {t('cotermination.proposal', { date: formatDate(proposal.value.commonEnd, i18n.language) })}
              </Typography>
              <Box component="ul" sx={{ my: 0.5, pl: 2 }}>
                {proposal.value.renewals.map((r) => (
                  <li key={r.id}>
                    {t('cotermination.row', {
                      sen: senOf(r.id),
                      from: formatDate(r.from, i18n.language),
                      to: formatDate(r.to, i18n.language),
                      months: r.months,
                      days: r.days,
                    })}
                  </li>
                ))}
              </Box>
              <Typography variant="body2">{t('cotermination.flagged')}</Typography>
            </Alert>
          )}
        </>
      )}
    </Box>
  );
}
