import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ipcError } from '../../shared/ipc/results';
import { i18next, initI18n } from '../i18n';
import { useToast } from '../store/toast';
import { showHostError } from './host-error';
import { toastText } from '../test/toast';

beforeAll(async () => {
  await initI18n('en');
});
afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('a failure the host answered with', () => {
  it('is shown as an error message naming the file and the reason', () => {
    showHostError(ipcError('file-not-written', { name: 'quote.pdf', reason: 'EROFS' }));
    expect(useToast.getState().current?.severity).toBe('error');
    expect(toastText()).toBe('quote.pdf could not be saved there (EROFS). Choose another folder, or free some space, and try again.');
  });

  it('is said in French when the user reads French', async () => {
    await i18next.changeLanguage('fr');
    showHostError(ipcError('backup-folder-not-chosen', { folder: '/media/usb' }));
    expect(toastText()).toBe(
      'Le dossier de sauvegarde /media/usb doit être choisi à nouveau dans Sauvegardes avant que des sauvegardes automatiques puissent y être écrites.',
    );
  });
});
