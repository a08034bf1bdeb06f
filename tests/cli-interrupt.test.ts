import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from './support/cli.js';

const MAIN = new URL('../dist/cli/main.js', import.meta.url).pathname;

describe('an interrupted run', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('leaves no temporary report behind on %s, and dies of the signal', async (signal) => {
    const dir = scratchDir();
    const input = join(dir, 'corpus.jsonl');
    const line = (i: number) => JSON.stringify({ id: `u${i}`, source: `营收达到 ${i} 亿美元，同比增长 ${i % 90}%。`, target: `Revenue reached $${i / 10} billion, up ${i % 90}%.`, sourceLang: 'zh', targetLang: 'en' });
    writeFileSync(input, Array.from({ length: 200_000 }, (_, i) => line(i + 1)).join('\n'));
    const output = join(dir, 'report.json');
    const child = spawn(process.execPath, [MAIN, input, '--format', 'json', '--output', output, '--jobs', '1'], { stdio: 'ignore' });
    const temporary = () => readdirSync(dir).find((name) => name.endsWith('.tmp'));
    while (!temporary()) await new Promise((resolve) => setTimeout(resolve, 10));
    child.kill(signal);
    const [code, killedBy] = await once(child, 'exit');
    expect({ code, killedBy }).toEqual({ code: null, killedBy: signal });
    expect(temporary()).toBeUndefined();
    expect(existsSync(output)).toBe(false);
  });
});
