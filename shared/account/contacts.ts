import type { Change } from '../api/changes';
import type { ApiContact } from '../api/licenses';
import { domainError, err, ok, type Result } from '../errors';
import { emailSchema, type ContactRole } from '../quote';

/** A license's contacts as the account side sees them (R-ACC-2). */
export interface LicenseContacts {
  readonly licenseId: string;
  readonly sen: string;
  readonly entityId: string;
  readonly contacts: readonly ApiContact[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Checks an email typed for a contact; trimmed, malformed refused. */
export function checkContactEmail(email: string): Result<string> {
  const parsed = emailSchema.safeParse(email.trim());
  return parsed.success ? ok(parsed.data) : err(domainError('contact.email', 'account:errors.emailInvalid'));
}

/**
 * Adds a billing or technical contact by email (R-ACC-2). The first of its role
 * is primary; a contact already there with that role is refused.
 */
export function addLicenseContact(contacts: readonly ApiContact[], email: string, role: ContactRole, id: string): Result<ApiContact[]> {
  const checked = checkContactEmail(email);
  if (!checked.ok) return checked;
  if (contacts.some((c) => c.role === role && same(c.email, checked.value)))
    return err(domainError('contact.duplicate', 'account:errors.contactDuplicate', { email: checked.value }));
  const primary = !contacts.some((c) => c.role === role);
  return ok([...contacts, { id, email: checked.value, role, primary }]);
}

/** Makes a contact the primary one of its role; the previous primary of that role stops being it (R-ACC-2). */
export function makePrimary(contacts: readonly ApiContact[], contactId: string): Result<ApiContact[]> {
  const target = contacts.find((c) => c.id === contactId);
  if (!target) return err(domainError('contact.notFound', 'account:errors.contactNotFound'));
  return ok(contacts.map((c) => (c.role === target.role ? { ...c, primary: c.id === contactId } : c)));
}

/**
 * Removes a contact, refusing the last billing or the last technical contact of
 * the license (R-ACC-2). When the primary goes, the next of its role becomes primary.
 */
export function removeLicenseContact(contacts: readonly ApiContact[], contactId: string): Result<ApiContact[]> {
  const target = contacts.find((c) => c.id === contactId);
  if (!target) return err(domainError('contact.notFound', 'account:errors.contactNotFound'));
  const rest = contacts.filter((c) => c.id !== contactId);
  const sameRole = rest.filter((c) => c.role === target.role);
  if (sameRole.length === 0)
    return err(domainError(`contact.last.${target.role}`, `account:errors.lastContact.${target.role}`, { email: target.email }));
  const next = sameRole[0];
  if (target.primary && next && !sameRole.some((c) => c.primary))
    return ok(rest.map((c) => (c.id === next.id ? { ...c, primary: true } : c)));
  return ok(rest);
}

/** What a bulk change did to one license. */
export interface BulkChange {
  readonly licenseId: string;
  readonly sen: string;
  readonly contacts: ApiContact[];
}

/**
 * Replaces one contact by another across the licenses of an entity (academic IT
 * staff looking after several entities). Role and primary are kept; when the new
 * email is already a contact of that role, the old one is just removed and the
 * new one takes over the primary flag. Licenses without the old contact are left alone.
 * Refuses a malformed new email or replacing an email by itself.
 */
export function bulkReplaceContact(
  licenses: readonly LicenseContacts[],
  entityId: string,
  fromEmail: string,
  toEmail: string,
  newId: (licenseId: string, role: ContactRole) => string,
): Result<BulkChange[]> {
  const to = checkContactEmail(toEmail);
  if (!to.ok) return to;
  if (same(fromEmail, to.value)) return err(domainError('contact.sameEmail', 'account:errors.sameEmail'));
  const changes: BulkChange[] = [];
  for (const lic of licenses) {
    if (lic.entityId !== entityId || !lic.contacts.some((c) => same(c.email, fromEmail))) continue;
    const next: ApiContact[] = [];
    for (const c of lic.contacts) {
      if (!same(c.email, fromEmail)) {
        next.push(c);
        continue;
      }
      // Already a contact of that role: the old one just goes (its primary flag moves below).
      const existing = lic.contacts.some((o) => o.role === c.role && same(o.email, to.value));
      if (!existing) next.push({ ...c, id: newId(lic.licenseId, c.role), email: to.value });
    }
    const fixed = next.map((c) => {
      const oldPrimary = lic.contacts.find((o) => o.role === c.role && o.primary && same(o.email, fromEmail));
      return oldPrimary && same(c.email, to.value) ? { ...c, primary: true } : c;
    });
    changes.push({ licenseId: lic.licenseId, sen: lic.sen, contacts: fixed });
  }
  if (changes.length === 0) return err(domainError('contact.noneToChange', 'account:errors.noneToChange', { email: fromEmail }));
  return ok(changes);
}

/**
 * The licenses that must move to other billing and technical contacts before the
 * account can be closed (R-ACC-3): those where the account's email is a contact and
 * no other billing contact or no other technical contact exists. Empty: closing is allowed.
 */
export function licensesBlockingClose(accountEmail: string, licenses: readonly LicenseContacts[]): LicenseContacts[] {
  return licenses.filter((lic) => {
    if (!lic.contacts.some((c) => same(c.email, accountEmail))) return false;
    const others = lic.contacts.filter((c) => !same(c.email, accountEmail));
    return !others.some((c) => c.role === 'billing') || !others.some((c) => c.role === 'technical');
  });
}

/** Closing the account (R-ACC-3): refused with the licenses to move first. */
export function checkCloseAccount(accountEmail: string, licenses: readonly LicenseContacts[]): Result<true> {
  const blocking = licensesBlockingClose(accountEmail, licenses);
  if (blocking.length > 0)
    return err(
      domainError('account.closeBlocked', 'account:errors.closeBlocked', {
        count: blocking.length,
        sens: blocking.map((l) => l.sen).join(', '),
      }),
    );
  return ok(true);
}

/** A contact change made here, as it waits in the outbox. */
export type ContactChange = Extract<Change, { kind: 'contact.add' | 'contact.remove' | 'contact.primary' }>;

/** Whether a queued change is one of a license's contacts. */
export function isContactChange(change: Change): change is ContactChange {
  return change.kind === 'contact.add' || change.kind === 'contact.remove' || change.kind === 'contact.primary';
}

/**
 * A license's contacts as Conex sent them, with the contact changes made here and not yet sent replayed on them in the
 * order they were made (R-ACC-2). A pull that reads the server between a change here and its push must not bring back
 * a contact the user removed, or drop one they added: the close-account check (R-ACC-3) and the next bulk change read
 * this list. Lenient where the server already shows a change (sent, not yet cleared here): an add already there, or a
 * removal or promotion of a contact no longer there, changes nothing; refusing is the server's part.
 */
export function withPendingContactChanges(server: readonly ApiContact[], pending: readonly ContactChange[]): ApiContact[] {
  let contacts = [...server];
  for (const change of pending) {
    if (change.kind === 'contact.add') {
      const { email, role, primary } = change.contact;
      if (contacts.some((c) => c.role === role && same(c.email, email))) continue;
      const first = !contacts.some((c) => c.role === role);
      const id = change.localId ?? `${role}:${email}`;
      contacts = [
        ...contacts.map((c) => (primary && c.role === role ? { ...c, primary: false } : c)),
        { id, email, role, primary: primary || first },
      ];
    } else if (change.kind === 'contact.primary') {
      const promoted = makePrimary(contacts, change.contactId);
      if (promoted.ok) contacts = promoted.value;
    } else {
      const target = contacts.find((c) => c.id === change.contactId);
      if (!target) continue;
      const rest = contacts.filter((c) => c.id !== target.id);
      const heir =
        target.primary && !rest.some((c) => c.role === target.role && c.primary) ? rest.find((c) => c.role === target.role) : undefined;
      contacts = rest.map((c) => (c === heir ? { ...c, primary: true } : c));
    }
  }
  return contacts;
}
