import type * as PdfMakeModule from 'pdfmake/build/pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import mediumUrl from '../../resources/fonts/Roboto-Medium.ttf?url';
import regularUrl from '../../resources/fonts/Roboto-Regular.ttf?url';
import { domainError, err, ok, type Result } from '../../shared/errors';

type PdfMake = typeof PdfMakeModule;

/** The two faces a quote uses, bundled in resources/fonts (see its README). */
export const QUOTE_FONTS: Readonly<Record<string, string>> = { 'Roboto-Regular.ttf': regularUrl, 'Roboto-Medium.ttf': mediumUrl };

class FontMissing extends Error {
  constructor(readonly font: string) {
    super(`font missing: ${font}`);
  }
}

let ready: Promise<PdfMake> | undefined;

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
  pdfMake.setFonts({
    Roboto: { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Regular.ttf', bolditalics: 'Roboto-Medium.ttf' },
  });
  // Everything a quote needs is in the document: pdfmake must never reach the network.
  pdfMake.setUrlAccessPolicy(() => false);
  return pdfMake;
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
  const attempt =
    options.fonts || options.fetcher ? load(options.fonts ?? QUOTE_FONTS, options.fetcher ?? fetch) : (ready ??= load(QUOTE_FONTS, fetch));
  try {
    const pdfMake = await attempt;
    const buffer = await pdfMake.createPdf(doc).getBuffer();
    return ok(new Uint8Array(buffer));
  } catch (e) {
    if (attempt === ready) ready = undefined;
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof FontMissing) return err(domainError('pdf.fontMissing', 'quotes:pdf.fontMissing', { font: e.font }));
    const vfsMiss = /File '([^']+)' not found in virtual file system/.exec(message);
    if (vfsMiss) return err(domainError('pdf.fontMissing', 'quotes:pdf.fontMissing', { font: vfsMiss[1] ?? '' }));
    return err(domainError('pdf.failed', 'quotes:pdf.failed', { detail: message }));
  }
}
