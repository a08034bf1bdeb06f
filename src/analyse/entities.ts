// Named things that a translation keeps as written: URLs, e-mail addresses, acronyms and
// names in the Latin script.
//
// Which words count depends on whether Latin is the side's own script. In a Chinese or
// Japanese text every Latin name or acronym was written in Latin on purpose (`Qwen`, `GDPR`,
// `VivaTech`), so a translation keeps it. In an English, German or French text a capitalised
// word may be a sentence start, a German noun, or a name that other languages translate
// (`Germany`, `Monday`), and acronyms are translated too (`CPU` is `processeur`, `RMB` is
// `人民币`), so only links and names with inner capitals or digits (`VivaTech`, `iPhone`,
// `Qwen3`) count there. Names and acronyms languages write differently are the glossary's.
//
// Entities are compared by English stems on every side (names are not inflected by the
// language around them: `SunOS` is `SunOS` in a French text), so one tokenisation serves.
import { languageData } from '../config/data-files.js';
import type { Segment } from '../model.js';
import { functionWords } from './function-words.js';
import { blankCode, EMAIL_PATTERN, URL_PATTERN } from './invariants.js';
import { scriptOfLanguage } from './language.js';
import { lexiconFor } from './lexicon.js';
import { perSegment } from './memo.js';
import { stemmerFor } from './stem.js';
import { segmentWords, wordsOf, type Word } from './words.js';

export type EntityKind = 'link' | 'acronym' | 'name';

export interface Entity {
  text: string;
  kind: EntityKind;
  /** What the entity is compared by: the acronym without plural, the stem of a name, the link. */
  key: string;
  start: number;
  end: number;
}

/** What a side offers to find the other side's entities in. */
export interface EntityEvidence {
  links: Set<string>;
  acronyms: Set<string>;
  /** English stems of every word, and of every hyphenated compound. */
  words: Set<string>;
  /** The side's words, for acronyms spelled out (`TAM`: total addressable market). */
  wordList: readonly Word[];
}

export interface SideEntities {
  entities: Entity[];
  evidence: EntityEvidence;
}

/** The language whose stems entities are compared by. */
export const ENTITY_STEMS = 'en';

