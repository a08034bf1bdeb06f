// Text where digits or numerals are labels, not amounts: URLs, e-mail addresses, names with
// digits (Qwen2.5, GPT-4, wanging0123, ISO 9001), list markers (1. 2. ① （3）) and words such as 一些.
// Digits glued to letters that name a decade (1990s, 1990er) are read here too, as decades.
// Names and markers come back as weak quantities, which never make a finding but excuse an
// equal number on the other side (`Qwen3` against `Qwen 3`); the rest is only blocked.
import { lookup, type Lexicon } from './lexicon.js';
import { isDigit, matchAt } from './text.js';
import { decadeOrAge, isDecade, type Draft } from './draft.js';

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'\u3000-\u303f\uff08\uff09\uff0c]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** A run of Latin letters and digits in which a letter touches a digit (a hyphen may join letters to digits: GPT-4). */
const NAME = /(?<![A-Za-z0-9_.-])(?=[A-Za-z0-9_.-]*(?:[A-Za-z][-_]?\d|\d[A-Za-z]))[A-Za-z0-9_][A-Za-z0-9_.-]*/g;
/** An acronym and a number: standards and names (ISO 9001, IEC 62443, COP 28), not a currency (RMB 380) or a rate (GDP 5.2%). */
const ACRONYM_NUMBER = /(?<![A-Za-z])([A-Z]{2,})[ \u00a0](\d+(?:[-.:]\d+)*)(?![\d.,]*\d|[ \u00a0]?[%‰])/g;
/** 1.000.000 where the decimal mark is a comma: a grouped number (MB 1.000.000), not a version. */
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const LINE_MARKER = /^[ \t]*[(（]?(\d{1,2})[.)、）](?=[ \t\u3000]|\p{L})/gmu;
const PARENTHESISED = /[(（](\d{1,2})[)）]/g;
const CIRCLED = /[\u2460-\u2473]/g;
const DIGIT_RUN = /\d+(?:\.\d+)*/g;
/** A decade glued to its letters: 1990s, 90s, mid-1990s, 1990er, 1990er-Jahre. Groups: digits, letters. */
const DECADE = /^(?:[A-Za-z]+-)?(\d{2}|\d{4})([A-Za-z]+)(?:-[A-Za-z]+)?$/;
/** Cheap tests that spare most texts the expressions above. */
const MAY_HAVE_URL = /@|:\/\/|www\./;
const MAY_HAVE_MARKER = /(?:^|\n)[ \t]*[(（]?\d|[(（]\d/;
const MAY_HAVE_CIRCLED = /[\u2460-\u2473]/;

interface Span {
  start: number;
  end: number;
}

export class Labels {
  readonly quantities: Draft[] = [];
  private readonly spans: Span[] = [];
  private cursor = 0;

  constructor(text: string, lexicon: Lexicon) {
    if (MAY_HAVE_URL.test(text)) each(URL, text, (match) => this.block(match.index, match.index + match[0].length));
    if (lexicon.re.notNumbers) {
      each(lexicon.re.notNumbers, text, (match) => {
        if (!fractionInfixAcross(text, match.index, match.index + match[0].length, lexicon)) this.block(match.index, match.index + match[0].length);
      });
    }
    if (digitTouchesLetter(text)) each(NAME, text, (match) => this.name(text, match[0].replace(/[.-]+$/, ''), match.index, lexicon));
    each(ACRONYM_NUMBER, text, (match) => {
      if (lexicon.prefixUnits.has(match[1]!) || (lexicon.decimalComma && DOT_GROUPED.test(match[2]!))) return;
      this.label('identifier', parseFloat(match[2]!), match.index, match.index + match[0].length, match[0]);
    });
    if (MAY_HAVE_MARKER.test(text)) {
      for (const marker of [LINE_MARKER, PARENTHESISED]) {
        each(marker, text, (match) => this.label('position', Number(match[1]), match.index, match.index + match[0].length, match[0].trim()));
      }
    }
    if (MAY_HAVE_CIRCLED.test(text)) {
      each(CIRCLED, text, (match) => this.label('position', match[0].charCodeAt(0) - 0x245f, match.index, match.index + 1, match[0]));
    }
    this.spans.sort((a, b) => a.start - b.start);
  }

  /**
   * Where the blocked span that covers `at` ends, or undefined. Positions must be asked in
   * increasing order, as a left-to-right scan does.
   */
  blockedEnd(at: number): number | undefined {
    while (this.cursor < this.spans.length && this.spans[this.cursor]!.end <= at) this.cursor++;
    const span = this.spans[this.cursor];
    return span && span.start <= at ? span.end : undefined;
  }

  private block(start: number, end: number): void {
    this.spans.push({ start, end });
  }

  private label(kind: 'position' | 'identifier', value: number, start: number, end: number, text: string): void {
    this.quantities.push({ kind, text, value, start, end, step: 1, weak: true });
    this.block(start, end);
  }

  /** Digits glued to a unit or scale (100km, 3.5m, 2nd) or to a currency code (RMB380) are amounts, the rest names. */
  private name(text: string, token: string, start: number, lexicon: Lexicon): void {
    const decade = DECADE.exec(token);
    if (decade && lexicon.decadeGlued.has(decade[2]!) && isDecade(Number(decade[1]))) {
      this.quantities.push({ ...decadeOrAge(text, Number(decade[1]), start, start + token.length, lexicon), text: token });
      this.block(start, start + token.length);
      return;
    }
    const tail = /^\d[\d.,]*([A-Za-z]+)$/.exec(token)?.[1];
    if (tail && (lexicon.suffixScales.has(tail) || lookup(lexicon.suffixes, tail) || lexicon.ordinalSuffixes.has(tail))) return;
    if (isClockTime(token, lexicon)) return; // 9AM, 11pm, 14h30: a time
    const head = /^([A-Za-z]+)\$?\d[\d.,]*$/.exec(token)?.[1];
    if (head && (lexicon.prefixUnits.has(head) || lexicon.ordinalLetters.has(head))) return;
    each(DIGIT_RUN, token, (run) => {
      this.quantities.push({ kind: 'identifier', text: token, value: parseFloat(run[0]), start, end: start + token.length, step: 1, weak: true });
    });
    this.block(start, start + token.length);
  }
}

/** 9AM, 11pm, or an hour, its mark and minutes written together (14h30): all of the token is one time. */
function isClockTime(token: string, lexicon: Lexicon): boolean {
  const { meridiem, hourMinutes } = lexicon.re;
  if (meridiem && matchAt(meridiem, token, 0)?.[0].length === token.length) return true;
  const hour = /^\d{1,2}(?=\D)/.exec(token)?.[0];
  return hour !== undefined && hourMinutes !== undefined && matchAt(hourMinutes, token, hour.length)?.[0].length === token.length - hour.length;
}

/** 十分之一: a fraction infix (分之) that starts inside a word that is no number (十分, very) and runs past it. */
function fractionInfixAcross(text: string, start: number, end: number, lexicon: Lexicon): boolean {
  for (let at = start + 1; at < end; at++) {
    const infix = matchAt(lexicon.re.fractionInfix, text, at);
    if (infix && at + infix[0].length > end) return true;
  }
  return false;
}

/** Calls `visit` for every match of a global expression (without matchAll's iterator garbage). */
function each(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (!match[0]) pattern.lastIndex++;
    visit(match);
  }
}

/** Whether a digit touches an ASCII letter (or one hyphen or underscore away after it): the cheap test before NAME. */
function digitTouchesLetter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (!isDigit(text[index])) continue;
    const before = text[index - 1] === '-' || text[index - 1] === '_' ? text[index - 2] : text[index - 1];
    if (isAsciiLetter(before) || isAsciiLetter(text[index + 1])) return true;
  }
  return false;
}

function isAsciiLetter(char: string | undefined): boolean {
  return char !== undefined && ((char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z'));
}
