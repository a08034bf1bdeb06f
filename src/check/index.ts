import type { Rule } from './rule.js';
import lengthAnomaly from './length-anomaly.js';
import suppression from './suppression.js';
import unpairedSegment from './unpaired-segment.js';

/**
 * Every rule, in the order the engine runs them: a rule that claims quantities for its
 * own finding (missing-list-items) runs before the rule that would report them again.
 */
export const RULES: readonly Rule[] = [unpairedSegment, lengthAnomaly, suppression];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));
