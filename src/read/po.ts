// gettext PO. A small tokenizer of our own rather than gettext-parser or pofile: both
// return a translation table without line numbers (we need the line of each msgid and
// msgstr, and line:column for bad quoting), gettext-parser merges duplicate keys and
// accepts single quotes, and neither streams. The grammar is small: comments, five
// keywords, and C-escaped strings continued on following lines.
//
// Entries: msgctxt, msgid, msgid_plural, msgstr / msgstr[n]. The header entry (msgid "")
// gives the target language (`Language:`) and is not a pair, nor are translator credits
// (GNOME's `translator-credits`, KDE's `NAME OF TRANSLATORS`): their msgstr lists the
// translators rather than translating the msgid. The msgctxt goes on the source segment
// (`context`): the same msgid in another context is another unit. Fuzzy entries are skipped
// unless options.includeFuzzy; obsolete `#~` entries are ignored. An empty msgstr is an
// untranslated entry: an unpaired source, not drift. A plural entry gives one pair per
// msgstr[n] (id suffixed `[n]`; form 0 against msgid, the others against msgid_plural).
//
// Lines: source.line is the line of msgid (the contract's entry start); target.line is
// the line of the msgstr that holds the translation.
import { createHash } from 'node:crypto';
import { DEFAULT_CANDIDATES, scriptOfLanguage } from '../analyse/language.js';
import { AuditError } from '../errors.js';
import type { Segment } from '../model.js';
import type { ReadOptions, Reader } from './reader.js';
import { otherEncoding } from './decode.js';
import { languageOfName } from './fields.js';
import { MAX_UNIT_CHARS, numberedLines, tooLong, type ByteCounter } from './text-stream.js';
import { segmentAt, suppressionsIn, unitsToItems, type Unit } from './units.js';

interface PoString {
  line: number;
  text: string;
}

interface Entry {
  translatorComments: string[];
  flags: string[];
  msgctxt?: PoString;
  msgid?: PoString;
  msgidPlural?: PoString;
  /** By plural index; plain `msgstr` is index 0. */
  msgstr: Map<number, PoString>;
}

