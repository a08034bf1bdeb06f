// JSON Lines: one object per line, `{"id"?, "source", "target", "sourceLang"?, "targetLang"?}`
// (contract), blank lines skipped. Both sides carry the record's line.
import { AuditError } from '../errors.js';
import type { ReadOptions, Reader } from './reader.js';
import { numberedLines, type ByteCounter } from './text-stream.js';
import { segmentAt, unitsToItems, type Unit } from './units.js';

/** Longest piece of the JSON parser's message kept: it may quote the offending line. */
const MAX_REASON_CHARS = 160;

async function* jsonlUnits(path: string, onBytes?: ByteCounter): AsyncGenerator<Unit> {
  for await (const { line, text } of numberedLines(path, onBytes)) {
    if (text.trim() === '') continue;
    const record = parseRecord(text, path, line);
    const field = (name: string, required: boolean): string | undefined => {
      const value = record[name];
      if (value === undefined && !required) return undefined;
      if (typeof value === 'string') return value;
      if (name === 'id' && typeof value === 'number') return String(value);
      throw new AuditError(`"${name}" must be a string${value === undefined ? ', and is missing' : ''}`, { file: path, line });
    };
    yield {
      id: field('id', false),
      source: segmentAt(line, field('source', true)!),
      target: segmentAt(line, field('target', true)!),
      sourceLang: field('sourceLang', false),
      targetLang: field('targetLang', false),
    };
  }
}

function parseRecord(text: string, path: string, line: number): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // V8 says where: "... in JSON at position 12" (sometimes followed by "(line 1 column 13)").
    // A record cut short ("Unexpected end of JSON input") is broken at its end.
    const position = /at position (\d+)/.exec(message)?.[1] ?? (/end of JSON input/.test(message) ? String(text.length) : undefined);
    const reason = message.replace(/ at position \d+.*$/, '').replace(/ in JSON$/, '').slice(0, MAX_REASON_CHARS);
    throw new AuditError(`invalid JSON: ${reason}`, { file: path, line, ...(position ? { column: Number(position) + 1 } : {}) });
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
  read: (options: ReadOptions) => unitsToItems(jsonlUnits(options.path, options.onBytes), options),
};

export default jsonl;
