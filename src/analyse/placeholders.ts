// Placeholders and markup: the parts of a message a program fills in or renders, which a
// translation must keep. printf (`%s`, `%1$d`, `%<PRIu64>`, `%@`), Python (`%(name)s`,
// `{name}`), ICU and .NET (`{count, plural, ...}`, `{0:N2}`), Ruby (`%{name}`), Qt (`%1`),
// shell and templates (`${VAR}`, `{{ name }}`), markup tags, and the inline codes
// of TMX and XLIFF, which the readers turn into one placeholder character each.
import { PLACEHOLDER as INLINE_CODE } from '../read/xml-stream.js';
import { URL_PATTERN } from './invariants.js';
import { perSegmentText } from './memo.js';
import type { Segment } from '../model.js';

/** A syntax, as gettext's format flags name them (`c-format`, `python-brace-format` ...). */
export type PlaceholderFamily = 'printf' | 'python' | 'ruby' | 'qt' | 'brace' | 'mustache' | 'shell' | 'markup' | 'inline';

export interface Placeholder {
  /** As written. */
  text: string;
  family: PlaceholderFamily;
  /**
   * What two sides compare: flags, width and spacing dropped (`%-5d` and `%d` are one
   * conversion, `{{ name }}` and `{{name}}` one variable); a printf conversion without a
   * position is numbered by its order (`%s` then `%d` are `%1$s`, `%2$d`), as a translation
   * that moves them writes them.
   */
  key: string;
  /** A printf conversion's type (`s`, `ld`), whatever its position; the key otherwise. */
  type: string;
  start: number;
  /**
   * Named placeholders (`{name}`, `%(name)s`, Qt's `%1`) are compared as sets: a translation
   * may use one twice, or in fewer ICU plural branches. Conversions, tags and inline codes
   * are counted: two `%s` need two.
   */
  named: boolean;
  /** An integer conversion (`%d`, `%lu`, `%n`), which a plural form may leave out. */
  count: boolean;
}

/** The alternatives: each group is one syntax, tried at each `%`, `{`, `$`, `<` or inline code. */
const TOKEN = new RegExp(
  [
    // `%%` is a literal percent sign; it is matched so that its second `%` starts nothing.
    '(?<percent>%%)',
    // Python `%(name)s`
    '(?<python>%\\((?<pyName>[A-Za-z_][\\w.-]*)\\)[-+0#]*\\d*(?:\\.\\d+)?[diouxXeEfFgGcrsa])',
    // Ruby and Rails `%{name}`
    '(?<ruby>%\\{(?<rbName>[A-Za-z_][\\w.]*)\\})',
    // printf, with Objective-C's `%@` and gettext's system-dependent `%<PRIu64>`; no space
    // flag, which would make "50 % de" a conversion
    "(?<printf>%(?:(?<position>\\d+)\\$)?(?<flags>[-+0#']*)(?<width>\\d+|\\*(?:\\d+\\$)?)?(?:\\.(?<precision>\\d+|\\*(?:\\d+\\$)?))?(?:(?<size>hh|ll|I64|I32|[hlLqjzt])?(?<conversion>[diouxXeEfFgGaAcspnm@])|(?<pri><PRI[diouxX](?:8|16|32|64|MAX|PTR|LEAST\\d+|FAST\\d+)>)))",
    // Qt `%1`, `%L1`
    '(?<qt>%L?(?<qtNumber>\\d{1,2})(?![\\d$]))',
    // ICU select and plural: the argument only; the sub-messages are text, read on.
    '(?<icu>\\{\\s*(?<icuName>[\\w.]+)\\s*,\\s*(?:plural|selectordinal|select)\\s*,)',
    // Mustache, Jinja, Angular `{{ name }}`
    '(?<mustache>\\{\\{[^{}]*\\}\\})',
    // Python, .NET and ICU arguments: `{0}`, `{name}`, `{0:N2}`, `{0,10}`, `{count, number}`;
    // not `{ascii,ebcdic,ibm}`, a set of words in a usage line, nor `{INTEGER}`, a
    // metavariable of one, in capitals, which translations translate (`{GANZZAHL}`)
    '(?<brace>\\{\\s*(?<braceName>(?![A-Z0-9_]+\\s*\\})[A-Za-z_][\\w.]*|\\d+)\\s*(?:,\\s*(?:number|date|time|spellout|ordinal|duration|choice|-?\\d+)\\b[^{}]*|:[^{}]*)?\\})',
    // shell and JavaScript `${name}`; a bare `$name` is as often a metavariable of a help
    // text, which translations translate (`$line` as `$ligne`)
    '(?<shell>\\$\\{[A-Za-z_][\\w.]*\\})',
    // markup: an opening, closing or empty tag of XML or HTML
    '(?<tag><(?<closing>/)?(?<tagName>[A-Za-z][\\w:.-]*)(?<attributes>\\s[^<>]*?=[^<>]*?)?\\s*(?<empty>/)?>)',
    `(?<inline>${INLINE_CODE})`,
    // what no syntax above reads: strftime's `%Y`, e2fsprogs' `%Dn` and `@i`
    '(?<other>%[-_0^#]?[A-Za-z]|(?<![\\w.@])@[A-Za-z](?![\\w@]))',
  ].join('|'),
  'gu',
);

