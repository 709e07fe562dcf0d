import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePdf } from './make-pdf';

const fontsDir = join(import.meta.dirname, '../../../resources/fonts');
const fonts = { 'Roboto-Regular.ttf': 'regular', 'Roboto-Medium.ttf': 'medium' };
const files: Record<string, string> = { regular: 'Roboto-Regular.ttf', medium: 'Roboto-Medium.ttf' };

/** Serves the bundled fonts from disk, as the app's origin serves them; `missing` answers 404 for one. */
function fetcher(missing?: string): typeof fetch {
  return (async (url: string | URL | Request) => {
    const name = files[String(url)];
    if (!name || name === missing) return new Response('not found', { status: 404 });
    return new Response(await readFile(join(fontsDir, name)));
  }) as typeof fetch;
}

const doc = { content: [{ text: 'Devis 1 234,56 € — œuvre, « élève »', bold: true }, { text: 'Quote €1,234.56' }] };

describe('making a PDF', () => {
  it('makes a PDF with the bundled fonts and no network', async () => {
    const result = await makePdf(doc, { fonts, fetcher: fetcher() });
    if (!result.ok) throw new Error(result.error.code);
    expect(new TextDecoder().decode(result.value.slice(0, 5))).toBe('%PDF-');
    expect(result.value.length).toBeGreaterThan(1000);
  });

  it('a missing font is a message naming it, not a crash', async () => {
    const result = await makePdf(doc, { fonts, fetcher: fetcher('Roboto-Medium.ttf') });
    expect(result).toEqual({
      ok: false,
      error: { code: 'pdf.fontMissing', messageKey: 'quotes:pdf.fontMissing', params: { font: 'Roboto-Medium.ttf' } },
    });
  });

  it('a document asking for a font that is not bundled is refused the same way', async () => {
    const result = await makePdf({ content: [{ text: 'x', font: 'Helvetica' }] }, { fonts, fetcher: fetcher() });
    expect(result).toMatchObject({ ok: false, error: { code: 'pdf.failed' } });
  });
});
