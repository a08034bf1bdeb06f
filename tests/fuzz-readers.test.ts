// Fuzzing the readers, with the engine behind them: files of every format written three
// ways — well-formed wrappers around hostile text, soups of the format's own syntax and
// hostile text, and random bytes — then read and audited in-process. Properties: no
// exception but AuditError escapes, no file takes longer than TIME_BOUND_MS, and every
// finding points at a line that exists in the file it names.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditFiles } from '../src/audit-files.js';
import { AuditError } from '../src/errors.js';
import type { Report } from '../src/report/report.js';
import { allRulesPack } from './bad-inputs/all-rules.js';
import { FORMATS, lineCount, render, writeInput, type Format, type InputFiles } from './bad-inputs/formats.js';
import { hostileText, MAX_CHARS, withinBoundAsync } from './bad-inputs/hostile-text.js';
import { scratchDir } from './support/cli.js';

const pack = allRulesPack();
const dir = scratchDir();

/** Formats whose text goes into the file raw: a NUL there makes a binary file, which bad-inputs.test.ts covers. */
const RAW_TEXT: readonly Format[] = ['article', 'parallel', 'csv', 'tsv'];

/** Syntax of each format, for soups that are almost, or sometimes, well-formed. */
const SYNTAX: Record<Format, readonly string[]> = {
  article: ['# ', '## 第一部分', '---', '<!-- bitext-audit-disable -->', '<!-- bitext-audit-disable numeric-drift -->', '英文原文：', 'English:', '译文：', '蔡崇信(中文):', '主持人：', '作者：', '\n', '\n\n'],
  parallel: ['\n', '\n\n', '1. ', '- '],
  tmx: ['<?xml version="1.0"?>', '<tmx version="1.4">', '</tmx>', '<header srclang="zh"/>', '<body>', '</body>', '<tu tuid="1">', '<tu>', '</tu>', '<tuv xml:lang="zh">', '<tuv xml:lang="en">', '</tuv>', '<seg>', '</seg>', '<g>', '</g>', '<ph/>', '<bpt i="1">', '</bpt>', '<note>', '</note>', '<prop type="x-bitext-audit-disable">', '</prop>', '&amp;', '&', 'Q&A ', ';', '&lt;', '&#x1F600;', '&#0;', '&#xD800;', '<![CDATA[', ']]>', '<!--', '-->', '<!DOCTYPE tmx>', '\n'],
  xliff: ['<?xml version="1.0"?>', '<xliff version="1.2">', '<xliff version="2.0" srcLang="zh" trgLang="en">', '</xliff>', '<file source-language="zh" target-language="en">', '<file>', '</file>', '<body>', '</body>', '<trans-unit id="1">', '</trans-unit>', '<unit id="u">', '</unit>', '<segment>', '</segment>', '<source>', '</source>', '<target>', '</target>', '<x id="1"/>', '<cp hex="D800"/>', '<cp hex="110000"/>', '<mrk>', '</mrk>', '<seg-source>', '</seg-source>', '<mrk mtype="seg" mid="1">', '<mrk mtype="seg" mid="2">', '<mrk mtype="seg">', '<g id="1">', '</g>', '<note>', '</note>', '&amp;', '&', 'R&D ', ';', '&#x1F600;', '<![CDATA[', ']]>', '\n'],
  po: ['msgid ', 'msgstr ', 'msgctxt ', 'msgid_plural ', 'msgstr[0] ', 'msgstr[1] ', '"', '"', '\\', '\\n', '\\x41', '\\101', '\\777', '#, fuzzy', '#~ ', '# bitext-audit-disable numeric-drift', '"Language: de\\n"', '"Content-Type: text/plain; charset=ISO-8859-1\\n"', '\n', '\n'],
  csv: ['"', '""', ',', ',', '\n', '\r\n', '\r', 'source', 'target', 'id', 'sourceLang'],
  tsv: ['\t', '\t', '\n', '\r\n', 'source', 'target', 'id', '"'],
  jsonl: ['{', '}', '"source":', '"target":', '"id":', '"sourceLang":', ',', '"', '\\', '\\u0000', '\\ud800', '\n', '[', ']', 'null', '1e999', 'true', '{"source":"', '","target":"', '"}\n'],
};

