import type { Finding, InputInfo } from '../model.js';
import { failsAt, findingPlace, plural, type FormatContext, type Formatter, type PairCase } from './report.js';
import { escapeXml } from './xml-escape.js';

/** One test case: a pair (or a finding tied to no pair, by its line) and its findings. */
interface TestCase {
  name: string;
  /** Where it is: the input, or a parallel input's target file for a target block. */
  file: string;
  line: number;
  findings: Finding[];
}

/**
 * JUnit XML for CI dashboards (the contract): one test suite per input, one test case per
 * audited pair, a failure for each finding at or above --fail-on and the rest as
 * system-out. Findings tied to no pair (an unpaired block) get a case of their own. An
 * input with too many pairs to list (or a report read back from JSON, which holds no
 * pair list) has a case per pair with findings and one case for all the others.
 */
const junit: Formatter = {
  name: 'junit',
  needsPairCases: true,
  render(report, context) {
    const suites = report.inputs.map((input) => testSuite(input, report.findings, report.pairCases?.of(input.path), context));
    const tests = suites.reduce((sum, suite) => sum + suite.tests, 0);
    const failures = suites.reduce((sum, suite) => sum + suite.failures, 0);
    return (
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<testsuites name="bitext-audit" tests="${tests}" failures="${failures}" errors="0">\n` +
      suites.map((suite) => suite.xml + '\n').join('') +
      '</testsuites>\n'
    );
  },
};

function testSuite(input: InputInfo, allFindings: Finding[], pairs: PairCase[] | undefined, context: FormatContext) {
  const { failOn } = context;
  const byCase = new Map<string, TestCase>();
  const caseOf = (name: string, file: string, line: number) => {
    let found = byCase.get(name);
    if (!found) byCase.set(name, (found = { name, file, line, findings: [] }));
    return found;
  };
  for (const pair of pairs ?? []) caseOf(pair.id, input.path, pair.line);
  for (const finding of allFindings) {
    if (finding.input !== input.path) continue;
    const { file, line = 0 } = findingPlace(finding, context);
    caseOf(finding.pairId ?? `line ${line}`, file, line).findings.push(finding);
  }
  const cases = [...byCase.values()].sort((a, b) => a.line - b.line);
  const path = escapeXml(input.path);
  const xml = cases.map((testCase) => caseXml(testCase, path, failOn));
  if (!pairs) {
    // No pair list: the pairs without findings are one case.
    const withFindings = new Set(cases.flatMap((testCase) => testCase.findings.map((finding) => finding.pairId).filter((id) => id !== null))).size;
    const clean = (input.pairs ?? 0) - withFindings;
    if (clean > 0) xml.push(`    <testcase classname="${path}" name="${plural(clean, 'pair')} without findings"/>`);
  }
  const failures = cases.filter((testCase) => testCase.findings.some((finding) => failsAt(finding.severity, failOn))).length;
  return {
    tests: xml.length,
    failures,
    xml: `  <testsuite name="${path}" tests="${xml.length}" failures="${failures}" errors="0" skipped="0">\n` + xml.map((line) => line + '\n').join('') + '  </testsuite>',
  };
}

function caseXml({ name, file, line, findings }: TestCase, path: string, failOn: FormatContext['failOn']): string {
  const open = `    <testcase classname="${path}" name="${escapeXml(name)}" file="${escapeXml(file)}" line="${line}"`;
  if (findings.length === 0) return `${open}/>`;
  const failing = findings.filter((finding) => failsAt(finding.severity, failOn));
  const passing = findings.filter((finding) => !failsAt(finding.severity, failOn));
  return (
    `${open}>\n` +
    failing.map((finding) => `      <failure type="${escapeXml(finding.ruleId)}" message="${escapeXml(finding.message)}">${escapeXml(describe(finding))}</failure>\n`).join('') +
    (passing.length ? `      <system-out>${escapeXml(passing.map(describe).join('\n'))}</system-out>\n` : '') +
    '    </testcase>'
  );
}

function describe(finding: Finding): string {
  const where = [finding.source && `source line ${finding.source.line}`, finding.target && `target line ${finding.target.line}`].filter(Boolean).join(', ');
  return `${finding.severity} ${finding.ruleId} (${where}): ${finding.message}`;
}

export default junit;
