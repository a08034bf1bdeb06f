import type { Summary } from '../audit.js';
import type { RuleMeta } from '../check/rule.js';
import type { Finding, InputInfo, Severity } from '../model.js';

export interface PairRecord {
  id: string;
  input: string;
  section?: string;
  source: { line: number; text: string };
  target: { line: number; text: string };
}

/** One item of an input in document order, for reports that show the whole text side by side. */
export type DocumentItem =
  | ({ kind: 'pair'; sourceLang: string; targetLang: string } & PairRecord)
  | { kind: 'unpaired'; input: string; section?: string; side: 'source' | 'target'; lang: string; line: number; text: string };

/** The JSON report, schema version 1 (the contract); every formatter renders from it. */
export interface Report {
  schemaVersion: 1;
  tool: { name: 'bitext-audit'; version: string };
  inputs: InputInfo[];
  summary: Summary;
  pairs?: PairRecord[];
  findings: Finding[];
  /** Not part of the JSON report: every item in order, when the formatter asked for it. */
  document?: DocumentItem[];
}

export interface FormatContext {
  /** Metadata of every rule, for formats that describe rules (SARIF). */
  rules: readonly RuleMeta<unknown>[];
  failOn: Severity | 'never';
  /** Colour escapes allowed (a terminal, and no NO_COLOR). */
  color: boolean;
}

/** The parts of a report known only at the end of a run, after the findings. */
export type ReportTail = Omit<Report, 'schemaVersion' | 'tool' | 'findings' | 'document'>;

/**
 * A format that can be written as findings are found, in three parts, so that a corpus
 * of millions of pairs is reported in constant memory: findings first, then the tail.
 */
export interface StreamingFormat {
  begin(head: Pick<Report, 'schemaVersion' | 'tool'>, context: FormatContext): string;
  /** `index` counts findings from 0 (for separators). */
  finding(finding: Finding, index: number, context: FormatContext): string;
  end(tail: ReportTail, context: FormatContext): string;
}

export interface Formatter {
  name: string;
  /** Needs `Report.document`: the whole text, not only findings (side-by-side views). */
  needsDocument?: boolean;
  render(report: Report, context: FormatContext): string;
  stream?: StreamingFormat;
}

/** A streaming format as a whole-report formatter: the same bytes either way. */
export function streamingFormatter(name: string, stream: StreamingFormat): Formatter {
  return {
    name,
    stream,
    render: ({ schemaVersion, tool, findings, document: _document, ...tail }, context) =>
      stream.begin({ schemaVersion, tool }, context) +
      findings.map((finding, index) => stream.finding(finding, index, context)).join('') +
      stream.end(tail, context),
  };
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Whether a finding of this severity makes the run fail under `--fail-on`. */
export function failsAt(severity: Severity, failOn: Severity | 'never'): boolean {
  return failOn !== 'never' && RANK[severity] >= RANK[failOn];
}

/** Findings ordered by input (in the order given), then line, as the contract requires. */
export function sortFindings(findings: Finding[], inputs: InputInfo[]): Finding[] {
  const order = new Map(inputs.map((input, index) => [input.path, index]));
  const lineOf = (finding: Finding) => finding.source?.line ?? finding.target?.line ?? 0;
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        (order.get(a.finding.input) ?? 0) - (order.get(b.finding.input) ?? 0) ||
        lineOf(a.finding) - lineOf(b.finding) ||
        a.index - b.index,
    )
    .map(({ finding }) => finding);
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
