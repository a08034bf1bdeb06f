// JSON Lines: one object per line, `{"id"?, "source", "target", "sourceLang"?, "targetLang"?}`
// (contract), blank lines skipped. Both sides carry the record's line. Key names may be
// synonyms (`src`/`tgt`, `source`/`translation`: fields.ts), and a record may hold its
// texts by language, at the top (`{"en": ..., "de": ...}`) or under `translation`
// (HuggingFace datasets): the first language (or --source-lang) is the source, one pair
// per other language (ids `<id>@<lang>` when several).
import { AuditError } from '../errors.js';
import type { ReadOptions, Reader } from './reader.js';
import { jsonErrorOffset, jsonErrorReason } from './json-error.js';
import { numberedLines, type ByteCounter } from './text-stream.js';
import { fieldsOf, languageColumns } from './fields.js';
import { segmentAt, unitsToItems, variantFields, type Unit } from './units.js';

/** Longest piece of the JSON parser's message kept: it may quote the offending line. */
const MAX_REASON_CHARS = 160;

async function* jsonlUnits(path: string, sourceLang: string | undefined, onBytes?: ByteCounter): AsyncGenerator<Unit> {
  for await (const { line, text } of numberedLines(path, onBytes)) {
    if (text.trim() === '') continue;
    yield* recordUnits(parseRecord(text, path, line), path, line, sourceLang);
  }
}

/**
 * The pairs of one record: `source`/`target` (or synonyms, fields.ts), else an object of
 * texts by language (`{"en": ..., "de": ...}`), at the top or under `translation` as
 * HuggingFace translation datasets write them.
 */
function recordUnits(record: Record<string, unknown>, path: string, line: number, sourceLang: string | undefined): Unit[] {
  const keys = Object.keys(record);
  const found = fieldsOf(keys);
  const string = (key: string | undefined, what: string, required: boolean): string | undefined => {
    const value = key === undefined ? undefined : record[key];
    if (value === undefined && !required) return undefined;
    if (typeof value === 'string') return value;
    if (what === 'id' && typeof value === 'number') return String(value);
    throw new AuditError(`"${key ?? what}" must be a string${value === undefined ? ', and is missing' : ''}`, { file: path, line });
  };
  const keyOf = (index: number | undefined) => (index === undefined ? undefined : keys[index]);
  const id = string(keyOf(found.id), 'id', false);
  const nested = keyOf(found.target);
  const texts = nested !== undefined && found.source === undefined && isObject(record[nested]) ? (record[nested] as Record<string, unknown>) : record;
  if (texts === record && (found.source !== undefined || found.target !== undefined || !languageColumns(keys, sourceLang))) {
    return [
      {
        id,
        source: segmentAt(line, string(keyOf(found.source), 'source', true)!),
        target: segmentAt(line, string(keyOf(found.target), 'target', true)!),
        sourceLang: string(keyOf(found.sourcelang), 'sourceLang', false),
        targetLang: string(keyOf(found.targetlang), 'targetLang', false),
      },
    ];
  }
  const languages = languageColumns(Object.keys(texts), sourceLang);
  if (!languages) {
    throw new AuditError(`"${nested}" must be a string or an object of texts by language (two or more, like {"en": "...", "de": "..."})`, { file: path, line });
  }
  const text = (key: string): string => {
    const value = texts[key];
    if (typeof value !== 'string') throw new AuditError(`"${key}" must be a string`, { file: path, line });
    return value;
  };
  const { source, targets } = languages;
  return targets.map((target, index) => ({
    id,
    source: segmentAt(line, text(source.name)),
    target: segmentAt(line, text(target.name)),
    sourceLang: source.lang,
    targetLang: target.lang,
    ...variantFields(target.lang, index, targets.length),
  }));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseRecord(text: string, path: string, line: number): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // V8 says where for some errors ("... in JSON at position 12"); for the others, find the place ourselves.
    // A record cut short ("Unexpected end of JSON input") is broken at its end.
    const position = /at position (\d+)/.exec(message)?.[1] ?? (/end of JSON input/.test(message) ? String(text.length) : jsonErrorOffset(text));
    const reason = jsonErrorReason(error as SyntaxError).slice(0, MAX_REASON_CHARS);
    throw new AuditError(`invalid JSON: ${reason}`, { file: path, line, ...(position !== undefined ? { column: Number(position) + 1 } : {}) });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AuditError('a JSONL record must be a JSON object', { file: path, line });
  }
  return value as Record<string, unknown>;
}

const jsonl: Reader = {
  format: 'jsonl',
  extensions: ['jsonl', 'ndjson'],
  sniff: (head) => /^\s*\{/.test(head),
  read: (options: ReadOptions) => unitsToItems(jsonlUnits(options.path, options.sourceLang, options.onBytes), options),
};

export default jsonl;
