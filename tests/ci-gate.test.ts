import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { cli, scratchDir } from './support/cli.js';
import { SEED } from './support/seed.js';

const SAMPLE = 'samples/article-zh-en.md';
const require = createRequire(import.meta.url);

describe('sarif', () => {
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // The official schema has a pattern that is invalid in Unicode mode.
  const ajv = new ajvDraft04.default({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);

  it('validates against the official SARIF 2.1.0 schema', () => {
    const log = JSON.parse(cli([SEED, '--format', 'sarif']).stdout);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toContain('length-anomaly');
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'length-anomaly');
    expect(result.level).toBe('warning');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe(SEED);
    expect(result.locations[0].physicalLocation.region.startLine).toBe(26);
    expect(run.results.filter((r: { level: string }) => r.level === 'note')).toHaveLength(3);
  });

  it('keeps fingerprints stable when lines move', () => {
    const dir = scratchDir();
    const moved = join(dir, 'moved.md');
    writeFileSync(moved, '\n\n\n' + readFileSync(SAMPLE, 'utf8'));
    const original = join(dir, 'article.md');
    copyFileSync(SAMPLE, original);
    const prints = (path: string) =>
      JSON.parse(cli([path, '--format', 'sarif']).stdout).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['bitextAudit/v1']);
    expect(prints(moved)).toEqual(prints(original));
  });
});

describe('junit', () => {
  it('is well-formed XML with a failure per finding at or above --fail-on', () => {
    const xml = cli([SAMPLE, '--format', 'junit', '--fail-on', 'warning']).stdout;
    const report = JSON.parse(cli([SAMPLE, '--format', 'json']).stdout);
    const failing = report.findings.filter((f: { severity: string }) => f.severity !== 'info').map((f: { ruleId: string }) => f.ruleId);
    const parser = new SaxesParser();
    const failures: string[] = [];
    let suites = 0;
    parser.on('opentag', (tag) => {
      if (tag.name === 'testsuite') suites++;
      if (tag.name === 'failure') failures.push(String(tag.attributes.type));
    });
    parser.write(xml).close();
    expect(suites).toBe(1);
    expect(failures).toContain('length-anomaly');
    expect(failures.sort()).toEqual(failing.sort());
  });
});

describe('github annotations', () => {
  it('prints one workflow command per finding', () => {
    const lines = cli([SAMPLE, '--format', 'github']).stdout.trim().split('\n');
    expect(lines.filter((line) => line.startsWith('::warning file=samples/article-zh-en.md,line=22,title=bitext-audit length-anomaly::length ratio'))).toHaveLength(1);
    expect(lines.every((line) => /^::(error|warning|notice) file=samples\/article-zh-en\.md,line=\d+,title=bitext-audit [a-z-]+::\S/.test(line))).toBe(true);
  });
});

