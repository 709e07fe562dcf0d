import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsIso, fromDayNumber } from '../calendar';
import { checkNewLicense, checkRenewal, latestAllowedEnd, maxRenewalYears } from './cap';

const today = '2026-11-25';

describe('the 3-year maintenance cap (R-MAINT-5)', () => {
  it('the latest end allowed is 3 years from today', () => {
    expect(latestAllowedEnd(today)).toBe('2029-11-25');
  });

  it('gives the largest renewal still allowed on a date', () => {
    expect(maxRenewalYears('2026-12-01', today)).toBe(2);
    expect(maxRenewalYears('2026-11-25', today)).toBe(3);
    expect(maxRenewalYears('2029-11-25', today)).toBe(0);
    expect(maxRenewalYears('2022-06-01', today)).toBe(7); // lapsed: renewals restart at the old expiry (R-MAINT-4)
  });

  it('accepts a renewal up to the cap and refuses one past it with the allowed maximum', () => {
    expect(checkRenewal('2026-12-01', 2, today)).toEqual({ ok: true, value: { start: '2026-12-01', end: '2028-12-01' } });
    expect(checkRenewal('2026-11-25', 3, today)).toEqual({ ok: true, value: { start: '2026-11-25', end: '2029-11-25' } });
    expect(checkRenewal('2026-12-01', 3, today)).toEqual({
      ok: false,
      error: {
        code: 'maintenance.capExceeded',
        messageKey: 'domain:maintenance.capExceeded',
        params: { maxYears: 2, latestEnd: '2029-11-25', capYears: 3 },
      },
    });
  });

  it('maintenance is sold in whole 12-month blocks (R-MAINT-1)', () => {
    expect(checkRenewal('2026-12-01', 0, today)).toMatchObject({ ok: false, error: { messageKey: 'domain:maintenance.invalidYears' } });
    expect(checkRenewal('2026-12-01', 1.5, today).ok).toBe(false);
    expect(checkNewLicense(today, 0).ok).toBe(false);
  });

  it('a new license holds at most 3 years', () => {
    expect(checkNewLicense(today, 3)).toEqual({ ok: true, value: { start: today, end: '2029-11-25' } });
    expect(checkNewLicense(today, 4)).toMatchObject({ ok: false, error: { code: 'maintenance.capExceeded', params: { maxYears: 3 } } });
  });

  it('Cloud is bought 12 months at a time', () => {
    expect(checkNewLicense(today, 1, 'cloud').ok).toBe(true);
    expect(checkNewLicense(today, 2, 'cloud')).toMatchObject({ ok: false, error: { code: 'maintenance.cloudTerm' } });
    expect(checkRenewal('2027-01-01', 1, today, 'cloud')).toEqual({ ok: true, value: { start: '2027-01-01', end: '2028-01-01' } });
    expect(checkRenewal('2027-01-01', 2, today, 'cloud').ok).toBe(false);
  });

  it('total active maintenance never passes 3 years, whatever renewals are bought (R-MAINT-5)', () => {
    const day = fc.integer({ min: 19000, max: 23000 });
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -2000, max: 1200 }),
        fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 6 }),
        (t, offset, requests) => {
          const now = fromDayNumber(t);
          let end = fromDayNumber(t + offset);
          for (const years of requests) {
            const result = checkRenewal(end, years, now);
            if (result.ok) {
              expect(result.value.start).toBe(end);
              end = result.value.end;
            } else {
              expect(result.error.params?.maxYears).toBe(maxRenewalYears(end, now));
              expect(maxRenewalYears(end, now)).toBeLessThan(years);
            }
            if (end > now) expect(end <= addMonthsIso(now, 36) || end === fromDayNumber(t + offset)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('cap errors carry their code and message key (R-MAINT-1, R-MAINT-5)', () => {
  it('invalid years and Cloud terms', () => {
    expect(checkRenewal('2026-12-01', 0, today)).toEqual({
      ok: false,
      error: { code: 'maintenance.invalidYears', messageKey: 'domain:maintenance.invalidYears', params: { years: 0 } },
    });
    expect(checkNewLicense(today, 2, 'cloud')).toEqual({
      ok: false,
      error: { code: 'maintenance.cloudTerm', messageKey: 'domain:maintenance.cloudTerm', params: { years: 2 } },
    });
  });
});
