import { createReadStream } from 'node:fs';
import { AuditError } from '../errors.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface NumberedLine {
  /** 1-based. */
  line: number;
  text: string;
}

/** Reads the byte-order mark, if any: UTF-8 without one is the default. */
function encodingOf(head: Uint8Array): { encoding: Encoding; bom: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  return { encoding: 'utf-8', bom: 0 };
}

/** Path of standard input, for pipes (`bitext-audit - --input-format jsonl`). */
export const STDIN = '-';

/** Told how many bytes were read, for progress reports. */
export type ByteCounter = (bytes: number) => void;

/**
 * Names the encoding a file declares in its first bytes (a PO header's `charset=`), for
 * files without a byte-order mark; undefined keeps UTF-8.
 */
export type DeclaredEncoding = (head: Uint8Array) => string | undefined;

/**
 * Streams a text file (or standard input, `-`) as decoded chunks: the byte-order mark
 * picks UTF-8 or UTF-16, the mark itself is dropped, and bytes that are not valid in the
 * encoding end the run with their byte offset instead of being replaced silently.
 */
export async function* decodedChunks(path: string, onBytes?: ByteCounter, declared?: DeclaredEncoding): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let offset = 0;
  let stream: AsyncIterable<Buffer>;
  try {
    stream = path === STDIN ? process.stdin : createReadStream(path, { highWaterMark: 1 << 16 });
  } catch (error) {
    throw unreadable(path, error);
  }
  try {
    for await (const chunk of stream) {
      let bytes: Uint8Array = chunk;
      if (!decoder) {
        const { encoding, bom } = encodingOf(bytes);
        if (bom === 0) refuseBinary(bytes, path);
        decoder = new TextDecoder((bom === 0 && declared?.(bytes)) || encoding, { fatal: true });
        bytes = bytes.subarray(bom);
        offset += bom;
      }
      yield decode(decoder, bytes, path, offset, true);
      offset += bytes.length;
      onBytes?.(chunk.length);
    }
    if (decoder) yield decode(decoder, new Uint8Array(), path, offset, false);
  } catch (error) {
    if (error instanceof AuditError) throw error;
    throw unreadable(path, error);
  }
}

/**
 * A NUL byte never occurs in UTF-8 text: the file is binary, or UTF-16 without the
 * byte-order mark that would say so (NULs at every other byte).
 */
function refuseBinary(head: Uint8Array, path: string): void {
  const nul = head.indexOf(0);
  if (nul < 0) return;
  const sample = head.subarray(0, Math.min(head.length, 512));
  let evenNuls = 0;
  let oddNuls = 0;
  sample.forEach((byte, index) => {
    if (byte === 0) index % 2 === 0 ? evenNuls++ : oddNuls++;
  });
  const half = sample.length / 2;
  if (sample.length >= 16 && (oddNuls > 0.4 * half || evenNuls > 0.4 * half)) {
    throw new AuditError('looks like UTF-16 without a byte-order mark: save it as UTF-8, or as UTF-16 with a BOM', { file: path });
  }
  throw new AuditError(`binary file (NUL byte at byte offset ${nul}), not text`, { file: path });
}

function decode(decoder: TextDecoder, bytes: Uint8Array, path: string, offset: number, stream: boolean): string {
  try {
    return decoder.decode(bytes, { stream });
  } catch {
    const bad = offset + firstInvalidByte(bytes, decoder.encoding);
    throw new AuditError(`invalid ${decoder.encoding.toUpperCase()} at byte offset ${bad}`, { file: path });
  }
}

/** Locates the first byte a fatal decoder rejects, for the error message. */
function firstInvalidByte(bytes: Uint8Array, encoding: string): number {
  if (encoding === 'utf-8') return firstInvalidUtf8(bytes);
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

export function unreadable(path: string, error: unknown): AuditError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String((error as Error).message ?? error);
  return new AuditError(`cannot read input: ${reason}`, { file: path });
}

/** Streams the lines of a text file, numbered from 1; `\r\n`, `\r` and `\n` all end a line. */
export async function* numberedLines(path: string, onBytes?: ByteCounter, declared?: DeclaredEncoding): AsyncGenerator<NumberedLine> {
  let pending = '';
  let line = 1;
  let lastWasCR = false;
  for await (const chunk of decodedChunks(path, onBytes, declared)) {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const code = chunk.charCodeAt(i);
      if (code === 10 && lastWasCR) {
        lastWasCR = false;
        start = i + 1;
        continue;
      }
      lastWasCR = code === 13;
      if (code === 10 || code === 13) {
        yield { line: line++, text: pending + chunk.slice(start, i) };
        pending = '';
        start = i + 1;
      }
    }
    pending += chunk.slice(start);
  }
  if (pending.length > 0) yield { line, text: pending };
}

/** Reads the first bytes of a file as text, for recognising its format. */
export async function readHead(path: string, chars = 4096): Promise<string> {
  let head = '';
  for await (const chunk of decodedChunks(path)) {
    head += chunk;
    if (head.length >= chars) break;
  }
  return head.slice(0, chars);
}
