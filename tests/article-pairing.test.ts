// Bilingual articles in the layouts editors publish (tests/fixtures/articles/cases.ts):
// every pair and every unpaired block exactly as a reader would pair them, and the audit
// reporting the defects written into each article and nothing on its correct translations.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

describe('blocks left alone side by side', () => {
  it('stay apart when they share nothing a translation keeps', async () => {
    // The English note the translator added and the Chinese paragraph never translated meet
    // between two correct pairs: neither translates the other.
    const text = [
      '禁捕涉及 11 万条渔船、23 万名渔民，政府为他们提供了转产就业培训。',
      'The ban affected 110,000 fishing boats and 230,000 fishermen, who received job training.',
      'Conservation groups, however, warn that dams and shipping remain serious threats.',
      '在湖北宜昌，曾经的渔民刘师傅如今成了一名护渔员，每天巡查 20 公里江岸。',
      '专家认为，禁渔只是第一步，恢复长江生态还需要至少二十年。',
      "Experts believe the ban is only the first step, and restoring the Yangtze's ecology will take at least another twenty years.",
    ].join('\n\n');
    const path = join(mkdtempSync(join(tmpdir(), 'bitext-article-')), 'leftovers.txt');
    writeFileSync(path, text + '\n');
    const items = await itemsOf(path);
    expect(items.map((item) => (item.kind === 'pair' ? [linesOf(item.pair.source), linesOf(item.pair.target)] : [item.unpaired.side, linesOf(item.unpaired.segment)]))).toEqual([
      [[1], [3]],
      ['target', [5]],
      ['source', [7]],
      [[9], [11]],
    ]);
  });
});
