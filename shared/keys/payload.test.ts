import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sampleEvaluationPayload, samplePayload } from '../../tests/fixtures/keys';
import { ISO_DATE_PATTERN, ISO_MOMENT_PATTERN, parseKeyPayload, readKeyPayload } from './payload';

const read = (overrides: Record<string, unknown>, base: object = samplePayload()) => readKeyPayload({ ...base, ...overrides });

describe('readKeyPayload: a signed payload’s fields', () => {
  it('a complete payload reads as itself', () => {
    expect(read({})).toEqual({ ok: true, value: samplePayload() });
  });

  it('an evaluation payload with its end date and end moment reads (R-EVAL-1)', () => {
    const evaluation = sampleEvaluationPayload('2026-03-02', { evaluationEndsAt: '2026-03-12T09:15:00+01:00' });
    expect(readKeyPayload({ ...evaluation })).toEqual({ ok: true, value: evaluation });
  });

  it('drops fields it does not know and keeps the documented order, so a re-signed payload reads the same', () => {
    const r = read({ seats: 250, sen: 'SEN-12345678' }, { note: 'x', ...samplePayload() });
    expect(r.ok && Object.keys(r.value)).toEqual(Object.keys(samplePayload()));
  });

  it('trims the text fields it keeps', () => {
    const r = read({ entity: '  Main Library ', serverId: '\tBX7Q\n', licensee: ' Lyon 2 ' });
    expect(r.ok && [r.value.entity, r.value.serverId, r.value.licensee]).toEqual(['Main Library', 'BX7Q', 'Lyon 2']);
  });

  it.each([
    ['an upper-case kid', { kid: 'Conex-2026' }, 'kid'],
    ['a kid past 64 characters', { kid: `k${'a'.repeat(64)}` }, 'kid'],
    ['a malformed SEN', { sen: 'SEN-1234567' }, 'sen'],
    ['a product Conex does not sell', { product: 'conex-music' }, 'product'],
    ['an unknown deployment', { deployment: 'desktop' }, 'deployment'],
    ['an unknown tier', { tier: 'Gold' }, 'tier'],
    ['an unknown license type', { type: 'gift' }, 'type'],
    ['a blank entity', { entity: '  ' }, 'entity'],
    ['an entity past 200 characters', { entity: 'e'.repeat(201) }, 'entity'],
    ['a server id past 100 characters', { serverId: 's'.repeat(101) }, 'serverId'],
    ['a licensee that is not text', { licensee: 42 }, 'licensee'],
    ['an issue moment without its offset', { issued: '2026-03-02T09:30:00' }, 'issued'],
    ['an issue moment without seconds', { issued: '2026-03-02T09:30Z' }, 'issued'],
    ['a 30 February', { maintenanceStart: '2027-02-30' }, 'maintenanceStart'],
    ['a 29 February outside a leap year', { maintenanceEnd: '2027-02-29' }, 'maintenanceEnd'],
    ['a date with a time', { maintenanceEnd: '2027-03-02T00:00:00Z' }, 'maintenanceEnd'],
    ['a fractional major version', { majorVersion: 9.5 }, 'majorVersion'],
    ['a major version of 0', { majorVersion: 0 }, 'majorVersion'],
    ['a major version past 999', { majorVersion: 1000 }, 'majorVersion'],
    ['a major version as text', { majorVersion: '9' }, 'majorVersion'],
    ['an end date of null on a commercial license', { evaluationEnd: null }, 'evaluationEnd'],
  ])('refuses %s', (_name, change, field) => {
    expect(read(change)).toEqual({ ok: false, invalid: [field] });
  });

  it('accepts a 29 February of a leap year and a moment with an offset and fractions of a second', () => {
    expect(read({ maintenanceEnd: '2028-02-29', issued: '2026-03-02T09:30:00.250-05:00' }).ok).toBe(true);
  });

  it('names every wrong field, in the order the docs list them', () => {
    expect(read({ majorVersion: 0, tier: 'Gold', sen: 'x' })).toEqual({ ok: false, invalid: ['sen', 'tier', 'majorVersion'] });
  });

  it.each([
    ['maintenance ending before it starts', { maintenanceEnd: '2026-03-01' }, ['maintenanceEnd']],
    ['an end date on a commercial license (R-PROD-2)', { evaluationEnd: '2026-03-12' }, ['evaluationEnd']],
    ['an end moment on a commercial license', { evaluationEndsAt: '2026-03-12T00:00:00Z' }, ['evaluationEndsAt']],
    ['an evaluation without its end date', { type: 'evaluation' }, ['evaluationEnd']],
  ])('refuses %s', (_name, change, invalid) => {
    expect(read(change)).toEqual({ ok: false, invalid });
  });

  it('checks the rules between fields only once each field is valid on its own', () => {
    expect(read({ maintenanceEnd: '2026-03-01', tier: 'Gold' })).toEqual({ ok: false, invalid: ['tier'] });
  });
});

describe('parseKeyPayload: a trusted caller’s payload', () => {
  it('returns the checked payload', () => {
    expect(parseKeyPayload({ ...samplePayload(), entity: ' Main Library ' })).toEqual(samplePayload());
  });

  it('throws naming the wrong fields: signing an invalid payload is a bug', () => {
    expect(() => parseKeyPayload(samplePayload({ majorVersion: 0 }))).toThrow(/majorVersion/);
  });
});

describe('the payload’s date patterns read dates as the app’s zod schemas do', () => {
  const digits = (n: number, max: number) => fc.integer({ min: 0, max }).map((d) => String(d).padStart(n, '0'));
  const date = fc.tuple(digits(4, 9999), digits(2, 13), digits(2, 32)).map(([y, m, d]) => `${y}-${m}-${d}`);
  const offset = fc.oneof(
    fc.constant('Z'),
    fc.constant(''),
    fc.tuple(fc.constantFrom('+', '-'), digits(2, 25), digits(2, 61)).map((p) => `${p[0]}${p[1]}:${p[2]}`),
  );
  const fraction = fc.oneof(
    fc.constant(''),
    digits(3, 999).map((f) => `.${f}`),
    fc.constant('.'),
  );
  const moment = fc
    .tuple(date, digits(2, 25), digits(2, 61), fc.option(digits(2, 61)), fraction, offset)
    .map(([d, h, m, s, f, o]) => `${d}T${h}:${m}${s === null ? '' : `:${s}`}${f}${o}`);

  it('a date is one exactly when z.iso.date() accepts it (leap years included)', () => {
    const schema = z.iso.date();
    fc.assert(
      fc.property(fc.oneof(date, fc.string({ maxLength: 12 })), (s) => ISO_DATE_PATTERN.test(s) === schema.safeParse(s).success),
      { numRuns: 3000 },
    );
  });

  it('a moment is one exactly when z.iso.datetime({ offset: true }) accepts it', () => {
    const schema = z.iso.datetime({ offset: true });
    fc.assert(
      fc.property(fc.oneof(moment, fc.string({ maxLength: 30 })), (s) => ISO_MOMENT_PATTERN.test(s) === schema.safeParse(s).success),
      { numRuns: 3000 },
    );
  });
});
