// CSV (RFC 4180, via csv-parse) and the delimited-text family it shares code with
// (tsv.ts). A header row names the columns: `source` and `target` required,
// `id`, `sourceLang`, `targetLang` optional; names match case-insensitively and
// ignoring `_`, `-` and spaces (`Source_Lang`). Other columns are ignored.
//
// Lines: both sides carry the line where the record begins (a quoted field may run
// over several lines).
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { CsvError, Info, Options } from 'csv-parse';
import { lazyRequire } from '../lazy-require.js';
import { AuditError } from '../errors.js';
import type { ReadOptions, Reader } from './reader.js';
import { decodedChunks, MAX_UNIT_CHARS, tooLong, type ByteCounter } from './text-stream.js';
import { segmentAt, unitsToItems, type Unit } from './units.js';

const loadCsvParse = lazyRequire<typeof import('csv-parse')>('csv-parse');
const loadCsvParseSync = lazyRequire<typeof import('csv-parse/sync')>('csv-parse/sync');

type Column = 'id' | 'source' | 'target' | 'sourcelang' | 'targetlang';
const KNOWN_COLUMNS: readonly Column[] = ['id', 'source', 'target', 'sourcelang', 'targetlang'];
/** Mixed line endings are common in files assembled from several sources. */
const RECORD_DELIMITERS = ['\r\n', '\n', '\r'];

export interface Dialect {
  format: string;
  delimiter: string;
  /** The quote character; false for formats where a quote is ordinary text. */
  quote: string | false;
}

function columnKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, '');
}

/** Where each known column is in a header row. */
function headerColumns(header: string[]): Partial<Record<Column, number>> {
  const found: Partial<Record<Column, number>> = {};
  header.forEach((name, index) => {
    const key = columnKey(name) as Column;
    if (KNOWN_COLUMNS.includes(key) && found[key] === undefined) found[key] = index;
  });
  return found;
}

/** The units of a delimited file: records after the header, each with the line where it begins. */
async function* delimitedUnits(path: string, dialect: Dialect, onBytes?: ByteCounter): AsyncGenerator<Unit> {
  // A record begins where the previous one ended plus one line, past the empty lines
  // csv-parse skipped (it counts those). Its own line count (info.lines) is not used: it
  // counts a CRLF inside a quoted field as two lines. Tracked in on_record, which runs as
  // each record is parsed, so that an error in the next record is placed right even
  // though parsed records wait in the stream's buffer.
  let next = { line: 1, emptyLines: 0 };
  const startOf = (emptyLines: number) => next.line + emptyLines - next.emptyLines;
  /** Start lines of the records parsed and not yet consumed, in order. */
  const startLines: number[] = [];
  const parser = loadCsvParse().parse({
    delimiter: dialect.delimiter,
    quote: dialect.quote,
    record_delimiter: RECORD_DELIMITERS,
    skip_empty_lines: true,
    // A quote inside an unquoted field (`He said "hi"`) is text, as spreadsheet users expect.
    relax_quotes: true,
    // Without a bound, an unclosed quote near the top buffers the rest of the file as one field.
    max_record_size: MAX_UNIT_CHARS,
    // Each record's text as written, to check the records that relax_quotes may have glued together.
    raw: true,
    // With `raw`, on_record is handed the {record, raw} pair, which csv-parse's types miss.
    on_record: (({ record: fields, raw }: RawRecord, info: Info) => {
      const line = startOf(info.empty_lines);
      if (quoteRanOn(fields, raw, dialect)) {
        throw new AuditError(
          `malformed ${dialect.format.toUpperCase()}: a quoted field runs on past its line and its closing quote is followed by text (an unbalanced quote?)`,
          { file: path, line },
        );
      }
      startLines.push(line);
      next = { line: line + lineBreaksIn(fields) + 1, emptyLines: info.empty_lines };
      return fields;
    }) as unknown as Options['on_record'],
  });
  // Decoding errors reach the loop below through the parser, which pipeline destroys with them.
  pipeline(Readable.from(decodedChunks(path, onBytes)), parser).catch(() => undefined);

  let columns: Partial<Record<Column, number>> | undefined;
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      const line = startLines.shift()!;
      if (!columns) {
        columns = requireColumns(headerColumns(fields), fields, path, line, dialect.format);
        continue;
      }
      const field = (column: Column) => {
        const index = columns![column];
        const value = index === undefined ? undefined : fields[index]?.trim();
        return value === '' ? undefined : value;
      };
      yield {
        id: field('id'),
        source: segmentAt(line, fields[columns.source!] ?? ''),
        target: segmentAt(line, fields[columns.target!] ?? ''),
        sourceLang: field('sourcelang'),
        targetLang: field('targetlang'),
      };
    }
  } catch (error) {
    if (error instanceof AuditError) throw error;
    const csvError = error as CsvError & Partial<Info>;
    const place = { file: path, line: startOf(csvError.empty_lines ?? next.emptyLines) };
    if (csvError.code === 'CSV_MAX_RECORD_SIZE') throw tooLong('record', place);
    throw new AuditError(`malformed ${dialect.format.toUpperCase()}: ${describe(csvError)}`, place);
  }
  // Line 1 is where the header row belongs.
  if (!columns) throw new AuditError(`empty ${dialect.format.toUpperCase()}: no header row with source and target columns`, { file: path, line: 1 });
}

