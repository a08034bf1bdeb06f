// Runs the built command line on an input with `--output` into a folder of its own, and
// checks the two outcomes a bad input may have: refused (exit 2, one line naming
// file:line[:column], no stack, no report, nothing left behind) or audited (a report).
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Report } from '../../src/report/report.js';
import { scratchDir, type CliResult } from '../support/cli.js';
import { inputArgs, type InputFiles } from './formats.js';

const MAIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The built command line as support/cli.ts runs it, but without blocking: the suites run
 * their cases concurrently, so that the child processes' start-up overlaps.
 */
export function cliAsync(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const options = { cwd: ROOT, encoding: 'utf8' as const, maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: '', ...env } };
    execFile(process.execPath, [MAIN, ...args], options, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

export interface ReportRun extends CliResult {
  /** Where --output pointed; the folder holds nothing else. */
  output: string;
  outputDir: string;
}

/** Audits `input` into a report of `format` (default JSON) in a fresh folder. */
export async function runOn(input: InputFiles, options: { format?: string; args?: string[]; env?: Record<string, string> } = {}): Promise<ReportRun> {
  const outputDir = scratchDir();
  const output = join(outputDir, `report.${options.format ?? 'json'}`);
  const result = await cliAsync([...inputArgs(input), '--format', options.format ?? 'json', '--output', output, ...(options.args ?? [])], options.env);
  return { ...result, output, outputDir };
}

export interface Place {
  /** The file the message names (default: the input's path). */
  file?: string;
  line: number;
  /** Absent: the message must name no column. */
  column?: number;
}

/** Asserts that the run was refused at `place` with a reason matching `reason`, writing nothing. */
export function expectRefused(run: ReportRun, input: InputFiles, place: Place, reason: RegExp): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr, 'no stack trace').not.toMatch(/^\s+at /m);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, 'one line on stderr').toHaveLength(1);
  const where = [place.file ?? input.path, place.line, ...(place.column === undefined ? [] : [place.column])].join(':');
  expect(lines[0]!.startsWith(`bitext-audit: ${where}: `), `${lines[0]} starts with ${where}`).toBe(true);
  expect(lines[0]).toMatch(reason);
  expect(run.stdout).toBe('');
  expect(existsSync(run.output), 'no report').toBe(false);
  expect(readdirSync(run.outputDir), 'no temporary file left').toEqual([]);
}

/** Asserts that the run audited the input (exit 0 or 1, nothing on stderr) and returns its JSON report. */
export function expectAudited(run: ReportRun): Report {
  expect(run.stderr).toBe('');
  expect([0, 1], run.stderr).toContain(run.code);
  expect(readdirSync(run.outputDir)).toEqual(['report.json']);
  return JSON.parse(readFileSync(run.output, 'utf8')) as Report;
}

/** The lines findings point at, per side, in report order: what line-number checks compare. */
export function findingLines(report: Report): [string, number | undefined, number | undefined][] {
  return report.findings.map((finding) => [finding.ruleId, finding.source?.line, finding.target?.line]);
}