type Keyword = 'msgctxt' | 'msgid' | 'msgid_plural' | 'msgstr';
/** A keyword at the start of a line, with the plural index of `msgstr[n]`. */
const KEYWORD = /^(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?(?=[\s"]|$)/;

/** msgids are English by convention; another script (a Chinese source catalog) still shows. */
const SOURCE_CANDIDATES = DEFAULT_CANDIDATES.filter((lang) => lang === 'en' || scriptOfLanguage(lang) !== 'Latin');
/** msgids whose msgstr credits the translators (GNOME) and msgctxts that say so (KDE): no translations. */
const CREDITS_IDS = new Set(['translator-credits', 'translator_credits']);
const CREDITS_CONTEXTS = new Set(['NAME OF TRANSLATORS', 'EMAIL OF TRANSLATORS']);
/** Ids longer than this are shortened to a prefix and a hash of the whole key. */
const MAX_ID_CHARS = 64;

function emptyEntry(): Entry {
  return { translatorComments: [], flags: [], msgstr: new Map() };
}

/**
 * The charset a PO header declares (`Content-Type: text/plain; charset=ISO-8859-1`): older
 * catalogs are not UTF-8. Templates say `CHARSET`; an encoding TextDecoder does not know
 * is left to fail as invalid UTF-8 with its byte offset.
 */
function declaredCharset(head: Uint8Array): string | undefined {
  return otherEncoding(/charset=([A-Za-z0-9_.:-]+)/.exec(new TextDecoder('latin1').decode(head.subarray(0, 8192)))?.[1]);
}

/** Splits a PO file into entries, in order, with the line of every string. */
async function* poEntries(path: string, onBytes?: ByteCounter): AsyncGenerator<Entry> {
  let entry = emptyEntry();
  /** Where a continuation line's string goes. */
  let current: PoString | undefined;
  const fail = (reason: string, line: number, column?: number) => new AuditError(reason, { file: path, line, column });

  for await (const { line, text } of numberedLines(path, onBytes, declaredCharset)) {
    const indent = text.length - text.trimStart().length;
    const body = text.slice(indent);
    if (body === '') continue;
    if (body.startsWith('#')) {
      // A comment after a msgstr begins the next entry.
      if (entry.msgstr.size > 0) {
        yield entry;
        entry = emptyEntry();
      } else if (entry.msgid) throw fail('msgid without msgstr', entry.msgid.line);
      current = undefined;
      // `#~` lines are an obsolete entry, which takes the comments before it along.
      if (body.startsWith('#~')) entry = emptyEntry();
      else if (body.startsWith('#,')) entry.flags.push(...body.slice(2).split(',').map((flag) => flag.trim()));
      else if (body === '#' || body.startsWith('# ')) entry.translatorComments.push(body.slice(1));
      continue;
    }
    if (body.startsWith('"')) {
      if (!current) throw fail('string without a keyword before it', line, indent + 1);
      current.text += parseString(body, indent, line, path);
      // Each line is bounded; a string continued over endless lines is bounded here.
      if (current.text.length > MAX_UNIT_CHARS) throw tooLong('string', { file: path, line: current.line });
      continue;
    }
    const match = KEYWORD.exec(body);
    if (!match || (match[2] !== undefined && match[1] !== 'msgstr')) {
      throw fail(`unknown keyword '${/^[^\s"]*/.exec(body)?.[0]}'`, line, indent + 1);
    }
    const keyword = match[1] as Keyword;
    const index = match[2] === undefined ? undefined : Number(match[2]);
    if (entry.msgstr.size > 0 && (keyword === 'msgctxt' || keyword === 'msgid')) {
      yield entry;
      entry = emptyEntry();
    }
    const problem = keywordProblem(entry, keyword, index);
    if (problem) throw fail(problem, line, indent + 1);
    const quoted = body.slice(match[0].length).trimStart();
    const value = { line, text: parseString(quoted, text.length - quoted.length, line, path) };
    if (keyword === 'msgstr') entry.msgstr.set(index ?? 0, value);
    else if (keyword === 'msgid_plural') entry.msgidPlural = value;
    else entry[keyword] = value;
    current = value;
  }
  if (entry.msgid && entry.msgstr.size === 0) throw fail('msgid without msgstr', entry.msgid.line);
  if (entry.msgstr.size > 0) yield entry;
}

/** Why a keyword cannot come at this point of an entry, if it cannot. */
function keywordProblem(entry: Entry, keyword: Keyword, index: number | undefined): string | undefined {
  const hasStr = entry.msgstr.size > 0;
  switch (keyword) {
    case 'msgctxt':
      return entry.msgid || entry.msgctxt ? 'msgctxt must come before msgid, once per entry' : undefined;
    case 'msgid':
      return entry.msgid ? `msgid without msgstr (the msgid at line ${entry.msgid.line})` : undefined;
    case 'msgid_plural':
      return !entry.msgid || entry.msgidPlural || hasStr ? 'msgid_plural must follow msgid, once per entry' : undefined;
    case 'msgstr':
      if (!entry.msgid) return 'msgstr without msgid';
      if (entry.msgidPlural && index === undefined) return 'a plural entry needs msgstr[n]';
      if (!entry.msgidPlural && index !== undefined) return 'msgstr[n] without msgid_plural';
      return entry.msgstr.has(index ?? 0) ? `msgstr without msgid (the entry at line ${entry.msgid.line} has its msgstr already)` : undefined;
  }
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v', "'": "'", '?': '?' };
/** Inside a PO string: a run of plain characters, an escape (octal, hex or one character), or the closing quote. */
const STRING_TOKEN = /[^"\\]+|\\([0-7]{1,3}|x[0-9a-fA-F]{1,2}|.)?|"/y;

/**
 * Decodes one quoted PO string with C escapes. `text` starts at the opening quote,
 * `offset` is where it starts in the line (for 1-based columns in errors); only
 * whitespace may follow the closing quote.
 */
function parseString(text: string, offset: number, line: number, path: string): string {
  const fail = (reason: string, at: number) => new AuditError(reason, { file: path, line, column: offset + at + 1 });
  if (!text.startsWith('"')) throw fail('expected a quoted string', 0);
  let value = '';
  const token = STRING_TOKEN; // sticky, so reset; safe to share as parsing never pauses mid-string
  token.lastIndex = 1;
  for (let match = token.exec(text); match; match = token.exec(text)) {
    const [whole, escape] = match;
    if (whole === '"') {
      const rest = text.slice(token.lastIndex);
      if (rest.trim() !== '') throw fail('unexpected text after the closing quote (an unescaped " inside the string?)', text.length - rest.trimStart().length);
      return value;
    }
    if (!whole.startsWith('\\')) value += whole;
    else if (escape === undefined) break; // a backslash ends the line: the string is not closed
    else if (ESCAPES[escape] !== undefined) value += ESCAPES[escape];
    else if (/^[0-7]/.test(escape)) value += String.fromCharCode(Number.parseInt(escape, 8));
    else if (/^x./.test(escape)) value += String.fromCharCode(Number.parseInt(escape.slice(1), 16));
    else throw fail(`invalid escape sequence \\${escape}`, match.index);
  }
  throw fail('unterminated string: no closing quote on this line', text.length);
}

/** The header entry's `Name: value` field. */
function headerField(header: string, name: string): string | undefined {
  return new RegExp(`^${name}:[ \\t]*(\\S+)`, 'im').exec(header)?.[1];
}

/**
 * The target language of a header without `Language:` (older catalogs), from the name in
 * `Language-Team: German <de@li.org>` or Poedit's `X-Poedit-Language: German`.
 */
function teamLanguage(header: string): string | undefined {
  for (const name of ['X-Poedit-Language', 'Language-Team']) {
    const value = new RegExp(`^${name}:[ \\t]*([^\\n<]*)`, 'im').exec(header)?.[1]?.trim();
    if (!value) continue;
    const lang = languageOfName(value) ?? languageOfName(value.split(/[\s(,]/)[0] ?? '');
    if (lang) return lang;
  }
  return undefined;
}

/** A readable id from msgctxt and msgid, stable when entries are added or moved. */
function entryId(entry: Entry): string {
  const key = entry.msgctxt ? `${entry.msgctxt.text}|${entry.msgid!.text}` : entry.msgid!.text;
  const flat = key.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_ID_CHARS) return flat;
  const hash = createHash('sha1').update(key).digest('hex').slice(0, 8);
  return `${flat.slice(0, MAX_ID_CHARS - 16)}…${hash}`;
}

/** The units of PO entries: header read for the languages, fuzzy and header skipped, plurals split. */
async function* poUnits(options: ReadOptions): AsyncGenerator<Unit> {
  let languages: { source?: string; target?: string } = {};
  for await (const entry of poEntries(options.path, options.onBytes)) {
    const msgid = entry.msgid!;
    if (msgid.text === '' && !entry.msgctxt) {
      const header = entry.msgstr.get(0)?.text ?? '';
      languages = { source: headerField(header, 'X-Source-Language'), target: headerField(header, 'Language') ?? teamLanguage(header) };
      continue;
    }
    if (entry.flags.includes('fuzzy') && !options.includeFuzzy) continue;
    if (CREDITS_IDS.has(msgid.text) || (entry.msgctxt && CREDITS_CONTEXTS.has(entry.msgctxt.text))) continue;
    const context = entry.msgctxt?.text;
    const sourceAt = (line: number, text: string, parts?: PoString[]): Segment => {
      const segment = parts ? { line, text, parts } : segmentAt(line, text);
      return context === undefined ? segment : { ...segment, context };
    };
    const formats = entry.flags.filter((flag) => flag.endsWith('-format'));
    const common = {
      sourceLang: languages.source,
      targetLang: languages.target,
      suppressed: suppressionsIn(entry.translatorComments.join('\n')),
      ...(formats.length > 0 && { formats }),
    };
    const target = (form: number): Segment | undefined => {
      const msgstr = entry.msgstr.get(form);
      return msgstr && segmentAt(msgstr.line, msgstr.text);
    };
    const id = entryId(entry);
    if (!entry.msgidPlural) {
      yield { ...common, id, source: sourceAt(msgid.line, msgid.text), target: target(0) };
      continue;
    }
    const plural = entry.msgidPlural;
    const forms = [...entry.msgstr.keys()].sort((a, b) => a - b);
    if (forms.every((form) => entry.msgstr.get(form)!.text === '')) {
      // Untranslated: one unpaired source holding both msgid and msgid_plural, not one per form.
      yield { ...common, id, source: sourceAt(msgid.line, `${msgid.text}\n${plural.text}`, [msgid, plural]) };
      continue;
    }
    for (const form of forms) {
      const source = sourceAt(msgid.line, form === 0 ? msgid.text : plural.text);
      // Forms 1, 2 ... all translate msgid_plural, each differently by design (Russian `файла`,
      // `файлов`): a form is compared with the same form of other entries only.
      if (form > 0) source.context = `${context ?? ''}\u0004msgstr[${form}]`;
      yield { ...common, id: `${id}[${form}]`, source, target: target(form), pluralForm: form };
    }
  }
}

const po: Reader = {
  format: 'po',
  extensions: ['po', 'pot'],
  sniff: (head) => /^msgid\s/m.test(head),
  read: (options) => unitsToItems(poUnits(options), { ...options, sourceCandidates: SOURCE_CANDIDATES }),
};

export default po;
