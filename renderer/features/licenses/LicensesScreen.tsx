import AddIcon from '@mui/icons-material/VpnKey';
import ScienceIcon from '@mui/icons-material/Science';
import { Button, Stack } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { listEntities } from '../../db/repos/entities';
import { listLicenses, listSoonestEnding } from '../../db/repos/licenses';
import { useRouteOf } from '../../store/navigation';
import { EmptyState } from '../../ui/EmptyState';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { licenseRows } from './license-rows';
import { LicensesGrid } from './LicensesGrid';
import { OpenedLicenseFile } from './OpenedLicenseFile';
import { useClock } from './use-clock';

// Loaded when first wanted: the list is the first screen, and paints before License Details or a dialog's code arrives.
const LicenseDetails = lazy(() => import('./LicenseDetails').then((m) => ({ default: m.LicenseDetails })));
const NewLicenseFromKeyDialog = lazy(() => import('./NewLicenseFromKeyDialog').then((m) => ({ default: m.NewLicenseFromKeyDialog })));
const StartEvaluationDialog = lazy(() => import('./StartEvaluationDialog').then((m) => ({ default: m.StartEvaluationDialog })));

/**
 * Licenses: the list of every license, and License Details when the route names a license
 * (with `prefilledKey` to prefill the License key box, R-LIC-3); a keys file or key
 * request opened from the desktop shows its dialog over the list.
 */
export default function LicensesScreen() {
  const route = useRouteOf('licenses');
  if (route?.licenseId)
    return (
      <Suspense fallback={null}>
        <LicenseDetails key={route.licenseId} id={route.licenseId} prefilledKey={route.prefilledKey} />
      </Suspense>
    );
  return <LicensesOverview />;
}

const FIRST_PAGE = 100;

function LicensesOverview() {
  const { t } = useTranslation('licenses');
  // Effects run in the order of the hooks: the small reads (time seen, entities, first page) go before the 10,000-row one.
  const clock = useClock();
  const entities = useLiveQuery(() => listEntities(db()), []);
  // The soonest-ending page (the list's default order) is asked for first, so it shows at once; the whole list follows.
  const firstPage = useLiveQuery(() => listSoonestEnding(db(), FIRST_PAGE), []);
  const all = useLiveQuery(() => listLicenses(db()), []);
  const licenses = all ?? firstPage;
  const [dialog, setDialog] = useState<'key' | 'evaluation' | null>(null);
  const names = useMemo(() => new Map((entities ?? []).map((e) => [e.id, e.name])), [entities]);
  const entityNames = useMemo(() => [...new Set(names.values())].sort((a, b) => a.localeCompare(b)), [names]);
  const rows = useMemo(
    () => (clock && licenses && entities ? licenseRows(licenses, names, clock.now, clock.latestSeen) : undefined),
    [clock, licenses, entities, names],
  );

  const actions = (
    <Stack direction="row" spacing={1}>
      <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog('key')}>
        {t('actions.addFromKey')}
      </Button>
      <Button variant="outlined" startIcon={<ScienceIcon />} onClick={() => setDialog('evaluation')}>
        {t('actions.startEvaluation')}
      </Button>
    </Stack>
  );

  return (
    <>
      <ScreenHeader title={t('title')} actions={rows && rows.length > 0 ? actions : undefined} />
      {rows === undefined ? null : rows.length === 0 ? (
        <EmptyState title={t('empty.title')} body={t('empty.body')} action={actions} />
      ) : (
        <LicensesGrid rows={rows} names={names} entityNames={entityNames} loading={all === undefined} />
      )}
      <Suspense fallback={null}>
        {dialog === 'key' && entities && <NewLicenseFromKeyDialog entities={entities} onClose={() => setDialog(null)} />}
        {dialog === 'evaluation' && entities && <StartEvaluationDialog entities={entities} onClose={() => setDialog(null)} />}
      </Suspense>
      <OpenedLicenseFile />
    </>
  );
}
