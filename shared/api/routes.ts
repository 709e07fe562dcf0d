import type { z } from 'zod';
import { priceBookSchema } from '../pricing/price-book';
import { accountUpdateSchema, apiAccountSchema, signInRequestSchema, signInResponseSchema } from './account';
import { feedQuerySchema } from './common';
import { apiConsentRequestSchema, consentFeedSchema, consentRequestBodySchema } from './consent';
import { evaluationRequestSchema } from './evaluations';
import { apiContactSchema, apiLicenseSchema, contactAddSchema, contactListSchema, licenseFeedSchema } from './licenses';
import { conexLinksSchema } from './links';
import { orderFeedSchema } from './orders';
import { apiQuoteOrTombstoneSchema, apiQuoteSchema, poUpdateSchema, quoteFeedSchema, quoteSubmissionSchema } from './quotes';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One operation of the Conex API; docs/openapi.yaml describes the same list (a test keeps them in step). */
export interface ApiRoute {
  readonly method: HttpMethod;
  /** OpenAPI style: `/v1/quotes/{id}`. */
  readonly path: string;
  readonly summary: string;
  /** Needs `Authorization: Bearer <API token>`. */
  readonly auth: boolean;
  /** Changes something, so carries an `Idempotency-Key` (every such route does). */
  readonly idempotent: boolean;
  /** Takes `If-Match` with the server revision the change was made on. */
  readonly ifMatch?: boolean;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** JSON schema of a 200 answer; null for 204 or a PDF. */
  readonly response: z.ZodType | null;
  readonly produces: 'json' | 'pdf' | 'empty';
}

