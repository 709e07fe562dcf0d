import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeKeyRequest, type KeyRequest } from '../../../shared/keys/key-request';
import { initI18n } from '../../i18n';
import { useNavigation } from '../../store/navigation';
import { licenseRow } from '../../test/rows';
import { KeyRequestDialog } from './KeyRequestDialog';

const made = makeKeyRequest(
  { serverId: 'BX7Q-2M4K-9PLD-T3RW', sen: 'SEN-00000001', entity: 'Main Library' },
  new Date('2026-12-04T10:00:00Z'),
);
const request = (made.ok ? made.value : undefined) as KeyRequest;
beforeAll(async () => {
  await initI18n('en');
});
afterEach(() => useNavigation.getState().go({ screen: 'licenses' }));

describe('a key request opened in the app', () => {
  it('shows what is asked and, for a known SEN with no key for that server, fills a Renew quote (R-ORD-1)', () => {
    const license = licenseRow('lic-1', 'SEN-00000001', { serverId: 'OTHER' });
    render(<KeyRequestDialog request={request} license={license} entityName={() => 'Main Library'} onClose={() => {}} />);
    expect(screen.getByText('Server ID: BX7Q-2M4K-9PLD-T3RW')).toBeTruthy();
    expect(screen.getByText('Entity: Main Library')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Renew in a quote' }));
    expect(useNavigation.getState()).toMatchObject({ route: { screen: 'quotes', intent: { kind: 'renew', licenseId: 'lic-1' } } });
  });

  it('offers the keys file for that server once its key exists, and a New quote for an unknown SEN', () => {
    const withKey = licenseRow('lic-1', 'SEN-00000001', { serverId: 'BX7Q-2M4K-9PLD-T3RW', key: 'CX1.x.y' });
    const { unmount } = render(
      <KeyRequestDialog request={request} license={withKey} entityName={() => 'Main Library'} onClose={() => {}} />,
    );
    expect(screen.getByRole('button', { name: 'Export keys file for this server' })).toBeTruthy();
    unmount();
    render(<KeyRequestDialog request={request} license={undefined} entityName={() => ''} onClose={() => {}} />);
    expect(screen.getByRole('button', { name: 'New quote' })).toBeTruthy();
  });
});
