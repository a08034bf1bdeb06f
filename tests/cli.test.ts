import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratchDir } from './support/cli.js';
import { SEED } from './support/seed.js';

const SAMPLE = 'samples/article-zh-en.md';

describe('exit codes', () => {
  it('0 when nothing reaches --fail-on', () => {
    const result = cli([SAMPLE, '--fail-on', 'error']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('samples/article-zh-en.md:');
  });

  it('1 when a finding reaches --fail-on', () => {
    const result = cli([SAMPLE, '--fail-on', 'warning']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('length-anomaly');
  });

  it('never with --fail-on never', () => {
    expect(cli([SAMPLE, '--fail-on', 'never']).code).toBe(0);
  });

  it('2 for a missing input, with a one-line message and no report written', () => {
    const dir = scratchDir();
    const output = join(dir, 'report.json');
    const result = cli(['no/such/file.txt', '--format', 'json', '--output', output]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('no/such/file.txt: cannot read input: no such file');
    expect(result.stdout).toBe('');
    expect(existsSync(output)).toBe(false);
  });

  it('2 for an unknown option or format', () => {
    expect(cli([SAMPLE, '--format', 'pdf']).code).toBe(2);
    expect(cli([SAMPLE, '--no-such-flag']).code).toBe(2);
    expect(cli([SAMPLE, '--fail-on', 'fatal']).stderr).toMatch(/fail-on/);
  });

  it('2 for a malformed rule pack, naming file, line and column, leaving an earlier report untouched', () => {
    const dir = scratchDir();
    const pack = join(dir, 'pack.yaml');
    writeFileSync(pack, 'version: 1\nrules:\n  length-anomaly:\n    severity: fatal\n');
    const output = join(dir, 'report.json');
    writeFileSync(output, 'earlier report');
    const result = cli([SAMPLE, '--rules', pack, '--format', 'json', '--output', output]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${pack}:4:15: invalid rule pack: rules.length-anomaly.severity must be one of error, warning, info, off`);
    expect(readFileSync(output, 'utf8')).toBe('earlier report');
  });

  it('2 when --output would overwrite an input', () => {
    const result = cli([SAMPLE, '--output', SAMPLE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('would overwrite the input');
  });
});

describe('reports', () => {
  it('writes parseable JSON to stdout, whatever dependencies print', () => {
    const result = cli([SEED, '--format', 'json', '--include-pairs']);
    const report = JSON.parse(result.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.inputs).toEqual([{ path: SEED, format: 'article', sourceLang: 'zh', targetLang: 'en', pairs: 7, findings: report.summary.findings }]);
    expect(report.pairs).toHaveLength(7);
  });

  it('writes --output atomically and prints nothing', () => {
    const dir = scratchDir();
    const output = join(dir, 'seed.md');
    const result = cli([SEED, '--format', 'markdown', '--output', output]);
    expect(result.stdout).toBe('');
    expect(readFileSync(output, 'utf8')).toMatch(/^# bitext-audit report/);
  });

  it('colours text only on a terminal: never in a pipe', () => {
    expect(cli([SAMPLE]).stdout).not.toContain('\u001b[');
  });
});

describe('seed acceptance', () => {
  it('flags length-anomaly on the pair at line 26 and on no other pair', () => {
    const report = JSON.parse(cli([SEED, '--format', 'json']).stdout);
    const lengths = report.findings.filter((f: { ruleId: string }) => f.ruleId === 'length-anomaly');
    expect(lengths.map((f: { source: { line: number }; target: { line: number } }) => [f.source.line, f.target.line])).toEqual([[26, 28]]);
    expect(lengths[0].details.ratio).toBeGreaterThan(1.2);
    expect(lengths[0].details.ratio).toBeLessThan(1.5);
    expect(lengths[0].details.expectedRatio).toBeGreaterThan(3);
  });

  it('reports the Chinese-only summary, the host introduction and the Q&A as unpaired', () => {
    const report = JSON.parse(cli([SEED, '--format', 'json']).stdout);
    const unpaired = report.findings.filter((f: { ruleId: string }) => f.ruleId === 'unpaired-segment');
    expect(unpaired.map((f: { source: { line: number } }) => f.source.line)).toEqual([8, 17, 44]);
    expect(unpaired.every((f: { severity: string; details: { side: string } }) => f.severity === 'info' && f.details.side === 'source')).toBe(true);
    expect(report.summary.coverage.ratio).toBeGreaterThan(0.6);
    expect(report.summary.coverage.ratio).toBeLessThan(0.66);
  });
});

describe('rules and explain', () => {
  it('lists every rule with its severity', () => {
    const result = cli(['rules']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^length-anomaly\s+warning\s+/m);
    expect(result.stdout).toMatch(/^unpaired-segment\s+info\s+/m);
  });

  it('explains a rule with a real example finding', () => {
    const result = cli(['explain', 'length-anomaly']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Options:');
    expect(result.stdout).toMatch(/finding: length ratio/);
  });

  it('exits 2 for an unknown rule', () => {
    const result = cli(['explain', 'no-such-rule']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown rule 'no-such-rule'");
  });
});