interface RawRecord {
  record: string[];
  raw: string;
}

/**
 * Whether relax_quotes turned a quoted field whose closing quote is followed by text
 * (`"a,b` then `"c","d"` on the next line) into an unquoted one, keeping the line break it
 * passed: the next records are then silently part of this one. Only a field holding a
 * line break can be such a field; parsing the record's text strictly again tells.
 */
function quoteRanOn(fields: string[], raw: string, dialect: Dialect): boolean {
  if (!dialect.quote || !fields.some((field) => /[\r\n]/.test(field))) return false;
  try {
    loadCsvParseSync().parse(raw, { delimiter: dialect.delimiter, quote: dialect.quote, record_delimiter: RECORD_DELIMITERS });
    return false;
  } catch (error) {
    return (error as CsvError).code === 'CSV_INVALID_CLOSING_QUOTE';
  }
}

function lineBreaksIn(fields: string[]): number {
  let breaks = 0;
  for (const field of fields) breaks += field.match(/\r\n|\r|\n/g)?.length ?? 0;
  return breaks;
}

function requireColumns(found: Partial<Record<Column, number>>, header: string[], path: string, line: number, format: string) {
  const missing = (['source', 'target'] as const).filter((column) => found[column] === undefined);
  if (missing.length > 0) {
    const names = header.map((name) => `'${name}'`).join(', ');
    throw new AuditError(`${format.toUpperCase()} header has no ${missing.map((column) => `'${column}'`).join(' or ')} column (columns: ${names})`, {
      file: path,
      line,
    });
  }
  return found;
}

/** csv-parse's reason without its own line number, which counts from the end of the record. */
function describe(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed';
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return `the record has a different number of fields than the header (${error.message.replace(/^.*?:\s*/, '').replace(/\s+on line \d+$/, '')})`;
    default:
      return error.message.replace(/\s+(?:at|on) line \d+.*$/, '');
  }
}

/** The reader of one delimited format; sniffed by a first line holding `source` and `target` headers. */
export function delimitedReader(dialect: Dialect): Reader {
  return {
    format: dialect.format,
    extensions: [dialect.format],
    sniff(head) {
      const firstLine = head.split(/\r\n|\r|\n/, 1)[0] ?? '';
      const names = firstLine.split(dialect.delimiter).map((name) => (dialect.quote ? name.trim().replace(/^"(.*)"$/, '$1') : name));
      const found = headerColumns(names);
      return found.source !== undefined && found.target !== undefined;
    },
    read: (options: ReadOptions) => unitsToItems(delimitedUnits(options.path, dialect, options.onBytes), options),
  };
}

const csv = delimitedReader({ format: 'csv', delimiter: ',', quote: '"' });

export default csv;
