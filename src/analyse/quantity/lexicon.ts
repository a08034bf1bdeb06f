// Language data for quantity extraction: rules/lang/<lang>/numbers.yaml read over
// rules/lang/und/numbers.yaml, compiled once per language into maps and expressions.
import { languageData } from '../../config/data-files.js';
import { baseLanguage } from '../language.js';
import type { QuantityKind } from './types.js';
import { alternation, beforePattern, type BeforePattern } from './text.js';

type UnitRef = string | { unit: string; times: number };

export interface PhraseDef {
  kind: QuantityKind;
  value?: number;
  min?: number;
  max?: number;
  unit?: string;
  approx?: boolean;
  /** Never reported, only excuses an equal quantity on the other side (both, dual, 两者, 両方). */
  weak?: boolean;
}

/** The shape of a numbers.yaml file; rules/lang/en/numbers.yaml documents each key. */
export interface NumbersFile {
  decimal?: '.' | ',';
  spaceGrouping?: boolean;
  ideographic?: boolean;
  compounds?: boolean;
  vigesimal?: boolean;
  words?: Record<string, number>;
  ambiguousWords?: string[];
  smallScales?: Record<string, number>;
  bigScales?: Record<string, number>;
  pluralScales?: Record<string, number>;
  suffixScales?: Record<string, number>;
  ambiguousSuffixes?: Record<string, string>;
  articles?: string[];
  joiners?: string[];
  reverseJoiners?: string[];
  approx?: { before?: string[]; after?: string[]; glued?: string[]; above?: string[] };
  vague?: { heads?: Record<string, [number, number]>; suffixes?: string[]; notAfter?: string; tails?: string[]; beforeUnits?: string[] };
  unitTable?: Record<string, { dimension: string; factor?: number; sameAs?: string[] }>;
  units?: Record<string, UnitRef>;
  unitJoiners?: string[];
  prefixUnits?: Record<string, UnitRef>;
  counters?: string[];
  dateMarkers?: { year?: string[]; month?: string[]; day?: string[] };
  eras?: Record<string, number>;
  months?: Record<string, number>;
  ambiguousMonths?: string[];
  dateJoiners?: string[];
  ordinals?: Record<string, number>;
  ordinalPrefixes?: string[];
  ordinalSuffixes?: string[];
  ordinalNouns?: Record<string, string>;
  bareOrdinalNouns?: string[];
  countPrefixes?: string[];
  labelNouns?: string[];
  /**
   * Decades: before (les années 1990, la década de 1990), after (90 年代), glued to the digits
   * (1990s, 1990er); decade words are phrases of kind date and unit decade (the nineties).
   * ages: words before a two-digit decade that make it an age (in their 30s, her early 20s);
   * generations: after two digits, those born in the decade (80 后: the post-80s generation);
   * wordsAfter: words a decade word needs before it (the nineties; nineties alone is none).
   */
  decades?: {
    before?: string[];
    after?: string[];
    generations?: string[];
    /** After a multiple of ten, an age by its decade (30 代: in one's thirties, 10 代: teens). */
    agesAfter?: string[];
    glued?: string[];
    ages?: { before: string[]; modifiers?: string[] };
    wordsAfter?: string[];
  };
  ordinalLetters?: Record<string, string>;
  positionWords?: string[];
  fractions?: {
    infix?: string[];
    denominators?: Record<string, number>;
    needOf?: string[];
    per?: string[];
    /** The per words name a share even with a noun between and any numerator (deux Français sur trois); English in does not. */
    perNamesShare?: boolean;
    followers?: string[];
    words?: Record<string, number>;
    parts?: string[];
    /** Words before an ordinal that make it a share (jeder dritte: one in three). */
    every?: string[];
    /**
     * Shares written denominator first: 每五人中有一人 (before: 每, between: 中有), 3世帯に1世帯
     * (between: に, sameNoun: the noun after both numbers is one).
     */
    everyIn?: { before?: string[]; between: string[]; sameNoun?: boolean };
  };
  phrases?: Record<string, PhraseDef>;
  ranges?: { connectors?: string[]; frames?: [string, string][] };
  halves?: string[];
  notNumbers?: string[];
  attributive?: string[];
  determiners?: string[];
  perWords?: string[];
  dateOrder?: 'dmy';
  /** Nouns of ordinals written in Roman numerals: after the numeral (XIXe siècle) or before it (siglo XXI). */
  romanOrdinals?: { after?: Record<string, string>; before?: Record<string, string>; suffixes?: string[] };
  /** Marks between the hour and its minutes (9 h 30) or after a bare hour. */
  hourMarks?: string[];
  /** Words after a clock time that make hh.mm a time (9.30 Uhr). */
  clockWords?: string[];
  /** 12-hour clock marks after a time (8 p.m., 9:30 am). */
  meridiem?: { am?: string[]; pm?: string[] };
  /** Parts of the day before a time that set its half of the clock (上午, 下午 3 点, 午後 3 時). */
  dayParts?: { am?: string[]; pm?: string[] };
  /** Marks after the minutes (10時30分); where given, required. */
  minuteMarks?: string[];
  /** Marks after the seconds of a time (10時30分15秒); the seconds are part of the time. */
  secondMarks?: string[];
  /** Marks after an hour that say half past it (7 点半, 7時半). */
  halfHourMarks?: string[];
}

