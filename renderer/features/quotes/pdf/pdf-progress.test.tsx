import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../../shared/errors';
import { bundledPriceBook } from '../../../../shared/pricing/bundled';
import { priceStoredQuote, type Quote } from '../../../../shared/quote';
import { readyQuote } from '../../../../tests/sandbox/fixtures';
import { i18next } from '../../../i18n';
import { setPlatformForTests } from '../../../platform';
import { createWebBridge } from '../../../platform/web';
import { componentStorePerTest } from '../../../test/component-store';
import { ReviewStep } from '../ReviewStep';
import { usePdfDownload } from './use-pdf-download';

const book = (() => {
  const r = bundledPriceBook();
  if (!r.ok) throw new Error('bundled price book');
  return r.value;
})();
const now = new Date();

componentStorePerTest('pdf-progress', {
  release: () => {
    setPlatformForTests(undefined);
    vi.unstubAllGlobals();
  },
});

// The app's origin serves the bundled fonts; here they come from disk (jsdom has no server).
const fontsDir = join(import.meta.dirname, '../../../../resources/fonts');
beforeEach(() => {
  vi.stubGlobal('fetch', async (url: string | URL | Request) => {
    const name = /Roboto-(Regular|Medium)\.ttf/.exec(String(url))?.[0];
    return name ? new Response(await readFile(join(fontsDir, name))) : new Response('not found', { status: 404 });
  });
});
afterEach(() => i18next.changeLanguage('en'));

/** The review step with the form's own PDF download behind its button. */
function Review({ quote }: { quote: Quote }) {
  const pdf = usePdfDownload();
  return (
    <ReviewStep
      quote={quote}
      priced={priceStoredQuote(quote, book, now.toISOString().slice(0, 10))}
      book={book}
      update={() => undefined}
      onDownload={() => void pdf.download(quote, book)}
      pdfBusy={pdf.busy}
      onSubmit={() => undefined}
      submitError=""
    />
  );
}

/** A save dialog the test closes when it chooses: until then the PDF is still being made and saved. */
function slowSave(): { saved: Promise<string | Uint8Array>; finish: () => void } {
  let finish = () => undefined as void;
  let resolveSaved: (data: string | Uint8Array) => void = () => undefined;
  const saved = new Promise<string | Uint8Array>((resolve) => (resolveSaved = resolve));
  const closed = new Promise<void>((resolve) => (finish = resolve));
  setPlatformForTests({
    ...createWebBridge(window),
    saveFile: async ({ data }) => {
      resolveSaved(data);
      await closed;
      return ok({ saved: true });
    },
  });
  return { saved, finish };
}

describe('the first quote PDF takes a moment (pdfmake loads on demand): the user sees it working', () => {
  it('the Download PDF button is disabled and a labelled progress bar shows until the PDF is saved', async () => {
    const save = slowSave();
    render(<Review quote={readyQuote('q-pdf', now, { email: 'it@customer.example', status: 'draft' })} />);
    const button = screen.getByRole('button', { name: 'Download PDF' });
    expect(screen.queryByRole('progressbar')).toBeNull();
    fireEvent.click(button);
    expect(await screen.findByRole('progressbar', { name: 'Making the PDF…' })).toBeTruthy();
    expect(button).toHaveProperty('disabled', true);
    const bytes = await save.saved;
    expect(typeof bytes === 'string' ? bytes.slice(0, 5) : new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    save.finish();
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(button).toHaveProperty('disabled', false);
  });

  it('says so in French', async () => {
    await i18next.changeLanguage('fr');
    const save = slowSave();
    render(<Review quote={readyQuote('q-pdf-fr', now, { email: 'it@customer.example', status: 'draft' })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Télécharger le PDF' }));
    expect(await screen.findByRole('progressbar', { name: 'Création du PDF…' })).toBeTruthy();
    await save.saved;
    save.finish();
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });
});
