// Typed views of the per-rule `details` of findings (contract: "Rule ids and their details").
// Details arrive as unknown JSON, possibly from a newer rule version, so every reader checks
// shapes and skips what it does not understand rather than failing the whole report.
import type { Finding, Quantity, SideName } from '../../model.js';

export interface QuantityMismatch {
  source: Quantity;
  target: Quantity;
}

export interface MissingListItem {
  index: number;
  /** The item's text on the side that has it (empty for a number the numbering skips). */
  text: string;
  /** The side that lacks the item, where the rule says. */
  side?: SideName;
}

export interface UnmatchedSentences {
  /** The side whose sentences have no counterpart. */
  side: SideName;
  /** Sentences another rule already reported name it in `reportedBy`. */
  sentences: { text: string; reportedBy?: string }[];
}

export interface NumericDrift {
  missingInTarget: Quantity[];
  missingInSource: Quantity[];
  mismatched: QuantityMismatch[];
}

export function numericDrift(finding: Finding): NumericDrift | undefined {
  if (finding.ruleId !== 'numeric-drift') return undefined;
  const { details } = finding;
  return {
    missingInTarget: arrayOf(details.missingInTarget, isQuantity),
    missingInSource: arrayOf(details.missingInSource, isQuantity),
    mismatched: arrayOf(details.mismatched, (value): value is QuantityMismatch => isRecord(value) && isQuantity(value.source) && isQuantity(value.target)),
  };
}

export function missingListItems(finding: Finding): MissingListItem[] {
  if (finding.ruleId !== 'missing-list-items') return [];
  return arrayOf(
    finding.details.missing,
    (value): value is MissingListItem =>
      isRecord(value) && typeof value.text === 'string' && typeof value.index === 'number' && (value.side === undefined || isSide(value.side)),
  );
}

/** Names, acronyms, emails, URLs one side has and the other lacks (entity-drift). */
export function entityDrift(finding: Finding): Record<'missingInTarget' | 'missingInSource', string[]> | undefined {
  if (finding.ruleId !== 'entity-drift') return undefined;
  const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
  return { missingInTarget: arrayOf(finding.details.missingInTarget, isText), missingInSource: arrayOf(finding.details.missingInSource, isText) };
}

/** A glossary finding's source term and, for a forbidden variant, what the target wrote instead. */
export function glossaryTerm(finding: Finding): { term: string; found?: string } | undefined {
  const { term, found } = finding.details;
  if (finding.ruleId !== 'glossary' || typeof term !== 'string') return undefined;
  return typeof found === 'string' ? { term, found } : { term };
}

/** The text a number-format finding quotes (`this$50`). */
export function formatIssueText(finding: Finding): string | undefined {
  const { text } = finding.details;
  return finding.ruleId === 'number-format' && typeof text === 'string' ? text : undefined;
}

/** Sentences of the omission rule: source sentences left untranslated, or target sentences added. */
export function unmatchedSentences(finding: Finding): UnmatchedSentences | undefined {
  const { side, sentences } = finding.details;
  if (finding.ruleId !== 'omission' || !isSide(side)) return undefined;
  return {
    side,
    sentences: arrayOf(sentences, (value): value is UnmatchedSentences['sentences'][number] => isRecord(value) && typeof value.text === 'string'),
  };
}

/** The expected target/source length ratio a length-anomaly finding judged its pair by. */
export function expectedRatio(finding: Finding): number | undefined {
  const ratio = finding.ruleId === 'length-anomaly' ? finding.details.expectedRatio : undefined;
  return typeof ratio === 'number' && ratio > 0 ? ratio : undefined;
}

function arrayOf<T>(value: unknown, guard: (element: unknown) => element is T): T[] {
  return Array.isArray(value) ? value.filter(guard) : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isSide(value: unknown): value is SideName {
  return value === 'source' || value === 'target';
}

function isQuantity(value: unknown): value is Quantity {
  return isRecord(value) && typeof value.text === 'string' && value.text.length > 0;
}
