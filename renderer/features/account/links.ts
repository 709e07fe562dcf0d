/** Conex pages the account side opens in the system browser (https only, never inside the app). */
export const CONEX_LINKS = {
  contact: 'https://www.conex.dz/contact',
  vote: 'https://feedback.conex.dz/vote',
  suggest: 'https://feedback.conex.dz/suggest',
  partners: 'https://www.conex.dz/partners',
} as const;
export type ConexLink = keyof typeof CONEX_LINKS;

/** Conex's secure payment page for a submitted quote: opened in the system browser, never in the app. */
export function paymentPageUrl(officialNumber: string): string {
  return `https://pay.conex.dz/quotes/${encodeURIComponent(officialNumber)}`;
}
