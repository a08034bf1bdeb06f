import { readFileSync } from 'node:fs';
import type { Segment } from '../../src/model.js';

// The reference case, ../shared/seeds/000_40b9173eb2d8f500.txt, copied into the repository
// so that the suite runs in any clone (tests/seed-copy.test.ts keeps the copy identical).
/** Relative to the repository root, where the suite and the CLI run. */
export const SEED = 'tests/fixtures/seed/000_40b9173eb2d8f500.txt';
export const SEED_PATH = new URL('../fixtures/seed/000_40b9173eb2d8f500.txt', import.meta.url);
const PREFIX = /^(?:蔡崇信\(中文\)|英文原文):/;

/** Lines `from`..`to` of the seed, speaker and translation markers stripped, as one segment. */
export function seedSegment(from: number, to: number): Segment {
  const lines = readFileSync(SEED_PATH, 'utf8').split('\n');
  const parts = [];
  for (let line = from; line <= to; line++) parts.push({ line, text: lines[line - 1]!.replace(PREFIX, '') });
  return { line: from, text: parts.map((part) => part.text).join('\n'), parts };
}
