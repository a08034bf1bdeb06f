// Bytes to text for the readers, fatally and knowing where: an invalid byte or a binary
// file ends the run with its byte offset, line and column, never a U+FFFD in its place.
import { AuditError } from '../errors.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * A fatal decoder that knows where it is. For UTF-8 and UTF-16 it decodes each chunk on
 * its own, holding back a character cut by the chunk's end for the next one, so that the
 * first invalid byte is found in exactly the bytes that failed (a streaming decoder's
 * hidden carry would shift it). Other encodings (a PO header's charset) stream, and an
 * error right at a chunk boundary may be placed a few bytes early.
 */
export class ChunkDecoder {
  private readonly decoder: TextDecoder;
  private readonly aligned: boolean;
  private readonly position = new TextPosition();
  private carry: Uint8Array = new Uint8Array();
  /** Byte offset in the file of the next byte to decode. */
  private offset: number;

  constructor(
    encoding: string,
    bom: number,
    private readonly path: string,
  ) {
    // ignoreBOM: the mark was dropped already; a U+FEFF further on is text, not a mark.
    this.decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    this.aligned = isEncoding(this.decoder.encoding);
    this.offset = bom;
  }

  decode(chunk: Uint8Array, end: boolean): string {
    const bytes = this.carry.length ? concat(this.carry, chunk) : chunk;
    const complete = this.aligned && !end ? completeLength(bytes, this.decoder.encoding as Encoding) : bytes.length;
    const ready = bytes.subarray(0, complete);
    this.carry = bytes.slice(complete);
    let text: string;
    try {
      text = this.decoder.decode(ready, { stream: !this.aligned && !end });
    } catch {
      throw this.invalid(ready);
    }
    this.position.advance(text);
    this.offset += ready.length;
    return text;
  }

  private invalid(bytes: Uint8Array): AuditError {
    const { encoding } = this.decoder;
    const found = firstInvalidByte(bytes, encoding);
    // Found at the very end: the bytes end inside a character, cut by the end of the file.
    const bad = found < bytes.length ? found : 0;
    this.position.advance(new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(0, bad)));
    const { line, column } = this.position;
    const hint = encoding === 'utf-8' && legacyCharacter(bytes, bad) ? OTHER_ENCODING_HINT : '';
    return new AuditError(`invalid ${encoding.toUpperCase()} at byte offset ${this.offset + bad}${hint}`, { file: this.path, line, column });
  }
}

/** Excel's "CSV" and older tools save in the system's code page, not in UTF-8. */
const OTHER_ENCODING_HINT = ' (a file in another encoding, such as Windows-1252 or GBK? save it as UTF-8)';

/**
 * Whether the ill-formed byte at `at` reads as a character of a legacy encoding (`é`, `’`
 * in Windows-1252, a GBK character's first byte) rather than as UTF-8 cut short: it
 * follows ASCII, and it cannot start a sequence here (a continuation byte, or a lead
 * byte without its continuation).
 */
function legacyCharacter(bytes: Uint8Array, at: number): boolean {
  const byte = bytes[at]!;
  const next = bytes[at + 1];
  const startsSequence = byte >= 0xc2 && byte <= 0xf4 && next !== undefined && next >= 0x80 && next <= 0xbf;
  return byte >= 0x80 && (at === 0 || bytes[at - 1]! < 0x80) && !startsSequence;
}

function isEncoding(name: string): name is Encoding {
  return name === 'utf-8' || name === 'utf-16le' || name === 'utf-16be';
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/** How many of `bytes` end on a character boundary: a sequence cut at the end waits for more. */
function completeLength(bytes: Uint8Array, encoding: Encoding): number {
  if (encoding === 'utf-8') {
    for (let back = 1; back <= Math.min(3, bytes.length); back++) {
      const byte = bytes[bytes.length - back]!;
      if (byte < 0x80) return bytes.length;
      if (byte >= 0xc0) return (byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2) > back ? bytes.length - back : bytes.length;
    }
    // Only continuation bytes: ill-formed or complete, the decoder says which.
    return bytes.length;
  }
  // Whole code units, and a high surrogate waits for its low half.
  let length = bytes.length - (bytes.length % 2);
  const high = length >= 2 ? bytes[encoding === 'utf-16le' ? length - 1 : length - 2]! : 0;
  if (high >= 0xd8 && high <= 0xdb) length -= 2;
  return length;
}

/**
 * Where decoded text has reached, counting line breaks as numberedLines does (`\r\n`,
 * `\r` and `\n` each end one line), so that an encoding error names its line and column.
 */
class TextPosition {
  line = 1;
  /** 1-based, in UTF-16 code units like the other readers' columns. */
  column = 1;
  private afterCR = false;

  /** Native searches rather than a loop over every character: this runs on every chunk read. */
  advance(text: string): void {
    if (text.length === 0) return;
    // A CRLF cut by the chunk boundary: its LF ends no further line.
    const joined = this.afterCR && text.charCodeAt(0) === 10 ? 1 : 0;
    this.line += occurrences(text, '\n') + occurrences(text, '\r') - occurrences(text, '\r\n') - joined;
    const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
    this.column = lastBreak < 0 ? this.column + text.length : text.length - lastBreak;
    this.afterCR = text.charCodeAt(text.length - 1) === 13;
  }
}

function occurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) count++;
  return count;
}

