import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { deploymentSchema, licenseTypeSchema, productIdSchema, senSchema, tierSchema } from '../catalog';
import { DEPLOYMENTS, LICENSE_TYPES, PRODUCT_IDS, TIERS } from '../catalog-lists';
import { KID_PATTERN, readKeyPayload } from './payload';

/**
 * The key payload's contract, as a zod schema: what `readKeyPayload` must accept, field for field. The reader is
 * plain code only because `conex key verify` reads every key of a file and building and running this schema cost
 * more than the signature checks (issue 19); this test holds it to the schema on random payloads.
 */
const day = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const keyPayloadContract = z
  .object({
    kid: z.string().regex(KID_PATTERN),
    sen: senSchema,
    product: productIdSchema,
    deployment: deploymentSchema,
    tier: tierSchema,
    type: licenseTypeSchema,
    entity: text(200),
    serverId: text(100),
    licensee: text(200),
    issued: z.iso.datetime({ offset: true }),
    maintenanceStart: day,
    maintenanceEnd: day,
    evaluationEnd: day.optional(),
    evaluationEndsAt: z.iso.datetime({ offset: true }).optional(),
    majorVersion: z.number().int().min(1).max(999),
  })
  .superRefine((p, ctx) => {
    if (p.maintenanceEnd < p.maintenanceStart) ctx.addIssue({ code: 'custom', path: ['maintenanceEnd'], message: 'before start' });
    if ((p.type === 'evaluation') !== (p.evaluationEnd !== undefined))
      ctx.addIssue({ code: 'custom', path: ['evaluationEnd'], message: 'x' });
    if (p.evaluationEndsAt !== undefined && p.type !== 'evaluation')
      ctx.addIssue({ code: 'custom', path: ['evaluationEndsAt'], message: 'x' });
  });

