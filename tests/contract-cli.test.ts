// The contract (../shared/spec/cli-and-report.md), sentence by sentence, against the
// built command line on real tool exports (tests/fixtures/exports/): five inputs in five
// formats, with errors, warnings and infos among their findings.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ajvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../src/check/index.js';
import { runCli } from '../src/cli/program.js';
import type { Finding } from '../src/model.js';
import type { PairRecord, Report } from '../src/report/report.js';
import { cli, scratchDir } from './support/cli.js';

const DIR = 'tests/fixtures/exports';
/** Given out of alphabetical order, so that input order is the order given. */
const INPUTS = ['trados-tm.tmx', 'gettext-pl.po', 'segments-20.xlf', 'crowdin-export.csv', 'hf-wmt.jsonl'].map((file) => `${DIR}/${file}`);
const FORMATS = { 'trados-tm.tmx': 'tmx', 'gettext-pl.po': 'po', 'segments-20.xlf': 'xliff', 'crowdin-export.csv': 'csv', 'hf-wmt.jsonl': 'jsonl' };
const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version;
const RANK = { info: 1, warning: 2, error: 3 } as const;

let report: Report;
let pairs: PairRecord[];

beforeAll(() => {
  const result = cli([...INPUTS, '--format', 'json', '--include-pairs', '--fail-on', 'never']);
  expect(result.code).toBe(0);
  report = JSON.parse(result.stdout);
  pairs = report.pairs!;
});

const lineOf = (finding: Finding) => finding.source?.line ?? finding.target!.line;

describe('command line', () => {
  it('audit is the default command', () => {
    const args = [INPUTS[0]!, '--format', 'json'];
    expect(cli(['audit', ...args]).stdout).toBe(cli(args).stdout);
  });

  it('rules lists every rule: id, default severity, one-line summary', () => {
    const result = cli(['rules']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(RULES.length);
    for (const [index, rule] of RULES.entries()) {
      const [id, severity, ...summary] = lines[index]!.split(/\s{2,}/);
      expect(id).toBe(rule.meta.id);
      expect(severity).toBe(rule.meta.defaultSeverity);
      expect(summary.join(' ')).toBe(rule.meta.summary);
    }
  });

  it.each(RULES.map((rule) => rule.meta.id))('explain %s: what it checks, its options, an example finding', (id) => {
    const result = cli(['explain', id]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(new RegExp(`^${id} \\(default severity: (error|warning|info)\\)$`));
    expect(result.stdout).toMatch(/^Options:/m);
    expect(result.stdout).toMatch(/^Example:\n {2}source \(\w+\): .+\n {2}target \(\w+\): .+\n {2}finding: /m);
  });

  it('explain of an unknown rule: exit 2, one line', () => {
    const result = cli(['explain', 'numeric-drfit']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^bitext-audit: unknown rule 'numeric-drfit'.*\n$/);
  });

  it('--source-lang / --target-lang override what the file says', () => {
    const json = JSON.parse(cli([`${DIR}/opus-bicleaner.jsonl`, '--format', 'json', '--source-lang', 'en-GB', '--target-lang', 'fr-CA', '--fail-on', 'never']).stdout);
    expect(json.inputs[0]).toMatchObject({ sourceLang: 'en-GB', targetLang: 'fr-CA' });
  });

  it('--input-format reads a file whose extension says otherwise', () => {
    const dir = scratchDir();
    const disguised = join(dir, 'corpus.txt');
    writeFileSync(disguised, readFileSync(`${DIR}/hf-wmt.jsonl`));
    const json = JSON.parse(cli([disguised, '--input-format', 'jsonl', '--format', 'json', '--fail-on', 'never']).stdout);
    expect(json.inputs[0]).toMatchObject({ format: 'jsonl', sourceLang: 'en', targetLang: 'de', pairs: 3 });
  });

  it('--target aligns a parallel file', () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'en.txt'), 'The city museum opens every day at 9 am, except on public holidays, and closes at 6 pm.\n\nTickets for adults cost 12 euros, and children under the age of six visit the collection for free.\n');
    writeFileSync(join(dir, 'de.txt'), 'Das Stadtmuseum ist jeden Tag außer an Feiertagen von 9 Uhr bis 18 Uhr geöffnet.\n\nEintrittskarten für Erwachsene kosten 15 Euro, und Kinder unter sechs Jahren besuchen die Sammlung kostenlos.\n');
    const json = JSON.parse(cli([join(dir, 'en.txt'), '--target', join(dir, 'de.txt'), '--format', 'json']).stdout);
    expect(json.inputs[0]).toMatchObject({ format: 'parallel', sourceLang: 'en', targetLang: 'de' });
    expect(json.findings.map((finding: Finding) => [finding.ruleId, finding.source?.line, finding.target?.line])).toEqual([['numeric-drift', 3, 3]]);
  });

  it('--rules takes a rule pack', () => {
    const dir = scratchDir();
    const pack = join(dir, 'pack.yaml');
    writeFileSync(pack, 'version: 1\nextends: default\nrules:\n  unpaired-segment:\n    severity: error\n');
    expect(cli([`${DIR}/gettext-pl.po`, '--fail-on', 'error']).code).toBe(0);
    expect(cli([`${DIR}/gettext-pl.po`, '--fail-on', 'error', '--rules', pack]).code).toBe(1);
  });
});

