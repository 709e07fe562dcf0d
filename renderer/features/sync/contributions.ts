import { settingsSections } from '../../contributions/slots';

// Sign-in to the Conex account sits in Settings, before the account's own section.
settingsSections.register({
  id: 'sync.section',
  order: 10,
  load: () => import('./SyncSection').then((m) => ({ default: m.SyncSection })),
});