/**
 * The TextDecoder encoding a file declares (a PO header's charset, an XML declaration's
 * encoding), when it is not UTF-8; undefined for UTF-8, a template's placeholder
 * (`CHARSET`) or a name TextDecoder does not know, which are then read as UTF-8.
 */
export function otherEncoding(label: string | undefined): string | undefined {
  if (!label || /^(?:utf-?8|charset)$/i.test(label)) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/**
 * A NUL byte never occurs in UTF-8 text: the file is binary, or UTF-16 without the
 * byte-order mark that would say so.
 */
export function refuseBinary(head: Uint8Array, path: string): void {
  const nul = head.indexOf(0);
  if (nul < 0) return;
  if (looksLikeUtf16(head)) {
    throw new AuditError('looks like UTF-16 without a byte-order mark: save it as UTF-8, or as UTF-16 with a BOM', { file: path, line: 1, column: 1 });
  }
  const position = new TextPosition();
  position.advance(new TextDecoder('utf-8', { ignoreBOM: true }).decode(head.subarray(0, nul)));
  throw new AuditError(`binary file (NUL byte at byte offset ${nul}), not text`, { file: path, line: position.line, column: position.column });
}

/** C0 controls other than tab and line breaks: never in text, common in binary data. */
const BINARY_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/**
 * UTF-16 without a byte-order mark: the first bytes, read in one of the two byte orders,
 * are well-formed text with white space and without binary controls. (Which side of the
 * code units the NULs fall on does not tell the order: ASCII puts them on one side, the
 * common U+3000 and U+4E00 一 on the other.)
 */
function looksLikeUtf16(head: Uint8Array): boolean {
  const sample = head.subarray(0, Math.min(head.length, 4096) & ~1);
  return (['utf-16le', 'utf-16be'] as const).some((encoding) => {
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(sample, { stream: true });
      return !BINARY_CONTROL.test(text) && /[\t\n\r \u3000]/.test(text);
    } catch {
      return false;
    }
  });
}

/** Locates the first byte a fatal decoder rejects, for the error message. */
function firstInvalidByte(bytes: Uint8Array, encoding: string): number {
  if (encoding === 'utf-8') return firstInvalidUtf8(bytes);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return firstLoneSurrogate(bytes, encoding === 'utf-16le');
  let low = 0;
  let high = bytes.length;
  // Largest prefix that decodes (as a stream: a cut sequence at the end is fine).
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}

/**
 * Where the first unpaired surrogate starts: the only ill-formed UTF-16. A high surrogate
 * or a code unit cut by the end of the chunk counts as well-formed.
 */
function firstLoneSurrogate(bytes: Uint8Array, littleEndian: boolean): number {
  const unit = (at: number) => (littleEndian ? bytes[at]! | (bytes[at + 1]! << 8) : (bytes[at]! << 8) | bytes[at + 1]!);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const code = unit(i);
    if (code >= 0xdc00 && code <= 0xdfff) return i;
    if (code < 0xd800 || code > 0xdbff) continue;
    if (i + 3 >= bytes.length) return bytes.length;
    const next = unit(i + 2);
    if (next < 0xdc00 || next > 0xdfff) return i;
    i += 2;
  }
  return bytes.length;
}

/**
 * Where the first ill-formed UTF-8 sequence starts (RFC 3629: no overlongs, surrogates or
 * code points past U+10FFFF). A sequence cut by the end of the chunk counts as well-formed.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined) return bytes.length;
      if (next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return bytes.length;
}
