import { licenseDetailsPanels, quoteRowActions, settingsSections } from '../../contributions/slots';

// What the Conex account adds to other features' screens; each loads when first shown.
licenseDetailsPanels.register({ id: 'account.contacts', order: 10, load: () => import('./LicenseContacts') });
licenseDetailsPanels.register({ id: 'account.consent', order: 20, load: () => import('./ConsentToAssign') });
quoteRowActions.register({ id: 'account.orders', order: 10, load: () => import('./OrderActions') });
settingsSections.register({
  id: 'account.section',
  order: 20,
  load: () => import('./AccountSection').then((m) => ({ default: m.AccountSection })),
});
