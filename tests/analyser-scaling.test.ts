// The devices that keep the analysers linear on long texts, checked against what they stand
// in for: SearchAhead against a search afresh from every offset, and the segmenter's windows
// (sentenceSpans on a text longer than one) against the sentences of its repeated parts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SearchAhead } from '../src/analyse/each-match.js';
import { sentenceSpans } from '../src/analyse/sentences.js';

describe('SearchAhead', () => {
  const PATTERNS = [/[;；]/g, /\n/g, /[。！？]+|(?<=[\p{Ll}\d])[.!?]+(?=\s|$|\p{Lu})|[!?]+/gu, /ab|b+/g, /x*/g];
  const text = fc.string({ unit: fc.constantFrom(...'ab;；\n。!?.xA1 ', '\ud83d\ude00', '\ud800'), maxLength: 80 });

  it('finds what a search from each offset finds, in any order of offsets', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATTERNS), text, fc.array(fc.nat(90), { maxLength: 30 }), fc.boolean(), (pattern, text, offsets, sorted) => {
        if (sorted) offsets.sort((a, b) => a - b);
        const ahead = new SearchAhead(pattern, text);
        for (const offset of offsets) {
          const found = ahead.at(offset);
          pattern.lastIndex = offset;
          const fresh = pattern.exec(text);
          expect(found && [found.index, found[0]]).toEqual(fresh && [fresh.index, fresh[0]]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('sentenceSpans past one segmenter window (16,384 characters)', () => {
  const shifted = (text: string, lang: string, times: number) =>
    Array.from({ length: times }, (_, copy) => sentenceSpans(text, lang).map(({ start, end }) => ({ start: start + copy * text.length, end: end + copy * text.length }))).flat();

  it.each([
    ['en', 'Mr. Smith paid 3.5 million, e.g. for chips. See Fig. 3 for details! Is it late?The answer is no. '],
    ['zh', '第一层是能源。第二层是芯片；第三层是云。真的吗？是的！他说：“我们明天出发。”'],
  ])('a %s paragraph repeated has the sentences of the paragraph, repeated', (lang, paragraph) => {
    const times = Math.ceil(40_000 / paragraph.length);
    expect(sentenceSpans(paragraph.repeat(times), lang)).toEqual(shifted(paragraph, lang, times));
  });

  it('a sentence longer than a window stays one sentence', () => {
    const long = `Long ${'word '.repeat(5000)}end.`;
    const text = `Short one. ${long} Last one.`;
    const start = text.indexOf(long);
    expect(sentenceSpans(text, 'en')).toEqual([
      { start: 0, end: 10 },
      { start, end: start + long.length },
      { start: text.length - 9, end: text.length },
    ]);
  });
});
