import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, writeIcs, type IcsEvent } from './ics';

const now = '2026-11-25T10:30:00.000Z';
const event: IcsEvent = {
  uid: 'maintenance-lic-1-2027-01-10@conex-license-manager',
  date: '2027-01-10',
  summary: 'Maintenance ends: SEN-00000001, Main Library',
  description: 'Renew before this date to keep support and updates.',
  alarms: [
    { daysBefore: 30, description: 'Maintenance ends in 30 days' },
    { daysBefore: 7, description: 'Maintenance ends in 7 days' },
  ],
};

/** Undoes folding and escaping, as a calendar client reads the file. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}
function unescapeText(text: string): string {
  return text.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('iCalendar export (RFC 5545)', () => {
  it('writes a calendar with one all-day event per date and its alarms at 09:00 the days before', () => {
    const lines = unfold(writeIcs([event], { now, calendarName: 'Conex maintenance' }));
    expect(lines.slice(0, 3)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Conex//Conex License Manager//EN']);
    expect(lines).toContain('DTSTART;VALUE=DATE:20270110');
    expect(lines).toContain('DTEND;VALUE=DATE:20270111');
    expect(lines).toContain('DTSTAMP:20261125T103000Z');
    expect(lines).toContain('SUMMARY:Maintenance ends: SEN-00000001\\, Main Library');
    expect(lines.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(2);
    expect(lines).toContain('TRIGGER:-P29DT15H');
    expect(lines).toContain('TRIGGER:-P6DT15H');
    expect(lines.filter((l) => l.startsWith('ACTION:'))).toEqual(['ACTION:DISPLAY', 'ACTION:DISPLAY']);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.at(-1)).toBe('');
  });

  it('an alarm on the day itself rings at 09:00', () => {
    expect(writeIcs([{ ...event, alarms: [{ daysBefore: 0, description: 'today' }] }], { now, calendarName: 'x' })).toContain(
      'TRIGGER:PT9H\r\n',
    );
  });

  it('ends every line with CRLF and never leaves a bare LF', () => {
    const ics = writeIcs([{ ...event, description: 'line one\nline two\r\nline three' }], { now, calendarName: 'x' });
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(unfold(ics)).toContain('DESCRIPTION:line one\\nline two\\nline three');
  });

  it('escapes backslashes, semicolons, commas and newlines in text', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    expect(escapeText('tab\tkept, bell\u0007 dropped')).toBe('tab\tkept\\, bell dropped');
  });

  it('folds long lines at 75 octets, counting UTF-8 bytes and never splitting a character', () => {
    const line = `SUMMARY:${'Bibliothèque universitaire d’Alger 📚 '.repeat(6)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('a line of exactly 75 octets is not folded', () => {
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });

  it('any summary survives escaping and folding (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        // eslint-disable-next-line no-control-regex
        const clean = text.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
        const ics = writeIcs([{ ...event, summary: text }], { now, calendarName: 'x' });
        for (const physical of ics.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
        const summary = unfold(ics).find((l) => l.startsWith('SUMMARY:')) ?? '';
        expect(unescapeText(summary.slice('SUMMARY:'.length))).toBe(clean);
      }),
    );
  });

  it('refuses an alarm after the event, a programming error', () => {
    expect(() => writeIcs([{ ...event, alarms: [{ daysBefore: -1, description: 'x' }] }], { now, calendarName: 'x' })).toThrow(RangeError);
  });
});
