// Vitest global setup: every scratch file of a test run (the suites', and those of the
// command lines they start) goes under one temporary folder, removed when the run ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'bitext-audit-tests-'));
  // os.tmpdir() reads TMPDIR on every call, and the test workers inherit it.
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