const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/u;
/** Latin letters that may carry accents: most words have none, and skip the normalisation. */
const ACCENTED = /[\u00C0-\u024F\u1E00-\u1EFF]/u;
const MARKS = /\p{M}/gu;
const LINK_SCHEME = /^(?:https?:\/\/)?(?:www\.)?/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
/** Numbers and amounts with a unit (`2026`, `8GB`, `5G`) are the numeric rules' business. */
const STARTS_WITH_DIGIT = /^\p{Nd}/u;
/** A lower-case letter followed by a capital: `VivaTech`, `iPhone`. */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
/** A word whose last letter alone is a capital marks that letter as a key (`halF`, `eliminaR`): no name. */
const HOTKEY_CAPITAL = /^\p{Ll}+\p{Lu}$/u;
/** Acronyms take a plural or possessive `s`: `GPUs`, `GPU's`. */
const ACRONYM_SUFFIX = /['’]?s$/u;
const NOT_LETTER = /[^\p{L}]/gu;
const COMPOUND_JOINTS = new Set(['-', '&', '_']);
/** What may stand inside a name written apart. */
const NAME_GAPS = new Set([' ', '.', '-']);
/** Where a camel-case word splits: `AutoIP` has `IP`, `LastUsableLBA` has `LBA`. */
const CAMEL_CASE_BREAK = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u;
/** A capital after the first character: where a camel-case word can split at all. */
const LATER_CAPITAL = /.\p{Lu}/u;
const ACRONYM_PARTS = /[-&]/u;
/**
 * What follows the label of a numeric field in a program's output: `BlockSize: %d`,
 * `Zonesize=%d`: a colon or an equals sign, then a number or a printf placeholder of one.
 */
const NUMERIC_FIELD = /^ ?[:=：＝] ?(?:%[-+ 0#']*\d*(?:\.\d+)?(?:hh|h|ll|l|L|q|j|z|t)?[diouxX]|[-+]?\p{Nd})/u;
/** What separates the columns of a table's headings: two spaces or more, or a tab. */
const COLUMN_GAP = / {2,}|\t/u;
/** Punctuation that ends a sentence or clause, which headings do not: sentences apart by two spaces are no table. */
const SENTENCE_END = /[.!?;,]$/u;
/** Longest name tried as an abbreviation of the other side's words (`NiMH`, `Esc`). */
const MAX_ABBREVIATION = 5;
const LETTERS_ONLY = /^\p{L}+$/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** A part of a camel-case name that is a word (`Smart`, `Sleep`, `Sec`), not an acronym or a letter. */
const WORD_PART = /^\p{Lu}?\p{Ll}{2,}$/u;
/** An acronym whose middle letter stands for a small word: `CoW` (copy-on-write), `QoS`, `SoC`. */
const SMALL_WORD_ACRONYM = /^\p{Lu}\p{Ll}\p{Lu}$/u;
const stem = stemmerFor(ENTITY_STEMS);

/** Whether a digit, and at most one space, comes just before `index`: a number makes the word a unit (`1.8 GW`, `20 kWh`). */
function followsNumber(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1) === 0x20 ? index - 2 : index - 1;
  const code = text.charCodeAt(before);
  return code >= 0x30 && code <= 0x39;
}

let units: Set<string> | undefined;
/** Unit symbols with inner capitals (`MiB`, `kWh`): no names, and written differently per language. */
function isUnit(text: string): boolean {
  units ??= new Set(languageData<{ units?: string[] }>('und', 'entities')?.units ?? []);
  return units.has(text);
}

let notNames: Set<string> | undefined;
/** Function words and words Chinese texts borrow (`All in`, `OK`): no names when capitalised. */
function isCommonWord(text: string): boolean {
  notNames ??= new Set([...(functionWords('en') ?? []), ...(languageData<{ notNames?: string[] }>('en', 'entities')?.notNames ?? [])]);
  return notNames.has(text.toLowerCase());
}

/** An acronym's key (`GPUs` -> `GPU`, `R&D`, `CoW`), or undefined when the text is not one. */
export function acronymKey(text: string): string | undefined {
  // Most words have no capital at all.
  if (!UPPER.test(text)) return undefined;
  const suffix = ACRONYM_SUFFIX.exec(text);
  const bare = suffix && UPPER.test(text[suffix.index - 1] ?? '') ? text.slice(0, suffix.index) : text;
  if (LOWER.test(bare)) return bare.length === 3 && SMALL_WORD_ACRONYM.test(bare) ? bare : undefined;
  let capitals = 0;
  for (const char of bare) if (UPPER.test(char)) capitals++;
  return capitals >= 2 ? bare : undefined;
}

/** Words joined by hyphens, `&` or a keyboard mnemonic's `_` (`T-Head`, `R&D`, `CD-ROM-Laufwerk`, `H_TTPS`). */
function compoundsOf(words: readonly Word[]): Word[][] {
  const compounds: Word[][] = [];
  for (const word of words) {
    const last = compounds.at(-1);
    if (last && COMPOUND_JOINTS.has(word.joint)) last.push(word);
    else compounds.push([word]);
  }
  return compounds;
}

/**
 * Whether an `_` in a compound is a keyboard mnemonic (`H_TTPS`, `Mo_difier`): one of them,
 * next to a part of one or two characters. Other underscores join identifiers (`new_root`).
 */
function isMnemonic(compound: readonly Word[]): boolean {
  const at = compound.findIndex((word) => word.joint === '_');
  if (at < 0 || compound.findIndex((word, index) => index > at && word.joint === '_') >= 0) return false;
  return compound[at - 1]!.text.length <= 2 || compound[at]!.text.length <= 2;
}

/** A compound with its mnemonic dropped: `H_TTPS` is `HTTPS`. */
function withoutMnemonic(compound: readonly Word[]): Word[] {
  const merged: Word[] = [];
  for (const word of compound) {
    const last = merged.at(-1);
    if (last && word.joint === '_') merged[merged.length - 1] = { ...last, text: last.text + word.text, end: word.end, stem: stem(last.text + word.text) };
    else merged.push(word);
  }
  return merged;
}

/** A compound as written: `R&D`, `CD-ROM-Laufwerk`. */
function writtenForm(compound: readonly Word[]): string {
  return compound.map((word, index) => (index ? word.joint : '') + word.text).join('');
}

function compoundKey(compound: readonly Word[]): string {
  return compound.map((word, index) => (index ? word.joint : '') + nameKey(word)).join('');
}

/**
 * What a name is compared by: its stem without accents. Names lose and gain them in
 * transliteration and on keyboards without them (`Nikšić` in a translation of `Niksic`).
 */
function nameKey(word: Word): string {
  return ACCENTED.test(word.stem) ? word.stem.normalize('NFD').replace(MARKS, '') : word.stem;
}

function linksOf(text: string): Entity[] {
  const links: Entity[] = [];
  const patterns = [];
  if (text.includes('http') || text.includes('www.')) patterns.push(URL_PATTERN);
  if (text.includes('@')) patterns.push(EMAIL_PATTERN);
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const link = match[0].replace(TRAILING_PUNCTUATION, '');
      links.push({ text: link, kind: 'link', key: linkKey(link), start: match.index, end: match.index + link.length });
    }
  }
  return links;
}