/** The Conex API, version 1: every route the app and the sandbox know. */
export const apiRoutes = {
  signIn: {
    method: 'POST',
    path: '/v1/session',
    summary: 'Check an account email and API token',
    auth: false,
    idempotent: false,
    body: signInRequestSchema,
    response: signInResponseSchema,
    produces: 'json',
  },
  getAccount: {
    method: 'GET',
    path: '/v1/account',
    summary: 'The signed-in account',
    auth: true,
    idempotent: false,
    response: apiAccountSchema,
    produces: 'json',
  },
  updateAccount: {
    method: 'PUT',
    path: '/v1/account',
    summary: 'Change the account email, name or publicity choice (R-ACC-1, R-ACC-5)',
    auth: true,
    idempotent: true,
    body: accountUpdateSchema,
    response: apiAccountSchema,
    produces: 'json',
  },
  closeAccount: {
    method: 'DELETE',
    path: '/v1/account',
    summary:
      'Close the account: refused (409 account.licensesAttached, params.sens) while a license has no other billing or technical contact (R-ACC-3); the API token stops working',
    auth: true,
    idempotent: true,
    response: null,
    produces: 'empty',
  },
  getLinks: {
    method: 'GET',
    path: '/v1/links',
    summary:
      "Conex's public pages the app opens in the system browser: contact form, feature portal, partner directory, email change, quote payment",
    auth: false,
    idempotent: false,
    response: conexLinksSchema,
    produces: 'json',
  },
  getPriceBook: {
    method: 'GET',
    path: '/v1/price-book',
    summary: 'The current price book (ETag: its version)',
    auth: true,
    idempotent: false,
    response: priceBookSchema,
    produces: 'json',
  },
  listLicenses: {
    method: 'GET',
    path: '/v1/licenses',
    summary: 'Licenses where the account is a billing or technical contact, changed since a cursor (R-ORD-8)',
    auth: true,
    idempotent: false,
    query: feedQuerySchema,
    response: licenseFeedSchema,
    produces: 'json',
  },
  listContacts: {
    method: 'GET',
    path: '/v1/licenses/{sen}/contacts',
    summary: 'The contacts of a license',
    auth: true,
    idempotent: false,
    response: contactListSchema,
    produces: 'json',
  },
  requestEvaluation: {
    method: 'POST',
    path: '/v1/evaluations',
    summary:
      'Issue a 10-day evaluation key of the highest tier, ending 10 days after it is issued to the minute (R-EVAL-1, R-EVAL-2); the account becomes its billing and technical contact',
    auth: true,
    idempotent: true,
    body: evaluationRequestSchema,
    response: apiLicenseSchema,
    produces: 'json',
  },
  addContact: {
    method: 'POST',
    path: '/v1/licenses/{sen}/contacts',
    summary: 'Add a billing or technical contact by email (R-ACC-2)',
    auth: true,
    idempotent: true,
    body: contactAddSchema,
    response: apiContactSchema,
    produces: 'json',
  },
  removeContact: {
    method: 'DELETE',
    path: '/v1/licenses/{sen}/contacts/{contactId}',
    summary: 'Remove a contact; the last of a role stays (R-ACC-2)',
    auth: true,
    idempotent: true,
    response: null,
    produces: 'empty',
  },
  makeContactPrimary: {
    method: 'PUT',
    path: '/v1/licenses/{sen}/contacts/{contactId}/primary',
    summary: 'Make a contact the primary one of its role (R-ACC-2)',
    auth: true,
    idempotent: true,
    response: contactListSchema,
    produces: 'json',
  },
  requestConsent: {
    method: 'PUT',
    path: '/v1/consent-requests/{id}',
    summary:
      'Send a Consent To Assign request with its signed form: the licenses move to the new entity only when Conex confirms (R-LIC-6)',
    auth: true,
    idempotent: true,
    body: consentRequestBodySchema,
    response: apiConsentRequestSchema,
    produces: 'json',
  },
  listConsentRequests: {
    method: 'GET',
    path: '/v1/consent-requests',
    summary: 'Consent To Assign requests the account sent, changed since a cursor (R-LIC-6)',
    auth: true,
    idempotent: false,
    query: feedQuerySchema,
    response: consentFeedSchema,
    produces: 'json',
  },
  listQuotes: {
    method: 'GET',
    path: '/v1/quotes',
    summary: 'Quotes and orders of the account changed since a cursor, deletions included (R-ORD-8)',
    auth: true,
    idempotent: false,
    query: feedQuerySchema,
    response: quoteFeedSchema,
    produces: 'json',
  },
  submitQuote: {
    method: 'PUT',
    path: '/v1/quotes/{id}',
    summary: 'Submit a quote: the answer holds its official number, issue date and valid-until date (R-ORD-4, R-ORD-5)',
    auth: true,
    idempotent: true,
    ifMatch: true,
    body: quoteSubmissionSchema,
    response: apiQuoteSchema,
    produces: 'json',
  },
  updateQuotePo: {
    method: 'PUT',
    path: '/v1/quotes/{id}/po',
    summary: "Set or clear a quote's or order's PO number (R-ORD-6)",
    auth: true,
    idempotent: true,
    ifMatch: true,
    body: poUpdateSchema,
    response: apiQuoteSchema,
    produces: 'json',
  },
  deleteQuote: {
    method: 'DELETE',
    path: '/v1/quotes/{id}',
    summary: 'Delete a quote (not a paid order) (R-ORD-7)',
    auth: true,
    idempotent: true,
    ifMatch: true,
    response: apiQuoteOrTombstoneSchema,
    produces: 'json',
  },
  getQuotePdf: {
    method: 'GET',
    path: '/v1/quotes/{id}/pdf',
    summary: 'The official quote as a PDF',
    auth: true,
    idempotent: false,
    response: null,
    produces: 'pdf',
  },
  listOrders: {
    method: 'GET',
    path: '/v1/orders',
    summary: 'Paid orders where the account is a billing or technical contact (R-ORD-8)',
    auth: true,
    idempotent: false,
    query: feedQuerySchema,
    response: orderFeedSchema,
    produces: 'json',
  },
  getInvoicePdf: {
    method: 'GET',
    path: '/v1/orders/{id}/invoice.pdf',
    summary: 'The paid invoice as a PDF',
    auth: true,
    idempotent: false,
    response: null,
    produces: 'pdf',
  },
} as const satisfies Record<string, ApiRoute>;

export type ApiRoutes = typeof apiRoutes;
export type RouteId = keyof ApiRoutes;

/** The route's path with its `{params}` filled in, each one URL-encoded. */
export function routePath(path: string, params: Readonly<Record<string, string>> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

/** The names of a route's path parameters, in order. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}
