import { existsSync, readFileSync } from 'node:fs';
import type { Segment } from '../../src/model.js';

export const SEED_PATH = new URL('../../../shared/seeds/000_40b9173eb2d8f500.txt', import.meta.url);
export const HAS_SEED = existsSync(SEED_PATH);
const PREFIX = /^(?:蔡崇信\(中文\)|英文原文):/;

/** Lines `from`..`to` of the seed, speaker and translation markers stripped, as one segment. */
export function seedSegment(from: number, to: number): Segment {
  const lines = readFileSync(SEED_PATH, 'utf8').split('\n');
  const parts = [];
  for (let line = from; line <= to; line++) parts.push({ line, text: lines[line - 1]!.replace(PREFIX, '') });
  return { line: from, text: parts.map((part) => part.text).join('\n'), parts };
}
