// Merges JSON reports of parts of one run (shards, or batches of files) into one report.
import { emptySummary, type Summary } from './audit.js';
import type { Finding, InputInfo } from './model.js';
import { sortFindings, type PairRecord, type Report } from './report/report.js';

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
    findings: sortFindings(findings, inputList),
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
