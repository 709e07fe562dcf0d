import ArrowBack from '@mui/icons-material/ArrowBack';
import { mirrored } from '../../ui/mirrored';
import { Alert, Box, Button, Paper, Stack, Typography, type AlertColor } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toCalendarDate } from '../../../shared/calendar';
import { SlotOutlet } from '../../contributions/slot';
import { licenseDetailsPanels } from '../../contributions/slots';
import { db } from '../../db/database';
import { listEntities } from '../../db/repos/entities';
import { getLicense } from '../../db/repos/licenses';
import { useNavigation } from '../../store/navigation';
import { EmptyState } from '../../ui/EmptyState';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { ApplyKeyPanel } from './ApplyKeyPanel';
import { behindText, evaluationEndText, formatDay, formatInstant } from './format';
import { KeyHistory } from './KeyHistory';
import { LicenseActions } from './LicenseActions';
import { LicenseFields } from './LicenseFields';
import { PendingKeyNotice } from './PendingKeyNotice';
import { licenseState, type LicenseState } from './license-state';
import { statusText } from './status-text';
import { SupportPanel } from './SupportPanel';
import { useClock } from './use-clock';
import { useLtrText } from '../../ui/Ltr';

// "Back" points to where the reader came from: to the right in a right-to-left window.
const ArrowBackIcon = mirrored(ArrowBack);

const SEVERITY: Record<LicenseState['kind'], AlertColor> = {
  active: 'success',
  expiring: 'warning',
  'expired-perpetual': 'warning',
  'subscription-lapsed': 'error',
  evaluation: 'info',
  'evaluation-expired': 'error',
  'clock-tampered': 'error',
};

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: 2.5 }}>
      <Typography variant="h6" component="h2" id={id} gutterBottom>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

interface Props {
  id: string;
  prefilledKey?: string | undefined;
}

/** License Details: what the license is, where it stands, its support, its key and the keys before it. */
export function LicenseDetails({ id, prefilledKey }: Props) {
  const { t, i18n } = useTranslation('licenses');
  const ltr = useLtrText();
  const clock = useClock();
  const language = i18n.language;
  const license = useLiveQuery(async () => {
    const result = await getLicense(db(), id);
    return result.ok ? result.value : null;
  }, [id]);
  const entities = useLiveQuery(() => listEntities(db()), []);
  // The License key box's text: a key handed in by the caller, or the one Conex issued, once the user asks for it.
  const [filled, setFilled] = useState(prefilledKey);
  const back = (
    <Button startIcon={<ArrowBackIcon />} onClick={() => useNavigation.getState().go({ screen: 'licenses' })}>
      {t('actions.backToList')}
    </Button>
  );

  if (license === undefined || entities === undefined || clock === undefined) return null;
  if (license === null) {
    return (
      <>
        <ScreenHeader title={t('title')} actions={back} />
        <EmptyState title={t('details.missing')} body="" action={back} />
      </>
    );
  }

  const entityName = entities.find((e) => e.id === license.entityId)?.name;
  const state = licenseState(license, clock.now, clock.latestSeen);
  // An evaluation ends at a moment, shown with its time (R-EVAL-1); maintenance ends on a day.
  const end = license.type === 'evaluation' ? evaluationEndText(t, license, language) : formatDay(license.maintenanceEnd, language);
  const detail =
    state.kind === 'clock-tampered'
      ? t('statusDetail.clock-tampered', { behind: behindText(t, state.behindMs), latest: formatInstant(clock.latestSeen ?? '', language) })
      : t(`statusDetail.${state.kind}`, { end });

  return (
    <>
      <ScreenHeader title={t('details.title', { sen: ltr(license.sen) })} actions={back} />
      <Stack spacing={2.5} sx={{ maxWidth: 1400 }}>
        <LicenseActions license={license} entityName={entityName} />
        <Alert severity={SEVERITY[state.kind]} role="status">
          <strong>{statusText(t, state)}.</strong> {detail}
        </Alert>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' }, gap: 2.5 }}>
          <Section title={t('details.section')} id="license-details-heading">
            <LicenseFields license={license} entityName={entityName} state={state} />
          </Section>
          <Section title={t('support.section')} id="license-support-heading">
            <SupportPanel license={license} today={toCalendarDate(clock.now)} />
          </Section>
        </Box>
        <Section title={t('apply.section')} id="license-key-heading">
          <PendingKeyNotice licenseId={license.id} filledWith={filled} onFill={setFilled} />
          <ApplyKeyPanel key={filled ?? ''} license={license} entityName={entityName} entities={entities} prefilled={filled} />
        </Section>
        <Section title={t('history.section')} id="license-history-heading">
          <KeyHistory license={license} entityName={entityName} entities={entities} />
        </Section>
        {/* Other features' panels (contacts, consent to assign) come after the key, the heart of License Details. */}
        <SlotOutlet slot={licenseDetailsPanels} props={{ licenseId: license.id, sen: license.sen, entityId: license.entityId }} />
      </Stack>
    </>
  );
}
