import fc from 'fast-check';
import { addDays, addMonths, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { addDaysIso, addMonthsIso, dayNumber, daysBetween, fromDayNumber, maxDate, toCalendarDate } from './calendar';

describe('calendar dates', () => {
  it('day numbers count days since 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2026-11-25')).toBe(20782);
    expect(fromDayNumber(20782)).toBe('2026-11-25');
  });

  it('day numbers round-trip and agree with date-fns', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60000 }), fc.integer({ min: 0, max: 60000 }), (a, b) => {
        expect(dayNumber(fromDayNumber(a))).toBe(a);
        expect(daysBetween(fromDayNumber(a), fromDayNumber(b))).toBe(
          differenceInCalendarDays(parseISO(fromDayNumber(b)), parseISO(fromDayNumber(a))),
        );
      }),
    );
  });

  it('adds months with end-of-month clamping, and days', () => {
    expect(addMonthsIso('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonthsIso('2026-01-31', 1)).toBe('2026-02-28');
    expect(addDaysIso('2026-12-28', 10)).toBe('2027-01-07');
  });

  it('adding months or days agrees with date-fns parseISO and format, from 1901 to 2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 84_000 }), fc.integer({ min: -60, max: 60 }), (day, n) => {
        const date = fromDayNumber(day);
        expect(addMonthsIso(date, n)).toBe(format(addMonths(parseISO(date), n), 'yyyy-MM-dd'));
        expect(addDaysIso(date, n)).toBe(format(addDays(parseISO(date), n), 'yyyy-MM-dd'));
      }),
    );
  });

  it('takes the calendar date of now from a date, a datetime or a Date', () => {
    expect(toCalendarDate('2026-11-25')).toBe('2026-11-25');
    expect(toCalendarDate('2026-11-25T12:00:00Z')).toBe('2026-11-25');
    expect(toCalendarDate(new Date(2026, 10, 25, 23, 30))).toBe('2026-11-25');
    expect(() => toCalendarDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('picks the later date', () => {
    expect(maxDate('2026-01-01', '2025-12-31')).toBe('2026-01-01');
    expect(maxDate('2025-12-31', '2026-01-01')).toBe('2026-01-01');
  });
});
