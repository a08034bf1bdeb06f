// Table-driven cases for missing-list-items, omission and length-anomaly across language pairs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditItems, emptySummary } from '../src/audit.js';
import { loadRulePack } from '../src/config/rule-pack.js';
import type { Finding } from '../src/model.js';
import { CASES, type Case } from './lists-languages.cases.js';
import { cli, scratchDir } from './support/cli.js';
import { itemsOf, pair } from './support/audit.js';
import { poString } from './support/po.js';

const RULE_OF = { list: 'missing-list-items', omission: 'omission', length: 'length-anomaly' } as const;

async function rulesFired(sl: string, src: string, tl: string, tgt: string): Promise<Set<string>> {
  const pack = loadRulePack();
  const rules = new Map([...pack.rules].filter(([id]) => Object.values(RULE_OF).includes(id as never)));
  const findings: Finding[] = [];
  const p = pair(src, tgt, sl, tl);
  for await (const f of auditItems(itemsOf([{ kind: 'pair' as const, pair: p }]), { ...pack, rules }, emptySummary())) findings.push(f);
  if (process.env.SHOW_FINDINGS) for (const f of findings) console.log(`  ${f.ruleId}: ${f.message}`);
  return new Set(findings.map((f) => f.ruleId));
}

describe('lists, omissions and lengths across languages', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const fired = await rulesFired(c.sl, c.src, c.tl, c.tgt);
    const got: Record<string, boolean> = {};
    const want: Record<string, boolean> = {};
    for (const [key, id] of Object.entries(RULE_OF)) {
      const expected = c.expect[key as keyof typeof RULE_OF];
      if (expected === undefined) continue;
      want[key] = expected;
      got[key] = fired.has(id);
    }
    expect(got).toEqual(want);
  });
});

// The same cases as files of every structured format, one file per language pair (so that
// each document's length model sees one pair), audited by the built command line.
const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const csvField = (text: string) => `"${text.replace(/"/g, '""')}"`;

const FORMATS: Record<string, (cases: [Case, number][], sl: string, tl: string) => string> = {
  jsonl: (cases) => cases.map(([c, i]) => JSON.stringify({ id: `c${i}`, source: c.src, target: c.tgt, sourceLang: c.sl, targetLang: c.tl })).join('\n') + '\n',
  csv: (cases) => 'id,source,target,sourceLang,targetLang\n' + cases.map(([c, i]) => [`c${i}`, csvField(c.src), csvField(c.tgt), c.sl, c.tl].join(',')).join('\n') + '\n',
  tmx: (cases) =>
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="*all*" datatype="plaintext" segtype="paragraph" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>\n' +
    cases.map(([c, i]) => `<tu tuid="c${i}"><tuv xml:lang="${c.sl}"><seg>${xml(c.src)}</seg></tuv><tuv xml:lang="${c.tl}"><seg>${xml(c.tgt)}</seg></tuv></tu>`).join('\n') +
    '\n</body></tmx>\n',
  xlf: (cases, sl, tl) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file original="cases" source-language="${sl}" target-language="${tl}" datatype="plaintext"><body>\n` +
    cases.map(([c, i]) => `<trans-unit id="c${i}"><source>${xml(c.src)}</source><target>${xml(c.tgt)}</target></trans-unit>`).join('\n') +
    '\n</body></file>\n</xliff>\n',
  po: (cases, _sl, tl) =>
    `msgid ""\nmsgstr ""\n"Language: ${tl}\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n` +
    cases.map(([c, i]) => `msgctxt "c${i}"\nmsgid ${poString(c.src)}\nmsgstr ${poString(c.tgt)}\n`).join('\n'),
};

describe('lists, omissions and lengths across input formats', () => {
  const byPair = new Map<string, [Case, number][]>();
  CASES.forEach((c, i) => byPair.set(`${c.sl}-${c.tl}`, [...(byPair.get(`${c.sl}-${c.tl}`) ?? []), [c, i]]));
  const dir = scratchDir();
  it.each(Object.keys(FORMATS))('%s', (format) => {
    const wrong: string[] = [];
    for (const [languages, cases] of byPair) {
      const [sl, tl] = languages.split('-') as [string, string];
      const file = join(dir, `${languages}.${format}`);
      writeFileSync(file, FORMATS[format]!(cases, sl, tl));
      const run = cli([file, '--source-lang', sl, '--target-lang', tl, '--format', 'json', '--include-pairs', '--fail-on', 'never']);
      expect(run.code, run.stderr).toBe(0);
      const report = JSON.parse(run.stdout) as { pairs: { id: string; source: { text: string }; target: { text: string } }[]; findings: { ruleId: string; pairId: string | null }[] };
      const caseOf = new Map(report.pairs.map((p) => [p.id, cases.find(([c]) => c.src.trim() === p.source.text.trim() && c.tgt.trim() === p.target.text.trim())?.[0]]));
      for (const [c] of cases) {
        const fired = new Set(report.findings.filter((f) => f.pairId !== null && caseOf.get(f.pairId) === c).map((f) => f.ruleId));
        for (const [key, id] of Object.entries(RULE_OF)) {
          const expected = c.expect[key as keyof typeof RULE_OF];
          if (expected !== undefined && expected !== fired.has(id)) wrong.push(`${expected ? 'missed' : 'false'} ${id}: ${c.name}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
