// The data that flows between the stages: read -> pair -> analyse -> check -> report.

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type SideName = 'source' | 'target';

/** One line or paragraph of an input file, with the 1-based line where it starts. */
export interface TextPart {
  line: number;
  text: string;
}

/** One side of a segment pair: its text and the parts (blocks, lines) it was made of. */
export interface Segment {
  /** Line where the segment starts (its first part). */
  line: number;
  /** The parts joined by newlines. */
  text: string;
  parts: TextPart[];
  /**
   * On a source: what tells this text apart from the same text elsewhere in the input, as a
   * PO msgctxt does (`menu` Open, `status` Open): a different unit, translated on its own.
   */
  context?: string;
}

export interface SegmentPair {
  /** Stable within one input: p1, p2, ... in document order. */
  id: string;
  input: string;
  section?: string;
  sourceLang: string;
  targetLang: string;
  source: Segment;
  target: Segment;
  /** Rules suppressed for this pair by a comment in the input (`*` for all). */
  suppressed?: string[];
  /**
   * A PO plural form's index (`msgstr[n]`): a form may leave out or add the count, as in
   * "one file" for "%d files".
   */
  pluralForm?: number;
  /**
   * A PO entry's format flags (`c-format`, `no-c-format`, `python-brace-format`): which
   * placeholder syntaxes its messages use.
   */
  formats?: string[];
}

/** A run of blocks in one language with no counterpart in the other. */
export interface UnpairedSegment {
  input: string;
  section?: string;
  side: SideName;
  lang: string;
  segment: Segment;
}

export type AuditItem =
  | { kind: 'pair'; pair: SegmentPair }
  | { kind: 'unpaired'; unpaired: UnpairedSegment };

/** What one input turned out to be, for the report's `inputs`. */
export interface InputInfo {
  path: string;
  format: string;
  sourceLang: string;
  targetLang: string;
  /** `parallel`: the file holding the translation, whose lines `target.line` counts. */
  targetPath?: string;
  /** Per-input counts, for runs over many files. */
  pairs?: number;
  findings?: Record<Severity, number>;
}

/** A quantity found in text, normalised (contract: `Quantity`). */
export interface Quantity {
  text: string;
  value: number;
  unit?: string;
  approx?: true;
  min?: number;
  max?: number;
}

export interface FindingPlace {
  line: number;
  excerpt: string;
}

/** A finding as reports see it (contract: element of `findings`). */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  input: string;
  pairId: string | null;
  /** The section (article heading) the pair stands under, where the input has sections. */
  section?: string;
  source?: FindingPlace;
  target?: FindingPlace;
  details: Record<string, unknown>;
  /** Already present in the `--baseline` report: does not count toward `--fail-on`. */
  baselined?: true;
}