/** Anything a forged or mangled payload could hold in a field. */
const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 2000 }),
  fc.double(),
  fc.boolean(),
  fc.constant(''),
  fc.constant('   '),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }),
);
const days = fc
  .date({ min: new Date('1999-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const oddDays = fc.constantFrom('2024-02-29', '2025-02-29', '2026-13-01', '2026-1-01', '2026-04-31', '2026-12-04T00:00:00Z');
const moments = fc.date({ min: new Date('1999-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
const oddMoments = fc.constantFrom(
  '2026-12-04T10:00:00+01:00',
  '2026-12-04T10:00:00.5Z',
  '2026-12-04T10:00Z',
  '2026-12-04 10:00:00Z',
  '2026-12-04T25:00:00Z',
  '2026-12-04T10:00:00',
);
const words = (max: number) =>
  fc.oneof(
    fc.string({ minLength: 1, maxLength: max + 5 }),
    fc.string({ maxLength: 8 }).map((s) => `  ${s}  `),
  );

/** A genuine-looking payload: every field well-formed, evaluation fields only on evaluations. */
const wellFormed = fc
  .record({
    kid: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
    sen: fc.integer({ min: 0, max: 99_999_999 }).map((n) => `SEN-${String(n).padStart(8, '0')}`),
    product: fc.constantFrom(...PRODUCT_IDS),
    deployment: fc.constantFrom(...DEPLOYMENTS),
    tier: fc.constantFrom(...TIERS),
    type: fc.constantFrom(...LICENSE_TYPES),
    entity: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
    serverId: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
    licensee: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
    issued: moments,
    maintenanceStart: days,
    maintenanceEnd: days,
    evaluationEnd: days,
    evaluationEndsAt: fc.option(moments, { nil: undefined }),
    majorVersion: fc.integer({ min: 1, max: 999 }),
  })
  .map((p) => {
    const [start, end] = [p.maintenanceStart, p.maintenanceEnd].sort();
    const evaluation = p.type === 'evaluation';
    const { evaluationEnd, evaluationEndsAt, ...rest } = p;
    return {
      ...rest,
      maintenanceStart: start,
      maintenanceEnd: end,
      ...(evaluation ? { evaluationEnd, ...(evaluationEndsAt ? { evaluationEndsAt } : {}) } : {}),
    } as Record<string, unknown>;
  });

const FIELDS = [...Object.keys(keyPayloadContract.shape), 'newerField'];
/** What a forger or a broken signer could put in one field: junk, a near miss, another field's kind of value. */
const replacement = fc.oneof(
  junk,
  days,
  oddDays,
  moments,
  oddMoments,
  words(210),
  // The length limits' edges (100 and 200 characters, trimmed first).
  fc.constantFrom(...[100, 101, 200, 201].flatMap((n) => ['x'.repeat(n), ` ${'x'.repeat(n)} `])),
  fc.constantFrom(...PRODUCT_IDS, ...TIERS, ...LICENSE_TYPES, ...DEPLOYMENTS, 'Gold', 'SEN-123', 'SEN-00000001', '-bad', 'Upper'),
  // The major version's edges.
  fc.constantFrom(0, 1, 999, 1000, 9.5, -1, '9'),
);
/** Well-formed payloads with none, one or a few fields replaced or removed. */
const payloads = fc
  .tuple(wellFormed, fc.array(fc.tuple(fc.constantFrom(...FIELDS), replacement), { maxLength: 3 }))
  .map(([base, changes]) => {
    const payload = { ...base };
    for (const [name, value] of changes) {
      if (value === undefined) delete payload[name];
      else payload[name] = value;
    }
    return payload;
  });

describe('key payloads are read exactly as their zod contract says', () => {
  it('accepts what the contract accepts, with the same values, and refuses what it refuses', () => {
    fc.assert(
      fc.property(payloads, (payload) => {
        const expected = keyPayloadContract.safeParse(payload);
        const read = readKeyPayload(payload);
        expect(read.ok).toBe(expected.success);
        if (read.ok && expected.success) expect(read.value).toEqual(expected.data);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees on every edge value in every field of a genuine payload', () => {
    const base: Record<string, unknown> = {
      kid: 'conex-2026',
      sen: 'SEN-00000042',
      product: PRODUCT_IDS[0],
      deployment: 'server',
      tier: 'Professional',
      type: 'evaluation',
      entity: 'Main Library',
      serverId: 'SRV-1',
      licensee: 'University',
      issued: '2026-12-04T10:00:00Z',
      maintenanceStart: '2026-12-04',
      maintenanceEnd: '2026-12-14',
      evaluationEnd: '2026-12-14',
      majorVersion: 9,
    };
    const edges: unknown[] = [
      undefined,
      null,
      '',
      '   ',
      0,
      1,
      999,
      1000,
      9.5,
      -1,
      '9',
      '2024-02-29',
      '2025-02-29',
      '2026-13-01',
      '2026-04-31',
      '2026-12-03',
      '2026-12-04T10:00:00+01:00',
      '2026-12-04T10:00:00',
      '2026-12-04T25:00:00Z',
      ...[100, 101, 200, 201].flatMap((n) => ['x'.repeat(n), ` ${'x'.repeat(n)} `]),
    ];
    expect(keyPayloadContract.safeParse(base).success).toBe(true);
    for (const name of FIELDS) {
      for (const value of edges) {
        const payload = { ...base, [name]: value };
        if (value === undefined) delete payload[name];
        const expected = keyPayloadContract.safeParse(payload);
        const read = readKeyPayload(payload);
        expect({ name, value, ok: read.ok }).toEqual({ name, value, ok: expected.success });
        if (read.ok && expected.success) expect(read.value).toEqual(expected.data);
      }
    }
  });

  it('draws enough payloads of each kind for the comparison to mean something', () => {
    const sample = fc.sample(payloads, 3000);
    const accepted = sample.filter((p) => keyPayloadContract.safeParse(p).success).length;
    // Both answers are common: a generator that only made junk (or only valid keys) would prove little.
    expect(accepted).toBeGreaterThan(50);
    expect(sample.length - accepted).toBeGreaterThan(50);
  });
});
