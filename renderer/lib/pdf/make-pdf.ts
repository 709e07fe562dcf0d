import type * as PdfMakeModule from 'pdfmake/build/pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import arabicBoldUrl from '@fontsource/amiri/files/amiri-arabic-700-normal.woff?url';
import arabicRegularUrl from '@fontsource/amiri/files/amiri-arabic-400-normal.woff?url';
import mediumUrl from '../../../resources/fonts/Roboto-Medium.ttf?url';
import regularUrl from '../../../resources/fonts/Roboto-Regular.ttf?url';
import { domainError, err, ok, type Result } from '../../../shared/errors';
import { ARABIC_FAMILY, needsArabicFont } from './bidi-text';

type PdfMake = typeof PdfMakeModule;

/** The two faces a quote uses, bundled in resources/fonts (see its README). */
export const QUOTE_FONTS: Readonly<Record<string, string>> = { 'Roboto-Regular.ttf': regularUrl, 'Roboto-Medium.ttf': mediumUrl };

class FontMissing extends Error {
  constructor(readonly font: string) {
    super(`font missing: ${font}`);
  }
}

/**
 * Amiri (OFL, from @fontsource: its Arabic subset, WOFF, which fontkit reads), fetched only when a
 * document has Arabic letters: about 135 KB a face, never in the first screen's bundle. Not Noto Naskh
 * Arabic: it draws letters as a shared skeleton plus dots, so the PDF's text read back (ToUnicode, one
 * code point per glyph) confuses ص and ض, ف and ق.
 */
export const ARABIC_FONTS: Readonly<Record<string, string>> = {
  'Amiri-Regular.woff': arabicRegularUrl,
  'Amiri-Bold.woff': arabicBoldUrl,
};

/** Loads by set of fonts: a Latin-only PDF never waits for the Arabic font. */
const ready = new Map<string, Promise<PdfMake>>();

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode under the engine's argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function fetchFont(name: string, url: string, fetcher: typeof fetch): Promise<string> {
  try {
    const response = await fetcher(url);
    if (!response.ok) throw new FontMissing(name);
    return toBase64(new Uint8Array(await response.arrayBuffer()));
  } catch (e) {
    throw e instanceof FontMissing ? e : new FontMissing(name);
  }
}

/** pdfmake and the fonts, loaded the first time a PDF is made (pdfmake is large: never at start-up). */
async function load(fonts: Readonly<Record<string, string>>, fetcher: typeof fetch): Promise<PdfMake> {
  const [module, ...files] = await Promise.all([
    import('pdfmake/build/pdfmake'),
    ...Object.entries(fonts).map(async ([name, url]) => [name, await fetchFont(name, url, fetcher)] as const),
  ]);
  const pdfMake = ((module as { default?: PdfMake }).default ?? module) as PdfMake;
  pdfMake.addVirtualFileSystem(Object.fromEntries(files));
  // A family whose files are not loaded fails only if a document uses it (then "font missing").
  pdfMake.setFonts({
    Roboto: { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Regular.ttf', bolditalics: 'Roboto-Medium.ttf' },
    [ARABIC_FAMILY]: {
      normal: 'Amiri-Regular.woff',
      bold: 'Amiri-Bold.woff',
      italics: 'Amiri-Regular.woff',
      bolditalics: 'Amiri-Bold.woff',
    },
  });
  // Everything a quote needs is in the document: pdfmake must never reach the network.
  pdfMake.setUrlAccessPolicy(() => false);
  return pdfMake;
}

/** The fonts a document needs: the Latin faces always, the Arabic ones when any text has Arabic letters. */
export function fontsFor(doc: TDocumentDefinitions): Readonly<Record<string, string>> {
  // Functions (the footer) are not texts of their own: the footer repeats the content's language.
  const arabic = needsArabicFont(JSON.stringify([doc.content, doc.watermark ?? null]));
  return arabic ? { ...QUOTE_FONTS, ...ARABIC_FONTS } : QUOTE_FONTS;
}

/**
 * Makes the PDF bytes of a document. A missing font or any pdfmake failure is a
 * value the form shows (the draft is never touched here); a failed load is
 * retried on the next call.
 */
export async function makePdf(
  doc: TDocumentDefinitions,
  options: { fonts?: Readonly<Record<string, string>>; fetcher?: typeof fetch } = {},
): Promise<Result<Uint8Array>> {
  const fonts = options.fonts ?? fontsFor(doc);
  const key = Object.keys(fonts).sort().join('|');
  let attempt: Promise<PdfMake>;
  if (options.fonts || options.fetcher) attempt = load(fonts, options.fetcher ?? fetch);
  else {
    attempt = ready.get(key) ?? load(fonts, fetch);
    ready.set(key, attempt);
  }
  try {
    const pdfMake = await attempt;
    const buffer = await pdfMake.createPdf(doc).getBuffer();
    return ok(new Uint8Array(buffer));
  } catch (e) {
    if (ready.get(key) === attempt) ready.delete(key);
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof FontMissing) return err(domainError('pdf.fontMissing', 'quotes:pdf.fontMissing', { font: e.font }));
    const vfsMiss = /File '([^']+)' not found in virtual file system/.exec(message);
    if (vfsMiss) return err(domainError('pdf.fontMissing', 'quotes:pdf.fontMissing', { font: vfsMiss[1] ?? '' }));
    return err(domainError('pdf.failed', 'quotes:pdf.failed', { detail: message }));
  }
}
