import { describe, expect, it } from 'vitest';
import { auditItems, emptySummary } from '../src/audit.js';
import { loadRulePack } from '../src/config/rule-pack.js';
import type { Finding } from '../src/model.js';
import parallel from '../src/read/parallel.js';
import { readAll, readError, scratchFile } from './read-helpers.js';
import { itemsOf } from './support/audit.js';

const ZH = new URL('../samples/parallel/article.zh.txt', import.meta.url).pathname;
const EN = new URL('../samples/parallel/article.en.txt', import.meta.url).pathname;

describe('parallel reader on the sample article', () => {
  // The English file lacks the translations of source paragraphs 5, 10 and 15 (lines 9, 19,
  // 29) and splits paragraph 12 (line 23) in two (lines 19 and 21).
  const GOLD: [number, number[]][] = [
    [1, [1]], [3, [3]], [5, [5]], [7, [7]], [11, [9]], [13, [11]], [15, [13]], [17, [15]],
    [21, [17]], [23, [19, 21]], [25, [23]], [27, [25]], [31, [27]], [33, [29]],
  ];

  it('pairs every paragraph with its translation and leaves exactly the three deletions unpaired', async () => {
    const { pairs, unpaired } = await readAll(parallel, { path: ZH, targetPath: EN });
    expect(pairs.map((p): [number, number[]] => [p.source.line, p.target.parts.map((part) => part.line)])).toEqual(GOLD);
    expect(unpaired.map((u) => [u.side, u.segment.line])).toEqual([['source', 9], ['source', 19], ['source', 29]]);
    expect(pairs.every((p) => p.sourceLang === 'zh' && p.targetLang === 'en')).toBe(true);
  });

  it('reports the deletions as unpaired-segment findings', async () => {
    const { items } = await readAll(parallel, { path: ZH, targetPath: EN });
    const findings: Finding[] = [];
    for await (const finding of auditItems(itemsOf(items), loadRulePack(), emptySummary())) findings.push(finding);
    expect(findings.filter((f) => f.ruleId === 'unpaired-segment').map((f) => [f.details.side, f.source?.line])).toEqual([
      ['source', 9],
      ['source', 19],
      ['source', 29],
    ]);
  });
});

describe('parallel reader', () => {
  const EN_LINES = [
    'The museum opens at nine every morning except Monday.',
    'Its collection holds more than 20,000 objects from five continents.',
    'Guided tours in English start at 11:00 and at 15:00.',
    'The café on the top floor looks out over the old harbour.',
    'Tickets bought online are valid for the whole day.',
  ];
  const DE_LINES = [
    'Das Museum öffnet jeden Morgen außer montags um neun Uhr.',
    'Seine Sammlung umfasst mehr als 20.000 Objekte von fünf Kontinenten.',
    'Führungen auf Englisch beginnen um 11:00 und um 15:00 Uhr.',
    'Online gekaufte Tickets gelten für den ganzen Tag.',
  ];

  it('aligns line by line a file without blank lines between its text', async () => {
    const source = scratchFile('museum.en.txt', EN_LINES.join('\n') + '\n');
    const target = scratchFile('museum.de.txt', DE_LINES.join('\n') + '\n');
    const { pairs, unpaired } = await readAll(parallel, { path: source, targetPath: target });
    expect(pairs.map((p) => [p.source.line, p.target.line])).toEqual([[1, 1], [2, 2], [3, 3], [5, 4]]);
    expect(unpaired.map((u) => [u.side, u.lang, u.segment.text])).toEqual([['source', 'en', EN_LINES[3]]]);
    expect(pairs[0]).toMatchObject({ sourceLang: 'en', targetLang: 'de', input: source });
  });

  it('keeps the target file’s own line numbers, and reports a paragraph only the target has', async () => {
    const source = scratchFile('a.en.txt', `${EN_LINES[0]}\n\n${EN_LINES[1]}\n\n${EN_LINES[2]}\n`);
    const extra = 'Im Erdgeschoss gibt es außerdem einen Laden mit Büchern, Postkarten und Nachbildungen ausgewählter Stücke der Sammlung.';
    const target = scratchFile('a.de.txt', `\n\n${DE_LINES[0]}\n\n${extra}\n\n${DE_LINES[1]}\n\n${DE_LINES[2]}\n`);
    const { items } = await readAll(parallel, { path: source, targetPath: target, sourceLang: 'en', targetLang: 'de' });
    expect(
      items.map((item) => (item.kind === 'pair' ? [item.pair.source.line, item.pair.target.line] : [item.unpaired.side, item.unpaired.segment.line])),
    ).toEqual([[1, 3], ['target', 5], [3, 7], [5, 9]]);
  });

  it('needs the target file', async () => {
    const error = await readError(parallel, { path: ZH });
    expect(error.message).toMatch(/--target/);
  });
});
