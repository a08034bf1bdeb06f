// missing-list-items on program messages from real gettext catalogs (tests/lists-catalogs.cases.ts):
// templates, option lists and help texts that are no lists, and lists cut short that are.
import { describe, expect, it } from 'vitest';
import { CATALOG_CASES } from './lists-catalogs.cases.js';
import { observed } from './lists-observed.js';
import { findingsOf, pair } from './support/audit.js';

describe('missing-list-items on program messages of gettext catalogs', () => {
  it.each(CATALOG_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const findings = await findingsOf('missing-list-items', [pair(c.src, c.tgt, c.sl, c.tl)]);
    expect(observed(findings, c.want)).toEqual(c.want);
  });
});