/**
 * What a link is compared by: lower case, without scheme, `www.` or a final slash. A
 * translation that updates `http://www.gnu.org/` to `https://gnu.org/` keeps the link.
 */
function linkKey(link: string): string {
  return link.toLowerCase().replace(LINK_SCHEME, '').replace(/\/$/u, '');
}

function scan(segment: Segment, lang: string): SideEntities {
  const { text } = segment;
  const foreign = scriptOfLanguage(lang) !== 'Latin';
  const links = linksOf(text);
  const inLink = (start: number) => links.length > 0 && links.some((link) => start >= link.start && start < link.end);
  const blanked = blankCode(text);
  // Mostly there is no code to blank: then the words are those other rules ask for too.
  const wordList = blanked === text ? segmentWords(segment, ENTITY_STEMS) : wordsOf(blanked, ENTITY_STEMS);
  const evidence: EntityEvidence = { links: new Set(links.map((link) => link.key)), acronyms: new Set(), words: new Set(), wordList };
  const entities: Entity[] = [...links];
  const add = (kind: EntityKind, key: string, words: Word[]) => {
    const start = words[0]!.start;
    const end = words.at(-1)!.end;
    // The label of a field or column in a program's output is a word the translation translates.
    if (kind === 'name' && isFieldLabel(text, start, end)) return;
    entities.push({ text: text.slice(start, end), kind, key, start, end });
  };

  for (const joined of compoundsOf(wordList)) {
    const mnemonic = isMnemonic(joined);
    const compound = mnemonic ? withoutMnemonic(joined) : joined;
    const wholeAcronym = compound.length > 1 ? acronymKey(writtenForm(compound)) : undefined;
    if (wholeAcronym) evidence.acronyms.add(wholeAcronym);
    if (compound.length > 1) evidence.words.add(compoundKey(compound));
    for (const word of compound) addWordEvidence(evidence, word);

    const first = compound[0]!;
    if (inLink(first.start) || followsNumber(text, first.start)) continue;
    if (wholeAcronym) {
      if (foreign) add('acronym', wholeAcronym, compound);
      continue;
    }
    // Identifiers (`new_root`, `neue_Wurzel`) are placeholders that translations may translate.
    if (!mnemonic && compound.some((word) => word.joint === '_')) continue;
    if (foreign && compound.length > 1 && compound.every((word) => UPPER.test(word.text[0]!))) {
      add('name', compoundKey(compound), compound);
      continue;
    }
    for (const word of compound) {
      // Every kind of name below has a capital: most words are done at once.
      if (!UPPER.test(word.text) || STARTS_WITH_DIGIT.test(word.text) || isUnit(word.text)) continue;
      const acronym = acronymKey(word.text);
      if (acronym) {
        if (foreign) add('acronym', acronym, [word]);
      } else if (word.text.length > 2 && ((INNER_CAPITAL.test(word.text) && !HOTKEY_CAPITAL.test(word.text)) || (DIGIT.test(word.text) && UPPER.test(word.text)))) {
        add('name', nameKey(word), [word]);
      } else if (foreign && UPPER.test(word.text[0]!) && word.text.length > 1 && !isCommonWord(word.text)) {
        add('name', nameKey(word), [word]);
      }
    }
  }
  return { entities, evidence };
}

