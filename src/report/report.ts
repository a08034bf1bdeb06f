import type { Summary } from '../audit.js';
import { RULES } from '../check/index.js';
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

/** An audited pair as a test case of its own (junit). */
export interface PairCase {
  id: string;
  line: number;
}

/** Pairs listed per input at most, and over all inputs: beyond them an input is summed up. */
const MAX_PAIR_CASES_PER_INPUT = 10_000;
const MAX_PAIR_CASES = 100_000;

/**
 * The audited pairs of each input, for reports with a test case per pair (the contract's
 * JUnit): ids and lines only, and a bounded number, so that a corpus costs no memory here.
 */
export class PairCases {
  private readonly byInput = new Map<string, PairCase[] | undefined>();
  private total = 0;

  add(pair: { input: string; id: string; source: { line: number } }): void {
    if (!this.byInput.has(pair.input)) this.byInput.set(pair.input, []);
    const listed = this.byInput.get(pair.input);
    if (!listed) return;
    if (listed.length >= MAX_PAIR_CASES_PER_INPUT || this.total >= MAX_PAIR_CASES) {
      // Too many to list: the input is summed up, and its slots go to the inputs after it.
      this.total -= listed.length;
      this.byInput.set(pair.input, undefined);
      return;
    }
    listed.push({ id: pair.id, line: pair.source.line });
    this.total++;
  }

  /** The input's pairs in document order; undefined when there were too many to list. */
  of(input: string): PairCase[] | undefined {
    return this.byInput.get(input);
  }
}

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
  /** Not part of the JSON report: the audited pairs' ids, when the formatter asked for them. */
  pairCases?: PairCases;
}

export interface FormatContext {
  /** Metadata of every rule, for formats that describe rules (SARIF). */
  rules: readonly RuleMeta<unknown>[];
  failOn: Severity | 'never';
  /** Colour escapes allowed (a terminal, and no NO_COLOR). */
  color: boolean;
  /**
   * The target file of each parallel input, by the input's path: there `target.line` is a
   * line of the target file. Known before the first finding, for formats that stream.
   */
  targetFiles?: ReadonlyMap<string, string>;
}

/** The target files of a report's parallel inputs, for its FormatContext. */
export function targetFilesOf(inputs: readonly InputInfo[]): Map<string, string> | undefined {
  const files = inputs.flatMap((input) => (input.targetPath ? [[input.path, input.targetPath] as const] : []));
  return files.length ? new Map(files) : undefined;
}

/** The file a finding's `target.line` counts lines of: its input, or a parallel input's target file. */
export function targetFileOf(input: string, context: FormatContext): string {
  return context.targetFiles?.get(input) ?? input;
}

/** Where an editor opens a finding: its source side's file and line, else its target side's. */
export function findingPlace(finding: Finding, context: FormatContext): { file: string; line?: number } {
  if (finding.source) return { file: finding.input, line: finding.source.line };
  if (finding.target) return { file: targetFileOf(finding.input, context), line: finding.target.line };
  return { file: finding.input };
}

/** The parts of a report known only at the end of a run, after the findings. */
export type ReportTail = Omit<Report, 'schemaVersion' | 'tool' | 'findings' | 'document' | 'pairCases'>;

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
  /** Needs `Report.pairCases`: every audited pair's id and line, not its text (a test case per pair). */
  needsPairCases?: boolean;
  render(report: Report, context: FormatContext): string;
  stream?: StreamingFormat;
}

/** A streaming format as a whole-report formatter: the same bytes either way. */
export function streamingFormatter(name: string, stream: StreamingFormat): Formatter {
  return {
    name,
    stream,
    render: ({ schemaVersion, tool, findings, document: _document, pairCases: _pairCases, ...tail }, context) =>
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

const RULE_ORDER = new Map(RULES.map((rule, index) => [rule.meta.id, index]));

/**
 * Findings in the contract's order (input as given, then line), ties broken by pair and
 * by the order in which the engine runs rules: one canonical order, so that a report
 * merged from shards equals the report of one run.
 */
export function sortFindings(findings: Finding[], inputs: InputInfo[]): Finding[] {
  const inputOrder = new Map(inputs.map((input, index) => [input.path, index]));
  const line = (finding: Finding) => finding.source?.line ?? finding.target?.line ?? 0;
  const pairNumber = (finding: Finding) => Number(/\d+$/.exec(finding.pairId ?? '')?.[0] ?? -1);
  return [...findings].sort(
    (a, b) =>
      (inputOrder.get(a.input) ?? 0) - (inputOrder.get(b.input) ?? 0) ||
      line(a) - line(b) ||
      pairNumber(a) - pairNumber(b) ||
      (RULE_ORDER.get(a.ruleId) ?? RULES.length) - (RULE_ORDER.get(b.ruleId) ?? RULES.length) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
