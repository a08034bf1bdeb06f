import { GLOSSARY_ENTRY_SCHEMA, glossaryFor, type GlossaryOptions, type RawEntry, type TermMatch } from '../analyse/terms.js';
import { blankCode } from '../analyse/invariants.js';
import { baseLanguage } from '../analyse/language.js';
import { segmentWords } from '../analyse/words.js';
import type { RuleResult } from './rule.js';
import { defineRule } from './rule.js';

interface Options extends GlossaryOptions {
  /** The project's terms, on top of the bundled ones: `{ zh: 开源, en: open-source, forbidden: { en: open source } }`. */
  terms: RawEntry[];
}

export default defineRule<Options>({
  meta: {
    id: 'glossary',
    summary: 'A source term whose required translation the target lacks, or a forbidden variant in the target.',
    explanation:
      'Checks the terminology of each pair against a glossary: when the source uses a form of a term, the target must ' +
      'use one of the forms the glossary gives for the target language, and none of the variants it forbids there. ' +
      'An entry lists forms per language, `{ en: [email, e-mail], de: E-Mail, forbidden: { de: [Email, eMail] } }`, and ' +
      'applies to every pair of languages it has forms for, in both directions. Forms match whole words in any ' +
      'inflection (a stemmer: `E-Mails` is `E-Mail`) and in any case unless they have a capital after their first ' +
      'letter (`E-Mail`, `GDPR`) or say `matchCase: true`; Chinese and Japanese forms match as substrings. The terms ' +
      'are the bundled ones (rules/lang/und/glossary.yaml, unless `bundled: false`) plus the `terms` option. Use the ' +
      'required term, or add the translation the text uses as another accepted form.',
    defaultSeverity: 'warning',
    kinds: { missing: 'a required target term is not used', forbidden: 'a forbidden variant is used' },
    defaultOptions: { bundled: true, terms: [] },
    optionsSchema: {
      type: 'object',
      properties: {
        bundled: { type: 'boolean', description: 'use the bundled terms (rules/lang/und/glossary.yaml)' },
        terms: { type: 'array', items: GLOSSARY_ENTRY_SCHEMA, description: 'forms per language, with forbidden variants' },
      },
      additionalProperties: false,
    },
    example: {
      source: 'Please confirm your email address before you sign in.',
      target: 'Bitte bestätigen Sie Ihre Email-Adresse, bevor Sie sich anmelden.',
      sourceLang: 'en',
      targetLang: 'de',
    },
  },
  checkPair(pair, { options }) {
    const glossary = glossaryFor('terms', options, options.terms);
    const sourceLang = baseLanguage(pair.sourceLang);
    const targetLang = baseLanguage(pair.targetLang);
    const inSource = firstPerEntry(outsideCode(glossary.formsIn(sourceLang).find(pair.source.text, segmentWords(pair.source, sourceLang)), pair.source.text));
    if (inSource.size === 0) return [];
    const targetWords = segmentWords(pair.target, targetLang);
    const inTarget = glossary.formsIn(targetLang).find(pair.target.text, targetWords);
    const banned = glossary.forbiddenIn(targetLang).find(pair.target.text, targetWords);
    const results: RuleResult[] = [];
    for (const [entry, match] of inSource) {
      const expected = glossary.entries[entry]!.forms[targetLang];
      if (!expected) continue;
      const used = inTarget.filter((candidate) => candidate.entry === entry);
      const forbidden = banned.find((candidate) => candidate.entry === entry && !used.some((ok) => ok.start === candidate.start && ok.end === candidate.end));
      const term = match.form;
      if (forbidden) {
        const found = pair.target.text.slice(forbidden.start, forbidden.end);
        results.push({
          kind: 'forbidden',
          message: `target writes "${found}" for "${term}", a variant the glossary forbids; use ${quoted(expected)}`,
          details: { term, expected, found },
        });
      } else if (used.length === 0) {
        results.push({
          kind: 'missing',
          message: `source has "${term}" but the target uses none of the glossary's translations: ${quoted(expected)}`,
          details: { term, expected },
        });
      }
    }
    return results;
  },
});

/** The first occurrence of each entry, in order. */
/** Terms in prose: one inside an option or placeholder (`--rfc-email`) is code, which translations keep. */
function outsideCode(matches: TermMatch[], text: string): TermMatch[] {
  if (matches.length === 0) return matches;
  const blanked = blankCode(text);
  return blanked === text ? matches : matches.filter((match) => blanked.slice(match.start, match.end) === text.slice(match.start, match.end));
}

function firstPerEntry(matches: TermMatch[]): Map<number, TermMatch> {
  const first = new Map<number, TermMatch>();
  for (const match of matches.sort((a, b) => a.start - b.start)) if (!first.has(match.entry)) first.set(match.entry, match);
  return first;
}

function quoted(forms: string[]): string {
  return forms.map((form) => `"${form}"`).join(' or ');
}
