import { signInRequestSchema, type ApiAccount } from '../../shared/api';
import { domainError, err, ok, type Result } from '../../shared/errors';
import type { ConexDb } from '../db/database';
import { reconcileQuotes } from '../db/repos/outbox';
import { appendSyncLog, deleteSyncState, forgetServerData, getSyncState, resetSyncState, setSyncState } from '../db/repos/sync-store';
import type { SignedInAccount } from '../db/sync-state';
import { clientFor } from './api-client';
import { failureMessage, type SyncMessage } from './messages';

/** Where the API token is kept: encrypted by the desktop app (safeStorage), for the session only on the web. */
export const TOKEN_SECRET_KEY = 'sync.api-token';

export interface Secrets {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<{ encrypted: boolean }>;
  delete(key: string): Promise<void>;
}

export interface SessionDeps {
  db: ConexDb;
  secrets: Secrets;
  apiUrl: string;
  now: () => Date;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** The account signed in on this computer, if any (its token may have ended with the web session). */
export function currentAccount(db: ConexDb): Promise<SignedInAccount | undefined> {
  return getSyncState(db, 'account');
}

/**
 * Who the app is signed in as: the one answer the sidebar, Settings and the sync panel all give. The account's record
 * is not enough: on the web its token lasts for the browser session only, so once the browser is reopened the record
 * remains without a token, and nobody is signed in (signing in again needs no sign-out, and keeps that account's data).
 * The token must also be for this address. The store is read before the secret, so a live query sees every change.
 */
export async function signedInAccount(db: ConexDb, secrets: Secrets, apiUrl: string): Promise<SignedInAccount | undefined> {
  const account = await currentAccount(db);
  if (!account || account.apiUrl !== apiUrl) return undefined;
  return (await secrets.get(TOKEN_SECRET_KEY)) ? account : undefined;
}

/** The token of the signed-in account, or null; null too when it was issued for another address than `apiUrl`. */
export async function currentToken(db: ConexDb, secrets: Secrets, apiUrl: string): Promise<string | null> {
  const account = await currentAccount(db);
  return account && account.apiUrl === apiUrl ? secrets.get(TOKEN_SECRET_KEY) : null;
}

/**
 * The API token is bound to the address it was issued for. When the app now
 * talks to another address (a build with another one, a store changed by any
 * means), the account is signed out before anything is sent, and the message
 * saying so is returned (and kept in the sync log); otherwise null.
 */
export async function signOutIfAddressChanged(
  deps: Pick<SessionDeps, 'db' | 'secrets' | 'now'>,
  apiUrl: string,
): Promise<SyncMessage | null> {
  const account = await currentAccount(deps.db);
  if (!account || account.apiUrl === apiUrl) return null;
  await signOut(deps);
  const message: SyncMessage = {
    messageKey: 'sync:log.signedOutAddress',
    params: { email: account.email, from: account.apiUrl, to: apiUrl },
  };
  await appendSyncLog(deps.db, { at: deps.now().toISOString(), level: 'warning', ...message });
  return message;
}

/**
 * Checks an account email and API token with the Conex API, then keeps the
 * token in the platform's secret store. Signing in as another account, or to
 * another address, starts the pull from scratch. The token is never logged.
 */
export async function signIn(deps: SessionDeps, email: string, token: string): Promise<Result<ApiAccount>> {
  if (!deps.apiUrl) return err(domainError('sync.noAddress', 'sync:signIn.noAddress'));
  const input = signInRequestSchema.safeParse({ email: email.trim(), token: token.trim() });
  if (!input.success) {
    const field = String(input.error.issues[0]?.path[0] ?? 'email');
    return err(domainError('sync.invalidInput', field === 'token' ? 'sync:signIn.invalidToken' : 'sync:signIn.invalidEmail'));
  }
  const client = clientFor({ apiUrl: deps.apiUrl, fetch: deps.fetch, timeoutMs: deps.timeoutMs });
  const answer = await client.call('signIn', { body: input.data });
  if (!answer.ok) {
    const refused = answer.failure.kind === 'http' && answer.failure.status === 401;
    const message = refused ? { messageKey: 'sync:signIn.refused' } : failureMessage(answer.failure);
    return err(domainError('sync.signInFailed', message.messageKey, 'params' in message ? message.params : undefined));
  }
  const account = answer.value.account;
  const previous = (await currentAccount(deps.db)) ?? (await getSyncState(deps.db, 'lastAccount'));
  if (!previous || previous.id !== account.id || previous.apiUrl !== deps.apiUrl) {
    // Another account must not see the orders and quotes of the one before (R-ORD-8): they come again from Conex for whoever signs in.
    if (previous) await forgetServerData(deps.db);
    await resetSyncState(deps.db);
  }
  const stored = await deps.secrets.set(TOKEN_SECRET_KEY, input.data.token);
  const signedIn: SignedInAccount = {
    id: account.id,
    email: account.email,
    name: account.name,
    apiUrl: deps.apiUrl,
    tokenStorage: stored.encrypted ? 'encrypted' : 'session',
  };
  await setSyncState(deps.db, 'account', signedIn);
  await appendSyncLog(deps.db, {
    at: deps.now().toISOString(),
    level: 'info',
    messageKey: 'sync:log.signedIn',
    params: { email: account.email },
  });
  return ok(account);
}

/**
 * Closes the signed-in account at Conex (R-ACC-3). Conex checks again that no
 * license still needs it as a contact and answers with those it found; once
 * closed, the token stops working, so the app signs out. Everything on this
 * computer stays. Needs a connection: a closing is never queued.
 */
export async function closeAccount(deps: SessionDeps & { newKey: () => string }): Promise<Result<string>> {
  const account = await currentAccount(deps.db);
  const token = account ? await deps.secrets.get(TOKEN_SECRET_KEY) : null;
  if (!account || !token) return err(domainError('account.closeSignedOut', 'account:close.signedOut'));
  const client = clientFor({ apiUrl: account.apiUrl, token, fetch: deps.fetch, timeoutMs: deps.timeoutMs });
  const answer = await client.call('closeAccount', { idempotencyKey: deps.newKey() });
  if (!answer.ok) {
    const message = failureMessage(answer.failure);
    return err(domainError('account.closeFailed', message.messageKey, message.params));
  }
  await signOut(deps);
  await appendSyncLog(deps.db, {
    at: deps.now().toISOString(),
    level: 'info',
    messageKey: 'sync:log.accountClosed',
    params: { email: account.email },
  });
  return ok(account.email);
}

/**
 * Forgets the token and the account. Changes still waiting (quotes waiting to
 * be sent are queued first) stay this account's: sent when it signs in again,
 * never by another account on this computer.
 */
export async function signOut(deps: Pick<SessionDeps, 'db' | 'secrets' | 'now'> & { newKey?: () => string }): Promise<void> {
  const account = await currentAccount(deps.db);
  // Quotes waiting to be sent are queued now, as this account's (each change names the account that made it).
  if (account) await reconcileQuotes(deps.db, deps.now(), deps.newKey ?? (() => crypto.randomUUID()));
  await deps.secrets.delete(TOKEN_SECRET_KEY);
  await deleteSyncState(deps.db, 'account');
  if (account) await setSyncState(deps.db, 'lastAccount', { id: account.id, apiUrl: account.apiUrl });
  await appendSyncLog(deps.db, {
    at: deps.now().toISOString(),
    level: 'info',
    messageKey: 'sync:log.signedOut',
    params: { email: account?.email ?? '' },
  });
}
