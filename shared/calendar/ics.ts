import type { IsoDate } from '../catalog';
import { addDaysIso } from '../calendar';

/** An all-day event with its alarms, as the maintenance calendar export needs. */
export interface IcsEvent {
  /** Stable across exports, so re-importing a calendar updates events instead of duplicating them. */
  readonly uid: string;
  readonly date: IsoDate;
  readonly summary: string;
  readonly description?: string;
  /** Display alarms, each `daysBefore` days before the event at 09:00. */
  readonly alarms: readonly { readonly daysBefore: number; readonly description: string }[];
}

export interface IcsOptions {
  /** When the file is made (DTSTAMP). */
  readonly now: Date | string;
  readonly calendarName: string;
  readonly productId?: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** An iCalendar (RFC 5545) file of all-day events with display alarms; lines end in CRLF and are folded at 75 octets. */
export function writeIcs(events: readonly IcsEvent[], options: IcsOptions): string {
  const stamp = utcStamp(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.productId ?? '-//Conex//Conex License Manager//EN'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(options.calendarName)}`,
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDaysIso(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    lines.push('TRANSP:TRANSPARENT');
    for (const alarm of event.alarms) {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${escapeText(alarm.description)}`,
        `TRIGGER:${trigger(alarm.daysBefore)}`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines; other control characters are dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
    .replace(CONTROL, '');
}

// RFC 5545 TEXT allows no control characters but HTAB; matching them is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Folds a content line (RFC 5545 §3.1): at most 75 octets of UTF-8 per line, continuation lines start with one space, characters never split. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** 09:00 on the day `days` before an all-day event (which starts at 00:00). */
function trigger(days: number): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`alarm days must be a whole number >= 0, got ${days}`);
  return days === 0 ? 'PT9H' : `-P${days - 1}DT15H`;
}

function compactDate(date: IsoDate): string {
  return date.replaceAll('-', '');
}

function utcStamp(now: Date | string): string {
  const instant = typeof now === 'string' ? new Date(now) : now;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Invalid time: ${String(now)}`);
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