export type NumeralToken =
  | { type: 'value'; value: number; ambiguous: boolean }
  | { type: 'small'; factor: number }
  | { type: 'big'; factor: number; plural: boolean }
  | { type: 'joiner'; reverse: boolean }
  /** 多 or 余 between a number and its scale (二十多万). */
  | { type: 'approx' };

export interface UnitUse {
  unit: string;
  /** Multiplies the number: 三成 is 30 %. */
  times: number;
}

/** What a word after a number makes of it; one word may be several things (年: a year, a date, an ordinal noun). */
export interface SuffixDef {
  unit?: UnitUse;
  counter?: true;
  ordinal?: string;
  bareOrdinal?: true;
  date?: 'year' | 'month' | 'day';
  /** Makes the number a label (16 進数 is hexadecimal, not sixteen). */
  label?: true;
  /** Makes the number a decade (90 年代 is the nineties, not 90 years). */
  decade?: true;
  /** After two digits, a decade's generation (80 后: born in the 1980s). */
  generation?: true;
  /** After a multiple of ten, an age by its decade (30 代: in one's thirties). */
  age?: true;
}

export interface Lexicon {
  ideographic: boolean;
  compounds: boolean;
  vigesimal: boolean;
  decimalComma: boolean;
  spaceGrouping: boolean;
  tokens: Map<string, NumeralToken>;
  suffixScales: Map<string, number>;
  ambiguousSuffixes: Map<string, string>;
  suffixes: Map<string, SuffixDef>;
  prefixUnits: Map<string, UnitUse>;
  articles: Set<string>;
  vagueHeads: Map<string, [number, number]>;
  vagueNotAfter: string;
  /** Glued after a round number, a range up to its next step: 二十多 is 20 to 30, 十几 10 to 20, 百余 100 to 200. */
  vagueTails: Set<string>;
  /** Heads that make a vague amount of a unit with no scale between (a few days, 几天, mehrere Wochen). */
  vagueBeforeUnits: Set<string>;
  eras: Map<string, number>;
  months: Map<string, number>;
  ambiguousMonths: Set<string>;
  ordinals: Map<string, number>;
  ordinalSuffixes: Set<string>;
  ordinalLetters: Map<string, string>;
  denominators: Map<string, number>;
  needOf: Set<string>;
  /** See NumbersFile fractions.perNamesShare. */
  perNamesShare: boolean;
  phrases: Map<string, PhraseDef>;
  rangeConnectors: Set<string>;
  /** Range openers and the connectors they allow (between → and). */
  rangeClosers: Map<string, Set<string>>;
  /** Words that are no amount before a noun (double click, half-lines). */
  attributive: Set<string>;
  /** Decade words need a word before them (the nineties), else they are none. */
  decadeWordsNeedBefore: boolean;
  /** Letters glued to the digits of a decade (1990s, 1990er). */
  decadeGlued: Set<string>;
  /** Shares written denominator first need a word before it (每), and the same noun after both numbers (3世帯に1世帯). */
  everyIn?: { before: boolean; sameNoun: boolean };
  /** Nouns of Roman-numeral ordinals (siècle, siglo) and their unit. */
  romanNouns: Map<string, string>;
  /** Numeric dates written day first (04/04/2310, 18.06.2026). */
  dateOrder?: 'dmy';
  re: {
    /** Global: where a quantity may start (a Latin word only after a non-letter: see `startsWord`). */
    anchor: RegExp;
    /** Sticky: one numeral word, scale or character. */
    token: RegExp;
    separator: RegExp;
    suffixScale: RegExp;
    /** Sticky: [joiner] unit, counter, ordinal noun or date marker. Groups: joiner, word. */
    suffix: RegExp;
    approxGlued: RegExp;
    approxAfter: RegExp;
    /** Approximation words that set a strict lower bound (more than one, 초과), before or after the number. */
    aboveBefore: BeforePattern;
    aboveAfter: RegExp;
    vagueHead: RegExp;
    vagueSuffix: RegExp;
    ordinalWord: RegExp;
    ordinalSuffix: RegExp;
    month: RegExp;
    phrase: RegExp;
    fractionInfix: RegExp;
    /** one in three, un sur trois. */
    fractionPer: RegExp;
    /** one household in three, un ménage sur trois: one noun, then the per word. */
    fractionPerAfterNoun: RegExp;
    /** Sticky, after the denominator: a short noun and the word before the numerator (人中有, 世帯に). Group: the noun. */
    everyInBetween?: RegExp;
    /** 每 before the denominator. */
    everyInBefore: BeforePattern;
    /** What may follow "a third" for it to be a fraction: of, to, punctuation. */
    fractionFollower: RegExp;
    /** and a half, 半, einhalb. */
    half: RegExp;
    denominator: RegExp;
    unitJoinerAfter: RegExp;
    /** Sticky look-behinds for `matchBefore`: the words before a number. */
    approxBefore: BeforePattern;
    prefixUnitBefore: BeforePattern;
    ordinalPrefixBefore: BeforePattern;
    ordinalLetterBefore: BeforePattern;
    positionBefore: BeforePattern;
    /** les années 1990, la década de 1990. */
    decadeBefore: BeforePattern;
    /** their, her early: before 30s, an age. */
    ageBefore: BeforePattern;
    /** the: before nineties, a decade. */
    decadeWordBefore: BeforePattern;
    eraBefore: BeforePattern;
    countPrefixBefore: BeforePattern;
    articleBefore: BeforePattern;
    frameBefore: BeforePattern;
    /** Sticky: what lets an attributive word (double, half) stand as an amount: a follower word, punctuation, the end. */
    attributiveEnd: RegExp;
    /** left half, top half: a part of something, not an amount. */
    partBefore: BeforePattern;
    /** jeder dritte: one in three. */
    everyBefore: BeforePattern;
    /** les deux, 这两: two as "both", a determiner. */
    determinerBefore: BeforePattern;
    /** Sticky: 1 ページあたり, per page: a one that only says "per". */
    perAfter?: RegExp;
    /** Whole gap between two quantities. */
    rangeGap: RegExp;
    dateGap: RegExp;
    /** Global: words that contain numerals but are no quantity. */
    notNumbers?: RegExp;
    /** Global: a Roman numeral, an ordinal suffix, its noun (XIXe siècle). Groups: numeral, noun. */
    romanAfter?: RegExp;
    /** Global: a noun, then a Roman numeral (siglo XXI). Groups: noun, numeral. */
    romanBefore?: RegExp;
    /** Sticky: an hour mark and the minutes after an hour (9 h 30). Group: minutes. */
    hourMinutes?: RegExp;
    /** Sticky, at the hour: hh.mm and a clock word (9.30 Uhr). Groups: hour, minutes. */
    clock?: RegExp;
    /** Sticky, at the hour: h[:mm] and a meridiem. Groups: hour, minutes, am, pm. */
    meridiem?: RegExp;
    /** Sticky, after the hour: half past it (点半). */
    halfHour?: RegExp;
    /** Sticky, after the hour: an hour mark on its own (3 点, not 3 时间). */
    hourMark?: RegExp;
    /** 上午, 凌晨: before a morning hour; 下午, 晚上: before an afternoon or evening hour. */
    amBefore: BeforePattern;
    pmBefore: BeforePattern;
  };
}

