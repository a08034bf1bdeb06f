import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratchDir } from './support/cli.js';

describe('--jobs', () => {
  it('worker threads report exactly what one thread reports, in the same order', () => {
    const dir = scratchDir();
    const lines = readFileSync('samples/corpus.jsonl', 'utf8').split('\n').filter(Boolean);
    // Past the warm-up window (2,000 items), with repeated sources for the cross-pair rule.
    const corpus = Array.from({ length: 2600 }, (_, index) => {
      const record = JSON.parse(lines[index % lines.length]!);
      if (index % 7 === 3) record.target = record.target.replace(/\d/, '9');
      return JSON.stringify({ ...record, id: `u${index}` });
    });
    const input = join(dir, 'corpus.jsonl');
    writeFileSync(input, corpus.join('\n') + '\n');
    const run = (jobs: string) => {
      const output = join(dir, `jobs-${jobs}.jsonl`);
      const result = cli([input, '--format', 'jsonl', '--output', output, '--jobs', jobs, '--fail-on', 'never']);
      expect(result.stderr).toBe('');
      return readFileSync(output, 'utf8');
    };
    const one = run('1');
    expect(one.split('\n').filter(Boolean).map((line) => JSON.parse(line).ruleId)).toContain('inconsistency');
    expect(run('2')).toBe(one);
    expect(run('3')).toBe(one);
  });

  it('rejects a malformed thread count', () => {
    const result = cli(['samples/corpus.jsonl', '--jobs', '0']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--jobs takes a whole number of threads from 1, or auto, not '0'");
  });
});
