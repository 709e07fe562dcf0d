import { z } from 'zod';

/** An address the app may open in the system browser: https, no credentials in it. */
const pageUrl = z.url({ protocol: /^https$/ }).refine((u) => !/^https:\/\/[^/]*@/.test(u), { message: 'no credentials in links' });

/**
 * Conex's public pages the app opens in the system browser, as the Conex API
 * names them: the app keeps no address of its own, so a moved page needs no
 * new release. `payQuote` is a URI template (RFC 6570, level 1) with `{number}`,
 * the quote's official number.
 */
export const conexLinksSchema = z.object({
  /** The Pricing, Billing & Licensing contact form. */
  contact: pageUrl,
  /** The public issue portal: find an issue and vote for it. */
  vote: pageUrl,
  /** The same portal: create a new issue as a suggestion. */
  suggest: pageUrl,
  /** The Conex Partner Directory, partners by region. */
  partners: pageUrl,
  /** The blank Consent To Assign form, to fill in and sign (R-LIC-6). */
  consentForm: pageUrl,
  /** Where the account email (the username, R-ACC-1) is changed. */
  changeEmail: pageUrl,
  /** The secure payment page of a submitted quote. */
  payQuote: pageUrl.refine((u) => u.includes('{number}'), { message: 'payQuote needs {number}' }),
});
export type ConexLinks = z.infer<typeof conexLinksSchema>;
export type HelpLink = Exclude<keyof ConexLinks, 'payQuote'>;

/** The payment page of a quote: the template's `{number}` filled in, URL-encoded. */
export function payQuoteUrl(links: Pick<ConexLinks, 'payQuote'>, officialNumber: string): string {
  return links.payQuote.replaceAll('{number}', encodeURIComponent(officialNumber));
}
