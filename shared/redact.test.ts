import { describe, expect, it } from 'vitest';
import { redactReport, redactText, redactValue } from './redact';

describe('log redaction', () => {
  it('removes bearer tokens from headers', () => {
    expect(redactText('GET /licenses Authorization: Bearer abc.DEF-123_xyz~')).not.toContain('abc.DEF-123_xyz');
  });

  it('removes values of token, password and license key fields', () => {
    const text = 'login {"password":"hunter2","token":"t0k3n-value"} licenseKey=CNX-9F8E7D6C5B4A&x=1';
    const out = redactText(text);
    expect(out).not.toMatch(/hunter2|t0k3n-value|9F8E7D6C5B4A/);
    expect(out).toContain('x=1');
  });

  it('removes JSON web tokens, PEM blocks and grouped license keys', () => {
    const jwt = 'eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJlLWJ5dGVz';
    const pem = '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----';
    const out = redactText(`${jwt} ${pem} key CONEX-AB12C-DE34F-GH56J-KL78M`);
    expect(out).not.toMatch(/eyJhbGci|MCowBQYDK2VwAyEA|AB12C-DE34F/);
  });

  it('removes long opaque signed keys but keeps file paths and ordinary words readable', () => {
    const signed = 'Q29uZXhMaWNlbnNlS2V5UGF5bG9hZA9x7Zk3Lm2Np4Rq8sT0uVw';
    const path = '/home/admin/.config/Conex License Manager/logs/main.log';
    const stack = 'at AppUpdater.checkForUpdates (/app/node_modules/electron-updater/out/AppUpdater.js:253:14)';
    const out = redactText(`pasted ${signed} into ${path} ${stack}`);
    expect(out).not.toContain(signed);
    expect(out).toContain(path);
    expect(out).toContain(stack);
  });

  it('keeps a Support Entitlement Number, which is not a secret', () => {
    expect(redactText('renewing SEN-12345678')).toBe('renewing SEN-12345678');
  });

  it('blanks sensitive properties in logged objects and scrubs nested strings and errors', () => {
    const value = redactValue({
      sen: 'SEN-12345678',
      licenseKey: 'anything at all',
      nested: { Authorization: 'Basic abc', note: 'token=xyz123' },
      list: ['Bearer abcdefgh12345678'],
      error: new Error('failed with password=secret1'),
      bytes: new Uint8Array(10),
    }) as Record<string, unknown>;
    expect(value.sen).toBe('SEN-12345678');
    expect(value.licenseKey).toBe('[redacted]');
    expect(value.nested).toEqual({ Authorization: '[redacted]', note: 'token=[redacted]' });
    expect(value.list).toEqual(['Bearer [redacted]']);
    expect((value.error as Error).message).toBe('failed with password=[redacted]');
    expect(value.bytes).toBe('[10 bytes]');
  });

  it('blanks a field by its name in any case and spelling, whatever its value looks like (issue 14)', () => {
    const names = [
      'token',
      'apiToken',
      'API_TOKEN',
      'x-auth-token',
      'Authorization',
      'password',
      'PassWord',
      'key',
      'licenseKey',
      'private_key',
    ];
    const logged = Object.fromEntries(names.map((n) => [n, 'short']));
    const value = redactValue({
      ...logged,
      nested: { refreshToken: 'abc', clientSecret: 'x' },
      sen: 'SEN-12345678',
      email: 'it@univ.example',
    });
    for (const n of names) expect((value as Record<string, unknown>)[n], n).toBe('[redacted]');
    expect((value as Record<string, unknown>).nested).toEqual({ refreshToken: '[redacted]', clientSecret: '[redacted]' });
    expect(value).toMatchObject({ sen: 'SEN-12345678', email: 'it@univ.example' });
  });

  it('redacts name=value and "name": "value" in text for those names too (issue 14)', () => {
    const out = redactText('sync {"apiToken":"abc1"} X-Auth-Token: zz9 API_TOKEN=qq8 "Key": "k7" Password=p6 theme=dark');
    expect(out).not.toMatch(/abc1|zz9|qq8|k7|p6/);
    expect(out).toContain('theme=dark');
  });

  it('takes e-mail addresses out of a renderer error report, along with keys and tokens', () => {
    const out = redactReport(
      'TypeError: no contact jane.doe+it@univ.example.dz for CONEX-AB12C-DE34F-GH56J-KL78M (Bearer abcdefgh12345678)',
    );
    expect(out).toBe('TypeError: no contact [email] for [redacted] (Bearer [redacted])');
  });

  it('keeps the rest of a report readable: a stack with file paths and line numbers, and a SEN', () => {
    const stack = 'Error: boom SEN-12345678\n    at LicenseRow (app://conex/assets/LicensesScreen-3f9a.js:12:34)';
    expect(redactReport(stack)).toBe(stack);
  });
});