/** What a text must contain for TOKEN to find anything: most texts contain none of these. */
const MAY_HOLD = /[%{$<@\uFFFC]/u;
const DIGIT = /\p{Nd}/u;
/** Two capitals: a conversion letter (`E`, `G`, `X`) that starts a word in capitals. */
const CAPITALS_WORD = /^\p{Lu}\p{Lu}$/u;
/** `%0A`, `%0D`: a line break percent-encoded, as gnupg's messages carry them; no printf writes these. */
const PERCENT_ENCODED = /^%0[AaDd]$/;
const LETTER = /\p{L}/u;
const LATIN_LETTER = /\p{sc=Latin}/u;

/**
 * HTML elements that take no closing tag and no attribute. Other tags count when they are
 * empty (`<x id="1"/>`), carry attributes (`<img src="a.png">`) or are closed in the text:
 * `<file>` or `<link>` alone in a usage line is a metavariable, which translations translate
 * (`<Datei>`, `<lien>`).
 */
const BARE_ELEMENTS = new Set(['br', 'hr', 'wbr']);

/** printf conversions that print the same argument type: `%i` is `%d`. */
const SAME_CONVERSION: Record<string, string> = { i: 'd', F: 'f', E: 'e', G: 'g', X: 'x' };
const INTEGER_CONVERSIONS = new Set(['d', 'i', 'u', 'n']);
const FLOAT_CONVERSIONS = new Set(['f', 'F', 'e', 'E', 'g', 'G', 'a', 'A']);

type Groups = Record<string, string | undefined>;

/** A tag, before it is known to be markup. */
interface Tag {
  placeholder: Placeholder;
  name: string;
  attributes: boolean;
}

export interface Placeholders {
  /** In text order. */
  list: Placeholder[];
  /**
   * Whether the text also has %-codes or @-codes printf does not know (strftime's `%Y`,
   * e2fsprogs' `%Dn` and `@i`): a format of its own, whose codes a translation may change
   * and whose `%p` or `%d` need not be printf's.
   */
  otherCodes: boolean;
}

const NONE: Placeholders = { list: [], otherCodes: false };

/** The placeholders of a text; links are skipped (`%20` is no conversion). */
export function placeholdersIn(text: string): Placeholders {
  if (!MAY_HOLD.test(text)) return NONE;
  const links = linkSpans(text);
  const found: Placeholder[] = [];
  const tags: Tag[] = [];
  const printf = new ArgumentCounter();
  let otherCodes = false;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const groups = match.groups!;
    if (groups.percent || insideLink(links, match.index)) continue;
    if (groups.other) {
      otherCodes ||= !isPercentage(text, match);
      continue;
    }
    const placeholder = toPlaceholder(text, match, groups, printf);
    if (!placeholder) continue;
    if (placeholder.family === 'markup') tags.push({ placeholder, name: groups.tagName!.toLowerCase(), attributes: groups.attributes !== undefined });
    else found.push(placeholder);
  }
  found.push(...markupTags(tags));
  return { list: found.sort((a, b) => a.start - b.start), otherCodes };
}

/** A segment's placeholders, found once however many rules ask. */
export const placeholdersOf = perSegmentText((segment: Segment) => placeholdersIn(segment.text));

/** Numbers printf's arguments as C does: conversions without a position take the next, as does each `*`. */
class ArgumentCounter {
  private next = 1;

  position(groups: Groups): number {
    if (groups.position) return Number(groups.position);
    if (groups.width === '*') this.next++;
    if (groups.precision === '*') this.next++;
    return this.next++;
  }
}

