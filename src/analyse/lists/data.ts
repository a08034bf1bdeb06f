import { languageData } from '../../config/data-files.js';
import { baseLanguage } from '../language.js';

// rules/lang/<lang>/lists.yaml, read over rules/lang/und/lists.yaml and compiled once per language.

export type NumberStyle = 'decimal' | 'letter' | 'roman' | 'circled' | 'numeral' | 'word' | 'none';
export type MarkerPosition = 'line' | 'clause' | 'word' | 'anywhere';
export type SequenceStep = number | 'next' | 'last';

interface MarkerEntry {
  family: string;
  pattern: string;
  number: Exclude<NumberStyle, 'word' | 'none'>;
  at: MarkerPosition;
  keep?: boolean;
  ignoreCase?: boolean;
}

/** One lists.yaml as written. */
interface ListDataFile {
  number?: string;
  numerals?: Record<string, number>;
  markers?: MarkerEntry[];
  bullets?: { line: string[]; inline: string[] };
  sequence?: { words: Record<string, SequenceStep>; follow: string; ignoreCase?: boolean };
  clausePunctuation?: string;
  labels?: { pattern?: string; maxChars?: number; maxWords?: number };
  colon?: string;
  itemSeparator?: string;
  sentenceEnd?: string;
  itemLead?: string;
  series?: {
    separator: string;
    conjunction: string;
    maxItemWords?: number;
    maxItemChars?: number;
    needsConjunction?: boolean;
    clauseStarts?: string[];
  };
  announce?: {
    pattern?: string;
    ignoreCase?: boolean;
    notCounting?: string[];
    maxGap?: number;
    pause?: string;
    separator?: string;
    runEnd?: string;
  };
  hints?: Record<string, string[]>;
}

export interface MarkerFamily {
  family: string;
  /** Global, Unicode; group `n` holds the number (the whole match for bullets and sequence words). */
  pattern: RegExp;
  number: NumberStyle;
  at: MarkerPosition;
  keep: boolean;
  /**
   * A string every match contains (a bullet's character), when the family has one: a text
   * without it is not scanned, which spares most texts the sixteen bullet patterns.
   */
  literal?: string;
}

/** Everything list extraction knows about one language. */
export interface ListRules {
  markers: MarkerFamily[];
  numerals: ReadonlyMap<string, number>;
  sequenceWords: ReadonlyMap<string, SequenceStep>;
  clausePunctuation: ReadonlySet<string>;
  label: { pattern: RegExp; maxChars: number; maxWords: number };
  /** Global patterns, searched from a lastIndex. */
  colon: RegExp;
  itemSeparator: RegExp;
  sentenceEnd: RegExp;
  /** Anchored at the start of an item: joining words that are not part of it ("and C"). */
  itemLead: RegExp | undefined;
  /** The same words anchored at the end of a text: "; and fourth, ..." still starts a clause. */
  itemLeadBefore: RegExp | undefined;
  /** Inline series ("A, B, C and D", A、B、C和D); global patterns. */
  series:
    | {
        separator: RegExp;
        conjunction: RegExp;
        /** Where a clause ends: the clause punctuation that does not separate items, brackets, line breaks. */
        boundary: RegExp;
        /** Whether items are counted in words (else in characters), and how many an inner item may have. */
        spaced: boolean;
        maxUnits: number;
        needsConjunction: boolean;
        /** Words that start a clause, not an item ("die nicht existiert", "unless -c"); anchored at a chunk's start. */
        clauseStart: RegExp | undefined;
      }
    | undefined;
  announce:
    | {
        pattern: RegExp;
        notCounting: readonly string[];
        maxGap: number;
        /** Where a count's phrase may end besides a colon or a sentence end (Chinese "两点要求，一是…"). */
        pause: RegExp | undefined;
        separator: RegExp | undefined;
        runEnd: RegExp | undefined;
      }
    | undefined;
  /** One global pattern over every hint term, and the concept of each term (lower case). */
  hints: { pattern: RegExp; concepts: ReadonlyMap<string, string> } | undefined;
}

