import type { SegmentPair, Severity, SideName, UnpairedSegment } from '../model.js';
import type { LengthModel } from '../analyse/length-model.js';

/** What a rule returns: the engine stamps rule id, severity, input and location onto it. */
export interface RuleResult {
  message: string;
  details: Record<string, unknown>;
  /**
   * Picks a severity from the rule pack when the pack maps kinds to levels
   * (numeric-drift: `mismatch` is an error, `missing` a warning). Absent: the rule's level.
   */
  kind?: string;
  /** Which sides the finding points at; default both. A pair's source place is given either way: it locates the unit. */
  sides?: SideName[];
  /** Lines inside the segment the finding is about; default the segment's first line. */
  sourceLine?: number;
  targetLine?: number;
}

/** A passage of one side that a rule reported as missing from the other side. */
export interface ClaimedSpan {
  side: SideName;
  /** UTF-16 offsets in the side's segment text, end exclusive. */
  start: number;
  end: number;
  ruleId: string;
  /** How the message names it: `list item 3`. */
  label: string;
}

/** Per-pair scratch space that rules share, e.g. quantities a list finding already reported. */
export interface PairScratch {
  /** Start offsets (in the segment text, as strings) of quantities another rule already reported for this pair. */
  claimedQuantities: { source: Set<string>; target: Set<string> };
  /**
   * Passages another rule already reported as missing (missing-list-items: its missing items),
   * so that the omission rule names the sentences inside them as reported there, not anew.
   */
  claimedSpans?: ClaimedSpan[];
}

export interface CheckContext<O> {
  options: O;
  /** The length model of the input this pair belongs to (document-level statistics). */
  lengths: LengthModel;
  scratch: PairScratch;
  /** This rule's own state for the current input, from `createState` (cross-pair rules). */
  state: unknown;
}

export interface RuleMeta<O> {
  id: string;
  /** One line for `bitext-audit rules`. */
  summary: string;
  /** Several sentences for `bitext-audit explain`: what, why it matters, what to do. */
  explanation: string;
  defaultSeverity: Severity;
  /** Kinds of result the pack may give their own severity (see RuleResult.kind). */
  kinds?: Record<string, string>;
  defaultOptions: O;
  /** JSON Schema of the options, for rule-pack validation. */
  optionsSchema: Record<string, unknown>;
  /** An example for `explain`: a pair and the message it produces. */
  example: { source: string; target: string; sourceLang: string; targetLang: string; suppressed?: string[] };
}

export interface Rule<O = Record<string, unknown>> {
  meta: RuleMeta<O>;
  /**
   * State kept across the pairs of one input (e.g. translations seen so far), created
   * afresh per input. Keep it bounded: corpora have millions of pairs.
   */
  createState?(options: O): unknown;
  /** Checks one pair. Pure: same pair, options and model give the same results. */
  checkPair?(pair: SegmentPair, ctx: CheckContext<O>): RuleResult[];
  /** Checks one block with no counterpart. */
  checkUnpaired?(unpaired: UnpairedSegment, ctx: CheckContext<O>): RuleResult[];
}

/** Erases a rule's option type for the registry. */
export function defineRule<O>(rule: Rule<O>): Rule<Record<string, unknown>> {
  return rule as unknown as Rule<Record<string, unknown>>;
}
