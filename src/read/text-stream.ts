import { createReadStream } from 'node:fs';
import { AuditError, type ErrorPlace } from '../errors.js';
import { ChunkDecoder, refuseBinary, type Encoding } from './decode.js';

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
 * The longest line (and, in the readers, record or segment) read, in UTF-16 code units: a
 * translation unit is a paragraph, not a book, and a file of one endless line (a dump, a
 * minified page, an attack) must fail fast with its place instead of filling memory and
 * then the analysers' time. 1 MiB characters is some 300 pages of text.
 */
export const MAX_UNIT_CHARS = 1 << 20;

/**
 * Streams a text file (or standard input, `-`) as decoded chunks: the byte-order mark
 * picks UTF-8 or UTF-16, the mark itself is dropped, and bytes that are not valid in the
 * encoding end the run with their byte offset, line and column instead of being replaced
 * silently.
 */
export async function* decodedChunks(path: string, onBytes?: ByteCounter, declared?: DeclaredEncoding): AsyncGenerator<string> {
  let decoder: ChunkDecoder | undefined;
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
        decoder = new ChunkDecoder((bom === 0 && declared?.(bytes)) || encoding, bom, path);
        bytes = bytes.subarray(bom);
      }
      yield decoder.decode(bytes, false);
      onBytes?.(chunk.length);
    }
    if (decoder) yield decoder.decode(new Uint8Array(), true);
  } catch (error) {
    if (error instanceof AuditError) throw error;
    throw unreadable(path, error);
  }
}

export function unreadable(path: string, error: unknown): AuditError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String((error as Error).message ?? error);
  return new AuditError(`cannot read input: ${reason}`, { file: path });
}

/**
 * Streams the lines of a text file, numbered from 1; `\r\n`, `\r` and `\n` all end a line.
 * A line longer than MAX_UNIT_CHARS ends the run at its place.
 */
export async function* numberedLines(path: string, onBytes?: ByteCounter, declared?: DeclaredEncoding): AsyncGenerator<NumberedLine> {
  let pending = '';
  let line = 1;
  let lastWasCR = false;
  const numbered = (text: string): NumberedLine => {
    if (text.length > MAX_UNIT_CHARS) throw tooLong('line', { file: path, line, column: MAX_UNIT_CHARS + 1 });
    return { line: line++, text };
  };
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
        yield numbered(pending + chunk.slice(start, i));
        pending = '';
        start = i + 1;
      }
    }
    pending += chunk.slice(start);
    if (pending.length > MAX_UNIT_CHARS) throw tooLong('line', { file: path, line, column: MAX_UNIT_CHARS + 1 });
  }
  if (pending.length > 0) yield numbered(pending);
}

/** The error for a line, record or segment past MAX_UNIT_CHARS. */
export function tooLong(what: string, place: ErrorPlace): AuditError {
  return new AuditError(`${what} longer than ${MAX_UNIT_CHARS} characters: not text to audit (split it, or check that this is the file you meant)`, place);
}

/**
 * Reads the first characters of a file, for recognising its format. Decoded leniently: a
 * file in another encoding (a PO catalog in GB2312, its header saying so) is still
 * recognised, and reading it proper reports any byte that is wrong.
 */
export async function readHead(path: string, chars = 4096): Promise<string> {
  const chunks: Buffer[] = [];
  try {
    // At most 4 bytes a character in UTF-8.
    for await (const chunk of createReadStream(path, { start: 0, end: chars * 4 - 1 })) chunks.push(chunk as Buffer);
  } catch (error) {
    throw unreadable(path, error);
  }
  const head = Buffer.concat(chunks);
  const { encoding, bom } = encodingOf(head);
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(head.subarray(bom)).slice(0, chars);
}