function toPlaceholder(text: string, match: RegExpExecArray, groups: Groups, printf: ArgumentCounter): Placeholder | undefined {
  const written = match[0];
  const at = { text: written, start: match.index };
  const named = (family: PlaceholderFamily, key: string): Placeholder => ({ ...at, family, key, type: key, named: true, count: false });
  const counted = (family: PlaceholderFamily, key: string): Placeholder => ({ ...at, family, key, type: key, named: false, count: false });
  if (groups.printf) {
    const conversion = groups.conversion;
    // `20%off`: a percentage glued to a word; `%EXPR%`: a metavariable in a usage line;
    // `%-teken`: a word after a percent sign; `%0A`: a line break percent-encoded (gnupg).
    if (conversion && (isPercentage(text, match) || startsCapitalWord(text, match) || startsWord(text, match, groups) || PERCENT_ENCODED.test(match[0]))) {
      return undefined;
    }
    const type = groups.pri ?? `${sizeOf(groups.size, conversion!)}${SAME_CONVERSION[conversion!] ?? conversion}`;
    return {
      ...counted('printf', `%${printf.position(groups)}$${type}`),
      type: `%${type}`,
      count: groups.pri !== undefined || INTEGER_CONVERSIONS.has(conversion!),
    };
  }
  if (groups.qt) return isPercentage(text, match, true) ? undefined : named('qt', `%${groups.qtNumber}`);
  if (groups.python) return named('python', `%(${groups.pyName})`);
  if (groups.ruby) return named('ruby', `%{${groups.rbName}}`);
  if (groups.icu) return named('brace', `{${groups.icuName}}`);
  if (groups.brace) return named('brace', `{${groups.braceName}}`);
  if (groups.mustache) return named('mustache', written.replace(/\s+/g, ''));
  if (groups.shell) return named('shell', written);
  if (groups.inline) return counted('inline', 'inline code');
  const name = groups.tagName!.toLowerCase();
  return counted('markup', groups.closing ? `</${name}>` : groups.empty ? `<${name}/>` : `<${name}>`);
}

/** A length modifier that changes the argument's type: `l` in `%lf` changes nothing. */
function sizeOf(size: string | undefined, conversion: string): string {
  return size === 'l' && FLOAT_CONVERSIONS.has(conversion) ? '' : size ?? '';
}

/**
 * A flag, a length modifier and a conversion glued to more Latin letters: `%-teken` (Dutch
 * "%-sign") is a word. Ordinal suffixes (`%'dnd`, `%.1lfs`) and the particles Korean and
 * Japanese glue to placeholders (`%04X을`) leave conversions as they are.
 */
function startsWord(text: string, match: RegExpExecArray, groups: Groups): boolean {
  return groups.flags !== '' && groups.size !== undefined && LATIN_LETTER.test(text.charAt(match.index + match[0].length));
}

/** A conversion letter in capitals followed by another capital: `%E` of `%EXPR%`. */
function startsCapitalWord(text: string, match: RegExpExecArray): boolean {
  const end = match.index + match[0].length;
  return CAPITALS_WORD.test(text.slice(end - 1, end + 1));
}

/** A percent sign after a number, before a word or a digit: `20%off`, `100%ige`, `50%1`. */
function isPercentage(text: string, match: RegExpExecArray, qt = false): boolean {
  if (!DIGIT.test(text.charAt(match.index - 1))) return false;
  return qt || LETTER.test(text.charAt(match.index + match[0].length));
}

/**
 * The tags that are markup: empty ones (`<br/>`), ones with attributes, `<br>`, and elements
 * opened and closed in the text. A lone `<file>` is a metavariable.
 */
function markupTags(tags: Tag[]): Placeholder[] {
  const keys = new Set(tags.map(({ placeholder }) => placeholder.key));
  return tags
    .filter(({ placeholder, name, attributes }) => {
      if (attributes || placeholder.key.endsWith('/>') || BARE_ELEMENTS.has(name)) return true;
      return keys.has(`<${name}>`) && keys.has(`</${name}>`);
    })
    .map(({ placeholder }) => placeholder);
}

function linkSpans(text: string): [number, number][] {
  if (!text.includes('://') && !text.includes('www.')) return [];
  return [...text.matchAll(URL_PATTERN)].map((match) => [match.index, match.index + match[0].length]);
}

function insideLink(links: [number, number][], offset: number): boolean {
  return links.some(([start, end]) => offset >= start && offset < end);
}
