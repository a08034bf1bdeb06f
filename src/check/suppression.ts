import { defineRule } from './rule.js';

/**
 * Suppression comments are checked by the engine, which alone sees which rules a
 * suppression silenced: this file holds the rule's metadata, and its severity in the
 * pack decides whether unknown and unused suppressions are reported.
 */
export default defineRule<Record<string, never>>({
  meta: {
    id: 'suppression',
    summary: 'A suppression comment that names an unknown rule, or silences nothing.',
    explanation:
      'Inputs may silence a rule for one unit with a comment: `<!-- bitext-audit-disable numeric-drift -->` before an ' +
      'article paragraph, `# bitext-audit-disable numeric-drift` among a PO entry\'s translator comments, a note in ' +
      'XLIFF or TMX. A suppression that names no known rule (a typo silences nothing) is reported as `unknown`; one ' +
      'whose rule found nothing on that unit is `unused` and can be removed. Fix the rule id (bitext-audit rules lists ' +
      'them) or delete the comment.',
    defaultSeverity: 'warning',
    kinds: { unknown: 'names no known rule (default: warning)', unused: 'silenced nothing (default: info)' },
    defaultOptions: {},
    optionsSchema: { type: 'object', additionalProperties: false },
    example: {
      source: '项目于 2023 年 6 月开工。',
      target: 'Construction began in June 2023.',
      sourceLang: 'zh',
      targetLang: 'en',
      suppressed: ['numeric-drfit'],
    },
  },
});