/** The head of a well-formed file, which a soup starts with half the time. */
const HEAD: Record<Format, string> = {
  article: '',
  parallel: '',
  tmx: '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="zh"/><body>\n<tu><tuv xml:lang="zh"><seg>',
  xliff: '<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="zh" target-language="en"><body>\n<trans-unit id="1"><source>',
  po: 'msgid ""\nmsgstr ""\n"Language: en\\n"\n\nmsgid "',
  csv: 'source,target\n"',
  tsv: 'source\ttarget\n',
  jsonl: '{"source":"',
};

const soup = (format: Format) =>
  fc
    // Text within MAX_CHARS, the size the time bound is for; markup on top of it.
    .tuple(fc.boolean(), fc.array(fc.oneof(fc.constantFrom(...SYNTAX[format]), hostileText(MAX_CHARS / 100)), { maxLength: 100, size: 'max' }))
    .map(([headed, parts]) => (headed ? HEAD[format] : '') + parts.join(''));

let counter = 0;

/** Audits an input in-process; an AuditError (refused input) is a fine outcome, and gives no report. */
async function audit(input: InputFiles): Promise<Report | undefined> {
  try {
    return await withinBoundAsync(`${input.format} input`, () => auditFiles([input.path], { inputFormat: input.format, ...(input.target ? { target: input.target } : {}), jobs: 1 }, pack));
  } catch (error) {
    if (error instanceof AuditError) return undefined;
    throw error;
  }
}

/** Every finding's lines exist in the files they belong to. */
function expectRealLines(report: Report, input: InputFiles): void {
  const lines = (path: string) => lineCount(readFileSync(path, 'utf8'));
  const sourceLines = lines(input.path);
  const targetLines = input.target ? lines(input.target) : sourceLines;
  for (const finding of report.findings) {
    for (const [place, last] of [[finding.source, sourceLines], [finding.target, targetLines]] as const) {
      if (!place) continue;
      expect(place.line, `${finding.ruleId} in ${input.format}`).toBeGreaterThanOrEqual(1);
      expect(place.line, `${finding.ruleId} in ${input.format}`).toBeLessThanOrEqual(last);
    }
  }
}

describe.each(FORMATS)('%s reader', (format) => {
  const write = (source: string | Uint8Array, target?: string | Uint8Array) => writeInput(dir, format, source, target, `${format}-${counter++}`);

  it('reads well-formed files of hostile text: audited, findings on real lines', async () => {
    const pairs = fc.array(fc.record({ source: hostileText(300), target: hostileText(300) }), { minLength: 1, maxLength: 5 });
    await fc.assert(
      fc.asyncProperty(pairs, async (drawn) => {
        const clean = RAW_TEXT.includes(format) ? drawn.map(({ source, target }) => ({ source: source.replace(/\0/g, ''), target: target.replace(/\0/g, '') })) : drawn;
        const { source, target } = render(format, clean);
        const input = write(source, target);
        const report = await audit(input);
        expect(report, 'a well-formed file refused').toBeDefined();
        expectRealLines(report!, input);
      }),
      { numRuns: 100 },
    );
  });

  it('reads soups of its syntax and hostile text: audited or refused, never thrown', async () => {
    await fc.assert(
      fc.asyncProperty(soup(format), soup(format), async (source, target) => {
        const input = write(source, target);
        const report = await audit(input);
        if (report) expectRealLines(report, input);
      }),
      { numRuns: 100 },
    );
  });

  it('reads random bytes: audited or refused, never thrown', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000, size: 'max' }), fc.uint8Array({ maxLength: 500 }), async (source, target) => {
        const input = write(source, target);
        const report = await audit(input);
        if (report) expectRealLines(report, input);
      }),
      { numRuns: 50 },
    );
  });
});