const cache = new Map<string, Lexicon>();

/** The compiled number data of a language (its base subtag); languages without a file get the shared data only. */
export function lexiconFor(lang: string): Lexicon {
  const key = baseLanguage(lang);
  let lexicon = cache.get(key);
  if (!lexicon) {
    const shared = languageData<NumbersFile>('und', 'numbers') ?? {};
    const own = key === 'und' ? {} : (languageData<NumbersFile>(key, 'numbers') ?? {});
    cache.set(key, (lexicon = compile(mergeData(shared, own) as NumbersFile)));
  }
  return lexicon;
}

/** Lists add up, maps add entries, single values are replaced. */
function mergeData(base: unknown, over: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(over)) return [...base, ...over];
  if (isPlainObject(base) && isPlainObject(over)) {
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(over)) merged[key] = key in base ? mergeData(base[key], value) : value;
    return merged;
  }
  return over;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const SPACE = '[ \\u00a0\\u202f]';
const LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const LETTER_AFTER = '(?![\\p{L}])';

/**
 * An alternation of words; words that start with a Latin letter also match with a capital
 * (sentence starts) and, unless `boundary` is false, only at the start of a word.
 */
function words(entries: Iterable<string>, options: { boundary?: boolean } = {}): string {
  const latin: string[] = [];
  const other: string[] = [];
  for (const entry of new Set(entries)) {
    if (!entry) continue;
    if (!/^\p{Script=Latin}/u.test(entry)) {
      other.push(entry);
      continue;
    }
    latin.push(entry);
    const capital = entry.charAt(0).toUpperCase() + entry.slice(1);
    if (entry.length > 1 && capital !== entry) latin.push(capital);
  }
  const branches: string[] = [];
  if (latin.length) branches.push(options.boundary === false ? alternation(latin) : `${LETTER_BEFORE}(?:${alternation(latin)})`);
  if (other.length) branches.push(alternation(other));
  return branches.length ? branches.join('|') : '(?!)';
}

