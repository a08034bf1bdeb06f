// missing-list-items on enumerations as real texts write them (tests/lists-sweep.cases.ts), in
// process and, for the lists laid over several lines, through PO and JSONL files and the CLI.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { observed } from './lists-observed.js';
import { SWEEP_CASES, type SweepCase } from './lists-sweep.cases.js';
import { findingsOf, pair } from './support/audit.js';
import { cli, scratchDir } from './support/cli.js';
import { poString } from './support/po.js';

const RULE_ID = 'missing-list-items';

describe('missing-list-items on enumerations as texts write them', () => {
  it.each(SWEEP_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const findings = await findingsOf(RULE_ID, [pair(c.src, c.tgt, c.sl, c.tl)]);
    expect(observed(findings, c.want)).toEqual(c.want);
  });
});

// A list laid over several lines of one segment: a PO msgid continued over several strings, a
// JSONL value with \n. The reader must keep the lines, and the finding must point into them.
const MULTI_LINE = SWEEP_CASES.filter((c) => c.src.includes('\n'));

const FORMATS: Record<string, (cases: readonly SweepCase[], tl: string) => string> = {
  jsonl: (cases) => cases.map((c, i) => JSON.stringify({ id: `c${i}`, source: c.src, target: c.tgt, sourceLang: c.sl, targetLang: c.tl })).join('\n') + '\n',
  po: (cases, tl) =>
    `msgid ""\nmsgstr ""\n"Language: ${tl}\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n` +
    cases.map((c, i) => `msgctxt "c${i}"\nmsgid ${poString(c.src)}\nmsgstr ${poString(c.tgt)}\n`).join('\n'),
};

describe('missing-list-items on lists over several lines of one PO or JSONL entry', () => {
  const dir = scratchDir();
  it.each(Object.keys(FORMATS))('%s', (format) => {
    const byPair = new Map<string, SweepCase[]>();
    for (const c of MULTI_LINE) byPair.set(`${c.sl}-${c.tl}`, [...(byPair.get(`${c.sl}-${c.tl}`) ?? []), c]);
    const wrong: string[] = [];
    for (const [languages, cases] of byPair) {
      const [sl, tl] = languages.split('-') as [string, string];
      const file = join(dir, `${languages}.${format}`);
      writeFileSync(file, FORMATS[format]!(cases, tl));
      const run = cli([file, '--source-lang', sl, '--target-lang', tl, '--format', 'json', '--include-pairs', '--fail-on', 'never']);
      expect(run.code, run.stderr).toBe(0);
      const report = JSON.parse(run.stdout) as {
        pairs: { id: string; source: { line: number; text: string }; target: { text: string } }[];
        findings: { ruleId: string; pairId: string | null; source: { line: number } }[];
      };
      for (const c of cases) {
        const unit = report.pairs.find((p) => p.source.text.trim() === c.src.trim() && p.target.text.trim() === c.tgt.trim());
        const findings = report.findings.filter((f) => f.ruleId === RULE_ID && f.pairId === unit?.id);
        if (!unit || findings.length > 0 !== (c.want !== false)) wrong.push(`${c.want ? 'missed' : 'false'}: ${c.name}`);
        // A finding points at a line of the entry that holds the list.
        const lines = c.src.split('\n').length;
        for (const f of findings) if (f.source.line < unit!.source.line || f.source.line > unit!.source.line + lines) wrong.push(`line ${f.source.line}: ${c.name}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
