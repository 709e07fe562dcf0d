/** Conex pages the account side opens in the system browser (https only, never inside the app). */
export const CONEX_LINKS = {
  contact: 'https://www.conex.dz/contact',
  vote: 'https://feedback.conex.dz/vote',
  suggest: 'https://feedback.conex.dz/suggest',
  partners: 'https://www.conex.dz/partners',
} as const;
export type ConexLink = keyof typeof CONEX_LINKS;
