import { describe, expect, it } from 'vitest';
import { conexLinksSchema, payQuoteUrl, type ConexLinks } from './links';

const links: ConexLinks = {
  contact: 'https://www.conex.example/contact',
  vote: 'https://issues.conex.example/find',
  suggest: 'https://issues.conex.example/create',
  partners: 'https://www.conex.example/partners',
  consentForm: 'https://www.conex.example/legal/consent-to-assign.pdf',
  changeEmail: 'https://id.conex.example/manage/change-email',
  payQuote: 'https://pay.conex.example/quotes/{number}',
};

describe('Conex links from the API', () => {
  it('fills the payment page template with the official number, encoded', () => {
    expect(payQuoteUrl(links, 'Q-2026-000123')).toBe('https://pay.conex.example/quotes/Q-2026-000123');
    expect(payQuoteUrl(links, 'Q 1/2')).toBe('https://pay.conex.example/quotes/Q%201%2F2');
  });

  it('accepts https pages only: no plain http, no script, no credentials, a payment template naming the number', () => {
    expect(conexLinksSchema.safeParse(links).success).toBe(true);
    for (const bad of [
      { partners: 'http://www.conex.example/partners' },
      { vote: 'javascript:alert(1)' },
      { contact: 'https://user:pw@www.conex.example/contact' },
      { payQuote: 'https://pay.conex.example/quotes' },
    ]) {
      expect(conexLinksSchema.safeParse({ ...links, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
