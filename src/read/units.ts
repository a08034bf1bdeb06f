// What the structured readers (tmx, xliff, po, csv, tsv, jsonl) share: a unit as read
// from the file becomes a pair or an unpaired source, with a unique id and the
// language of each side resolved (declared, else the file's metadata, else detected).
import { DEFAULT_CANDIDATES, detectCollectiveLanguage } from '../analyse/language.js';
import { languageOfName } from './fields.js';
import { baseLanguageOf } from './language-tag.js';
import type { AuditItem, Segment, SegmentPair } from '../model.js';
import type { ReadOptions } from './reader.js';
import { TextHashSet } from '../text-hash.js';

/** One translation unit as a reader found it, before languages and ids are settled. */
export interface Unit {
  /** The unit's own id, if the format has one; `p<n>` (n = the unit's ordinal) otherwise. */
  id?: string;
  source: Segment;
  /** Absent or blank when the unit is untranslated: it becomes an unpaired source. */
  target?: Segment;
  /** Languages from the file's metadata (header, attributes, record fields). */
  sourceLang?: string;
  targetLang?: string;
  suppressed?: string[];
  /**
   * Tells apart the pairs of one unit that holds several translations (a TMX tu with a
   * variant per target language, a CSV row with a column per language): appended to the
   * id as `<id>@<variant>`. Such pairs share the unit's ordinal.
   */
  variant?: string;
  /** A further pair of the unit before it (same source, another variant): takes no new ordinal. */
  sameUnit?: boolean;
  /** A PO plural form's index, carried to the pair. */
  pluralForm?: number;
  /** A PO entry's format flags, carried to the pair. */
  formats?: string[];
}

/** The fields that tell apart the `index`th of a unit's `count` translations; none for a unit with one. */
export function variantFields(lang: string | undefined, index: number, count: number): Pick<Unit, 'variant' | 'sameUnit'> {
  return count > 1 ? { variant: lang ?? String(index + 1), sameUnit: index > 0 } : {};
}

export interface UnitOptions extends ReadOptions {
  /** Languages the source side may be detected as (PO msgids are English unless their script says otherwise). */
  sourceCandidates?: readonly string[];
}

/** Units whose texts are pooled to detect a side's language when neither the user nor the file says it. */
const DETECTION_SAMPLE = 50;
/** BCP 47 for "undetermined": no declaration, no metadata and no letters to detect from. */
const UNDETERMINED = 'und';

/** A segment that is one piece of text on one line of the file. */
export function segmentAt(line: number, text: string): Segment {
  return { line, text, parts: [{ line, text }] };
}

/**
 * Turns units into audit items: buffers the first units until the languages the file
 * leaves open are detected from them, then streams. Units without source text carry
 * nothing to audit and are dropped.
 */
export async function* unitsToItems(units: AsyncIterable<Unit>, options: UnitOptions): AsyncGenerator<AuditItem> {
  const declared = { source: languageOf(options.sourceLang), target: languageOf(options.targetLang) };
  const ids = new UniqueIds();
  const toItem = ({ unit, ordinal }: Numbered, detected: SideLanguages): AuditItem => {
    const input = options.path;
    const sourceLang = declared.source ?? languageOf(unit.sourceLang) ?? detected.source;
    if (!unit.target || isBlank(unit.target.text) || isNewMessageStub(unit.source.text, unit.target.text)) {
      return { kind: 'unpaired', unpaired: { input, side: 'source', lang: sourceLang, segment: unit.source } };
    }
    const pair: SegmentPair = {
      id: ids.claim(`${unit.id ?? `p${ordinal}`}${unit.variant === undefined ? '' : `@${unit.variant}`}`, ordinal),
      input,
      sourceLang,
      targetLang: declared.target ?? languageOf(unit.targetLang) ?? detected.target,
      source: regionalVariant(unit) ? { ...unit.source, context: `${unit.source.context ?? ''}\u0004${unit.variant}` } : unit.source,
      target: unit.target,
    };
    if (unit.suppressed?.length) pair.suppressed = unit.suppressed;
    if (unit.pluralForm !== undefined) pair.pluralForm = unit.pluralForm;
    if (unit.formats) pair.formats = unit.formats;
    return { kind: 'pair', pair };
  };

  const sample: Numbered[] = [];
  let detected: SideLanguages | undefined;
  let ordinal = 0;
  for await (const unit of units) {
    if (isBlank(unit.source.text)) continue;
    if (!unit.sameUnit || ordinal === 0) ordinal++;
    if (detected) {
      yield toItem({ unit, ordinal }, detected);
      continue;
    }
    sample.push({ unit, ordinal });
    if (sample.length === DETECTION_SAMPLE) {
      const languages = (detected = detectSides(sample, options));
      yield* sample.splice(0).map((held) => toItem(held, languages));
    }
  }
  if (!detected) {
    const languages = detectSides(sample, options);
    yield* sample.map((held) => toItem(held, languages));
  }
}

