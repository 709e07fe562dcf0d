/**
 * `npx tsx tests/sandbox/main.ts [--port 4010] [--db file.sqlite] [--fresh] [--with-app [--app-port 4011]] [--app-origin URL]...`
 *
 * Starts the Conex API sandbox on 127.0.0.1. With --with-app (what `npm run
 * sandbox` does) it also builds the app in sandbox mode pointing at it, serves
 * it, creates a demo account with licenses on a fresh database, and prints both
 * addresses and how to sign in. Only the app's pages may call it from a browser:
 * the one --with-app serves, and each --app-origin (the e2e config names its own).
 */
import { parseArgs } from 'node:util';
import { DEFAULT_DB_PATH, startSandbox } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.CONEX_SANDBOX_PORT ?? '4010' },
    db: { type: 'string', default: process.env.CONEX_SANDBOX_DB ?? DEFAULT_DB_PATH },
    fresh: { type: 'boolean', default: false },
    'with-app': { type: 'boolean', default: false },
    'app-port': { type: 'string', default: '4011' },
    'app-origin': { type: 'string', multiple: true, default: [] },
  },
});
// The desktop app's pages (app://conex) and, with --with-app, the web build served here.
const appOrigins = [
  'app://conex',
  ...values['app-origin'],
  ...(values['with-app'] ? [`http://127.0.0.1:${values['app-port']}`, `http://localhost:${values['app-port']}`] : []),
];

const DEMO = { email: 'demo@conex.example', name: 'Demo account', token: 'sandbox-demo-token-0000000000' };

const sandbox = await startSandbox({ port: Number(values.port), dbPath: values.db, fresh: values.fresh, appOrigins });
console.log(`Conex API sandbox: ${sandbox.url}  (state in ${values.db})`);

if (values['with-app']) {
  const post = (path: string, body: unknown) =>
    fetch(`${sandbox.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  // 409 when the demo account exists from an earlier run: its state survives restarts.
  if ((await post('/__sandbox/accounts', DEMO)).ok) await post('/__sandbox/licenses', { email: DEMO.email, count: 3 });
  const { serveSandboxApp } = await import('./serve-app');
  const app = await serveSandboxApp({ apiUrl: sandbox.url, port: Number(values['app-port']) });
  console.log(`App (sandbox build): ${app.url}`);
  console.log(`Sign in (Settings > Conex account) with ${DEMO.email} and the API token ${DEMO.token}`);
}

const stop = async () => {
  await sandbox.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
