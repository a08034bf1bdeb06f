import { describe, expect, it } from 'vitest';
import jsonl from '../src/read/jsonl.js';
import { findingsOf, readAll, readError, scratchFile } from './read-helpers.js';

const SAMPLE = 'samples/corpus.jsonl';

describe('jsonl reader on the sample', () => {
  it('pairs records: id field else p<n>, each on its own line, blank lines skipped', async () => {
    const { pairs } = await readAll(jsonl, { path: SAMPLE });
    expect(pairs.map((pair) => [pair.id, pair.source.line, pair.target.line])).toEqual([
      ['nvidia-1', 1, 1],
      ['nvidia-2', 2, 2],
      ['nvidia-3', 3, 3],
      ['nvidia-4', 5, 5],
      ['p6', 7, 7],
      ['nvidia-7', 8, 8],
      ['nvidia-8', 9, 9],
    ]);
    expect(pairs.every((pair) => pair.sourceLang === 'zh' && pair.targetLang === 'en' && pair.input === SAMPLE)).toBe(true);
    expect(pairs[1]).toMatchObject({ source: { text: '数据中心业务收入为 263 亿美元。' }, target: { text: 'Data center revenue was $2.63 billion.' } });
  });

  it('reports an empty target as untranslated', async () => {
    const { unpaired } = await readAll(jsonl, { path: SAMPLE });
    expect(unpaired.map((unit) => [unit.side, unit.lang, unit.segment.line, unit.segment.text])).toEqual([['source', 'zh', 6, '游戏业务收入增长 16%，达到 29 亿美元。']]);
  });

  it('reports the untranslated units at their lines (unpaired-segment)', async () => {
    expect(await findingsOf(jsonl, { path: SAMPLE }, 'unpaired-segment')).toEqual([['unpaired-segment', 6, undefined]]);
  });
});

describe('jsonl details', () => {
  it('takes per-record languages, declared languages first', async () => {
    const path = scratchFile('langs.jsonl', '{"source":"Two apples","target":"Deux pommes","sourceLang":"en-US","targetLang":"fr-CA"}\n{"source":"Two pears","target":"Zwei Birnen","targetLang":"de"}\n');
    expect((await readAll(jsonl, { path })).pairs.map((pair) => [pair.sourceLang, pair.targetLang])).toEqual([['en', 'fr'], ['en', 'de']]);
    expect((await readAll(jsonl, { path, targetLang: 'es' })).pairs.map((pair) => pair.targetLang)).toEqual(['es', 'es']);
  });

  it('reports a syntax error on line 5000 with its line and column', async () => {
    const lines = Array.from({ length: 6000 }, (_, i) => JSON.stringify({ id: `r${i + 1}`, source: `第 ${i + 1} 行`, target: `Line ${i + 1}` }));
    lines[4999] = '{"id": "r5000", "source": "第 5000 行", "target": "Line 5000",}';
    const path = scratchFile('broken.jsonl', lines.join('\n'));
    const error = await readError(jsonl, { path });
    expect(error.message).toMatch(new RegExp(`^${path}:5000:\\d+: invalid JSON: `));
    expect(error.place).toMatchObject({ line: 5000 });
  });

  it.each([
    ['a missing target', '{"source": "Hello"}', '"target" must be a string, and is missing'],
    ['a target that is not a string', '{"source": "Hello", "target": 5}', '"target" must be a string'],
    ['a record that is not an object', '["Hello", "Bonjour"]', 'a JSONL record must be a JSON object'],
  ])('names the line of %s', async (_, record, reason) => {
    const path = scratchFile('bad.jsonl', `{"source": "Hi", "target": "Salut"}\n\n${record}\n`);
    expect((await readError(jsonl, { path })).message).toBe(`${path}:3: ${reason}`);
  });

  it('sniffs an object on the first non-blank line', () => {
    expect(jsonl.sniff('\n  {"source": "a", "target": "b"}')).toBe(true);
    expect(jsonl.sniff('source,target\n')).toBe(false);
  });
});
