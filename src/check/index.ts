import type { Rule } from './rule.js';
import lengthAnomaly from './length-anomaly.js';
import missingListItems from './missing-list-items.js';
import numericDrift from './numeric-drift.js';
import omission from './omission.js';
import oversizedSegment from './oversized-segment.js';
import suppression from './suppression.js';
import unpairedSegment from './unpaired-segment.js';
import entityDrift from './entity-drift.js';
import glossary from './glossary.js';
import numberFormat from './number-format.js';
import untranslated from './untranslated.js';
import languageMismatch from './language-mismatch.js';
import inconsistency from './inconsistency.js';
import placeholderDrift from './placeholder-drift.js';
import whitespaceDrift from './whitespace-drift.js';

/**
 * Every rule, in the order the engine runs them: a rule that claims quantities for its
 * own finding (missing-list-items) runs before the rule that would report them again.
 */
export const RULES: readonly Rule[] = [unpairedSegment, oversizedSegment, missingListItems, numericDrift, lengthAnomaly, omission, suppression, entityDrift, placeholderDrift, whitespaceDrift, glossary, numberFormat, untranslated, languageMismatch, inconsistency];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));