describe('baseline', () => {
  it('round trip: only a new defect fails the run, old ones survive inserted lines', () => {
    const dir = scratchDir();
    const article = join(dir, 'article.md');
    copyFileSync(SAMPLE, article);
    const baseline = join(dir, 'baseline.json');
    expect(cli([article, '--fail-on', 'warning', '--write-baseline', baseline, '--format', 'text']).code).toBe(1);

    // Lines inserted above the known truncation, and a new truncated pair added.
    const text = readFileSync(SAMPLE, 'utf8').replace('## 项目概况', '## 新增说明\n\n这是一段新加的说明文字,用于测试行号的变化。\n\n## 项目概况');
    const added =
      '\n## 附录\n\n本报告的全部数据来源于项目公司的月度运营报表,并经过第三方机构的抽样核查。如需原始数据,请与项目办公室联系,我们将在十个工作日内答复。\n\nAll data come from monthly reports.\n';
    writeFileSync(article, text + added);
    const result = cli([article, '--fail-on', 'warning', '--baseline', baseline, '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(result.code).toBe(1);
    const counted = report.findings.filter((f: { baselined?: boolean; severity: string }) => !f.baselined && f.severity !== 'info');
    expect(counted.map((f: { ruleId: string }) => f.ruleId)).toContain('length-anomaly');
    expect(counted.every((f: { source: { excerpt: string } }) => f.source.excerpt.startsWith('本报告的全部数据'))).toBe(true);
    expect(report.summary.baselined).toBeGreaterThanOrEqual(1);

    // Without the new defect, the baseline makes the run pass.
    writeFileSync(article, text);
    expect(cli([article, '--fail-on', 'warning', '--baseline', baseline]).code).toBe(0);
  });

  it('exits 2 for a baseline that is not a report', () => {
    const dir = scratchDir();
    const baseline = join(dir, 'baseline.json');
    writeFileSync(baseline, '{"findings": ');
    const result = cli([SAMPLE, '--baseline', baseline]);
    expect(result.code).toBe(2);
    // Where the JSON breaks: line 1, column 14 (the end of the text).
    expect(result.stderr).toBe(`bitext-audit: ${baseline}:1:14: baseline not a JSON report: Unexpected end of JSON input\n`);
  });
});

describe('suppressions in articles', () => {
  const truncated =
    '# 测试\n\n{comment}全年累计安全作业时间超过四百万工时,未发生可记录的安全事故。项目共组织应急演练二十四次,参与人员超过三千人次。所有海上作业人员均已完成海上求生与直升机逃生培训,并通过了年度考核。\n\nOver four million safe working hours were logged in the year.\n';

  function audit(comment: string) {
    const dir = scratchDir();
    const path = join(dir, 'a.md');
    writeFileSync(path, truncated.replace('{comment}', comment));
    // Only the rules under test, so that the expectations do not move as rules are added.
    const pack = join(dir, 'pack.yaml');
    writeFileSync(pack, 'version: 1\nrules:\n  length-anomaly: {}\n  unpaired-segment: {}\n  suppression: { severity: { unknown: warning, unused: info } }\n');
    return JSON.parse(cli([path, '--format', 'json', '--rules', pack]).stdout) as { findings: { ruleId: string; severity: string; message: string }[] };
  }

  it('silences the named rule for the next pair', () => {
    expect(audit('').findings.map((f) => f.ruleId)).toEqual(['length-anomaly']);
    expect(audit('<!-- bitext-audit-disable length-anomaly -->\n').findings).toEqual([]);
  });

  it('reports an unknown rule id, and a suppression that silences nothing', () => {
    const unknown = audit('<!-- bitext-audit-disable lenght-anomaly -->\n').findings;
    expect(unknown.map((f) => [f.ruleId, f.severity])).toEqual([['length-anomaly', 'warning'], ['suppression', 'warning']]);
    expect(unknown[1]!.message).toContain("unknown rule 'lenght-anomaly'");
    const unused = audit('<!-- bitext-audit-disable unpaired-segment -->\n').findings;
    expect(unused.map((f) => [f.ruleId, f.severity])).toEqual([['length-anomaly', 'warning'], ['suppression', 'info']]);
  });
});

describe('many inputs, configuration, --max-warnings', () => {
  function project() {
    const dir = scratchDir();
    mkdirSync(join(dir, 'docs', 'zh'), { recursive: true });
    copyFileSync(SAMPLE, join(dir, 'docs', 'zh', 'a.md'));
    copyFileSync(SAMPLE, join(dir, 'docs', 'zh', 'b.md'));
    copyFileSync(SAMPLE, join(dir, 'docs', 'zh', 'skip.md'));
    return dir;
  }

  it('expands globs into one report with per-file counts', () => {
    const dir = project();
    const report = JSON.parse(cli(['docs/**/*.md', '--format', 'json', '--no-config'], { cwd: dir }).stdout);
    const single = JSON.parse(cli(['docs/zh/a.md', '--format', 'json', '--no-config'], { cwd: dir }).stdout);
    expect(report.inputs.map((input: { path: string }) => input.path)).toEqual(['docs/zh/a.md', 'docs/zh/b.md', 'docs/zh/skip.md']);
    expect(report.inputs[0].findings).toEqual(single.summary.findings);
    expect(report.inputs[0].pairs).toBe(5);
    expect(report.summary.findings.warning).toBe(3 * single.summary.findings.warning);
  });

  it('exits 2 when a glob matches nothing', () => {
    const result = cli(['docs/**/*.po', '--no-config'], { cwd: project() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("no input matches 'docs/**/*.po'");
  });

  it('finds bitext-audit.config.yaml upwards; flags win over it', () => {
    const dir = project();
    writeFileSync(join(dir, 'bitext-audit.config.yaml'), 'inputs: ["docs/**/*.md"]\nignore: ["**/skip.md"]\nfailOn: warning\nformat: json\n');
    const sub = join(dir, 'docs');
    const fromConfig = cli([], { cwd: sub });
    expect(fromConfig.code).toBe(1);
    expect(JSON.parse(fromConfig.stdout).inputs.map((input: { path: string }) => input.path)).toEqual(['zh/a.md', 'zh/b.md']);
    expect(cli(['--fail-on', 'error', '--format', 'text'], { cwd: sub }).code).toBe(0);
  });

  it('rejects an invalid configuration with file, line and column', () => {
    const dir = project();
    writeFileSync(join(dir, 'bitext-audit.config.yaml'), 'inputs: ["docs/**/*.md"]\nfailOn: sometimes\n');
    const result = cli([], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bitext-audit\.config\.yaml:2:9: invalid configuration: failOn must be equal to one of the allowed values/);
  });

  it('fails with more warnings than --max-warnings', () => {
    const dir = project();
    const warnings = JSON.parse(cli(['docs/zh/a.md', '--format', 'json', '--no-config'], { cwd: dir }).stdout).summary.findings.warning;
    expect(warnings).toBeGreaterThan(0);
    expect(cli(['docs/zh/a.md', '--fail-on', 'never', '--max-warnings', String(warnings), '--no-config'], { cwd: dir }).code).toBe(0);
    expect(cli(['docs/zh/a.md', '--fail-on', 'never', '--max-warnings', String(warnings - 1), '--no-config'], { cwd: dir }).code).toBe(1);
    expect(cli(['docs/zh/a.md', '--max-warnings', 'many', '--no-config'], { cwd: dir }).code).toBe(2);
  });
});
