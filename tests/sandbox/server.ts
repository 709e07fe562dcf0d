import Fastify, { type FastifyInstance } from 'fastify';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Ed25519Signer } from '../../shared/keys/crypto-ports';
import { bundledPriceBook } from '../../shared/pricing/bundled';
import { sandboxSigner } from '../fixtures/keys';
import { registerAdmin } from './admin';
import type { SandboxContext } from './context';
import { FaultInjector, installFaults } from './faults';
import { accountHandlers } from './handlers-account';
import { consentHandlers } from './handlers-consent';
import { evaluationHandlers } from './handlers-evaluations';
import { licenseHandlers } from './handlers-licenses';
import { orderHandlers } from './handlers-orders';
import { quoteHandlers } from './handlers-quotes';
import { registerApi } from './http';
import { installOriginGuard } from './origin-guard';
import { openStore, type Db } from './store';

/** Where `npm run sandbox` keeps its state between runs, unless told otherwise. */
export const DEFAULT_DB_PATH = join(tmpdir(), 'conex-sandbox', 'sandbox.sqlite');

export interface SandboxOptions {
  /** SQLite file; ':memory:' for a test that needs nothing kept. */
  dbPath?: string;
  /** Start from an empty database. */
  fresh?: boolean;
  port?: number;
  host?: string;
  /** The sandbox's clock; the admin route /__sandbox/clock can also fix it. */
  now?: () => Date;
  signer?: Ed25519Signer;
  /** The origins of the app's sandbox build (e.g. http://127.0.0.1:4011): the only web pages that may call the sandbox. */
  appOrigins?: readonly string[];
}

export interface Sandbox {
  app: FastifyInstance;
  /** http://127.0.0.1:<port> */
  url: string;
  db: Db;
  faults: FaultInjector;
  close: () => Promise<void>;
}

/**
 * The Conex API sandbox: the whole contract of shared/api on a real HTTP server
 * (Fastify) with its state in SQLite, pricing with the app's own domain code and
 * signing keys with the sandbox test key pair. Listens on 127.0.0.1 only.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const book = bundledPriceBook();
  if (!book.ok) throw new Error('The bundled price book is invalid');
  let fixed: Date | null = null;
  const realNow = options.now ?? (() => new Date());
  const db = openStore(options.dbPath ?? DEFAULT_DB_PATH, options.fresh);
  const ctx: SandboxContext = {
    db,
    now: () => (fixed ? new Date(fixed) : realNow()),
    book: { ...book.value, version: `${book.value.version}+sandbox`, notice: `Conex API sandbox. ${book.value.notice}` },
    signer: options.signer ?? sandboxSigner,
  };
  const app = Fastify({ logger: false, forceCloseConnections: true, bodyLimit: 4 * 1024 * 1024 });
  const faults = new FaultInjector();

  // First, so the app's sandbox build on another port can call the sandbox and see its errors, and no other page can.
  installOriginGuard(app, options.appOrigins ?? []);
  installFaults(app, faults);
  registerApi(app, db, {
    ...accountHandlers(ctx),
    ...licenseHandlers(ctx),
    ...quoteHandlers(ctx),
    ...orderHandlers(ctx),
    ...consentHandlers(ctx),
    ...evaluationHandlers(ctx),
  });
  registerAdmin(app, ctx, faults, { set: (iso) => (fixed = iso ? new Date(iso) : null) });
  app.options('/*', async (_request, reply) => reply.code(204).send());
  app.setNotFoundHandler(async (_request, reply) => reply.code(404).send({ error: { code: 'not-found', message: 'Not found' } }));
  app.setErrorHandler(async (error: { statusCode?: number; message: string }, _request, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    return reply.code(status).send({ error: { code: status < 500 ? 'validation' : 'server', message: error.message } });
  });

  await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    db,
    faults,
    close: async () => {
      await app.close();
      db.close();
    },
  };
}
