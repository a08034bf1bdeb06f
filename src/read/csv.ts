// CSV (RFC 4180, via csv-parse) and the delimited-text family it shares code with
// (tsv.ts). A header row names the columns: `source` and `target` required,
// `id`, `sourceLang`, `targetLang` optional; names match case-insensitively and
// ignoring `_`, `-` and spaces (`Source_Lang`), and so do their synonyms (fields.ts:
// `src`/`tgt`, `source_text`/`translation`, `key`). Other columns are ignored. Without
// source and target, columns named by a language (`en`, `de-DE`, `English`) are read:
// the first (or the one in --source-lang) is the source, each other a target, one pair
// per target (`<id>@<lang>` when several). A first row that is no header is data when it
// has 2 fields (source, target) or Tatoeba's 4 (id, text, id, translation). CSV takes
// the delimiter (`,` `;` tab `|`) its first line uses most.
//
// Lines: both sides carry the line where the record begins (a quoted field may run
// over several lines).
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { CsvError, Info, Options } from 'csv-parse';
import { lazyRequire } from '../lazy-require.js';
import { AuditError } from '../errors.js';
import type { ReadOptions, Reader } from './reader.js';
import { fieldsOf, languageColumns, languageInName, type Field } from './fields.js';
import { decodedChunks, MAX_UNIT_CHARS, readHead, STDIN, tooLong, type ByteCounter } from './text-stream.js';
import { segmentAt, unitsToItems, variantFields, type Unit } from './units.js';

const loadCsvParse = lazyRequire<typeof import('csv-parse')>('csv-parse');
const loadCsvParseSync = lazyRequire<typeof import('csv-parse/sync')>('csv-parse/sync');

/** Mixed line endings are common in files assembled from several sources. */
const RECORD_DELIMITERS = ['\r\n', '\n', '\r'];
/** Delimiters a CSV file may use: spreadsheets in many locales write `;`. */
const CSV_DELIMITERS = [',', ';', '\t', '|'];

export interface Dialect {
  format: string;
  delimiter: string;
  /** The quote character; false for formats where a quote is ordinary text. */
  quote: string | false;
  /** Whether the delimiter is whichever of CSV_DELIMITERS the first line uses most. */
  detectDelimiter?: boolean;
}

/** Which field of a record holds what. */
interface Layout {
  id?: number;
  source: number;
  /** One pair per target column (several when each column is a language). */
  targets: { index: number; lang?: string }[];
  sourcelang?: number;
  targetlang?: number;
  /** The source language a language-named column gives. */
  sourceLangName?: string;
}

/**
 * The layout a header row gives: `source` and `target` columns (or their synonyms), else a
 * column per language (`en`, `de`; `English`, `German`).
 */
function headerLayout(header: string[], sourceLang?: string): Layout | undefined {
  const found = fieldsOf(header);
  if (found.source !== undefined && found.target !== undefined) {
    const { source, target } = found;
    return {
      id: found.id,
      source,
      sourceLangName: languageInName(header[source]!),
      targets: [{ index: target, lang: languageInName(header[target]!) }],
      sourcelang: found.sourcelang,
      targetlang: found.targetlang,
    };
  }
  // Half a source/target header (`id,source,de`) is a header missing a column, not columns per language.
  if (found.source !== undefined || found.target !== undefined) return undefined;
  const languages = languageColumns(header, sourceLang);
  if (!languages) return undefined;
  return {
    id: found.id,
    source: languages.source.index,
    sourceLangName: languages.source.lang,
    targets: languages.targets.map(({ index, lang }) => ({ index, lang })),
  };
}

/**
 * The layout of a file whose first row is no header: two fields are source and target
 * (corpus tools, OPUS), four with numbers in the first and third are Tatoeba's
 * `id, text, id, translation`. Undefined otherwise.
 */
function headerlessLayout(first: string[]): Layout | undefined {
  if (first.length === 2) return { source: 0, targets: [{ index: 1 }] };
  if (first.length === 4 && /^\d+$/.test(first[0]!.trim()) && /^\d+$/.test(first[2]!.trim())) return { id: 0, source: 1, targets: [{ index: 3 }] };
  return undefined;
}