const compiled = new Map<string, ListRules>();
const LATIN_START = /^\p{Script=Latin}/u;

/** The list rules of a language (its own file over the shared `und` file). */
export function listRulesFor(lang: string): ListRules {
  const base = baseLanguage(lang);
  let rules = compiled.get(base);
  if (!rules) compiled.set(base, (rules = compile(merge(readData('und'), readData(base)))));
  return rules;
}

function readData(lang: string): ListDataFile {
  return languageData<ListDataFile>(lang, 'lists') ?? {};
}

/** The language's keys replace the shared ones, except markers (added) and objects (merged). */
function merge(shared: ListDataFile, own: ListDataFile): ListDataFile {
  // `und` itself: the same file on both sides, nothing to add.
  if (own === shared) return shared;
  return {
    ...shared,
    ...own,
    markers: [...(shared.markers ?? []), ...(own.markers ?? [])],
    labels: { ...shared.labels, ...own.labels },
    announce: { ...shared.announce, ...own.announce },
  };
}

function compile(data: ListDataFile): ListRules {
  const number = data.number ?? '\\d{1,2}';
  const expand = (source: string) => source.replaceAll('{number}', `(?:${number})`);
  const markers: MarkerFamily[] = (data.markers ?? []).map((entry) => ({
    family: entry.family,
    pattern: regex(expand(entry.pattern), 'g', entry.ignoreCase),
    number: entry.number,
    at: entry.at,
    keep: entry.keep ?? false,
  }));
  if (data.bullets) markers.push(...bulletFamilies(data.bullets));
  if (data.sequence) markers.push(sequenceFamily(data.sequence));
  const announce = data.announce;
  return {
    markers,
    numerals: new Map(Object.entries(data.numerals ?? {})),
    sequenceWords: new Map(Object.entries(data.sequence?.words ?? {}).map(([word, step]) => [word.toLowerCase(), step])),
    clausePunctuation: new Set(data.clausePunctuation ?? ''),
    label: {
      pattern: regex(required(data.labels?.pattern, 'labels.pattern'), ''),
      maxChars: data.labels?.maxChars ?? Infinity,
      maxWords: data.labels?.maxWords ?? Infinity,
    },
    colon: regex(required(data.colon, 'colon'), 'g'),
    itemSeparator: regex(required(data.itemSeparator, 'itemSeparator'), 'g'),
    sentenceEnd: regex(required(data.sentenceEnd, 'sentenceEnd'), 'g'),
    itemLead: data.itemLead ? regex(`^(?:${data.itemLead})`, '', true) : undefined,
    itemLeadBefore: data.itemLead ? regex(`(?<![\\p{L}])(?:${data.itemLead})$`, '', true) : undefined,
    series: data.series && compileSeries(data.series, data.clausePunctuation ?? ''),
    announce: announce?.pattern
      ? {
          pattern: regex(expand(announce.pattern), 'g', announce.ignoreCase),
          notCounting: (announce.notCounting ?? []).map((word) => word.toLowerCase()),
          maxGap: announce.maxGap ?? 40,
          pause: announce.pause ? regex(announce.pause, 'g') : undefined,
          separator: announce.separator ? regex(announce.separator, 'g') : undefined,
          runEnd: announce.runEnd ? regex(announce.runEnd, 'g') : undefined,
        }
      : undefined,
    hints: compileHints(data.hints ?? {}),
  };
}