/** Looks a matched word up as written, then (words, not one-letter symbols such as G) with a lower-case first letter. */
export function lookup<T>(map: Map<string, T>, word: string): T | undefined {
  return map.get(word) ?? (word.length > 1 ? map.get(word.charAt(0).toLowerCase() + word.slice(1)) : undefined);
}

function compile(data: NumbersFile): Lexicon {
  const ideographic = data.ideographic ?? false;
  const tokens = tokensOf(data);
  const suffixes = suffixesOf(data);
  const phrases = new Map<string, PhraseDef>(Object.entries(data.phrases ?? {}));
  for (const [word, value] of Object.entries(data.fractions?.words ?? {})) phrases.set(word, { kind: 'fraction', value });
  const rangeClosers = new Map<string, Set<string>>();
  for (const [open, close] of data.ranges?.frames ?? []) {
    if (!rangeClosers.has(open)) rangeClosers.set(open, new Set());
    rangeClosers.get(open)!.add(close);
  }
  const lexicon: Omit<Lexicon, 're'> = {
    ideographic,
    compounds: data.compounds ?? false,
    vigesimal: data.vigesimal ?? false,
    decimalComma: data.decimal === ',',
    spaceGrouping: data.spaceGrouping ?? false,
    tokens,
    suffixScales: new Map(Object.entries(data.suffixScales ?? {})),
    ambiguousSuffixes: new Map(Object.entries(data.ambiguousSuffixes ?? {})),
    suffixes,
    prefixUnits: new Map(Object.entries(data.prefixUnits ?? {}).map(([word, ref]) => [word, unitUse(ref)])),
    articles: new Set(data.articles ?? []),
    vagueHeads: new Map(Object.entries(data.vague?.heads ?? {})),
    vagueNotAfter: data.vague?.notAfter ?? '',
    vagueTails: new Set(data.vague?.tails ?? []),
    vagueBeforeUnits: new Set(data.vague?.beforeUnits ?? []),
    eras: new Map(Object.entries(data.eras ?? {})),
    months: new Map(Object.entries(data.months ?? {})),
    ambiguousMonths: new Set(data.ambiguousMonths ?? []),
    ordinals: new Map(Object.entries(data.ordinals ?? {})),
    ordinalSuffixes: new Set(data.ordinalSuffixes ?? []),
    ordinalLetters: new Map(Object.entries(data.ordinalLetters ?? {})),
    denominators: new Map(Object.entries(data.fractions?.denominators ?? {})),
    needOf: new Set(data.fractions?.needOf ?? []),
    perNamesShare: data.fractions?.perNamesShare ?? false,
    phrases,
    rangeConnectors: new Set(data.ranges?.connectors ?? []),
    rangeClosers,
    attributive: new Set(data.attributive ?? []),
    decadeGlued: new Set(data.decades?.glued ?? []),
    decadeWordsNeedBefore: Boolean(data.decades?.wordsAfter?.length),
    ...(data.fractions?.everyIn
      ? { everyIn: { before: Boolean(data.fractions.everyIn.before?.length), sameNoun: data.fractions.everyIn.sameNoun ?? false } }
      : {}),
    romanNouns: new Map(Object.entries({ ...(data.romanOrdinals?.after ?? {}), ...(data.romanOrdinals?.before ?? {}) })),
    ...(data.dateOrder ? { dateOrder: data.dateOrder } : {}),
  };
  return { ...lexicon, re: expressionsOf(data, lexicon) };
}

