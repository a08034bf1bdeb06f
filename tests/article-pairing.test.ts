// Bilingual articles in the layouts editors publish (tests/fixtures/articles/cases.ts):
// every pair and every unpaired block exactly as a reader would pair them, and the audit
// reporting the defects written into each article and nothing on its correct translations.
import { describe, expect, it } from 'vitest';
import { auditFiles } from '../src/audit-files.js';
import type { AuditItem } from '../src/model.js';
import article from '../src/read/article.js';
import { ARTICLE_CASES } from './fixtures/articles/cases.js';

const DIR = 'tests/fixtures/articles';

async function itemsOf(path: string, options: { sourceLang?: string } = {}): Promise<AuditItem[]> {
  const items: AuditItem[] = [];
  for await (const item of article.read({ path, ...options })) items.push(item);
  return items;
}

const linesOf = (segment: { parts: { line: number }[] }) => segment.parts.map((part) => part.line);
const placeOf = (finding: { source?: { line: number }; target?: { line: number } }) => finding.source?.line ?? finding.target?.line;

describe.each(ARTICLE_CASES)('$file', (test) => {
  const path = `${DIR}/${test.file}`;

  it(`pairs it as its editor would (${test.layout})`, async () => {
    const items = await itemsOf(path);
    const pairs = items.flatMap((item) => (item.kind === 'pair' ? [item.pair] : []));
    const unpaired = items.flatMap((item) => (item.kind === 'unpaired' ? [item.unpaired] : []));
    expect(pairs.map((pair) => [linesOf(pair.source), linesOf(pair.target)])).toEqual(test.pairs);
    expect(unpaired.map((block) => [block.side, linesOf(block.segment)])).toEqual(test.unpaired);
    expect(pairs.every((pair) => pair.sourceLang === test.sourceLang && pair.targetLang === test.targetLang)).toBe(true);
  });

  it('reports its defects and nothing new on its correct translations', async () => {
    const report = await auditFiles([path]);
    const found = report.findings.map((finding) => [finding.ruleId, placeOf(finding)] as [string, number]);
    const key = ([ruleId, line]: [string, number]) => `${ruleId}@${line}`;
    const tolerated = new Set((test.knownFalse ?? []).map(([ruleId, line]) => key([ruleId, line])));
    const expected = new Set(test.findings.map(key));
    expect(found.filter((finding) => expected.has(key(finding)))).toEqual(test.findings);
    expect(found.filter((finding) => !expected.has(key(finding)) && !tolerated.has(key(finding)))).toEqual([]);
  });
});

describe('which side is the source', () => {
  it('--source-lang names the original of a translation-first article without changing what pairs', async () => {
    const test = ARTICLE_CASES.find((candidate) => candidate.file === 'zh-en-translation-first.txt')!;
    const items = await itemsOf(`${DIR}/${test.file}`, { sourceLang: 'en' });
    const pairs = items.flatMap((item) => (item.kind === 'pair' ? [item.pair] : []));
    expect(pairs.map((pair) => [linesOf(pair.target), linesOf(pair.source)])).toEqual(test.pairs);
    expect(pairs.every((pair) => pair.sourceLang === 'en' && pair.targetLang === 'zh')).toBe(true);
    const unpaired = items.flatMap((item) => (item.kind === 'unpaired' ? [item.unpaired] : []));
    expect(unpaired.map((block) => [block.side, linesOf(block.segment)])).toEqual([['target', [17]]]);
  });
});