/**
 * Whether the unit is one of several translations into regional variants of a language
 * (a TMX tu with fr-FR and fr-CA): they differ by design, so the variant goes into the
 * source's context, which keeps them apart as a PO msgctxt does.
 */
function regionalVariant(unit: Unit): boolean {
  return unit.variant !== undefined && baseLanguageOf(unit.variant) !== unit.variant.toLowerCase();
}

interface Numbered {
  unit: Unit;
  /** 1-based position among the units with source text, for `p<n>` ids. */
  ordinal: number;
}

interface SideLanguages {
  source: string;
  target: string;
}

/**
 * The language of each side for units that carry none: the one the other units of the
 * sample declare most, else detected over the sample's texts pooled (short segments
 * alone are too little for detection).
 */
function detectSides(sample: Numbered[], options: UnitOptions): SideLanguages {
  const units = sample.map(({ unit }) => unit);
  const targets = units.flatMap((unit) => (unit.target ? [unit.target.text] : []));
  // Targets left as copies of their source pull a small file towards the source language.
  const translated = units.flatMap((unit) => (unit.target && unit.target.text !== unit.source.text ? [unit.target.text] : []));
  return {
    source:
      mostCommon(units.map((unit) => languageOf(unit.sourceLang))) ??
      detectCollectiveLanguage(units.map((unit) => unit.source.text), options.sourceCandidates ?? DEFAULT_CANDIDATES) ??
      UNDETERMINED,
    target: mostCommon(units.map((unit) => languageOf(unit.targetLang))) ?? detectCollectiveLanguage(translated.length > 0 ? translated : targets) ?? UNDETERMINED,
  };
}

function mostCommon(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  for (const [value, count] of counts) if (!best || count > counts.get(best)!) best = value;
  return best;
}

/** A side's base language from a tag, or from a language's name (`"src_lang": "English"`). */
function languageOf(tag: string | undefined): string | undefined {
  const base = tag ? baseLanguageOf(tag) : '';
  // No language subtag is longer than 3 letters: such a value may be a language's name.
  const named = base.length > 3 ? languageOfName(tag!) : undefined;
  if (named) return baseLanguageOf(named);
  return base === '' ? undefined : base;
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}

/**
 * Symfony's `translation:extract` fills the target of a new message with its source behind
 * the prefix `__`: a stub awaiting translation, untranslated like an empty target.
 */
function isNewMessageStub(source: string, target: string): boolean {
  return target.length === source.length + 2 && target.startsWith('__') && target.endsWith(source);
}

/**
 * Keeps pair ids unique within an input: a repeated id (two `<tu tuid="7">`, a CSV id
 * column with duplicates) gets `#<ordinal>` appended rather than failing the run.
 * Holds a 53-bit hash of every id seen, not the id: the one per-input cost that grows
 * with the input, 16 bytes a pair at most. Two different ids share a hash with a chance
 * of about 1 in 10^16 per pair of ids; the later one would then be renamed.
 */
class UniqueIds {
  private readonly seen = new TextHashSet();

  claim(id: string, ordinal: number): string {
    let unique = id;
    for (let attempt = 0; !this.seen.add(unique); attempt++) unique = `${id}#${ordinal}${attempt ? `.${attempt}` : ''}`;
    return unique;
  }
}

/**
 * Rule ids switched off by a comment line such as `bitext-audit-disable numeric-drift, length-anomaly`
 * (`*` when no id follows), looked for on every line of a PO translator comment or a TMX/XLIFF
 * note. An ESLint-style `-- reason` may follow the ids.
 */
export function suppressionsIn(comment: string): string[] {
  const ids: string[] = [];
  for (const line of comment.split(/\r\n|\r|\n/)) {
    const match = /^\s*bitext-audit-disable(?:\s+(.*))?$/.exec(line);
    if (!match) continue;
    const list = (match[1] ?? '').replace(/--.*$/, '').trim();
    ids.push(...(list === '' ? ['*'] : list.split(/[\s,]+/).filter(Boolean)));
  }
  return [...new Set(ids)];
}
