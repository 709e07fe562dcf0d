import { ARMOUR_BEGIN, ARMOUR_END, armourKey } from './normalize';

/**
 * A license keys file (`.conexkeys`): the canonical keys of one or more
 * licenses, armoured, one per block, each after a comment line naming its SEN
 * and entity. Every key is signed on its own, so the file needs no signature:
 * a changed character is caught for that key alone.
 */
export { KEYS_FILE_EXTENSION } from '../file-extensions';
/** Larger than any real keys file (a key is about 600 characters); a bigger one is refused unread. */
export const KEYS_FILE_MAX_BYTES = 10 * 1024 * 1024;
const HEADER = '# Conex license keys. Each key is signed by Conex; a changed character is caught for that key alone.';

/** One key to write, with what its comment line names. */
export interface KeysFileEntry {
  readonly canonical: string;
  readonly sen: string;
  readonly entity: string;
}

/** One key block read from a file, with the line it starts on (1-based) for messages. */
export interface KeyBlock {
  readonly text: string;
  readonly line: number;
}

/** The text of a keys file: a header comment, then per key its comment line and armoured block. */
export function writeKeysFile(entries: readonly KeysFileEntry[]): string {
  const blocks = entries.map((e) => `# ${oneLine(e.sen)} · ${oneLine(e.entity)}\n${armourKey(e.canonical)}\n`);
  return [`${HEADER}\n`, ...blocks].join('\n');
}

/**
 * Splits what a file or standard input holds into keys: each BEGIN/END block is
 * one key; text with no armour at all is one pasted key (wrapped, quoted or
 * bare). Comment lines (`#`) are skipped. A block cut short keeps its text, so
 * the key check reports it as truncated.
 */
export function splitKeyBlocks(text: string): KeyBlock[] {
  // Splitting on a string is several times faster than on a pattern, and most files have no carriage return at all.
  const lines = text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
  const begin = ARMOUR_BEGIN.toUpperCase();
  const end = ARMOUR_END.toUpperCase();
  const blocks: KeyBlock[] = [];
  let current: { lines: string[]; line: number } | undefined;
  let armoured = false;
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i]!.trim();
    // Only armour lines start with a dash: the others are not upper-cased at all (a thousand-key file has tens of thousands of lines).
    const upper = trimmed.startsWith('-') ? trimmed.toUpperCase() : '';
    if (upper === begin) {
      if (current) blocks.push({ text: current.lines.join(''), line: current.line });
      current = { lines: [], line: i + 1 };
      armoured = true;
    } else if (upper === end && current) {
      // Lines are joined without a break: a block's key is then usually bare, and read without the paste clean-up.
      blocks.push({ text: current.lines.join(''), line: current.line });
      current = undefined;
    } else if (current && !trimmed.startsWith('#')) {
      current.lines.push(trimmed);
    }
  }
  if (current) blocks.push({ text: current.lines.join(''), line: current.line });
  if (armoured) return blocks;
  const body = lines.filter((l) => !l.trim().startsWith('#')).join('\n');
  const first = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  return body.trim() === '' ? [] : [{ text: body, line: first + 1 }];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
