// How numbers are written in a text, against the typography of its language: spacing
// around amounts and percentages, and decimal and grouping marks. Which number is meant
// is the quantity extractor's business; this only looks at the marks around digits.
import { languageData } from '../config/data-files.js';
import { eachMatch } from './each-match.js';
import { baseLanguage, scriptOfLanguage, type Script } from './language.js';

export type NumberStyleKind = 'glued' | 'percent' | 'separators';

export interface NumberStyleIssue {
  kind: NumberStyleKind;
  /** The number as written, with the word it is glued to. */
  text: string;
  index: number;
  /** What the language expects instead. */
  advice: string;
}

/** rules/lang/<lang>/format.yaml, over rules/lang/und/format.yaml. */
export interface FormatData {
  percent?: 'tight' | 'spaced';
  quotes: string[];
  currencySymbols: string;
}

/** The keys of rules/lang/<lang>/numbers.yaml this module reads. */
interface NumberData {
  decimal?: '.' | ',';
  bigScales?: Record<string, number>;
}

const formats = new Map<string, FormatData>();

/** The language's format data, read once per language (shared: do not modify). */
export function formatData(lang: string): Readonly<FormatData> {
  const base = baseLanguage(lang);
  let format = formats.get(base);
  if (!format) {
    format = { ...languageData<FormatData>('und', 'format'), ...languageData<Partial<FormatData>>(base, 'format') } as FormatData;
    formats.set(base, format);
  }
  return format;
}

interface Style {
  format: Readonly<FormatData>;
  /** Undefined for languages whose numbers.yaml does not say: their marks are not checked. */
  decimal: '.' | ',' | undefined;
  /** Undefined for languages that write no spaces between words (`50万亿` is right in Chinese). */
  glued?: Glued;
}

/** Amounts glued to a word, as one pattern, and as its part for texts with no currency symbol. */
interface Glued {
  pattern: RegExp;
  currency: RegExp;
  /**
   * The pattern without its first alternative (`this$50`), for texts that lack a currency
   * symbol (most): that alternative tries every word of a text. Undefined without scale words.
   */
  scalesOnly: RegExp | undefined;
}

const UNSPACED_SCRIPTS: readonly Script[] = ['Han', 'Kana', 'Thai'];

const styles = new Map<string, Style>();

function styleOf(lang: string): Style {
  const base = baseLanguage(lang);
  let style = styles.get(base);
  if (!style) {
    const format = formatData(base);
    const own = languageData<NumberData>(base, 'numbers');
    const numbers = { ...languageData<NumberData>('und', 'numbers'), ...own };
    const symbols = escapeClass(format.currencySymbols);
    // Scale words, not abbreviations: `32M` and `5bn` are how those are written.
    const scales = Object.keys(numbers.bigScales ?? {}).filter((word) => /^\p{L}{4,}$/u.test(word));
    // `this$50`: an amount glued to the lower-case word before it (`US$50` is a currency);
    // `50trillion`: a scale word glued to its number.
    const amount = `(?<!\\p{L})\\p{L}*\\p{Ll}[${symbols}]\\d[\\d.,]*`;
    const scaled = scales.length ? `(?<![\\p{L}\\d.,])\\d[\\d.,]*(?:${scales.join('|')})\\b` : undefined;
    const spaced = !UNSPACED_SCRIPTS.includes(scriptOfLanguage(base));
    const glued: Glued = {
      pattern: new RegExp(scaled ? `${amount}|${scaled}` : amount, 'gu'),
      currency: new RegExp(`[${symbols}]`, 'u'),
      scalesOnly: scaled ? new RegExp(scaled, 'gu') : undefined,
    };
    // Marks are held only to a language's own data: Portuguese groups with `.`, which the defaults would call wrong.
    style = { format, decimal: own?.decimal, glued: spaced ? glued : undefined };
    styles.set(base, style);
  }
  return style;
}

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&');
}

/** `50 %` (with any space) and `50%`, outside printf formats (`%d%%`, `%1%`, `~3%#5.1f`, `3%.1f`). */
const SPACED_PERCENT = /(?<![%\p{L}\d.,])\d+(?:[.,]\d+)?[ \u00A0\u202F]%(?![%\p{L}\d#]|\.\d)/gu;
const TIGHT_PERCENT = /(?<![%\p{L}\d.,])\d+(?:[.,]\d+)?%(?![%\p{L}\d#]|\.\d)/gu;
/** Digits grouped by `.` or `,` in threes, with an optional fraction: `1,234,567`, `1.234,5`. */
const GROUPED = /(?<![\p{L}\d.,])\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?(?![\p{L}\d]|[.,]\d)/gu;
/** Four dotted numbers up to 255 are an IP address, not a German million. */
const IP_ADDRESS = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/u;

/** Every issue takes an ASCII digit: most texts have few, many none. */
const DIGIT = /\d/;

export function numberStyleIssues(text: string, lang: string): NumberStyleIssue[] {
  if (!DIGIT.test(text)) return [];
  const style = styleOf(lang);
  const issues: NumberStyleIssue[] = [];
  const glued = style.glued && (style.glued.currency.test(text) ? style.glued.pattern : style.glued.scalesOnly);
  if (glued) {
    eachMatch(glued, text, (match) => {
      issues.push({ kind: 'glued', text: match[0], index: match.index, advice: 'put a space between the amount and the word next to it' });
    });
  }
  if (style.format.percent === 'tight' && text.includes('%')) {
    eachMatch(SPACED_PERCENT, text, (match) => {
      issues.push({ kind: 'percent', text: match[0], index: match.index, advice: 'this language writes no space before %' });
    });
  } else if (style.format.percent === 'spaced' && text.includes('%')) {
    eachMatch(TIGHT_PERCENT, text, (match) => {
      issues.push({ kind: 'percent', text: match[0], index: match.index, advice: 'this language puts a (narrow) no-break space before %' });
    });
  }
  const { decimal } = style;
  if (decimal) {
    eachMatch(GROUPED, text, (match) => {
      const wrong = wrongSeparators(match[0], decimal);
      if (wrong) issues.push({ kind: 'separators', text: match[0], index: match.index, advice: wrong });
    });
  }
  return issues.sort((a, b) => a.index - b.index);
}

/**
 * Why a grouped number breaks the language's convention, when it unambiguously does:
 * two different marks (`1,234.5`: the last is the decimal one) or one mark repeated
 * (`1,234,567`: it groups). A single mark (`1,234`) may be either and is let be.
 */
function wrongSeparators(number: string, decimal: '.' | ','): string | undefined {
  const marks = number.replace(/\d/g, '');
  const last = marks.at(-1)!;
  const distinct = new Set(marks).size;
  if (distinct === 1 && marks.length < 2) return undefined;
  if (IP_ADDRESS.test(number)) return undefined;
  const groupMark = marks[0]!;
  const decimalMark = distinct === 2 ? last : undefined;
  if (groupMark !== decimal && (decimalMark === undefined || decimalMark === decimal)) return undefined;
  const other = decimal === '.' ? ',' : '.';
  return `this language writes "${decimal}" as the decimal mark and groups thousands with "${other}" or a space`;
}
