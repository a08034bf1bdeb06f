// Where a JSONL line stops being JSON, for the column of the error (Node's JSON.parse
// names no position for "Unexpected token" errors).
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, jsonErrorReason } from '../src/read/json-error.js';
import jsonl from '../src/read/jsonl.js';
import { readError, scratchFile } from './read-helpers.js';

/** [line, 0-based offset of the first character that breaks it]. */
const BROKEN: [string, number][] = [
  ['{"source": "Open 3 files", "target": }', 37],
  ['{"source": "Open 3 files", "target": "3 Dateien öffnen",}', 56],
  ['{"source" "Open 3 files"}', 10],
  ['{"source": "Open", "target": "Öffnen"', 37],
  ['{"source": "C:\\q", "target": "x"}', 14],
  ['{"source": "Open", "target": tru}', 29],
  ['{"source": "Open", "target": "Öffnen"} trailing', 39],
  ['{"source": "Open", "target": "Öffnen', 36],
  ['{"source": ["Open", {"n": 3]}', 27],
  ['{"source": 01}', 12],
  ["{'source': 'Open'}", 1],
  ['{"source": "tab\there"}', 15],
];

const VALID = ['{}', '{"a": []}', ' {"source": "Open", "target": "Öffnen", "n": -0.5e3, "ok": true, "x": null} ', '{"s": "\\u00e9\\n\\"q\\""}'];

describe('jsonErrorOffset', () => {
  it.each(BROKEN)('%s breaks at %i', (line, offset) => {
    expect(() => JSON.parse(line)).toThrow();
    expect(jsonErrorOffset(line)).toBe(offset);
  });

  it.each(VALID)('%s is valid', (line) => {
    expect(() => JSON.parse(line)).not.toThrow();
    expect(jsonErrorOffset(line)).toBeUndefined();
  });

  it('100,000 nested arrays left open: found at the end, without recursion', () => {
    const line = `{"extra": ${'['.repeat(100_000)}`;
    expect(jsonErrorOffset(line)).toBe(line.length);
  });
});

describe('jsonErrorReason', () => {
  it.each(BROKEN)('%s: one line, no position, no excerpt of the input', (line) => {
    let error: SyntaxError | undefined;
    try {
      JSON.parse(`${line}\n\n  `);
    } catch (caught) {
      error = caught as SyntaxError;
    }
    const reason = jsonErrorReason(error!);
    expect(reason).toMatch(/^[A-Z][^\n"]*$/);
    expect(reason).not.toMatch(/position|is not valid JSON/);
  });
});

describe('JSONL reader', () => {
  it('an unexpected token is refused at its line and column', async () => {
    const path = scratchFile('broken.jsonl', '{"source": "Open 3 files", "target": "3 Dateien öffnen"}\n{"source": "Close", "target": }\n');
    const error = await readError(jsonl, { path });
    expect(error.place).toEqual({ file: path, line: 2, column: 31 });
    expect(error.message).toMatch(new RegExp(`^${path}:2:31: invalid JSON: Unexpected token`));
  });
});
