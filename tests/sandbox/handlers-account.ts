import type { ApiAccount } from '../../shared/api';
import type { SandboxContext } from './context';
import { fail, type Call, type Handlers } from './http';
import { accountByEmail, accountByToken, closeAccount, logChange, saveAccount } from './store';
import { licensesBlockingClose, removeContactEverywhere, renameContactEmail, touchLicense } from './store-licenses';

type AccountRoutes = 'signIn' | 'getAccount' | 'updateAccount' | 'closeAccount' | 'getPriceBook';

/** Sign-in, the account (R-ACC-1, R-ACC-5) and the price book (R-PRICE-1). */
export function accountHandlers({ db, now, book }: SandboxContext): Pick<Handlers, AccountRoutes> {
  return {
    signIn({ body }) {
      const account = accountByToken(db, body.token);
      if (!account || account.email.toLowerCase() !== body.email.toLowerCase())
        return fail(401, 'auth.invalid', 'Wrong email or API token');
      return { status: 200, body: { account } };
    },
    getAccount({ account }) {
      return { status: 200, body: account };
    },
    updateAccount({ account, body, idempotencyKey }: Call<'updateAccount'>) {
      const next: ApiAccount = { ...account, ...body };
      if (body.email && body.email.toLowerCase() !== account.email.toLowerCase()) {
        const taken = accountByEmail(db, body.email);
        if (taken && taken.id !== account.id)
          return fail(422, 'account.emailTaken', 'Another account uses this email', { messageKey: 'sync:errors.emailTaken' });
        // The email is the username: the licenses follow it (R-ACC-1).
        for (const sen of renameContactEmail(db, account.email, body.email)) touchLicense(db, sen, now());
      }
      saveAccount(db, next);
      logChange(db, {
        account: account.id,
        idempotencyKey: idempotencyKey ?? null,
        kind: 'account.update',
        object: account.id,
        detail: JSON.stringify(body),
        at: now().toISOString(),
      });
      return { status: 200, body: next };
    },
    closeAccount({ account, idempotencyKey }) {
      const blocking = licensesBlockingClose(db, account.email);
      if (blocking.length > 0)
        return fail(409, 'account.licensesAttached', 'Move these licenses to other billing and technical contacts first', {
          messageKey: 'account:errors.closeBlocked',
          params: { count: blocking.length, sens: blocking.join(', ') },
        });
      // Its licenses have moved to other contacts (R-ACC-3): the closed account is a contact of none.
      for (const sen of removeContactEverywhere(db, account.email)) touchLicense(db, sen, now());
      closeAccount(db, account.id);
      logChange(db, {
        account: account.id,
        idempotencyKey: idempotencyKey ?? null,
        kind: 'account.close',
        object: account.id,
        detail: '',
        at: now().toISOString(),
      });
      return { status: 204 };
    },
    getPriceBook({ headers }) {
      const etag = `"${book.version}"`;
      if (headers['if-none-match'] === etag) return { status: 304, headers: { ETag: etag } };
      return { status: 200, body: book, headers: { ETag: etag } };
    },
  };
}
