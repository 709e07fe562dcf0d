import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './server';

const APP = 'http://127.0.0.1:4011';
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ dbPath: ':memory:', appOrigins: [APP, 'app://conex'] });
});
afterAll(() => sandbox.close());

const inject = (options: { method?: 'GET' | 'POST' | 'OPTIONS'; url: string; origin?: string; remoteAddress?: string; body?: unknown }) =>
  sandbox.app.inject({
    method: options.method ?? 'GET',
    url: options.url,
    headers: { ...(options.origin ? { origin: options.origin } : {}), ...(options.body ? { 'content-type': 'application/json' } : {}) },
    ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
    ...(options.body ? { payload: JSON.stringify(options.body) } : {}),
  });

describe('who may call the sandbox', () => {
  it("answers cross-origin requests from the app's own origins only", async () => {
    const mine = await inject({ url: '/v1/links', origin: APP });
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['access-control-allow-origin']).toBe(APP);
    expect((await inject({ url: '/v1/links', origin: 'app://conex' })).headers['access-control-allow-origin']).toBe('app://conex');
    const preflight = await inject({ method: 'OPTIONS', url: '/v1/account', origin: APP });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toContain('Authorization');

    for (const origin of ['https://evil.example', 'http://127.0.0.1:9999', 'null']) {
      const other = await inject({ url: '/v1/links', origin });
      expect(other.statusCode).toBe(403);
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
      expect((await inject({ method: 'OPTIONS', url: '/v1/account', origin })).statusCode).toBe(403);
    }
    // Tools (no Origin) are not browsers: they are answered, without CORS headers.
    const tool = await inject({ url: '/v1/links' });
    expect(tool.statusCode).toBe(200);
    expect(tool.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers /__sandbox/* only on loopback, and never to a web page, even the app', async () => {
    const body = { email: 'guard@example.com' };
    expect((await inject({ method: 'POST', url: '/__sandbox/accounts', body, remoteAddress: '10.0.0.7' })).statusCode).toBe(403);
    expect((await inject({ method: 'POST', url: '/__sandbox/reset', remoteAddress: '192.168.1.20' })).statusCode).toBe(403);
    expect((await inject({ method: 'POST', url: '/__sandbox/accounts', body, origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await inject({ method: 'POST', url: '/__sandbox/accounts', body, origin: APP })).statusCode).toBe(403);
    expect((await inject({ method: 'POST', url: '/__sandbox/accounts', body, remoteAddress: '127.0.0.1' })).statusCode).toBe(200);
    expect((await inject({ url: '/__sandbox/health', remoteAddress: '::1' })).statusCode).toBe(200);
  });
});
