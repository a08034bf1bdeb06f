// Merges JSON reports of parts of one run (shards, or batches of files) into one report.
import { emptySummary, type Summary } from './audit.js';
import { RULES } from './check/index.js';
import type { Finding, InputInfo } from './model.js';
import type { PairRecord, Report } from './report/report.js';

const RULE_ORDER = new Map(RULES.map((rule, index) => [rule.meta.id, index]));

/**
 * The canonical order of findings: by input (first seen), line, pair, then the order in
 * which the engine runs rules, so that a merged report equals the report of one run.
 */
export function canonicalOrder(findings: Finding[], inputs: InputInfo[]): Finding[] {
  const inputOrder = new Map(inputs.map((input, index) => [input.path, index]));
  const line = (finding: Finding) => finding.source?.line ?? finding.target?.line ?? 0;
  const pairNumber = (finding: Finding) => Number(/\d+$/.exec(finding.pairId ?? '')?.[0] ?? -1);
  return [...findings].sort(
    (a, b) =>
      (inputOrder.get(a.input) ?? 0) - (inputOrder.get(b.input) ?? 0) ||
      line(a) - line(b) ||
      pairNumber(a) - pairNumber(b) ||
      (RULE_ORDER.get(a.ruleId) ?? 99) - (RULE_ORDER.get(b.ruleId) ?? 99) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

export function mergeReports(reports: Report[]): Report {
  const summary: Summary = emptySummary();
  const inputs = new Map<string, InputInfo>();
  const findings: Finding[] = [];
  const pairs: PairRecord[] = [];
  let baselined: number | undefined;
  for (const report of reports) {
    findings.push(...report.findings);
    pairs.push(...(report.pairs ?? []));
    addSummary(summary, report.summary);
    if (report.summary.baselined !== undefined) baselined = (baselined ?? 0) + report.summary.baselined;
    for (const input of report.inputs) {
      const known = inputs.get(input.path);
      inputs.set(input.path, known ? addInput(known, input) : { ...input, ...(input.findings ? { findings: { ...input.findings } } : {}) });
    }
  }
  const { coverage } = summary;
  coverage.ratio = coverage.sourceChars === 0 ? 1 : Math.round((1000 * coverage.pairedSourceChars) / coverage.sourceChars) / 1000;
  if (baselined !== undefined) summary.baselined = baselined;
  const inputList = [...inputs.values()];
  const pairOrder = new Map(inputList.map((input, index) => [input.path, index]));
  return {
    schemaVersion: 1,
    tool: reports[0]?.tool ?? { name: 'bitext-audit', version: '0.0.0' },
    inputs: inputList,
    summary,
    ...(pairs.length
      ? { pairs: pairs.sort((a, b) => (pairOrder.get(a.input) ?? 0) - (pairOrder.get(b.input) ?? 0) || a.source.line - b.source.line) }
      : {}),
    findings: canonicalOrder(findings, inputList),
  };
}

function addSummary(total: Summary, part: Summary): void {
  total.pairs += part.pairs;
  for (const level of ['error', 'warning', 'info'] as const) total.findings[level] += part.findings[level];
  for (const [rule, count] of Object.entries(part.byRule)) total.byRule[rule] = (total.byRule[rule] ?? 0) + count;
  total.coverage.sourceChars += part.coverage.sourceChars;
  total.coverage.pairedSourceChars += part.coverage.pairedSourceChars;
}

function addInput(total: InputInfo, part: InputInfo): InputInfo {
  const und = (lang: string, other: string) => (lang === 'und' ? other : lang);
  return {
    ...total,
    sourceLang: und(total.sourceLang, part.sourceLang),
    targetLang: und(total.targetLang, part.targetLang),
    pairs: (total.pairs ?? 0) + (part.pairs ?? 0),
    findings: {
      error: (total.findings?.error ?? 0) + (part.findings?.error ?? 0),
      warning: (total.findings?.warning ?? 0) + (part.findings?.warning ?? 0),
      info: (total.findings?.info ?? 0) + (part.findings?.info ?? 0),
    },
  };
}