function tokensOf(data: NumbersFile): Map<string, NumeralToken> {
  const tokens = new Map<string, NumeralToken>();
  const ambiguousWords = new Set(data.ambiguousWords ?? []);
  for (const [word, value] of Object.entries(data.words ?? {})) tokens.set(word, { type: 'value', value, ambiguous: ambiguousWords.has(word) });
  for (const [word, factor] of Object.entries(data.smallScales ?? {})) tokens.set(word, { type: 'small', factor });
  for (const [word, factor] of Object.entries(data.bigScales ?? {})) tokens.set(word, { type: 'big', factor, plural: false });
  for (const [word, factor] of Object.entries(data.pluralScales ?? {})) tokens.set(word, { type: 'big', factor, plural: true });
  for (const word of data.joiners ?? []) tokens.set(word, { type: 'joiner', reverse: false });
  for (const word of data.reverseJoiners ?? []) tokens.set(word, { type: 'joiner', reverse: true });
  // 多 and 余 between a number and its scale (二十多万); + and plus only ever follow a number.
  if (data.ideographic) for (const word of data.approx?.glued ?? []) if (!/[+\p{Script=Latin}]/u.test(word)) tokens.set(word, { type: 'approx' });
  return tokens;
}

/** Units, counters, ordinal nouns and date markers in one map: the longest word after a number wins (个月 over 个). */
function suffixesOf(data: NumbersFile): Map<string, SuffixDef> {
  const suffixes = new Map<string, SuffixDef>();
  const suffix = (word: string) => {
    let def = suffixes.get(word);
    if (!def) suffixes.set(word, (def = {}));
    return def;
  };
  for (const [word, ref] of Object.entries(data.units ?? {})) suffix(word).unit = unitUse(ref);
  for (const word of data.counters ?? []) suffix(word).counter = true;
  for (const [word, noun] of Object.entries(data.ordinalNouns ?? {})) suffix(word).ordinal = noun;
  for (const word of data.bareOrdinalNouns ?? []) suffix(word).bareOrdinal = true;
  for (const word of data.labelNouns ?? []) suffix(word).label = true;
  for (const word of data.decades?.after ?? []) suffix(word).decade = true;
  for (const word of data.decades?.generations ?? []) suffix(word).generation = true;
  for (const word of data.decades?.agesAfter ?? []) suffix(word).age = true;
  for (const part of ['year', 'month', 'day'] as const) for (const word of data.dateMarkers?.[part] ?? []) suffix(word).date = part;
  return suffixes;
}

