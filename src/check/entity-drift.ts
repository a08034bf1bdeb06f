import {
  abbreviates,
  acronymPresent,
  ENTITY_STEMS,
  hasAcronymPart,
  segmentEntities,
  translatedIn,
  writtenApart,
  type Entity,
  type SideEntities,
} from '../analyse/entities.js';
import { baseLanguage, scriptOfLanguage } from '../analyse/language.js';
import { GLOSSARY_ENTRY_SCHEMA, glossaryFor, type Glossary, type GlossaryOptions, type RawEntry, type TermMatch } from '../analyse/terms.js';
import type { Segment, SideName } from '../model.js';
import { defineRule } from './rule.js';

interface Options extends GlossaryOptions {
  /** Names written differently per language, on top of the bundled ones: `{ zh: 博世, en: Bosch }`. */
  names: RawEntry[];
}

/** One side of a pair as this rule sees it. */
interface Side {
  segment: Segment;
  lang: string;
  latin: boolean;
  found: SideEntities;
  /** Glossary names on this side, in either language of the pair (`Qwen` inside Chinese text too). */
  names: TermMatch[];
}

/** A whole message of one word, maybe with a colon: a label or a column heading. */
const LONE_WORD = /^\s*[\p{L}\p{N}][\p{L}\p{N}\p{M}_.-]*[:：]?\s*$/u;

export default defineRule<Options>({
  meta: {
    id: 'entity-drift',
    summary: 'A name, acronym, e-mail address or URL on one side that the other side lacks.',
    explanation:
      'Finds Latin-script names, acronyms, e-mail addresses and URLs on each side and reports those the other side ' +
      'lacks. A dropped name usually means a dropped clause, and a changed one a wrong fact. In a Chinese or Japanese ' +
      'text every Latin name and acronym counts (`Qwen`, `GDPR`, `VivaTech`), except function words (`All in`) and ' +
      'units after numbers (`1.8 GW`); in an English, German or French text only links and names with inner capitals ' +
      'or digits (`iPhone`, `Qwen3`) do, because other capitalised words are sentence starts, German nouns or names ' +
      'that translations change, and acronyms get translated (`CPU` is `processeur` in French). Names and acronyms ' +
      'that languages write differently (`博世` = `Bosch`, `平头哥` = `T-Head`, `GDPR` = `DSGVO`) come from the glossary: ' +
      'the bundled `names` (rules/lang/und/glossary.yaml) plus the `names` option. Inflection (`GPUs` for `GPU`) goes ' +
      'through a stemmer, an acronym spelled out (`TAM`: total addressable market) or a short name abbreviating words ' +
      '(`Esc`: Escape, `NiMH`: nickel metal hydride) counts as present, and acronyms a translation adds are expansions ' +
      'for its reader (`pid` as `プロセス ID`), not drift. Words a translation translates are no names even with inner ' +
      'capitals: the labels of fields and table columns in a program\'s output (`BlockSize: %d` as `Blockgröße: %d`, ' +
      'a heading `StartSec` as `開始セクタ`, a message that is one word on both sides: `CandVer` as `VersCand`), a name of English words a Chinese text translates word for word ' +
      '(`SmartSleep` as 智能睡眠, by the bundled lexicon), and, between languages of one script, names only the target ' +
      'has unless the source lacks one of its own (a changed name): alone they are identifiers the translation made ' +
      '(`page0` as `Seite0`). Restore the missing name, or add the pair of spellings to the `names` option when the ' +
      'translation writes it differently. A finding where the source lacks nothing (kind `added`) is less sure than one where ' +
      'it does (kind `missing`): translations add clarifications (`门 (Solaris)`) and their team\'s address.',
    defaultSeverity: 'warning',
    kinds: {
      missing: 'a name, acronym or link of the source missing from the translation (or changed in it)',
      added: 'a name or link only the translation has: mostly a clarification or a translator\'s contact address, sometimes a wrong name',
    },
    defaultOptions: { bundled: true, names: [] },
    optionsSchema: {
      type: 'object',
      properties: {
        bundled: { type: 'boolean', description: 'use the bundled names (rules/lang/und/glossary.yaml)' },
        names: { type: 'array', items: GLOSSARY_ENTRY_SCHEMA, description: 'names per language: { zh: 博世, en: Bosch }' },
      },
      additionalProperties: false,
    },
    example: {
      source: '第三层是模型层:通义千问开源大模型,全球下载量突破 10 亿次,完全符合欧盟 GDPR 的要求。',
      target: 'The third layer is models: our open-source models have passed one billion downloads worldwide and fully comply with EU rules.',
      sourceLang: 'zh',
      targetLang: 'en',
    },
  },
  checkPair(pair, { options, scratch }) {
    // A message that is one word on both sides is a label translated (`CandVer` as `VersCand`,
    // a column heading of aptitude), not a name dropped from a sentence.
    if (LONE_WORD.test(pair.source.text) && LONE_WORD.test(pair.target.text)) return [];
    const glossary = glossaryFor('names', options, options.names);
    const sourceLang = baseLanguage(pair.sourceLang);
    const targetLang = baseLanguage(pair.targetLang);
    const source = sideOf(pair.source, sourceLang, targetLang, glossary);
    const target = sideOf(pair.target, targetLang, sourceLang, glossary);
    // Names inside a span another rule reported (a missing list item) are reported there.
    const claimed = (side: SideName) => (start: number, end: number) =>
      scratch.claimedSpans?.some((span) => span.side === side && span.start <= start && end <= span.end) ?? false;
    const missingInTarget = missingFrom(source, target, glossary, { acronyms: true, names: true }, claimed('source'));
    // Between languages of one script a name the source has is kept as written; one only the
    // target has is a changed name when the source lacks one (LookingGlass written LookingGlas),
    // else a word of the translation written with capitals: an identifier whose words were
    // translated (`page0` as `Seite0`, `iflag` as `iMarkierung`) or an abbreviation it adds
    // (`Nickel-Cadmium (NiCd)`).
    const addedNames = !(source.latin && target.latin) || missingInTarget.length > 0;
    const missingInSource = missingFrom(target, source, glossary, { acronyms: false, names: addedNames }, claimed('target'));
    if (missingInTarget.length === 0 && missingInSource.length === 0) return [];
    const parts = [];
    if (missingInTarget.length) parts.push(`source has ${missingInTarget.join(', ')}, which the target lacks`);
    if (missingInSource.length) parts.push(`target has ${missingInSource.join(', ')}, which the source lacks`);
    return [
      {
        message: `${parts.join('; ')}: a name dropped or changed in translation usually means a dropped clause or a wrong fact`,
        details: { missingInTarget, missingInSource },
        kind: missingInTarget.length ? 'missing' : 'added',
      },
    ];
  },
});

