import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textHash, TextHashSet } from '../src/text-hash.js';

describe('textHash', () => {
  it('gives safe integers, equal for equal texts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const hash = textHash(text);
        expect(Number.isSafeInteger(hash) && hash >= 0).toBe(true);
        expect(textHash(text.slice())).toBe(hash);
      }),
    );
  });

  it('tells 200,000 distinct ids apart', () => {
    const hashes = new Set(Array.from({ length: 200_000 }, (_, index) => textHash(`u${index}`)));
    expect(hashes.size).toBe(200_000);
  });
});

describe('TextHashSet', () => {
  it('answers like a Set of the texts, through its growth', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 3000 }), (texts) => {
        const set = new TextHashSet();
        const reference = new Set<string>();
        for (const text of texts) {
          expect(set.add(text)).toBe(!reference.has(text));
          reference.add(text);
        }
      }),
      { numRuns: 30 },
    );
  });
});