/** The entities of one side of a pair and the evidence it offers, computed once per segment. */
export const segmentEntities = perSegment(scan);

/**
 * Whether the name at text[start, end) labels a field or column of a program's output:
 * followed by a number (`BlockSize: %d`), or one of the headings of a table (`RO  RA
 * StartSec  Size  Device`: three or more columns of one or two words, apart by two spaces
 * or more). Translations translate such labels (`Blockgröße: %d`, `開始セクタ`).
 */
function isFieldLabel(text: string, start: number, end: number): boolean {
  if (NUMERIC_FIELD.test(text.slice(end, end + 32))) return true;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', end);
  const columns = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim().split(COLUMN_GAP);
  return columns.length >= 3 && columns.every((column) => column.split(' ').length <= 2 && !SENTENCE_END.test(column));
}

/** A word as evidence: its stem, and the acronyms in it (`GPUs`, `AutoIP`, `CoW`). */
function addWordEvidence(evidence: EntityEvidence, word: Word): void {
  evidence.words.add(nameKey(word));
  if (!UPPER.test(word.text)) return;
  const parts = camelCaseParts(word.text);
  // The word as a whole as well as its parts: `CoW` (parts `Co`, `W`), `GPUs` (`GP`, `Us`).
  const whole = parts.length > 1 ? acronymKey(word.text) : undefined;
  if (whole) evidence.acronyms.add(whole);
  for (const part of parts) {
    const acronym = acronymKey(part);
    if (acronym) evidence.acronyms.add(acronym);
  }
}

/** A word split where its case changes; most words have no capital after their first letter, and no split. */
function camelCaseParts(word: string): string[] {
  return LATER_CAPITAL.test(word) ? word.split(CAMEL_CASE_BREAK) : [word];
}

/**
 * Whether two neighbouring words write a name apart: `System V` for `SystemV`, `Looking
 * Glass` for `LookingGlass`, `X.509` for `X509`, `Wi-Fi` for `WiFi`.
 */
export function writtenApart(name: string, words: readonly Word[]): boolean {
  const lower = name.toLowerCase();
  for (let index = 1; index < words.length; index++) {
    const first = words[index - 1]!.text;
    if (NAME_GAPS.has(words[index]!.joint) && lower.startsWith(first.toLowerCase()) && (first + words[index]!.text).toLowerCase() === lower) return true;
  }
  return false;
}

/**
 * Whether a short name abbreviates words of the other side: its first letter and each of
 * its capitals begin consecutive words, and its other letters come from the word their
 * capital began, in order: `NiMH` (Nickel-Metallhydrid), `NiCd` (nickel cadmium), `LiPo`
 * (lithium polymer). A name of one part must begin a word of the other side's `text`, code
 * included: `Esc` (Escape), `St` (Street), `Zone` (`Zonesize=%d`).
 */
