import { AuditError } from './errors.js';
import { readJsonFile } from './read/json-error.js';
import { fingerprint } from './fingerprint.js';
import type { Finding } from './model.js';

/**
 * The findings of an earlier JSON report, by fingerprint: a multiset, so that a second
 * identical problem added later still counts as new.
 */
export function loadBaseline(path: string): Map<string, number> {
  const report = readJsonFile(path, 'baseline ');
  const findings = (report as { findings?: unknown }).findings;
  if (!Array.isArray(findings)) throw new AuditError('baseline is not a bitext-audit JSON report (no findings array)', { file: path });
  const counts = new Map<string, number>();
  for (const finding of findings as Finding[]) {
    const key = fingerprint(finding);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Whether the baseline holds this finding; each baseline entry matches one finding only. */
export function isBaselined(finding: Finding, baseline: Map<string, number>): boolean {
  const key = fingerprint(finding);
  const left = baseline.get(key) ?? 0;
  if (left === 0) return false;
  baseline.set(key, left - 1);
  return true;
}
