import { describe, expect, it } from 'vitest';
import { SANDBOX_LINKS } from '../../tests/sandbox/links';
import { conexLinksSchema, payQuoteUrl } from './links';

const links = SANDBOX_LINKS;

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
