/**
 * Writes docs/openapi.yaml from the contract in shared/api, so the document and
 * the code cannot drift: `npx tsx tests/sandbox/openapi.ts --write`. A test
 * (openapi.test.ts) fails when the committed file differs from what this builds.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { z } from 'zod';
import {
  accountUpdateSchema,
  apiAccountSchema,
  apiConsentRequestSchema,
  apiContactSchema,
  apiErrorSchema,
  apiLicenseSchema,
  apiOrderSchema,
  apiQuoteOrTombstoneSchema,
  apiQuoteSchema,
  apiQuoteTombstoneSchema,
  apiRoutes,
  conexLinksSchema,
  conflictBodySchema,
  consentFeedSchema,
  consentDocumentSchema,
  consentRequestBodySchema,
  contactAddSchema,
  contactListSchema,
  evaluationRequestSchema,
  feedQuerySchema,
  licenseFeedSchema,
  orderFeedSchema,
  pathParams,
  poUpdateSchema,
  quoteFeedSchema,
  quoteSubmissionSchema,
  signInRequestSchema,
  signInResponseSchema,
  type ApiRoute,
} from '../../shared/api';
import { priceBookSchema } from '../../shared/pricing/price-book';

export const OPENAPI_FILE = join(import.meta.dirname, '..', '..', 'docs', 'openapi.yaml');

const components: [z.ZodType, string][] = [
  [apiErrorSchema, 'Error'],
  [conflictBodySchema, 'Conflict'],
  [apiAccountSchema, 'Account'],
  [signInRequestSchema, 'SignInRequest'],
  [signInResponseSchema, 'SignInResponse'],
  [accountUpdateSchema, 'AccountUpdate'],
  [priceBookSchema, 'PriceBook'],
  [apiContactSchema, 'Contact'],
  [contactListSchema, 'ContactList'],
  [contactAddSchema, 'ContactAdd'],
  [evaluationRequestSchema, 'EvaluationRequest'],
  [apiLicenseSchema, 'License'],
  [licenseFeedSchema, 'LicenseFeed'],
  [quoteSubmissionSchema, 'QuoteSubmission'],
  [apiQuoteSchema, 'Quote'],
  [apiQuoteTombstoneSchema, 'QuoteTombstone'],
  [apiQuoteOrTombstoneSchema, 'QuoteState'],
  [quoteFeedSchema, 'QuoteFeed'],
  [poUpdateSchema, 'PoUpdate'],
  [apiOrderSchema, 'Order'],
  [orderFeedSchema, 'OrderFeed'],
  [consentDocumentSchema, 'ConsentDocument'],
  [consentRequestBodySchema, 'ConsentRequestBody'],
  [apiConsentRequestSchema, 'ConsentRequest'],
  [consentFeedSchema, 'ConsentRequestFeed'],
  [conexLinksSchema, 'Links'],
];
const names = new Map(components);

const description = `The Conex API, as the Conex License Manager uses it to sync (and as tests/sandbox implements it).

Generated from shared/api by tests/sandbox/openapi.ts: do not edit by hand.

- **Sign-in**: POST /v1/session checks an account email and API token; every other call sends
  \`Authorization: Bearer <API token>\`.
- **Idempotency**: every request that changes something carries \`Idempotency-Key\` (8 to 128 of
  \`A-Z a-z 0-9 _ -\`). The server applies each key's change once and answers a repeat with the first
  answer; the same key with another body is refused (422 \`idempotency.mismatch\`); a repeat while the
  first is still being handled gets 409 \`idempotency.inProgress\` (try again).
- **Optimistic concurrency**: quote changes send \`If-Match: "<revision>"\` (the server revision they were
  made on, "0" for a quote the server has not seen). Another revision answers 409 \`conflict\` with the
  server's version in \`current\`.
- **Feeds**: GET /v1/licenses, /v1/quotes, /v1/orders and /v1/consent-requests return what changed after \`since\` (an opaque
  cursor from the previous page), oldest change first, with \`more\` when another page waits.
- **Visibility** (R-ORD-8): an account sees the licenses and orders where its email is a billing or
  technical contact, and the quotes it submitted or is a contact of. Anything else answers 404, as if
  it did not exist.
- **Links**: GET /v1/links (no sign-in) names Conex's public pages the app opens in the system browser,
  so the app holds no address of its own.
- **Errors**: a JSON body \`{ "error": { "code", "message", "messageKey"?, "params"? } }\`.`;

function jsonSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of components) registry.add(schema, { id });
  const out = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, io: 'output', unrepresentable: 'any' }) as {
    schemas: Record<string, Record<string, unknown>>;
  };
  for (const schema of Object.values(out.schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return out.schemas;
}

const ref = (schema: z.ZodType) => {
  const name = names.get(schema);
  if (!name) throw new Error('a route uses a schema that is not a named component');
  return { $ref: `#/components/schemas/${name}` };
};
const errorResponse = (text: string) => ({
  description: text,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

function operation(id: string, route: ApiRoute): Record<string, unknown> {
  const parameters: unknown[] = pathParams(route.path).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
  if (route.query === feedQuerySchema) {
    parameters.push(
      {
        name: 'since',
        in: 'query',
        required: false,
        description: 'The cursor of the previous page',
        schema: { type: 'string', maxLength: 64 },
      },
      { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 1000, default: 1000 } },
    );
  }
  if (route.idempotent) {
    parameters.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,128}$' },
    });
  }
  if (route.ifMatch) {
    parameters.push({
      name: 'If-Match',
      in: 'header',
      required: false,
      description: 'The server revision the change was made on',
      schema: { type: 'string' },
    });
  }
  if (id === 'getPriceBook') parameters.push({ name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } });

  const responses: Record<string, unknown> = {};
  if (route.produces === 'json' && route.response)
    responses['200'] = { description: 'OK', content: { 'application/json': { schema: ref(route.response) } } };
  if (route.produces === 'pdf')
    responses['200'] = { description: 'The PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } };
  if (route.produces === 'empty') responses['204'] = { description: 'Done' };
  if (id === 'getPriceBook') responses['304'] = { description: 'The price book named by If-None-Match is still current' };
  responses['400'] = errorResponse('The request is malformed (`validation`, `idempotency.missing`)');
  responses['401'] = errorResponse(route.auth ? 'No or wrong API token' : 'Wrong email or API token');
  if (route.auth) responses['404'] = errorResponse('Not found, or not visible to this account (R-ORD-8)');
  if (route.idempotent) {
    responses['409'] = route.ifMatch
      ? {
          description: 'Changed on the server since If-Match, or the same key is being handled',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Conflict' } } },
        }
      : errorResponse('The same Idempotency-Key is being handled: try again');
    responses['422'] = errorResponse('Refused: pricing, contact rules (R-ACC-2), a paid order, or a reused key with another body');
  }
  responses['500'] = errorResponse('Server error: try again later');
  responses['503'] = errorResponse('Unavailable: try again later (Retry-After)');

  return {
    operationId: id,
    summary: route.summary,
    ...(route.auth ? { security: [{ apiToken: [] }] } : { security: [] }),
    ...(parameters.length ? { parameters } : {}),
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(route.body) } } } } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of every route in shared/api/routes.ts. */
export function buildOpenApi(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [id, route] of Object.entries(apiRoutes) as [string, ApiRoute][]) {
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(id, route);
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Conex API', version: '1.0.0', description },
    servers: [
      { url: 'https://api.conex.example', description: 'Conex' },
      { url: 'http://127.0.0.1:4010', description: 'The sandbox (npm run sandbox)' },
    ],
    security: [{ apiToken: [] }],
    paths,
    components: {
      securitySchemes: { apiToken: { type: 'http', scheme: 'bearer', description: 'The API token of the account' } },
      schemas: jsonSchemas(),
    },
  };
}

/** The document as written to docs/openapi.yaml. */
export function openApiYaml(): string {
  return `# Generated from shared/api by tests/sandbox/openapi.ts (npx tsx tests/sandbox/openapi.ts --write). Do not edit by hand.\n${dump(buildOpenApi(), { lineWidth: 140, noRefs: true })}`;
}

if (process.argv.includes('--write')) {
  writeFileSync(OPENAPI_FILE, openApiYaml());
  console.log(`wrote ${OPENAPI_FILE}`);
}
