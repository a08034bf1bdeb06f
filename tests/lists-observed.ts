// What a case of a table of list cases (tests/lists-sweep.cases.ts, tests/lists-catalogs.cases.ts)
// observes in the findings of missing-list-items, in the terms of its `want`.
import type { Finding } from '../src/model.js';
import type { SweepCase } from './lists-sweep.cases.js';

interface MissingEntry {
  index: number;
  side: string;
  gap?: boolean;
}

/** What a case's findings show, in the terms of its `want`. */
export function observed(findings: readonly Finding[], want: SweepCase['want']): SweepCase['want'] {
  if (findings.length === 0) return false;
  if (want === false) return { missing: findings.map((finding) => finding.message) };
  const details = findings.map((finding) => finding.details as { missing: MissingEntry[]; announced?: number });
  const missing = details.flatMap((detail) => detail.missing.filter((entry) => !entry.gap).map((entry) => `${entry.side}:${entry.index}`));
  const announced = details.find((detail) => detail.announced !== undefined)?.announced;
  return {
    ...(want.missing && { missing }),
    ...(want.announced !== undefined && announced !== undefined && { announced }),
  };
}
