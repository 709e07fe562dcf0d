import { describe, expect, it } from 'vitest';
import { licenseDetailsPanels, quoteRowActions, settingsSections } from '../contributions/slots';
import './contributions';

const ids = (slot: { entries(): readonly { id: string }[] }) => slot.entries().map((e) => e.id);

describe('the composition root', () => {
  it('fills each slot with what the features contribute, in their order', () => {
    expect(ids(licenseDetailsPanels)).toEqual(['account.contacts', 'account.consent']);
    expect(ids(quoteRowActions)).toEqual(['account.orders']);
    // Sign-in comes before the account it signs in to, as Settings showed them before they were contributions.
    expect(ids(settingsSections)).toEqual(['sync.section', 'account.section']);
  });
});
