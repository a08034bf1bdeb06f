// Property tests: quantities rendered by independent renderers (Chinese numerals with 万/亿,
// Intl.NumberFormat in several locales, English words) extract to the value they render, and
// drifts made on purpose (a power of ten, transposed digits, another currency) are caught.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainDrift, extractQuantities, matchQuantities } from '../src/analyse/quantity/index.js';

// ---- renderers, written for these tests only ----

const PLAIN_DIGITS = '〇一二三四五六七八九';
const FINANCIAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const PLAIN_UNITS: [number, string][] = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
const FINANCIAL_UNITS: [number, string][] = [[1000, '仟'], [100, '佰'], [10, '拾'], [1, '']];

interface ChineseStyle {
  financial: boolean;
  /** 两 for a 2 before 百 or 千 (两千五百), as people write. */
  liang: boolean;
}

/** 0 < n < 10 000, with 零 for a gap; 十五 rather than 一十五 when it leads the whole number. */
function chineseGroup(n: number, leading: boolean, style: ChineseStyle): string {
  const digits = style.financial ? FINANCIAL_DIGITS : PLAIN_DIGITS;
  let out = '';
  let started = false;
  let gap = false;
  for (const [unit, word] of style.financial ? FINANCIAL_UNITS : PLAIN_UNITS) {
    const digit = Math.floor(n / unit) % 10;
    if (digit === 0) {
      gap ||= started;
      continue;
    }
    if (gap) out += '零';
    gap = false;
    const silentOne = digit === 1 && unit === 10 && !started && leading && !style.financial;
    if (!silentOne) out += digit === 2 && unit >= 100 && style.liang && !style.financial ? '两' : digits[digit];
    out += word;
    started = true;
  }
  return out;
}

/** 0 < n < 10^8 in groups of 万. */
function chineseBelowYi(n: number, leading: boolean, style: ChineseStyle): string {
  const wan = Math.floor(n / 1e4);
  const rest = n % 1e4;
  let out = wan ? `${chineseGroup(wan, leading, style)}万` : '';
  if (rest) out += (wan && rest < 1000 ? '零' : '') + chineseGroup(rest, leading && !wan, style);
  return out;
}

/** An integer 0 < n < 10^15 in Chinese numerals: 十二万零三百零五, 三万五千亿, 壹佰贰拾叁. */
function chinese(n: number, style: ChineseStyle): string {
  const yi = Math.floor(n / 1e8);
  const rest = n % 1e8;
  let out = yi ? `${chineseBelowYi(yi, true, style)}亿` : '';
  if (rest) out += (yi && rest < 1e7 ? '零' : '') + chineseBelowYi(rest, !yi, style);
  return out;
}

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function englishBelow1000(n: number, and: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const restWords = rest < 20 ? ONES[rest]! : TENS[Math.floor(rest / 10)]! + (rest % 10 ? `-${ONES[rest % 10]}` : '');
  if (!hundreds) return restWords;
  return `${ONES[hundreds]} hundred${rest ? ` ${and ? 'and ' : ''}${restWords}` : ''}`;
}

/** An integer 0 < n < 10^12 in English words: two billion three hundred and five thousand forty-two. */
function english(n: number, and: boolean): string {
  const parts: string[] = [];
  for (const [size, word] of [[1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand'], [1, '']] as const) {
    const group = Math.floor(n / size) % 1000;
    if (group) parts.push(`${englishBelow1000(group, and)}${word ? ` ${word}` : ''}`);
  }
  return parts.join(' ');
}

// ---- generators ----

/** Integers 2 .. 10^12 - 1 with every digit count equally likely. */
const integers = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }))
  .map(([digits, share]) => Math.max(2, Math.floor(10 ** (digits - 1) + share * 9 * 10 ** (digits - 1))));

const chineseStyles = fc.record({ financial: fc.boolean(), liang: fc.boolean() });