describe('exit codes and --fail-on', () => {
  // gettext-pl.po has a warning and an info; trados-tm.tmx an error.
  it.each([
    ['gettext-pl.po', 'error', 0],
    ['gettext-pl.po', 'warning', 1],
    ['gettext-pl.po', 'info', 1],
    ['gettext-pl.po', 'never', 0],
    ['trados-tm.tmx', 'error', 1],
    ['trados-tm.tmx', 'never', 0],
  ] as const)('%s with --fail-on %s: %i', (file, level, code) => {
    expect(cli([`${DIR}/${file}`, '--fail-on', level]).code).toBe(code);
  });

  it('--fail-on error is the default', () => {
    expect(cli([`${DIR}/gettext-pl.po`]).code).toBe(0);
    expect(cli([`${DIR}/trados-tm.tmx`]).code).toBe(1);
  });

  /** [what, arguments, the file and place stderr names]. */
  const BROKEN: [string, string, string, RegExp][] = [
    ['malformed TMX', 'bad.tmx', '<tmx version="1.4"><header srclang="en"/><body>\n<tu><tuv xml:lang="en"><seg>Open 3 files</tuv></tu>\n</body></tmx>\n', /:2:\d+: /],
    ['malformed XLIFF', 'bad.xlf', '<xliff version="1.2"><file source-language="en" target-language="de"><body>\n<trans-unit id="1"><source>Save</source>\n<target>Speichern</source></trans-unit></body></file></xliff>\n', /:3:\d+: /],
    ['PO string without its closing quote', 'bad.po', 'msgid "Save 3 files"\nmsgstr "3 Dateien speichern\n', /:2:\d+: /],
    ['CSV quote never closed', 'bad.csv', 'source,target\nSave 3 files,3 Dateien speichern\n"Open,Öffnen\n', /:3: /],
    ['JSONL line that is not JSON', 'bad.jsonl', '{"source": "Save 3 files", "target": "3 Dateien speichern"}\n{"source": "Open", "target": }\n', /:2:30: /],
  ];

  it.each(BROKEN)('%s: exit 2, one line naming file:line[:column], an earlier report untouched, no temporary file', (_what, name, content, place) => {
    const dir = scratchDir();
    const input = join(dir, name);
    writeFileSync(input, content);
    for (const format of ['json', 'junit']) {
      const output = join(dir, `report.${format}`);
      writeFileSync(output, 'earlier report\n');
      const result = cli([input, '--format', format, '--output', output]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^bitext-audit: ${input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${place.source}[^\\n]+\\n$`));
      expect(readFileSync(output, 'utf8')).toBe('earlier report\n');
    }
    expect(readdirSync(dir).sort()).toEqual([name, 'report.json', 'report.junit'].sort());
  });

  it('the one line holds no control character from the input or its path', () => {
    const dir = join(scratchDir(), 'exports\nMarch');
    mkdirSync(dir);
    const input = join(dir, 'corpus.jsonl');
    writeFileSync(input, '{"source": "Save 3 files", "target": \u001b[31m3 Dateien}\n');
    const result = cli([input]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`bitext-audit: ${input.replace('\n', '\\n')}:1:38: invalid JSON: Unexpected token '\\x1b'\n`);
  });

  it('merge of a JSON report that is not JSON: exit 2, file:line:column, one line', () => {
    const report = join(scratchDir(), 'part-1.json');
    writeFileSync(report, '{\n  "schemaVersion": 1,\n  "findings": [\n    {"ruleId": }\n  ]\n}\n');
    const result = cli(['merge', report]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`bitext-audit: ${report}:4:16: not a JSON report: Unexpected token '}'\n`);
  });

  it('a bad option: exit 2, one line, no report', () => {
    const dir = scratchDir();
    const output = join(dir, 'report.json');
    const result = cli([INPUTS[0]!, '--fail-on', 'critical', '--output', output]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(existsSync(output)).toBe(false);
  });
});

describe('--output', () => {
  it.each(['json', 'jsonl', 'text', 'markdown', 'html', 'sarif', 'junit', 'github'])('%s: the file holds what stdout would, and no temporary file is left', (format) => {
    const dir = scratchDir();
    const output = join(dir, `report.${format}`);
    const written = cli([...INPUTS, '--format', format, '--output', output, '--fail-on', 'never']);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(output, 'utf8')).toBe(cli([...INPUTS, '--format', format, '--fail-on', 'never']).stdout);
    expect(readdirSync(dir)).toEqual([`report.${format}`]);
  });
});

describe('--baseline', () => {
  it('findings in the earlier JSON report do not count; a new one does', () => {
    const dir = scratchDir();
    const baseline = join(dir, 'baseline.json');
    expect(cli([`${DIR}/trados-tm.tmx`, '--format', 'json', '--output', baseline]).code).toBe(1);
    const again = cli([`${DIR}/trados-tm.tmx`, '--format', 'json', '--baseline', baseline]);
    expect(again.code).toBe(0);
    const json = JSON.parse(again.stdout);
    expect(json.summary.baselined).toBe(1);
    expect(json.findings.every((finding: Finding) => finding.baselined)).toBe(true);

    const drifted = join(dir, 'trados-tm.tmx');
    writeFileSync(drifted, readFileSync(`${DIR}/trados-tm.tmx`, 'utf8').replace('2,5 Nm', '3,5 Nm'));
    const json2 = JSON.parse(readFileSync(baseline, 'utf8'));
    json2.findings.forEach((finding: Finding) => (finding.input = drifted));
    writeFileSync(baseline, JSON.stringify(json2));
    const changed = cli([drifted, '--format', 'json', '--baseline', baseline]);
    expect(changed.code).toBe(1);
    expect(JSON.parse(changed.stdout).findings.filter((finding: Finding) => !finding.baselined).map(lineOf)).toEqual([9]);
  });
});

describe('JSON report', () => {
  it('schemaVersion 1 and the tool', () => {
    expect(report.schemaVersion).toBe(1);
    expect(report.tool).toEqual({ name: 'bitext-audit', version: VERSION });
  });

  it('inputs[]: every input in the order given, with its format and languages', () => {
    expect(report.inputs.map(({ path, format, sourceLang, targetLang }) => [path, format, sourceLang, targetLang])).toEqual(
      INPUTS.map((path) => [path, FORMATS[path.slice(DIR.length + 1) as keyof typeof FORMATS], 'en', { 'trados-tm.tmx': 'de', 'gettext-pl.po': 'pl', 'segments-20.xlf': 'it', 'crowdin-export.csv': 'de', 'hf-wmt.jsonl': 'de' }[path.slice(DIR.length + 1)]]),
    );
  });

  it('summary: pairs, findings by severity, byRule and coverage agree with the findings and pairs', () => {
    const { summary } = report;
    expect(summary.pairs).toBe(pairs.length);
    expect(summary.pairs).toBe(report.inputs.reduce((sum, input) => sum + input.pairs!, 0));
    for (const level of ['error', 'warning', 'info'] as const) {
      expect(summary.findings[level]).toBe(report.findings.filter((finding) => finding.severity === level).length);
      expect(summary.findings[level]).toBeGreaterThan(0);
    }
    const byRule: Record<string, number> = {};
    for (const finding of report.findings) byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
    expect(summary.byRule).toEqual(byRule);
    const { sourceChars, pairedSourceChars, ratio } = summary.coverage;
    expect(pairedSourceChars).toBeLessThan(sourceChars);
    expect(ratio).toBeCloseTo(pairedSourceChars / sourceChars, 3);
  });

  it('findings are ordered by input, then source line', () => {
    const order = report.findings.map((finding) => [INPUTS.indexOf(finding.input), lineOf(finding)] as const);
    const sorted = [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(order).toEqual(sorted);
    expect(new Set(order.map(([input]) => input)).size).toBe(INPUTS.length);
  });

  it('each finding: ruleId, severity, message, input, pairId, source and target lines of the pair', () => {
    const byId = new Map(pairs.map((pair) => [`${pair.input}#${pair.id}`, pair]));
    for (const finding of report.findings) {
      expect(RULES.map((rule) => rule.meta.id)).toContain(finding.ruleId);
      expect(['error', 'warning', 'info']).toContain(finding.severity);
      expect(finding.message).not.toBe('');
      expect(typeof finding.details).toBe('object');
      if (finding.pairId === null) {
        // Tied to no pair: an unpaired block, with no target side.
        expect(finding.target).toBeUndefined();
        continue;
      }
      const pair = byId.get(`${finding.input}#${finding.pairId}`)!;
      expect(pair).toBeDefined();
      expect(finding.source!.line).toBe(pair.source.line);
      expect(finding.target!.line).toBe(pair.target.line);
    }
  });

  it('source.line is where the unit starts: <tu>, msgid, <segment> of a unit with several, the CSV record, the JSONL line', () => {
    const lines = (file: string) => pairs.filter((pair) => pair.input === `${DIR}/${file}`).map((pair) => [pair.id, pair.source.line, pair.target.line]);
    expect(lines('trados-tm.tmx')).toEqual([['p1', 9, 18], ['p2', 21, 27]]);
    expect(lines('segments-20.xlf')).toEqual([['u1/s1', 12, 14], ['u1/s2', 19, 21]]);
    expect(lines('crowdin-export.csv')).toEqual([['checkout.total', 2, 2], ['checkout.note', 3, 3], ['checkout.items', 6, 6]]);
    expect(lines('hf-wmt.jsonl')).toEqual([['0', 1, 1], ['1', 2, 2], ['2', 4, 4]]);
    expect(lines('gettext-pl.po').slice(0, 4)).toEqual([['import|Import %d photo[0]', 26, 28], ['import|Import %d photo[1]', 26, 29], ['import|Import %d photo[2]', 26, 30], [pairs.find((pair) => pair.source.line === 34)!.id, 34, 37]]);
  });

  it('pairs only with --include-pairs', () => {
    expect(JSON.parse(cli([INPUTS[0]!, '--format', 'json', '--fail-on', 'never']).stdout).pairs).toBeUndefined();
  });
});

describe('other formats', () => {
  it('jsonl: one finding per line, the same as the JSON report\'s', () => {
    const lines = cli([...INPUTS, '--format', 'jsonl', '--fail-on', 'never']).stdout.trim().split('\n');
    const key = (finding: Finding) => JSON.stringify(finding);
    expect(lines.map((line) => key(JSON.parse(line))).sort()).toEqual(report.findings.map(key).sort());
  });

  it('sarif: 2.1.0, valid, one run, every rule, a result per finding at its line', () => {
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new ajvDraft04.default({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats.default(ajv);
    const log = JSON.parse(cli([...INPUTS, '--format', 'sarif', '--fail-on', 'never']).stdout);
    expect(ajv.validate(schema, log), JSON.stringify(ajv.errors?.slice(0, 3))).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(RULES.map((rule) => rule.meta.id));
    // A base URI given must be absolute (§3.14.14); none lets the consumer supply the checkout.
    for (const base of Object.values(run.originalUriBaseIds ?? {}) as { uri?: string }[]) if (base.uri !== undefined) expect(base.uri).toMatch(/^[a-z][a-z0-9+.-]*:.*\/$/i);
    const level = { error: 'error', warning: 'warning', info: 'note' };
    expect(
      run.results.map((result: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }) => [
        result.ruleId,
        result.level,
        result.message.text,
        result.locations[0]!.physicalLocation.artifactLocation.uri,
        result.locations[0]!.physicalLocation.region.startLine,
      ]),
    ).toEqual(report.findings.map((finding) => [finding.ruleId, level[finding.severity], finding.message, finding.input, lineOf(finding)]));
  });

  it('sarif: an input named by an absolute path is a file: URI, not a reference against SRCROOT', () => {
    const absolute = join(process.cwd(), INPUTS[0]!);
    const location = JSON.parse(cli([absolute, '--format', 'sarif']).stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(location).toEqual({ uri: pathToFileURL(absolute).href });
  });

  it('junit: one test case per audited pair, a failure per finding at or above --fail-on', () => {
    const xml = cli([...INPUTS, '--format', 'junit', '--fail-on', 'warning']).stdout;
    const cases: string[] = [];
    const failures: string[] = [];
    let current = '';
    let suite = '';
    const parser = new SaxesParser();
    parser.on('opentag', (tag) => {
      if (tag.name === 'testsuite') suite = String(tag.attributes.name);
      if (tag.name === 'testcase') cases.push((current = `${suite}#${tag.attributes.name}`));
      if (tag.name === 'failure') failures.push(`${current}:${tag.attributes.type}`);
    });
    parser.write(xml).close();
    const unpaired = report.findings.filter((finding) => finding.pairId === null).map((finding) => `${finding.input}#line ${lineOf(finding)}`);
    expect(cases.sort()).toEqual([...pairs.map((pair) => `${pair.input}#${pair.id}`), ...unpaired].sort());
    const failing = report.findings.filter((finding) => RANK[finding.severity] >= RANK.warning);
    expect(failures.sort()).toEqual(failing.map((finding) => `${finding.input}#${finding.pairId ?? `line ${lineOf(finding)}`}:${finding.ruleId}`).sort());
    expect(xml).toMatch(new RegExp(`<testsuites name="bitext-audit" tests="${cases.length}" failures="${new Set(failing.map((finding) => `${finding.input}#${finding.pairId}`)).size}"`));
  });

  it('markdown: a summary table, then findings by pair with source and target excerpts', () => {
    const markdown = cli([...INPUTS, '--format', 'markdown', '--fail-on', 'never']).stdout;
    expect(markdown).toMatch(/^\| pairs \| errors \| warnings \| infos \| coverage \|$/m);
    expect(markdown).toContain(`| ${report.summary.pairs} | ${report.summary.findings.error} | ${report.summary.findings.warning} | ${report.summary.findings.info} |`);
    for (const finding of report.findings.filter((found) => found.pairId !== null)) {
      expect(markdown).toContain(`**${finding.pairId}** (source line ${finding.source!.line}, target line ${finding.target!.line})`);
    }
    expect(markdown.match(/^> source: /gm)!.length).toBeGreaterThanOrEqual(new Set(report.findings.map((finding) => `${finding.input}#${lineOf(finding)}`)).size);
  });

  it('html: one self-contained file, no network, every finding filterable by rule and severity', () => {
    const html = cli([...INPUTS, '--format', 'html', '--fail-on', 'never']).stdout;
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
    expect(html).not.toMatch(/@import|url\(\s*['"]?https?:/);
    for (const finding of report.findings) expect(html).toContain(`data-rule="${finding.ruleId}" data-severity="${finding.severity}"`);
  });

  it('text: grouped by input in the order given, file:line first, no colour off a terminal', () => {
    const text = cli([...INPUTS, '--fail-on', 'never']).stdout;
    expect(text).not.toContain('\u001b[');
    const headers = text.split('\n').filter((line) => INPUTS.some((input) => line.startsWith(`${input} (`)));
    expect(headers).toEqual(report.inputs.map((input) => `${input.path} (${input.format}, ${input.sourceLang} -> ${input.targetLang})`));
    const located = text.split('\n').filter((line) => /^\S+:\d+: /.test(line));
    expect(located.map((line) => line.split(': ')[0])).toEqual(report.findings.map((finding) => `${finding.input}:${lineOf(finding)}`));
  });

  it('github: one workflow command per finding, at its file and line', () => {
    const lines = cli([...INPUTS, '--format', 'github', '--fail-on', 'never']).stdout.trim().split('\n');
    const command = { error: 'error', warning: 'warning', info: 'notice' };
    expect(lines.map((line) => /^::(\w+) file=([^,]+),line=(\d+),/.exec(line)!.slice(1))).toEqual(
      report.findings.map((finding) => [command[finding.severity], finding.input, String(lineOf(finding))]),
    );
  });
});

describe('text colour', () => {
  /** The command line in this process, as on a terminal (`isTTY`) or not. */
  async function run(args: string[], isTTY: boolean, env: Record<string, string> = {}) {
    let stdout = '';
    const code = await runCli(args, { stdout: (text) => void (stdout += text), stderr: () => undefined, isTTY, env });
    return { code, stdout };
  }
  const ESCAPE = '\u001b[';

  it('only on a terminal, and never with NO_COLOR', async () => {
    const args = [`${DIR}/trados-tm.tmx`, '--no-config'];
    expect((await run(args, true)).stdout).toContain(`${ESCAPE}31merror${ESCAPE}39m`);
    expect((await run(args, false)).stdout).not.toContain(ESCAPE);
    expect((await run(args, true, { NO_COLOR: '1' })).stdout).not.toContain(ESCAPE);
  });

  it('never in a file written with --output', async () => {
    const output = join(scratchDir(), 'report.txt');
    expect((await run([`${DIR}/trados-tm.tmx`, '--no-config', '--output', output], true)).code).toBe(1);
    expect(readFileSync(output, 'utf8')).not.toContain(ESCAPE);
  });
});

describe('parallel input: target lines are lines of the target file, and reports say which', () => {
  const dir = scratchDir();
  const source = join(dir, 'museum.en.txt');
  const target = join(dir, 'museum.de.txt');
  writeFileSync(source, 'The city museum opens every day at 9 am, except on public holidays.\n\nTickets for adults cost 12 euros, and children visit for free.\n');
  writeFileSync(target, 'Das Stadtmuseum ist jeden Tag außer an Feiertagen ab 9 Uhr geöffnet.\n\nEintrittskarten für Erwachsene kosten 15 Euro, Kinder besuchen es kostenlos.\n\nDas Café im Erdgeschoss bietet warme Speisen und Getränke bis 17 Uhr an, auch an Sonntagen.\n');
  const run = (format: string) => cli([source, '--target', target, '--format', format, '--fail-on', 'never']).stdout;

  it('json: inputs[] names the target file; the drift at source line 3, target line 3; the extra paragraph at target line 5', () => {
    const json = JSON.parse(run('json'));
    expect(json.inputs[0]).toMatchObject({ path: source, format: 'parallel', targetPath: target, sourceLang: 'en', targetLang: 'de' });
    expect(json.findings.map((finding: Finding) => [finding.ruleId, finding.pairId === null, finding.source?.line, finding.target?.line])).toEqual([
      ['numeric-drift', false, 3, 3],
      ['unpaired-segment', true, undefined, 5],
    ]);
  });

  it('text, github, sarif and junit place the target-side finding in the target file', () => {
    expect(run('text')).toContain(`\n${target}:5: info `);
    expect(run('text')).toContain(`(target ${target}:3)`);
    expect(run('github')).toContain(`::notice file=${target},line=5,`);
    const results = JSON.parse(run('sarif')).runs[0].results;
    expect(results.map((result: { locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }) => [result.locations[0]!.physicalLocation.artifactLocation.uri, result.locations[0]!.physicalLocation.region.startLine])).toEqual([
      [pathToFileURL(source).href, 3],
      [pathToFileURL(target).href, 5],
    ]);
    expect(results[0].relatedLocations[0].physicalLocation).toEqual({ artifactLocation: { uri: pathToFileURL(target).href }, region: { startLine: 3 } });
    expect(run('junit')).toContain(`name="line 5" file="${target}" line="5"`);
  });
});