export function abbreviates(name: string, words: readonly Word[], text: string): boolean {
  if (name.length > MAX_ABBREVIATION || !LETTERS_ONLY.test(name)) return false;
  const letters = [...name.toLowerCase()];
  const capitals = [...name].map((letter, index) => index === 0 || UPPER.test(letter));
  if (capitals.filter(Boolean).length === 1) return beginsWord(name.toLowerCase(), text.toLowerCase());
  for (let start = 0; start < words.length; start++) {
    let word = start - 1;
    let current = '';
    let at = 0;
    let index = 0;
    for (; index < letters.length; index++) {
      if (capitals[index]) {
        word++;
        if (word >= words.length || (word > start && words[word]!.joint === '|')) break;
        current = words[word]!.text.toLowerCase();
        if (current[0] !== letters[index]) break;
        at = 1;
      } else {
        const found = current.indexOf(letters[index]!, at);
        if (found < 0) break;
        at = found + 1;
      }
    }
    if (index === letters.length) return true;
  }
  return false;
}

/** Whether a word of `text` begins with `prefix` (both lower case). */
function beginsWord(prefix: string, text: string): boolean {
  for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
    if (at === 0 || !WORD_CHARACTER.test(text[at - 1]!)) return true;
  }
  return false;
}

/**
 * Whether a name made of English words (`SmartSleep`, `BlockSize`) is translated in a text
 * of `lang`: every word of it is a gloss of a word there (智能睡眠, 块大小). Only where a
 * bilingual lexicon says so (Chinese); names with a letter or an acronym in them
 * (`iPhone`, `AutoIP`) are names, not words.
 */
export function translatedIn(name: string, text: string, lang: string): boolean {
  const parts = camelCaseParts(name);
  if (parts.length < 2 || !parts.every((part) => WORD_PART.test(part))) return false;
  const lexicon = lexiconFor(ENTITY_STEMS, lang);
  if (!lexicon) return false;
  const glosses = new Set(lexicon.words(text).flatMap((word) => lexicon.glossesOf(word)));
  return parts.every((part) => {
    const key = stem(part);
    if (glosses.has(key)) return true;
    // An abbreviated word: `Sec` for section, sector.
    for (const gloss of glosses) if (gloss.startsWith(key)) return true;
    return false;
  });
}

/**
 * Whether the other side has an acronym of a camel-case name: `LBA` of `LastUsableLBA`
 * (最后可用 LBA) in a text that translates the name's words. A text that keeps names whole
 * (a Latin-script one) drops only a one-letter prefix (`hHTREE` as `HTREE`): there `TLS`
 * is a changed `GnuTLS`.
 */
export function hasAcronymPart(name: string, evidence: EntityEvidence, translatesWords: boolean): boolean {
  const parts = camelCaseParts(name);
  if (!translatesWords && !parts.every((part) => part.length === 1 || acronymKey(part) !== undefined)) return false;
  return parts.some((part) => part.length > 2 && acronymKey(part) !== undefined && evidence.acronyms.has(part));
}

/** Whether an acronym is present: as written, by its parts (`CD-ROM` in `CD-ROM-Laufwerk`), or spelled out. */
export function acronymPresent(acronym: string, evidence: EntityEvidence, spelledOutCounts: boolean): boolean {
  if (evidence.acronyms.has(acronym) || evidence.words.has(stem(acronym))) return true;
  const parts = acronym.split(ACRONYM_PARTS);
  if (parts.length > 1 && parts.every((part) => part.length < 2 || evidence.acronyms.has(part))) return true;
  return spelledOutCounts && spelledOut(acronym, evidence.wordList);
}

/** Whether `acronym` is spelled out by consecutive words (`TAM`: total addressable market), skipping function words. */
function spelledOut(acronym: string, words: readonly Word[]): boolean {
  const letters = acronym.replace(NOT_LETTER, '').toLowerCase();
  if (letters.length < 2) return false;
  const content = words.filter((word) => !isCommonWord(word.text));
  for (let start = 0; start + letters.length <= content.length; start++) {
    let index = 0;
    while (index < letters.length && content[start + index]!.text[0]!.toLowerCase() === letters[index]) index++;
    if (index === letters.length) return true;
  }
  return false;
}
