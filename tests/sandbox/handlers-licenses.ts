import type { SandboxContext } from './context';
import { cursorOf } from './context';
import { fail, notFound, type Handlers } from './http';
import { logChange } from './store';
import {
  contactsOf,
  deleteContact,
  getLicense,
  insertContact,
  isLicenseContact,
  licenseFeed,
  makePrimary,
  touchLicense,
} from './store-licenses';

type LicenseRoutes = 'listLicenses' | 'listContacts' | 'addContact' | 'removeContact' | 'makeContactPrimary';

/** Licenses and their contacts, visible only to their billing and technical contacts (R-ORD-8, R-ACC-2). */
export function licenseHandlers({ db, now }: SandboxContext): Pick<Handlers, LicenseRoutes> {
  const visible = (sen: string | undefined, email: string): sen is string =>
    !!sen && !!getLicense(db, sen) && isLicenseContact(db, sen, email);
  const log = (account: string, key: string | undefined, kind: string, object: string, detail: unknown) =>
    logChange(db, { account, idempotencyKey: key ?? null, kind, object, detail: JSON.stringify(detail), at: now().toISOString() });

  return {
    listLicenses({ account, query }) {
      const since = cursorOf(query.since);
      if (since === undefined) return fail(400, 'validation', 'Bad cursor');
      return { status: 200, body: licenseFeed(db, account.email, since, query.limit ?? 1000) };
    },
    listContacts({ account, params }) {
      if (!visible(params.sen, account.email)) return notFound();
      return { status: 200, body: { items: contactsOf(db, params.sen) } };
    },
    addContact({ account, params, body, idempotencyKey }) {
      const sen = params.sen;
      if (!visible(sen, account.email)) return notFound();
      if (contactsOf(db, sen).some((c) => c.role === body.role && c.email.toLowerCase() === body.email.toLowerCase())) {
        return fail(422, 'contacts.duplicate', 'Already a contact in this role', {
          messageKey: 'sync:errors.contactDuplicate',
          params: { email: body.email },
        });
      }
      const contact = insertContact(db, sen, { email: body.email, role: body.role, primary: body.primary });
      touchLicense(db, sen, now());
      log(account.id, idempotencyKey, 'contact.add', sen, { email: body.email, role: body.role });
      return { status: 200, body: contact };
    },
    removeContact({ account, params, idempotencyKey }) {
      const sen = params.sen;
      if (!visible(sen, account.email)) return notFound();
      const contacts = contactsOf(db, sen);
      const contact = contacts.find((c) => c.id === params.contactId);
      if (!contact) return notFound();
      // Reading of R-ACC-2: a license always keeps a billing and a technical contact.
      if (contacts.filter((c) => c.role === contact.role).length === 1) {
        return fail(422, 'contacts.lastOfRole', 'The last contact of a role cannot be removed', {
          messageKey: 'sync:errors.lastOfRole',
          params: { role: contact.role },
        });
      }
      deleteContact(db, sen, contact);
      touchLicense(db, sen, now());
      log(account.id, idempotencyKey, 'contact.remove', sen, { id: contact.id });
      return { status: 204 };
    },
    makeContactPrimary({ account, params, idempotencyKey }) {
      const sen = params.sen;
      if (!visible(sen, account.email)) return notFound();
      const contact = contactsOf(db, sen).find((c) => c.id === params.contactId);
      if (!contact) return notFound();
      makePrimary(db, sen, contact);
      touchLicense(db, sen, now());
      log(account.id, idempotencyKey, 'contact.primary', sen, { id: contact.id });
      return { status: 200, body: { items: contactsOf(db, sen) } };
    },
  };
}