function expressionsOf(data: NumbersFile, lexicon: Omit<Lexicon, 're'>): Lexicon['re'] {
  const { tokens } = lexicon;
  const approx = data.approx ?? {};
  const unitJoiners = data.unitJoiners ?? [];
  const closers = [...lexicon.rangeClosers.values()].flatMap((set) => [...set]);
  const tokenWords = [...tokens.keys()];
  const numeralWords = tokenWords.filter((word) => tokens.get(word)!.type !== 'joiner' && tokens.get(word)!.type !== 'approx');
  const characters = numeralWords.filter((word) => [...word].length === 1 && !/\p{Script=Latin}/u.test(word));
  const anchorWords = [
    ...numeralWords.filter((word) => !characters.includes(word)),
    ...lexicon.vagueHeads.keys(),
    ...lexicon.phrases.keys(),
    ...lexicon.months.keys(),
    ...lexicon.ordinals.keys(),
    ...lexicon.denominators.keys(),
  ];
  const characterClass = characters.length ? `|[${characters.join('').replace(/[\]\\^-]/g, '\\$&')}]` : '';
  const suffixScales = [...lexicon.suffixScales.keys()];
  return {
    anchor: new RegExp(`\\d|[\\u2460-\\u2473]${characterClass}|${anchorAlternatives(anchorWords)}`, 'gu'),
    token: new RegExp(words(tokenWords, { boundary: false }), 'yu'),
    separator: lexicon.ideographic ? new RegExp(`${SPACE}*`, 'yu') : new RegExp(`${SPACE}*(?:-${SPACE}*)?`, 'yu'),
    // bn and mn may stand apart from the digits (3.5 bn); k and m are glued (10k), or they are words.
    suffixScale: new RegExp(
      `(?:${SPACE}?(?:${alternation(suffixScales.filter((word) => word.length > 1))})|(?:${alternation(suffixScales.filter((word) => word.length === 1))}))(?![\\p{L}\\p{N}])`,
      'yu',
    ),
    suffix: new RegExp(
      `(?:${SPACE}*-${SPACE}*|${SPACE}*)(?:(${words(unitJoiners)})${SPACE}*)?(${words(lexicon.suffixes.keys(), { boundary: false })})`,
      'yu',
    ),
    approxGlued: new RegExp(`${SPACE}*(${closedWords(approx.glued ?? [])})`, 'yu'),
    half: new RegExp(`${SPACE}*-?${SPACE}*(${closedWords(data.halves ?? [])})`, 'yu'),
    approxAfter: new RegExp(`${SPACE}*(${words(approx.after ?? [])})${LETTER_AFTER}`, 'yu'),
    aboveBefore: before(approx.before?.filter((word) => approx.above?.includes(word)) ?? [], `${SPACE}*`),
    aboveAfter: new RegExp(`${SPACE}*(${words(approx.after?.filter((word) => approx.above?.includes(word)) ?? [])})${LETTER_AFTER}`, 'yu'),
    vagueHead: new RegExp(`(${words(lexicon.vagueHeads.keys(), { boundary: false })})${SPACE}*-?${SPACE}*`, 'yu'),
    vagueSuffix: new RegExp(`${SPACE}*(${words(data.vague?.suffixes ?? [], { boundary: false })})`, 'yu'),
    ordinalWord: new RegExp(`(${words(lexicon.ordinals.keys(), { boundary: false })})${LETTER_AFTER}`, 'yu'),
    ordinalSuffix: new RegExp(`(${alternation(lexicon.ordinalSuffixes)})(?![\\p{L}\\p{N}])`, 'yu'),
    month: new RegExp(`(${words(lexicon.months.keys(), { boundary: false })})${LETTER_AFTER}`, 'yu'),
    phrase: new RegExp(`(${words(lexicon.phrases.keys(), { boundary: false })})${lexicon.ideographic ? '' : LETTER_AFTER}`, 'yu'),
    fractionInfix: new RegExp(`${SPACE}*(?:${alternation(data.fractions?.infix ?? [])})${SPACE}*`, 'yu'),
    fractionPer: new RegExp(`${SPACE}+(?:${words(data.fractions?.per ?? [], { boundary: false })})${SPACE}+`, 'yu'),
    fractionPerAfterNoun: new RegExp(`${SPACE}+\\p{L}[\\p{L}'’]*${SPACE}+(?:${words(data.fractions?.per ?? [], { boundary: false })})${SPACE}+`, 'yu'),
    everyInBetween: data.fractions?.everyIn
      ? new RegExp(`${SPACE}*([^\\s\\p{P}\\p{N}]{0,4}?)${SPACE}*(?:${alternation(data.fractions.everyIn.between)})${SPACE}*`, 'yu')
      : undefined,
    everyInBefore: before(data.fractions?.everyIn?.before ?? [], `${SPACE}*`),
    fractionFollower: new RegExp(
      `${SPACE}*(?=[^\\p{L}\\p{N}\\s]|$)|${SPACE}+(?:${words(data.fractions?.followers ?? [], { boundary: false })})${LETTER_AFTER}`,
      'yu',
    ),
    denominator: new RegExp(`${SPACE}*-?${SPACE}*(${words(lexicon.denominators.keys(), { boundary: false })})${LETTER_AFTER}`, 'yu'),
    unitJoinerAfter: new RegExp(`${SPACE}+(?:${words(unitJoiners, { boundary: false })})(?:${SPACE}|(?<=['’]))`, 'yu'),
    approxBefore: before(approx.before ?? [], `${SPACE}*`),
    prefixUnitBefore: before(lexicon.prefixUnits.keys(), `${SPACE}*`),
    ordinalPrefixBefore: before(data.ordinalPrefixes ?? [], `${SPACE}*`),
    ordinalLetterBefore: before(lexicon.ordinalLetters.keys(), ''),
    positionBefore: before(data.positionWords ?? [], `${SPACE}*`),
    decadeBefore: before(data.decades?.before ?? [], `${SPACE}*`),
    ageBefore: before(agePrefixes(data.decades?.ages), `${SPACE}+`),
    decadeWordBefore: before(data.decades?.wordsAfter ?? [], `${SPACE}+`),
    eraBefore: before(lexicon.eras.keys(), `${SPACE}*`),
    countPrefixBefore: before(data.countPrefixes ?? [], ''),
    articleBefore: before(lexicon.articles, `${SPACE}+`),
    frameBefore: before(lexicon.rangeClosers.keys(), `${SPACE}*`),
    attributiveEnd: new RegExp(
      `(?!-\\p{L})${SPACE}*(?=[^\\p{L}\\p{N}\\s]|$)|${SPACE}+(?:${words(data.fractions?.followers ?? [], { boundary: false })})${LETTER_AFTER}`,
      'yu',
    ),
    partBefore: before(data.fractions?.parts ?? [], `${SPACE}+`),
    everyBefore: before(data.fractions?.every ?? [], `${SPACE}+`),
    determinerBefore: before(data.determiners ?? [], `${SPACE}*`),
    perAfter: data.perWords?.length
      ? new RegExp(`${SPACE}?[^\\s\\p{P}\\p{N}]{0,8}?(?:${alternation(data.perWords)})`, 'yu')
      : undefined,
    rangeGap: new RegExp(`^${SPACE}*(${words([...lexicon.rangeConnectors, ...closers], { boundary: false })})${SPACE}*$`, 'u'),
    dateGap: new RegExp(`^[ \\u00a0,.]*(?:(?:${words(data.dateJoiners ?? [], { boundary: false })})${SPACE}+)*$`, 'u'),
    notNumbers: data.notNumbers?.length ? new RegExp(words(data.notNumbers, { boundary: false }), 'gu') : undefined,
    romanAfter: data.romanOrdinals?.after
      ? new RegExp(
          `${LETTER_BEFORE}([IVXLC]+)(?:${alternation(data.romanOrdinals.suffixes ?? [])})?${SPACE}+(${words(Object.keys(data.romanOrdinals.after), { boundary: false })})${LETTER_AFTER}`,
          'gu',
        )
      : undefined,
    romanBefore: data.romanOrdinals?.before
      ? new RegExp(`(${words(Object.keys(data.romanOrdinals.before))})${SPACE}+([IVXLC]+)(?![\\p{L}\\p{N}])`, 'gu')
      : undefined,
    clock: data.clockWords?.length ? clockPattern(data.clockWords, lexicon.rangeConnectors) : undefined,
    meridiem: data.meridiem
      ? new RegExp(
          `(\\d{1,2})(?::([0-5]\\d)(?::[0-5]\\d)?)?${SPACE}?(?:(${alternation(data.meridiem.am ?? [])})|(${alternation(data.meridiem.pm ?? [])}))(?![\\p{L}\\p{N}])`,
          'yu',
        )
      : undefined,
    halfHour: data.halfHourMarks?.length ? new RegExp(`${SPACE}?(?:${alternation(data.halfHourMarks)})`, 'yu') : undefined,
    hourMark: data.hourMarks?.length ? new RegExp(`${SPACE}?(?:${alternation(data.hourMarks)})(?![間间\\p{N}])`, 'yu') : undefined,
    amBefore: before(data.dayParts?.am ?? [], `${SPACE}*`),
    pmBefore: before(data.dayParts?.pm ?? [], `${SPACE}*`),
    hourMinutes: data.hourMarks?.length
      ? new RegExp(
          data.minuteMarks?.length
            ? `${SPACE}?(?:${alternation(data.hourMarks)})${SPACE}?([0-5]?\\d)${SPACE}?(?:${alternation(data.minuteMarks)})(?!钟|間)${secondsAfter(data.secondMarks)}`
            : `${SPACE}?(?:${alternation(data.hourMarks)})${SPACE}?([0-5]\\d)(?![\\p{L}\\p{N}])`,
          'yu',
        )
      : undefined,
  };
}

