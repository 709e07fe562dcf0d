/**
 * UTF-8 through the platform's TextEncoder/TextDecoder, present in every
 * runtime we ship to (Node, Chromium). Declared here because shared/ compiles
 * without DOM or Node types.
 */
declare const TextEncoder: new () => { encode(input: string): Uint8Array<ArrayBuffer> };
declare const TextDecoder: new (label: 'utf-8', options: { fatal: boolean }) => { decode(input: Uint8Array): string };

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The UTF-8 bytes of `text`. */
export function utf8Encode(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/** The text of UTF-8 `bytes`; undefined when they are not valid UTF-8. */
export function utf8Decode(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The bytes of a string known to be ASCII; for ASCII, UTF-8 is the same bytes and the native encoder is fastest. */
export function asciiBytes(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}
