import { describe, expect, it } from 'vitest';
import { apiOrigin, buildApiUrl, SANDBOX_API_URL } from './api-address';

describe('the Conex API address fixed at build time', () => {
  it('a production build takes CONEX_API_URL over https only, or none (offline)', () => {
    expect(buildApiUrl('https://api.conex.example/', false)).toBe('https://api.conex.example');
    expect(buildApiUrl('https://api.conex.example/v1-gw', false)).toBe('https://api.conex.example/v1-gw');
    expect(buildApiUrl(undefined, false)).toBe('');
    expect(buildApiUrl('  ', false)).toBe('');
    expect(() => buildApiUrl('http://api.conex.example', false)).toThrow(/must be https/);
    expect(() => buildApiUrl('http://127.0.0.1:4010', false)).toThrow(/must be https/);
    expect(() => buildApiUrl('not an address', false)).toThrow(/not an address/);
    expect(() => buildApiUrl('https://user:pw@api.conex.example', false)).toThrow(/user, a query/);
    expect(() => buildApiUrl('https://api.conex.example/?to=evil', false)).toThrow(/user, a query/);
  });

  it('the sandbox build talks to its local sandbox only', () => {
    expect(buildApiUrl(undefined, true)).toBe(SANDBOX_API_URL);
    expect(buildApiUrl('http://127.0.0.1:4312', true)).toBe('http://127.0.0.1:4312');
    expect(buildApiUrl('http://localhost:4010/', true)).toBe('http://localhost:4010');
    expect(() => buildApiUrl('http://api.evil.example', true)).toThrow();
    expect(() => buildApiUrl('https://api.conex.example', true)).toThrow(/this computer/);
  });

  it('the CSP names the origin alone', () => {
    expect(apiOrigin('https://api.conex.example/v1-gw')).toBe('https://api.conex.example');
    expect(apiOrigin('http://127.0.0.1:4312')).toBe('http://127.0.0.1:4312');
    expect(apiOrigin('')).toBe('');
  });
});
