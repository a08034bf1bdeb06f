import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratchDir } from './support/cli.js';
import { SEED } from './support/seed.js';

const INPUTS = ['samples/corpus.jsonl', 'samples/messages.po', 'samples/article-zh-en.md', SEED];

/** A JSON report, as `merge` would write it on its own (canonical order). */
function canonical(dir: string, reports: string[]): unknown {
  const out = join(dir, `merged-${reports.length}.json`);
  const result = cli(['merge', ...reports, '--output', out]);
  expect(result.stderr).toBe('');
  const report = JSON.parse(readFileSync(out, 'utf8'));
  return { ...report, findings: report.findings, summary: report.summary };
}

describe('--shard K/N and merge', () => {
  it('N shards merged equal one run', () => {
    const dir = scratchDir();
    const whole = join(dir, 'whole.json');
    cli([...INPUTS, '--format', 'json', '--output', whole]);
    for (const n of [2, 3]) {
      const shards = Array.from({ length: n }, (_, k) => {
        const out = join(dir, `shard-${k + 1}-of-${n}.json`);
        const result = cli([...INPUTS, '--format', 'json', '--output', out, '--shard', `${k + 1}/${n}`]);
        expect(result.stderr).toBe('');
        return out;
      });
      const parts = shards.map((path) => JSON.parse(readFileSync(path, 'utf8')).summary.pairs);
      expect(parts.every((pairs: number) => pairs > 0)).toBe(true);
      expect(canonical(dir, shards)).toEqual(canonical(dir, [whole]));
    }
  });

  it('a shard lists only its own pairs with --include-pairs, and merged they are the run\'s', () => {
    const dir = scratchDir();
    const whole = join(dir, 'whole-pairs.json');
    cli([...INPUTS, '--format', 'json', '--include-pairs', '--output', whole]);
    const shards = [1, 2].map((k) => {
      const out = join(dir, `pairs-${k}.json`);
      cli([...INPUTS, '--format', 'json', '--include-pairs', '--output', out, '--shard', `${k}/2`]);
      const report = JSON.parse(readFileSync(out, 'utf8'));
      expect(report.pairs).toHaveLength(report.summary.pairs);
      return out;
    });
    const key = (pair: { input: string; id: string }) => `${pair.input}#${pair.id}`;
    const pairsOf = (path: string) => (JSON.parse(readFileSync(path, 'utf8')).pairs as { input: string; id: string }[]).map(key).sort();
    expect([...pairsOf(shards[0]!), ...pairsOf(shards[1]!)].sort()).toEqual(pairsOf(whole));
  });

  it('rejects a malformed shard', () => {
    expect(cli([INPUTS[0]!, '--shard', '3/2']).stderr).toContain("--shard takes k/n with 1 <= k <= n, not '3/2'");
    expect(cli([INPUTS[0]!, '--shard', '1/2']).code).not.toBe(2);
  });

  it('merge exits 2 on a file that is not a report', () => {
    const dir = scratchDir();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"hello": 1}');
    const result = cli(['merge', bad]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${bad}: not a bitext-audit JSON report`);
  });
});

describe('JSONL on stdin and stdout', () => {
  it('audits `-` as JSONL and streams one finding per line', () => {
    const input = readFileSync('samples/corpus.jsonl', 'utf8');
    const main = new URL('../dist/cli/main.js', import.meta.url).pathname;
    const piped = spawnSync(process.execPath, [main, '-', '--format', 'jsonl'], { input, encoding: 'utf8' });
    const fromFile = cli(['samples/corpus.jsonl', '--format', 'jsonl']);
    const strip = (text: string) => text.trim().split('\n').filter(Boolean).map((line) => ({ ...JSON.parse(line), input: undefined }));
    expect(piped.stderr).toBe('');
    expect(strip(piped.stdout)).toEqual(strip(fromFile.stdout));
    expect(strip(piped.stdout).length).toBeGreaterThan(0);
  });
});
