import type { ConexLinks } from '../../shared/api';

/**
 * The sandbox's stand-ins for Conex's public pages. `.example` names (RFC 2606)
 * can never be real sites: tests route them, and nobody mistakes them for Conex's.
 */
export const SANDBOX_LINKS: ConexLinks = {
  contact: 'https://www.conex.example/contact/pricing-billing-licensing',
  vote: 'https://issues.conex.example/find',
  suggest: 'https://issues.conex.example/create?type=suggestion',
  partners: 'https://www.conex.example/partners/directory',
  consentForm: 'https://www.conex.example/legal/consent-to-assign.pdf',
  changeEmail: 'https://id.conex.example/manage/change-email',
  payQuote: 'https://pay.conex.example/quotes/{number}',
};