function compileSeries(series: NonNullable<ListDataFile['series']>, clausePunctuation: string): ListRules['series'] {
  const spaced = series.maxItemWords !== undefined;
  const separators = new Set(series.separator);
  const breaks = [...clausePunctuation].filter((char) => !separators.has(char)).join('');
  // A conjunction of a language written with spaces is a whole word ("and", not "android").
  const conjunction = spaced ? `(?<![\\p{L}\\p{N}])(?:${series.conjunction})(?![\\p{L}\\p{N}])` : series.conjunction;
  return {
    separator: regex(series.separator, 'g'),
    conjunction: regex(conjunction, 'g', true),
    // A tab or a run of spaces lines up the columns of a program's help: no series crosses it.
    boundary: regex(`[\\n()（）${escape(breaks)}]|\\t|[ ]{2,}`, 'g'),
    spaced,
    maxUnits: series.maxItemWords ?? series.maxItemChars ?? 1,
    needsConjunction: series.needsConjunction ?? false,
    clauseStart: series.clauseStarts?.length ? regex(`^\\s*(?:${series.clauseStarts.join('|')})(?![\\p{L}\\p{N}])`, '', true) : undefined,
  };
}

/** One family per bullet character, so that a `-` list and a `•` list stay apart. */
function bulletFamilies(bullets: { line: string[]; inline: string[] }): MarkerFamily[] {
  const family = (char: string, at: MarkerPosition): MarkerFamily => ({
    family: `bullet${char}`,
    // A space follows, or (in scripts written without spaces) the item's first character: "・ノート".
    pattern: regex(`${escape(char)}(?=[ \\t]|[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}])`, 'g'),
    number: 'none',
    at,
    keep: false,
    literal: char,
  });
  const inline = new Set(bullets.inline);
  return bullets.line.map((char) => family(char, inline.has(char) ? 'word' : 'line'));
}

/** A word ending in a script written without spaces between words. */
const UNSPACED_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

function sequenceFamily(sequence: NonNullable<ListDataFile['sequence']>): MarkerFamily {
  // A word of a language written with spaces ends at a word boundary ("first", not "firstly");
  // one written without (首先要…, まずは…) runs straight into the item's text. One lookahead
  // after all the spaced words: one per word made the expression's compilation cost a cold
  // start 6 ms (a failed lookahead still backtracks into the group, as before).
  const words = Object.keys(sequence.words).sort((a, b) => b.length - a.length);
  const spaced = words.filter((word) => !UNSPACED_END.test(word)).map(escape);
  const unspaced = words.filter((word) => UNSPACED_END.test(word)).map(escape);
  const alternatives = [...(spaced.length ? [`(?:${spaced.join('|')})(?![\\p{L}\\p{N}])`] : []), ...unspaced];
  return {
    family: 'sequence',
    pattern: regex(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?=${sequence.follow})`, 'g', sequence.ignoreCase),
    number: 'word',
    at: 'clause',
    keep: true,
  };
}

function compileHints(hints: Record<string, string[]>): ListRules['hints'] {
  const concepts = new Map<string, string>();
  for (const [concept, terms] of Object.entries(hints)) for (const term of terms) concepts.set(term.toLowerCase(), concept);
  if (concepts.size === 0) return undefined;
  // Latin terms match at a word start and as prefixes ("model" in "models"); Han terms anywhere.
  // One lookbehind before all Latin terms: one per term made the expression's compilation
  // cost a cold start 7 ms a language (the two kinds never match at one position).
  const terms = [...concepts.keys()].sort((a, b) => b.length - a.length);
  const latin = terms.filter((term) => LATIN_START.test(term)).map(escape);
  const other = terms.filter((term) => !LATIN_START.test(term)).map(escape);
  const alternatives = [...(latin.length ? [`(?<!\\p{L})(?:${latin.join('|')})`] : []), ...other];
  return { pattern: regex(alternatives.join('|'), 'g', true), concepts };
}

function regex(source: string, flags: string, ignoreCase = false): RegExp {
  return new RegExp(source, `${flags}u${ignoreCase ? 'i' : ''}`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function required(value: string | undefined, key: string): string {
  if (value === undefined) throw new Error(`rules/lang/und/lists.yaml lacks '${key}'`);
  return value;
}