/** 04秒 after the minutes (11时11分04秒): part of the time, optional. */
function secondsAfter(marks: string[] | undefined): string {
  return marks?.length ? `(?:${SPACE}?[0-5]?\\d${SPACE}?(?:${alternation(marks)})(?!钟|間))?` : '';
}

/** Possessives, alone and with a modifier: their, their early, her late. */
function agePrefixes(ages: { before: string[]; modifiers?: string[] } | undefined): string[] {
  if (!ages) return [];
  return ages.before.flatMap((word) => [word, ...(ages.modifiers ?? []).map((modifier) => `${word} ${modifier}`)]);
}

/** hh.mm and a clock word (9.30 Uhr), or hh.mm opening a range that one closes (8.30 bis 17.00 Uhr). */
function clockPattern(clockWords: string[], connectors: Iterable<string>): RegExp {
  const word = `${SPACE}?(?:${alternation(clockWords)})(?!\\p{L})`;
  const closer = `(?=${SPACE}*(?:${words(connectors, { boundary: false })})${SPACE}*\\d{1,2}[.:][0-5]\\d${word})`;
  return new RegExp(`(\\d{1,2})[.:]([0-5]\\d)(?:${word}|${closer})`, 'yu');
}

/** Words just before a number, whole words when they are Latin (see `words`). */
function before(entries: Iterable<string>, spaces: string): BeforePattern {
  const list = [...entries];
  return beforePattern(words(list), list.map((entry) => entry.at(-1)!), spaces);
}

