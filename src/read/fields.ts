// Names of the columns (CSV, TSV) and keys (JSONL) that real tools write for a pair:
// `source`/`target` as the contract says, and the synonyms of exports and datasets
// (`src`/`tgt`, `source_text`/`translation`, `key`), or a column per language named by
// its tag or its name (`en`, `de-DE`, `English`, `Deutsch`), as memoQ, Phrase and
// HuggingFace translation datasets write them. A field's name may carry its language
// (`Source (en-US)`, `Target [de]`), as spreadsheet templates write them.

export type Field = 'id' | 'source' | 'target' | 'sourcelang' | 'targetlang';

/** Names folded by `fieldKey`, for each field; the contract's own name first. */
const SYNONYMS: Record<Field, readonly string[]> = {
  id: ['id', 'key', 'keyname', 'uid', 'tuid', 'stringid', 'identifier', 'resname', 'msgctxt', 'segmentid', 'segid'],
  source: ['source', 'src', 'sourcetext', 'srctext', 'sourcestring', 'sourcesegment', 'sourcesentence', 'original', 'originaltext', 'msgid'],
  target: ['target', 'tgt', 'trg', 'targettext', 'tgttext', 'trgtext', 'targetstring', 'targetsegment', 'targetsentence', 'translation', 'translatedtext', 'translated', 'msgstr'],
  sourcelang: ['sourcelang', 'sourcelanguage', 'srclang', 'srclanguage', 'sourcelocale', 'srclocale'],
  targetlang: ['targetlang', 'targetlanguage', 'tgtlang', 'tgtlanguage', 'trglang', 'trglanguage', 'targetlocale', 'tgtlocale', 'trglocale'],
};

const BY_KEY = new Map<string, Field>(Object.entries(SYNONYMS).flatMap(([field, names]) => names.map((name) => [name, field as Field])));

/** `Source_Text`, `source-text`, `Source Text` -> `sourcetext`. */
function fieldKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, '');
}

/** A name's trailing language in parentheses or brackets: `Source (en-US)`, `Target [de]`. */
const LANGUAGE_SUFFIX = /^(.*\S)\s*[([]([^()[\]]+)[)\]]\s*$/;

/** The field a column or key name stands for, if any. */
export function fieldOf(name: string): Field | undefined {
  const field = BY_KEY.get(fieldKey(name));
  if (field) return field;
  const suffixed = LANGUAGE_SUFFIX.exec(name);
  return suffixed && languageOfName(suffixed[2]!) ? BY_KEY.get(fieldKey(suffixed[1]!)) : undefined;
}

/** The language a field's name carries (`Source (en-US)` -> `en-US`), if it carries one. */
export function languageInName(name: string): string | undefined {
  const suffix = LANGUAGE_SUFFIX.exec(name)?.[2];
  return suffix === undefined ? undefined : languageOfName(suffix);
}

/** Where each field is among `names` (the first name of each field wins). */
export function fieldsOf(names: readonly string[]): Partial<Record<Field, number>> {
  const found: Partial<Record<Field, number>> = {};
  names.forEach((name, index) => {
    const field = fieldOf(name);
    if (field && found[field] === undefined) found[field] = index;
  });
  return found;
}

let namesToTags: Map<string, string> | undefined;

/** Language names in English and in the language itself (`german`, `deutsch`), to their ISO 639-1 tag. */
function languageNames(): Map<string, string> {
  if (namesToTags) return namesToTags;
  namesToTags = new Map();
  const english = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const first of letters) {
    for (const second of letters) {
      const tag = first + second;
      const name = english.of(tag);
      if (!name) continue;
      namesToTags.set(name.toLowerCase(), tag);
      try {
        const native = new Intl.DisplayNames(tag, { type: 'language', fallback: 'none' }).of(tag);
        if (native && !namesToTags.has(native.toLowerCase())) namesToTags.set(native.toLowerCase(), tag);
      } catch {
        // a locale this runtime has no data for
      }
    }
  }
  return namesToTags;
}

/**
 * The language a column or key name stands for: a tag (`en`, `de-DE`, `pt_BR`, `zh-Hans`)
 * whose language is a two-letter ISO 639-1 code, a FLORES-200 code as NLLB datasets key
 * their texts (`eng_Latn`: three letters and a script), or a language's name in English or
 * in itself (`English`, `Deutsch`, `中文`). Undefined for anything else (`id`, `text`).
 */
export function languageOfName(name: string): string | undefined {
  let known = languageByName.get(name);
  if (known === undefined) {
    known = tagOrName(name) ?? '';
    // Bounded: names come from headers and JSONL keys, few in a file, but keys are anyone's.
    if (languageByName.size >= 10_000) languageByName.clear();
    languageByName.set(name, known);
  }
  return known === '' ? undefined : known;
}

/** Names already looked up ('' for none): every JSONL record asks again. */
const languageByName = new Map<string, string>();
let englishNames: Intl.DisplayNames | undefined;

function tagOrName(name: string): string | undefined {
  const trimmed = name.trim();
  // A bare three-letter word (`url`, `doc`) is too often a key to be read as a language.
  if (/^(?:[a-z]{2}(?:[-_][A-Za-z0-9]{2,8})*|[a-z]{3}[-_][A-Z][a-z]{3})$/i.test(trimmed)) {
    const tag = trimmed.replace(/_/g, '-');
    englishNames ??= new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });
    try {
      if (englishNames.of(tag) && fieldOf(trimmed) !== 'id') return tag;
    } catch {
      return undefined;
    }
  }
  return languageNames().get(trimmed.toLowerCase());
}

/**
 * The columns or keys that name languages, when there is no `source`/`target`: the
 * first is the source (or the one in `sourceLang`, when the user declared it), each other a target.
 */
export function languageColumns(names: readonly string[], sourceLang?: string): { source: LanguageColumn; targets: LanguageColumn[] } | undefined {
  const columns = names.flatMap((name, index) => {
    if (fieldOf(name)) return [];
    const lang = languageOfName(name);
    return lang ? [{ index, name, lang }] : [];
  });
  if (columns.length < 2) return undefined;
  const base = (tag: string) => tag.toLowerCase().split('-')[0];
  const source = (sourceLang && columns.find((column) => base(column.lang) === base(sourceLang))) || columns[0]!;
  return { source, targets: columns.filter((column) => column !== source) };
}

export interface LanguageColumn {
  index: number;
  name: string;
  lang: string;
}
