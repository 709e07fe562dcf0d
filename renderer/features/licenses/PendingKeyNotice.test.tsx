import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18next } from '../../i18n';
import { useNavigation } from '../../store/navigation';
import { componentStorePerTest } from '../../test/component-store';
import { entityRow, licenseRow } from '../../test/rows';
import { formatInstant } from './format';
import LicensesScreen from './LicensesScreen';

const issued = '2026-12-02T09:30:00.000Z';
const database = componentStorePerTest('pending-key', {
  seed: async (store) => {
    await store.entities.add(entityRow('library', 'Main Library'));
    await store.licenses.add(licenseRow('lic-1', 'SEN-00000001', { entityId: 'library', key: 'CX1.current' }));
    await store.pendingKeys.add({ sen: 'SEN-00000001', licenseId: 'lic-1', key: 'CX1.issued-after-payment', issued, detectedAt: issued });
  },
  release: () => useNavigation.getState().go({ screen: 'licenses' }),
});

afterEach(async () => {
  await i18next.changeLanguage('en');
});

function open(prefilledKey?: string) {
  useNavigation.getState().go({ screen: 'licenses', licenseId: 'lic-1', prefilledKey });
  render(<LicensesScreen />);
}

describe('a key Conex issued waits in License Details until it is applied (R-PAY-2, R-LIC-3)', () => {
  it('says a new key is waiting, fills the License key box with it when asked, then says where the text came from', async () => {
    open();
    const when = formatInstant(issued, 'en');
    expect(await screen.findByText(`A new key from Conex, issued ${when}, is waiting to be applied to this license.`)).toBeTruthy();
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'License key' });
    expect(box.value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Fill in the new key' }));
    expect(await screen.findByText(/The License key box holds the new key Conex issued/)).toBeTruthy();
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'License key' }).value).toBe('CX1.issued-after-payment');
    expect(screen.queryByRole('button', { name: 'Fill in the new key' })).toBeNull();
  });

  it('arriving from the new-key prompt, the box is already filled and says so', async () => {
    open('CX1.issued-after-payment');
    expect(await screen.findByText(/The License key box holds the new key Conex issued/)).toBeTruthy();
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'License key' }).value).toBe('CX1.issued-after-payment');
  });

  it('once the license holds the key, nothing is waiting any more', async () => {
    await database().licenses.update('lic-1', { key: 'CX1.issued-after-payment' });
    open();
    await screen.findByRole('heading', { name: 'License key' });
    expect(screen.queryByText(/is waiting to be applied/)).toBeNull();
  });

  it('says so in French', async () => {
    await i18next.changeLanguage('fr');
    open();
    const when = formatInstant(issued, 'fr');
    expect(await screen.findByText(`Une nouvelle clé Conex, émise le ${when}, attend d’être appliquée à cette licence.`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remplir avec la nouvelle clé' }));
    expect(await screen.findByText(/Le champ Clé de licence contient la nouvelle clé émise par Conex/)).toBeTruthy();
  });
});
