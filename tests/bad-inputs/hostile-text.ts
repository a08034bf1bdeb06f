// Random text made to break text tools, for the fuzz tests: CJK, right-to-left scripts and
// their digits, combining marks, emoji sequences, zero-width and bidi controls, lone
// surrogates, control characters, odd white space, and the numbers, units, list markers
// and punctuation the analysers look for. Long runs of one token are drawn on purpose:
// catastrophic regex backtracking shows on "1,1,1,1..." or "          !", not on prose.
import fc from 'fast-check';
import { expect } from 'vitest';

/** The longest text drawn: the time bound below is for inputs of this size. */
export const MAX_CHARS = 2000;

/** Per call of an analyser, reader or the engine on one input of up to MAX_CHARS: generous, since a loaded CI machine is slow, yet far below what backtracking costs. */
export const TIME_BOUND_MS = 5000;

const FAMILIES: Record<string, readonly string[]> = {
  cjk: [...'一二三四五六七八九十百千万亿兆零两第个年月日元的是在了和有我们公司项目营收增长约超过数十几'],
  rtl: [...'אבגדהוזחטיכלמנסעפצקרשתابتثجحخدذرسشصضطظعغفقكلمنهوي٠١٢٣٤٥٦٧٨٩۰۱۲۳', 'مليون', 'מיליון'],
  combining: [...'\u0300\u0301\u0302\u0308\u0327\u034f\u0489\u20dd\u3099\u309a', 'e\u0301', 'a\u0308\u0323'],
  emoji: ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🇨🇳', '🇺🇸', '1️⃣', '#️⃣', '🏳️‍🌈', '\u{1F9D1}\u200D\u{1F4BB}'],
  invisible: [...'\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e', ...'\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c'],
  surrogates: ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00'],
  controls: [...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)), '\u007f', '\u0085', '\u009b', '\u001b[31m', '\u001b]0;x\u0007'],
  spaces: [' ', ' ', '\t', '\n', '\r', '\r\n', '\n\n', '\u00a0', '\u2028', '\u2029', '\u3000', '\u2009', '\u202f'],
  numbers: [...'0123456789', '.', ',', '%', '％', '-', '–', '~', '/', '½', '²', '１２３', '①', '⑳', 'Ⅻ', '1e9', '3.14', '1,000', '10亿', '3800 亿元', '56 万片', 'million', 'billion', 'thousand', 'Mio.', 'Mrd.', '$', '¥', '€', 'USD', 'RMB', 'km', 'GB', '°C', '上千亿', 'multi-billion', '数十亿', 'over', '约', '超'],
  lists: ['1. ', '2) ', '(a) ', '(三) ', '• ', '- ', '* ', '第一', '第二', '首先', '其次', '最后', 'first', 'second', 'finally', 'four layers', '四层', ';', '；', '、', ':', '：', '\n1.', '\n- '],
  punctuation: [...'。！？.!?…"“”‘’「」『』()（）[]【】<>&\'\\`*_#|{}', '...', '——', '<!--', '-->', ']]>', '</testcase>', '<script>', '&amp;'],
  latin: ['the', 'and', 'of', 'NASA', 'Nvidia', 'GPUs', 'AutoIP', 'LastUsableLBA', 'CD-ROM', 'Hello', 'World', 'https://x.io/a?b=1', 'a@b.co', 'Straße', 'ǅ', 'İ', 'ﬁ'],
};

/** One token of a family above. */
const token = fc.constantFrom(...Object.values(FAMILIES).flat());

/** Any UTF-16 code unit, surrogate halves included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** A run of one or two tokens repeated, long enough to make a backtracking pattern show. */
const run = fc.tuple(fc.array(token, { minLength: 1, maxLength: 2 }), fc.integer({ min: 20, max: 600 })).map(([tokens, times]) => tokens.join('').repeat(times));

/** Hostile text of at most `maxChars` UTF-16 units (cut anywhere, even inside a pair). */
export function hostileText(maxChars = MAX_CHARS): fc.Arbitrary<string> {
  return fc
    .oneof(
      // size 'max': lengths spread up to the maximum, not fast-check's default of a few.
      { weight: 6, arbitrary: fc.array(token, { maxLength: 400, size: 'max' }).map((tokens) => tokens.join('')) },
      { weight: 2, arbitrary: fc.array(fc.oneof(token, run), { maxLength: 4, size: 'max' }).map((parts) => parts.join('')) },
      { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: maxChars, size: 'max' }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 500, size: 'max' }) },
    )
    .map((text) => text.slice(0, maxChars));
}

/** Language tags to analyse random text as: ones with data, ones without, and nonsense. */
export const LANGUAGES = ['zh', 'en', 'ja', 'ko', 'de', 'fr', 'es', 'ar', 'he', 'ru', 'und', 'xx', 'zh-Hant-TW', 'EN_us', ''] as const;
export const language = fc.constantFrom(...LANGUAGES);

/** Runs `work`, failing if it takes longer than TIME_BOUND_MS; returns what it returned. */
export function withinBound<T>(what: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  expect(performance.now() - start, `${what} took too long`).toBeLessThan(TIME_BOUND_MS);
  return result;
}

/** The async form of withinBound. */
export async function withinBoundAsync<T>(what: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  expect(performance.now() - start, `${what} took too long`).toBeLessThan(TIME_BOUND_MS);
  return result;
}
