// Every export in tests/fixtures/exports/ read and audited as the command line does:
// the reader chosen by extension, pairs, lines and languages as read, and the one drift
// put into each file found at its line, with no finding caused by the tool's markup.
import { describe, expect, it } from 'vitest';
import { auditFiles } from '../src/audit-files.js';
import { EXPORT_CASES } from './read-exports.cases.js';

const DIR = 'tests/fixtures/exports';
const FORMAT_BY_EXTENSION: Record<string, string> = { xlf: 'xliff', xliff: 'xliff', sdlxliff: 'xliff', mqxliff: 'xliff', mxliff: 'xliff', tmx: 'tmx', po: 'po', csv: 'csv', tsv: 'tsv', jsonl: 'jsonl' };

describe.each(EXPORT_CASES)('$file', ({ file, pairs, unpaired, findings, format, fails }) => {
  (fails ? it.fails : it)('reads every pair, line and language, and finds the drift put in at its line', async () => {
    const report = await auditFiles([`${DIR}/${file}`], { includeDocument: true, inputFormat: format });
    const document = report.document ?? [];
    expect(document.flatMap((item) => (item.kind === 'pair' ? [[item.id, item.source.line, item.target.line, item.source.text, item.target.text, item.sourceLang, item.targetLang]] : []))).toEqual(pairs);
    expect(document.flatMap((item) => (item.kind === 'unpaired' ? [[item.line, item.text]] : []))).toEqual(unpaired);
    expect(report.findings.map((finding) => `${finding.ruleId}@${finding.source?.line}${finding.target ? `/${finding.target.line}` : ''}`)).toEqual(findings);
    const [first] = pairs;
    expect(report.inputs).toEqual([
      expect.objectContaining({ path: `${DIR}/${file}`, format: format ?? FORMAT_BY_EXTENSION[file.split('.').pop()!], sourceLang: first![5], targetLang: first![6], pairs: pairs.length }),
    ]);
  });
});