/** A mantissa with up to two decimals and a Chinese scale, rendered as people mix them: `1,500 万`, `3.5 万亿`. */
const mixedChinese = fc
  .tuple(fc.integer({ min: 1, max: 99_999 }), fc.constantFrom(0, 1, 2), fc.constantFrom<[string, number]>(['万', 1e4], ['亿', 1e8], ['万亿', 1e12]))
  .map(([units, decimals, [word, factor]]) => {
    const mantissa = units / 10 ** decimals;
    const written = mantissa.toLocaleString('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: decimals });
    return { text: `${written} ${word}`, value: mantissa * factor };
  });

const LOCALES: [string, string][] = [['en-US', 'en'], ['de-DE', 'de'], ['fr-FR', 'fr'], ['es-ES', 'es'], ['zh-CN', 'zh'], ['ja-JP', 'ja']];

const strong = (text: string, lang: string) => extractQuantities(text, lang).filter((quantity) => !quantity.weak);
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('extraction reads what independent renderers write', () => {
  it('Chinese numerals with 万 and 亿, plain and financial forms', () => {
    fc.assert(
      fc.property(integers.filter((n) => n < 1e15), chineseStyles, (n, style) => {
        const text = `共${chinese(n, style)}个`;
        const found = strong(text, 'zh');
        expect(found.map((quantity) => quantity.value), text).toEqual([n]);
      }),
      { numRuns: 400 },
    );
  });

  it('digits mixed with Chinese scales', () => {
    fc.assert(
      fc.property(mixedChinese, ({ text, value }) => {
        const found = strong(`投资${text}美元`, 'zh');
        expect(found).toHaveLength(1);
        expect(close(found[0]!.value, value), `${text} → ${found[0]!.value}`).toBe(true);
        expect(found[0]!.unit).toBe('USD');
      }),
      { numRuns: 300 },
    );
  });

  it('digits formatted by Intl.NumberFormat in each locale', () => {
    fc.assert(
      fc.property(integers, fc.constantFrom(0, 1, 2), fc.constantFrom(...LOCALES), (n, decimals, [locale, lang]) => {
        const value = n / 10 ** decimals;
        const written = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
        const found = strong(`Total : ${written} ;`, lang);
        expect(found.map((quantity) => quantity.value), `${locale} ${written}`).toEqual([value]);
      }),
      { numRuns: 500 },
    );
  });

  it('English number words', () => {
    fc.assert(
      fc.property(integers, fc.boolean(), (n, and) => {
        const text = `They counted ${english(n, and)} of them.`;
        expect(strong(text, 'en').map((quantity) => quantity.value), text).toEqual([n]);
      }),
      { numRuns: 400 },
    );
  });
});

describe('matching: equal quantities in two languages agree, drifted ones do not', () => {
  /** A source amount in Chinese (numerals or mixed) and the same amount in English digits. */
  const amounts = fc.oneof(
    integers.filter((n) => n < 1e12).map((n) => ({ zh: chinese(n, { financial: false, liang: true }), value: n })),
    mixedChinese.map(({ text, value }) => ({ zh: text, value })),
  );
  const englishDollars = (value: number) => `$${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

  it('no drift when the translation states the same amount', () => {
    fc.assert(
      fc.property(amounts, ({ zh, value }) => {
        const result = matchQuantities(strong(`投资${zh}美元。`, 'zh'), strong(`An investment of ${englishDollars(value)}.`, 'en'));
        expect(result.mismatched.length + result.missingInTarget.length + result.missingInSource.length, `${zh} / ${englishDollars(value)}`).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('a power of ten more or less is a mismatch', () => {
    fc.assert(
      fc.property(amounts, fc.constantFrom(10, 100, 1000, 0.1, 0.001), ({ zh, value }, factor) => {
        const result = matchQuantities(strong(`投资${zh}美元。`, 'zh'), strong(`An investment of ${englishDollars(value * factor)}.`, 'en'));
        expect(result.mismatched, `${zh} / ${englishDollars(value * factor)}`).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });

  it('two transposed digits are a mismatch', () => {
    const swapped = fc
      .tuple(integers, fc.nat(), fc.nat())
      .map(([n, a, b]) => {
        const digits = String(n).split('');
        const i = a % digits.length;
        const j = b % digits.length;
        [digits[i], digits[j]] = [digits[j]!, digits[i]!];
        return { n, drifted: Number(digits.join('')) };
      })
      .filter(({ n, drifted }) => drifted !== n && String(drifted).length === String(n).length);
    fc.assert(
      fc.property(swapped, ({ n, drifted }) => {
        const result = matchQuantities(
          strong(`共${chinese(n, { financial: false, liang: false })}人。`, 'zh'),
          strong(`In all ${drifted.toLocaleString('en-US')} people.`, 'en'),
        );
        expect(result.mismatched, `${n} / ${drifted}`).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });

  it('another currency is a mismatch that names both', () => {
    fc.assert(
      fc.property(amounts, fc.constantFrom(['€', 'EUR'], ['£', 'GBP'], ['RMB ', 'CNY']), ({ zh, value }, [sign, code]) => {
        const target = `An investment of ${sign}${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}.`;
        const result = matchQuantities(strong(`投资${zh}美元。`, 'zh'), strong(target, 'en'));
        expect(result.mismatched, `${zh} / ${target}`).toHaveLength(1);
        const [{ source, target: drifted }] = result.mismatched as [{ source: never; target: never }];
        expect(explainDrift(source, drifted)).toBe(`the unit differs (USD against ${code})`);
      }),
      { numRuns: 200 },
    );
  });

  it('亿 translated as billion is named as that confusion', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (mantissa) => {
        const result = matchQuantities(strong(`${mantissa} 亿`, 'zh'), strong(`${mantissa} billion`, 'en'));
        expect(result.mismatched).toHaveLength(1);
        const { source, target } = result.mismatched[0]!;
        expect(explainDrift(source, target)).toBe('10 times larger, a 亿/billion confusion?');
      }),
      { numRuns: 100 },
    );
  });
});

describe('formatNumber (finding messages)', () => {
  const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
  it('writes what Intl.NumberFormat en-US writes, without its -0', async () => {
    const { formatNumber } = await import('../src/analyse/quantity/describe.js');
    const scaled = fc.tuple(fc.integer({ min: -(2 ** 53), max: 2 ** 53 }), fc.integer({ min: 0, max: 9 })).map(([digits, places]) => digits / 10 ** places);
    fc.assert(
      fc.property(fc.oneof(scaled, fc.double({ noNaN: true, noDefaultInfinity: true })), (value) => {
        expect(formatNumber(value)).toBe(intl.format(value).replace(/^-0$/, '0'));
      }),
      { numRuns: 2000 },
    );
  });
});