/** The delimiter the first line of `head` uses most, outside quotes; `,` when none. */
function detectDelimiter(head: string): string {
  const line = (head.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  let best = ',';
  let most = 0;
  for (const delimiter of CSV_DELIMITERS) {
    const count = line.split(delimiter).length - 1;
    if (count > most) [best, most] = [delimiter, count];
  }
  return best;
}

/** The units of a delimited file: records after the header, each with the line where it begins. */
async function* delimitedUnits(path: string, dialect: Dialect, sourceLang: string | undefined, onBytes?: ByteCounter, separatorHint = false): AsyncGenerator<Unit> {
  // A record begins where the previous one ended plus one line, past the empty lines
  // csv-parse skipped (it counts those). Its own line count (info.lines) is not used: it
  // counts a CRLF inside a quoted field as two lines. Tracked in on_record, which runs as
  // each record is parsed, so that an error in the next record is placed right even
  // though parsed records wait in the stream's buffer.
  // Excel's `sep=` line is taken out before parsing (it has fewer fields than the header).
  let next = { line: separatorHint ? 2 : 1, emptyLines: 0 };
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
  const chunks = decodedChunks(path, onBytes);
  pipeline(Readable.from(separatorHint ? withoutFirstLine(chunks) : chunks), parser).catch(() => undefined);

  let layout: Layout | undefined;
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      const line = startLines.shift()!;
      if (!layout) {
        layout = headerLayout(fields, sourceLang);
        if (layout) continue;
        // A row naming some known column is a header with columns missing, not data.
        const named = fieldsOf(fields);
        if (named.source !== undefined || named.target !== undefined) throw missingColumns(named, fields, path, line, dialect.format);
        if (Object.keys(named).length === 0) layout = headerlessLayout(fields);
        if (!layout) throw noHeader(fields, path, line, dialect.format);
      }
      const field = (index: number | undefined) => {
        const value = index === undefined ? undefined : fields[index]?.trim();
        return value === '' ? undefined : value;
      };
      const { targets } = layout;
      const common = {
        id: field(layout.id),
        source: segmentAt(line, text(fields[layout.source])),
        sourceLang: field(layout.sourcelang) ?? layout.sourceLangName,
      };
      for (const [index, target] of targets.entries()) {
        yield {
          ...common,
          target: segmentAt(line, text(fields[target.index])),
          targetLang: field(layout.targetlang) ?? target.lang,
          ...variantFields(target.lang, index, targets.length),
        };
      }
    }
  } catch (error) {
    if (error instanceof AuditError) throw error;
    const csvError = error as CsvError & Partial<Info>;
    const place = { file: path, line: startOf(csvError.empty_lines ?? next.emptyLines) };
    if (csvError.code === 'CSV_MAX_RECORD_SIZE') throw tooLong('record', place);
    throw new AuditError(`malformed ${dialect.format.toUpperCase()}: ${describe(csvError)}`, place);
  }
  // Line 1 is where the header row belongs.
  if (!layout) throw new AuditError(`empty ${dialect.format.toUpperCase()}: no header row with source and target columns`, { file: path, line: 1 });
}

/** The text after its first line break (`\r\n`, `\r` or `\n`). */
async function* withoutFirstLine(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let state: 'line' | 'cr' | 'done' = 'line';
  for await (let chunk of chunks) {
    if (state === 'line') {
      const end = chunk.search(/[\r\n]/);
      if (end < 0) continue;
      state = chunk[end] === '\r' ? 'cr' : 'done';
      chunk = chunk.slice(end + 1);
    }
    if (state === 'cr' && chunk !== '') {
      // A `\n` right after the `\r` is the same line break.
      if (chunk.startsWith('\n')) chunk = chunk.slice(1);
      state = 'done';
    }
    if (state === 'done' && chunk !== '') yield chunk;
  }
}

/** A field's text, its line breaks as `\n` (a spreadsheet writes `\r\n` inside a quoted cell), as the XML and PO readers give them. */
function text(field: string | undefined): string {
  return (field ?? '').replace(/\r\n?/g, '\n');
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

function missingColumns(found: Partial<Record<Field, number>>, header: string[], path: string, line: number, format: string): AuditError {
  const missing = (['source', 'target'] as const).filter((column) => found[column] === undefined);
  return new AuditError(`${format.toUpperCase()} header has no ${missing.map((column) => `'${column}'`).join(' or ')} column (${columnsOf(header)})`, { file: path, line });
}

function noHeader(header: string[], path: string, line: number, format: string): AuditError {
  return new AuditError(
    `${format.toUpperCase()} header has no 'source' and 'target' columns, nor a column per language (${columnsOf(header)}); a file without a header row must have 2 columns`,
    { file: path, line },
  );
}

function columnsOf(header: string[]): string {
  return `columns: ${header.map((name) => `'${name}'`).join(', ')}`;
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

/**
 * The reader of one delimited format; sniffed by a header row (after Excel's `sep=` line):
 * `source` and `target` columns or their synonyms, or a column per language.
 */
export function delimitedReader(dialect: Dialect): Reader {
  return {
    format: dialect.format,
    extensions: [dialect.format],
    sniff(head) {
      const hint = dialect.detectDelimiter ? SEPARATOR_HINT.exec(head.replace(/^\uFEFF/, '')) : null;
      const body = hint ? head.replace(/^\uFEFF/, '').slice(hint[0].length) : head;
      const delimiter = hint?.[1] ?? (dialect.detectDelimiter ? detectDelimiter(body) : dialect.delimiter);
      // A tab-separated header is TSV's to claim (a .csv file with tabs is still read as CSV).
      if (dialect.detectDelimiter && delimiter === '\t') return false;
      const firstLine = body.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 1)[0] ?? '';
      const names = firstLine.split(delimiter).map((name) => (dialect.quote ? name.trim().replace(/^"(.*)"$/, '$1') : name));
      return headerLayout(names) !== undefined;
    },
    read: (options: ReadOptions) => unitsToItems(delimitedUnitsOf(options, dialect), options),
  };
}

/** Excel's first line `sep=;`: the delimiter of the lines after it, which Excel writes and reads. */
const SEPARATOR_HINT = /^\uFEFF?sep=([^\r\n])(?:\r\n|\r|\n|$)/;

/** Settles the delimiter, from the first line when the dialect detects it, then reads. */
async function* delimitedUnitsOf(options: ReadOptions, dialect: Dialect): AsyncGenerator<Unit> {
  let delimiter = dialect.delimiter;
  let hinted = false;
  // Standard input cannot be read twice: it keeps the dialect's own delimiter.
  if (dialect.detectDelimiter && options.path !== STDIN) {
    const head = await readHead(options.path);
    const hint = SEPARATOR_HINT.exec(head)?.[1];
    hinted = hint !== undefined;
    delimiter = hint ?? detectDelimiter(head);
  }
  yield* delimitedUnits(options.path, { ...dialect, delimiter }, options.sourceLang, options.onBytes, hinted);
}

const csv = delimitedReader({ format: 'csv', delimiter: ',', quote: '"', detectDelimiter: true });

export default csv;