/** Words that end where they end: `+` not before a digit (300+, not 5+3), a Latin word not inside a longer one (plus, not plush). */
function closedWords(entries: string[]): string {
  const closed = entries.map((word) => {
    if (word === '+') return '\\+(?![\\p{N}])';
    return /\p{Script=Latin}$/u.test(word) ? `${alternation([word])}${LETTER_AFTER}` : alternation([word]);
  });
  return closed.join('|') || '(?!)';
}

/**
 * Words where a quantity may start. Latin ones follow `\\b`, which is far cheaper than a
 * Unicode look-behind; it knows only ASCII letters, so the scan rechecks the letter before.
 */
function anchorAlternatives(entries: string[]): string {
  const latin = entries.filter((entry) => /^\p{Script=Latin}/u.test(entry));
  const other = entries.filter((entry) => !/^\p{Script=Latin}/u.test(entry));
  const branches = [];
  if (latin.length) branches.push(`\\b(?:${words(latin, { boundary: false })})`);
  if (other.length) branches.push(words(other));
  return branches.join('|') || '(?!)';
}

function unitUse(ref: UnitRef): UnitUse {
  return typeof ref === 'string' ? { unit: ref, times: 1 } : { unit: ref.unit, times: ref.times };
}

/** The unit table shared by all languages (rules/lang/und/numbers.yaml). */
export function unitTableData(): NonNullable<NumbersFile['unitTable']> {
  return languageData<NumbersFile>('und', 'numbers')?.unitTable ?? {};
}
