import { createHash } from 'node:crypto';
import type { Finding } from './model.js';

/**
 * Detail keys left out of a fingerprint: positions and statistics that move when lines
 * are inserted above a finding or other pairs change the document's length model.
 */
const UNSTABLE_KEYS = new Set(['line', 'score', 'ratio', 'expectedRatio', 'similarity', 'chars', 'otherPairs']);

/**
 * A finding's identity across runs: the rule, the normalised text of the pair and what
 * drifted, but not where it stands, so that a baseline survives line shifts.
 */
export function fingerprint(finding: Finding): string {
  const hash = createHash('sha256');
  hash.update(finding.ruleId);
  hash.update('\u0000' + normalise(finding.source?.excerpt ?? ''));
  hash.update('\u0000' + normalise(finding.target?.excerpt ?? ''));
  hash.update('\u0000' + stableDetails(finding.details));
  return hash.digest('hex').slice(0, 32);
}

function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

function stableDetails(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableDetails).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !UNSTABLE_KEYS.has(key))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${key}:${stableDetails(inner)}`).join(',')}}`;
  }
  return typeof value === 'string' ? normalise(value) : JSON.stringify(value ?? null);
}
