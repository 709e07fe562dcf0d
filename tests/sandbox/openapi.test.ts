import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { apiRoutes, type ApiRoute } from '../../shared/api';
import { OPENAPI_FILE, openApiYaml } from './openapi';

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { operationId: string; parameters?: { name: string; in: string; required: boolean }[] }>>;
};
const text = readFileSync(OPENAPI_FILE, 'utf8');
const doc = load(text) as Doc;
const routes = Object.entries(apiRoutes) as [string, ApiRoute][];

describe('docs/openapi.yaml and shared/api', () => {
  it('is OpenAPI 3.1', () => {
    expect(doc.openapi).toBe('3.1.0');
  });

  it('every route of shared/api appears with the same method and path', () => {
    for (const [id, route] of routes) {
      const op = doc.paths[route.path]?.[route.method.toLowerCase()];
      expect(op, `${route.method} ${route.path}`).toBeDefined();
      expect(op?.operationId).toBe(id);
    }
  });

  it('documents no operation that shared/api does not have', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(documented.sort()).toEqual(routes.map(([, r]) => `${r.method} ${r.path}`).sort());
  });

  it('every request that changes something requires an Idempotency-Key', () => {
    for (const [, route] of routes.filter(([, r]) => r.method !== 'GET' && r.path !== '/v1/session')) {
      expect(route.idempotent, `${route.method} ${route.path}`).toBe(true);
      const params = doc.paths[route.path]?.[route.method.toLowerCase()]?.parameters ?? [];
      expect(params).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }));
    }
  });

  it('is exactly what the generator writes from shared/api (regenerate with npx tsx tests/sandbox/openapi.ts --write)', () => {
    expect(text).toBe(openApiYaml());
  });
});
