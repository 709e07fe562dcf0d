import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/errors';
import { corpus } from '../../../tests/fixtures/hostile-backups/forge';
import { createWebBridge } from '../../platform/web';
import { setPlatformForTests } from '../../platform';
import { componentStorePerTest } from '../../test/component-store';
import BackupsScreen from './BackupsScreen';

componentStorePerTest('restore-section', {
  release: () => {
    setPlatformForTests(undefined);
    vi.restoreAllMocks();
  },
});

function choose(file: string) {
  const hostile = corpus.find((c) => c.file === file);
  if (!hostile) throw new Error(`no ${file} in the corpus`);
  setPlatformForTests({
    ...createWebBridge(window),
    openFile: async () => ok({ name: file, data: new TextEncoder().encode(hostile.text()) }),
  });
}

describe('the Restore section says why a file is refused (issue 14)', () => {
  it('names the table of a refused record in the user’s language', async () => {
    choose('extra-field.conexbackup');
    render(<BackupsScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Restore from a file…' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^extra-field\.conexbackup was not restored: record 1 of Licenses is not valid \(apiUrl\)\. Nothing was changed\.$/,
    );
  });

  it('never stays on "checking" when the check itself fails: it says the file could not be read', async () => {
    choose('account-takeover.conexbackup');
    vi.spyOn(crypto.subtle, 'digest').mockRejectedValue(new Error('digest unavailable'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<BackupsScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Restore from a file…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('the file could not be read.');
    expect(screen.queryByText('Checking the file')).toBeNull();
    expect(screen.getByRole('button', { name: 'Restore from a file…' })).toHaveProperty('disabled', false);
  });
});
