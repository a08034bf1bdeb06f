// Every bundled sample, in every input format, reports exactly the defects it was written
// with (rule and line), and nothing on its correct units.
import { describe, expect, it } from 'vitest';
import { auditFiles } from '../src/audit-files.js';

type Expected = [ruleId: string, line: number][];

const SAMPLES: [path: string, expected: Expected][] = [
  ['samples/article-zh-en.md', [['unpaired-segment', 6], ['numeric-drift', 22], ['length-anomaly', 22], ['omission', 22], ['unpaired-segment', 34]]],
  ['samples/list-truncated-zh-en.md', [['missing-list-items', 11], ['length-anomaly', 11]]],
  ['samples/omission-zh-en.md', [['omission', 13], ['omission', 31]]],
  ['samples/glossary-ui.tmx', [['numeric-drift', 11], ['numeric-drift', 15], ['unpaired-segment', 31], ['suppression', 44]]],
  ['samples/app-strings.xlf', [['numeric-drift', 9], ['numeric-drift', 13], ['unpaired-segment', 28], ['placeholder-drift', 43]]],
  ['samples/app-strings-2.0.xlf', [['numeric-drift', 10], ['numeric-drift', 24], ['unpaired-segment', 41]]],
  ['samples/messages.po', [['numeric-drift', 21], ['numeric-drift', 42], ['unpaired-segment', 46], ['unpaired-segment', 50], ['placeholder-drift', 74]]],
  ['samples/pairs.csv', [['numeric-drift', 3], ['numeric-drift', 5], ['unpaired-segment', 13]]],
  ['samples/pairs.tsv', [['numeric-drift', 4], ['numeric-drift', 5], ['unpaired-segment', 9]]],
  ['samples/corpus.jsonl', [['numeric-drift', 2], ['numeric-drift', 3], ['unpaired-segment', 6]]],
];

const placeOf = (finding: { source?: { line: number }; target?: { line: number } }) => finding.source?.line ?? finding.target?.line;

describe.each(SAMPLES)('%s', (path, expected) => {
  it('reports its known defects and nothing else', async () => {
    const report = await auditFiles([path]);
    expect(report.findings.map((finding) => [finding.ruleId, placeOf(finding)])).toEqual(expected);
  });
});

describe('samples/parallel', () => {
  it('pairs every paragraph but the three deleted from the translation', async () => {
    const report = await auditFiles(['samples/parallel/article.zh.txt'], { target: 'samples/parallel/article.en.txt' });
    expect(report.inputs[0]).toMatchObject({ format: 'parallel', sourceLang: 'zh', targetLang: 'en' });
    expect(report.findings.map((finding) => [finding.ruleId, placeOf(finding), finding.details.side])).toEqual([
      ['unpaired-segment', 9, 'source'],
      ['unpaired-segment', 19, 'source'],
      ['unpaired-segment', 29, 'source'],
    ]);
  });
});
