import type { AccountProfile } from '../../../shared/account';
import type { Entity } from '../../../shared/entity';
import type { ContactRole, Organization, Quote } from '../../../shared/quote';

/** An organization the user has used before, to pick instead of retyping it. */
export interface OrganizationOption extends Organization {
  /** Where it comes from, for the option's second line. */
  readonly source: 'quote' | 'profile' | 'entity';
}

/** A contact the user has used before. */
export interface ContactOption {
  readonly email: string;
  readonly role: ContactRole;
}

/** What the customer details offer to pick from. */
export interface CustomerOptions {
  readonly organizations: readonly OrganizationOption[];
  readonly contacts: readonly ContactOption[];
}

const key = (name: string) => name.trim().toLocaleLowerCase();

/**
 * Organizations and contacts already used: earlier quotes (newest first, the fullest details), the profile, then
 * the entities. One option per organization name and per contact; `current` (the quote being edited) is left out.
 */
export function customerOptions(
  quotes: readonly Quote[],
  profile: AccountProfile | undefined,
  entities: readonly Entity[],
  current: string,
): CustomerOptions {
  const earlier = quotes.filter((q) => q.id !== current).toSorted((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const organizations = new Map<string, OrganizationOption>();
  const add = (o: OrganizationOption) => {
    if (o.name.trim() !== '' && !organizations.has(key(o.name))) organizations.set(key(o.name), o);
  };
  for (const q of earlier) add({ ...q.organization, source: 'quote' });
  if (profile)
    add({
      licensee: profile.organization,
      name: profile.organization,
      address: profile.address,
      country: profile.country,
      source: 'profile',
    });
  for (const e of entities) add({ licensee: e.name, name: e.name, address: '', country: e.country, source: 'entity' });

  const contacts = new Map<string, ContactOption>();
  for (const c of earlier.flatMap((q) => q.contacts))
    if (!contacts.has(`${c.role}|${key(c.email)}`)) contacts.set(`${c.role}|${key(c.email)}`, c);
  if (profile && ![...contacts.values()].some((c) => key(c.email) === key(profile.email))) {
    contacts.set(`billing|${key(profile.email)}`, { email: profile.email, role: 'billing' });
  }
  return { organizations: [...organizations.values()], contacts: [...contacts.values()] };
}
