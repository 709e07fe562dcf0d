import { Alert, Box, Checkbox, FormControlLabel, FormGroup, Radio, RadioGroup, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/catalog';
import type { Entity } from '../../../shared/entity';
import type { Result } from '../../../shared/errors';
import type { License } from '../../../shared/license';
import type { CoterminationPlan } from '../../../shared/maintenance/cotermination';
import type { PriceBook } from '../../../shared/pricing/price-book';
import type { Quote, QuoteEntry } from '../../../shared/quote';
import { errorText } from './errors';
import { formatDate } from './format';
import { licenseLabel } from './license-label';
import type { RenewAnchor, SyncChoice } from './renew-sync';
import { SyncRows } from './SyncRows';

interface Props {
  choice: SyncChoice;
  onChoice: (choice: SyncChoice) => void;
  candidates: License[];
  /** Where the renewal ends for the term chosen, for the first anchor's label. */
  termEnd: IsoDate | undefined;
  plan: Result<CoterminationPlan> | undefined;
  /** The lines the plan adds to the cart, the renewed license's first. */
  rows: QuoteEntry[];
  /** SENs of chosen licenses already ending on the common date. */
  aligned: string[];
  quote: Quote;
  book: PriceBook;
  entities: Entity[];
  today: IsoDate;
}

/** Renew tab's Additional details: synchronise maintenance dates with other licenses, to an end the user chooses (R-MAINT-7). */
export function CoterminationPanel({ choice, onChoice, candidates, termEnd, plan, rows, aligned, quote, book, entities, today }: Props) {
  const { t, i18n } = useTranslation('quotes');
  const set = (change: Partial<SyncChoice>) => onChoice({ ...choice, ...change });
  const toggle = (id: string, on: boolean) => set({ selected: on ? [...choice.selected, id] : choice.selected.filter((x) => x !== id) });
  return (
    <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ px: 0.5 }}>
        {t('cotermination.legend')}
      </Typography>
      <FormControlLabel
        control={<Checkbox checked={choice.enabled} onChange={(e) => set({ enabled: e.target.checked })} />}
        label={t('cotermination.ask')}
      />
      {choice.enabled &&
        (candidates.length === 0 ? (
          <Alert severity="info">{t('cotermination.noOthers')}</Alert>
        ) : (
          <>
            <FormGroup role="group" aria-label={t('cotermination.others')} sx={{ pl: 2 }}>
              {candidates.map((l) => (
                <FormControlLabel
                  key={l.id}
                  control={<Checkbox checked={choice.selected.includes(l.id)} onChange={(e) => toggle(l.id, e.target.checked)} />}
                  label={licenseLabel(t, l, book, entities, i18n.language)}
                />
              ))}
            </FormGroup>
            <RadioGroup
              aria-label={t('cotermination.anchor')}
              value={choice.anchor}
              onChange={(e) => set({ anchor: e.target.value as RenewAnchor })}
              sx={{ pl: 2, mt: 1 }}
            >
              <FormControlLabel
                value="renewal"
                control={<Radio />}
                label={
                  termEnd
                    ? t('cotermination.anchorRenewal', { date: formatDate(termEnd, i18n.language) })
                    : t('cotermination.anchorRenewalNoDate')
                }
              />
              <FormControlLabel value="date" control={<Radio />} label={t('cotermination.anchorDate')} />
            </RadioGroup>
            {choice.anchor === 'date' && (
              <TextField
                type="date"
                label={t('cotermination.date')}
                value={choice.date}
                onChange={(e) => set({ date: e.target.value })}
                helperText={t('cotermination.dateHelp')}
                slotProps={{ inputLabel: { shrink: true } }}
                sx={{ ml: 2, mt: 1 }}
              />
            )}
          </>
        ))}
      {choice.enabled && plan && !plan.ok && (
        <Alert severity="error" role="alert" sx={{ mt: 1 }}>
          {errorText(t, plan.error)}
        </Alert>
      )}
      {choice.enabled && plan?.ok && (
        <Alert severity="warning" sx={{ mt: 1 }} role="status">
          <Typography variant="body2" sx={{ fontWeight: 700 }}>
            {t('cotermination.proposal', { date: formatDate(plan.value.commonEnd, i18n.language) })}
          </Typography>
          <SyncRows entries={rows} quote={quote} book={book} today={today} label={t('cotermination.rows')} />
          {aligned.length > 0 && <Typography variant="body2">{t('cotermination.aligned', { sens: aligned.join(', ') })}</Typography>}
          <Typography variant="body2">{t('cotermination.flagged')}</Typography>
        </Alert>
      )}
    </Box>
  );
}