function sideOf(segment: Segment, lang: string, otherLang: string, glossary: Glossary): Side {
  const found = segmentEntities(segment, lang);
  const words = found.evidence.wordList;
  const latin = scriptOfLanguage(lang) === 'Latin';
  const matches = glossary.formsIn(lang, ENTITY_STEMS).find(segment.text, words);
  // Latin names in a Chinese text are the other language's forms (`Qwen`); in a French text,
  // an English form is a French word (`UN` in `UN IDIOT`).
  if (!latin) matches.push(...glossary.formsIn(otherLang, ENTITY_STEMS).find(segment.text, words));
  // An entry without forms in both languages says nothing about this pair: Chinese writes `EU` as 欧盟.
  const names = matches.filter((match) => glossary.entries[match.entry]!.forms[lang] && glossary.entries[match.entry]!.forms[otherLang]);
  return { segment, lang, latin, found, names };
}

/**
 * What `from` names that `to` lacks, each once, in order of appearance. Acronyms are held
 * to the target only: one a translation adds is an expansion for its reader (`pid` becomes
 * `プロセス ID`), not a drift. `held` says whether acronyms and names (other than the
 * glossary's) count at all.
 */
function missingFrom(
  from: Side,
  to: Side,
  glossary: Glossary,
  held: { acronyms: boolean; names: boolean },
  claimed: (start: number, end: number) => boolean,
): string[] {
  const missing = new Map<string, string>();
  const presentNames = new Set(to.names.map((match) => match.entry));
  for (const match of from.names) {
    if (presentNames.has(match.entry) || missing.has(`#${match.entry}`) || claimed(match.start, match.end)) continue;
    const expected = glossary.entries[match.entry]!.forms[to.lang]?.[0];
    missing.set(`#${match.entry}`, expected && expected !== match.form ? `${match.form} (${expected})` : match.form);
  }
  for (const entity of from.found.entities) {
    if ((entity.kind === 'acronym' && !held.acronyms) || (entity.kind === 'name' && !held.names) || missing.has(entity.key) || claimed(entity.start, entity.end) || isPresent(entity, to)) continue;
    if (from.names.some((match) => entity.start < match.end && match.start < entity.end)) continue;
    missing.set(entity.key, entity.text);
  }
  return [...missing.values()];
}

function isPresent(entity: Entity, to: Side): boolean {
  const { evidence } = to.found;
  switch (entity.kind) {
    case 'link':
      return evidence.links.has(entity.key) || to.segment.text.toLowerCase().includes(entity.key);
    case 'acronym':
      return acronymPresent(entity.key, evidence, to.latin);
    case 'name':
      return (
        evidence.words.has(entity.key) ||
        hasAcronymPart(entity.text, evidence, !to.latin) ||
        writtenApart(entity.text, evidence.wordList) ||
        abbreviates(entity.text, evidence.wordList, to.segment.text) ||
        translatedIn(entity.text, to.segment.text, to.lang)
      );
  }
}
