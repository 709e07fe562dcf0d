/**
 * Text as the bundled Roboto can draw it: French Intl formatting puts a narrow
 * no-break space (U+202F) between thousands, which Roboto lacks; a no-break
 * space (U+00A0) keeps the figure on one line and shows as a space.
 */
export function pdfText(text: string): string {
  return text.replace(/\u202f/g, '\u00a0');
}
