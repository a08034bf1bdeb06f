import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_PATH } from './support/seed.js';

const SHARED_SEED = new URL('../../shared/seeds/000_40b9173eb2d8f500.txt', import.meta.url);

describe('the seed copied into tests/fixtures', () => {
  it.skipIf(!existsSync(SHARED_SEED))('is byte for byte the shared reference case', () => {
    expect(readFileSync(SEED_PATH).equals(readFileSync(SHARED_SEED))).toBe(true);
  });
});
