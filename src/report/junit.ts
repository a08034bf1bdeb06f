import type { Finding } from '../model.js';
import { failsAt, type Formatter } from './report.js';
import { escapeXml } from './xml-escape.js';

/**
 * JUnit XML for CI dashboards: one test suite per input, one test case per audited pair
 * with findings (pairs without findings are counted as passed cases), a failure for each
 * finding at or above --fail-on and the rest as system-out.
 */
const junit: Formatter = {
  name: 'junit',
  render(report, { failOn }) {
    const suites: string[] = [];
    let tests = 0;
    let failures = 0;
    for (const input of report.inputs) {
      const findings = report.findings.filter((finding) => finding.input === input.path);
      const byCase = new Map<string, Finding[]>();
      for (const finding of findings) {
        const key = finding.pairId ?? `line ${finding.source?.line ?? finding.target?.line ?? 0}`;
        byCase.set(key, [...(byCase.get(key) ?? []), finding]);
      }
      const pairs = input.pairs ?? byCase.size;
      const cases: string[] = [];
      let suiteFailures = 0;
      for (const [name, caseFindings] of byCase) {
        const failing = caseFindings.filter((finding) => failsAt(finding.severity, failOn));
        const passing = caseFindings.filter((finding) => !failsAt(finding.severity, failOn));
        if (failing.length) suiteFailures++;
        const line = caseFindings[0]!.source?.line ?? caseFindings[0]!.target?.line ?? 0;
        cases.push(
          `    <testcase classname="${escapeXml(input.path)}" name="${escapeXml(name)}" file="${escapeXml(input.path)}" line="${line}">\n` +
            failing
              .map((finding) => `      <failure type="${escapeXml(finding.ruleId)}" message="${escapeXml(finding.message)}">${escapeXml(describe(finding))}</failure>\n`)
              .join('') +
            (passing.length ? `      <system-out>${escapeXml(passing.map(describe).join('\n'))}</system-out>\n` : '') +
            '    </testcase>',
        );
      }
      const passed = Math.max(0, pairs - byCase.size);
      if (passed > 0) cases.push(`    <testcase classname="${escapeXml(input.path)}" name="${passed} pairs without findings"/>`);
      tests += byCase.size + (passed > 0 ? 1 : 0);
      failures += suiteFailures;
      suites.push(
        `  <testsuite name="${escapeXml(input.path)}" tests="${byCase.size + (passed > 0 ? 1 : 0)}" failures="${suiteFailures}" errors="0" skipped="0">\n` +
          cases.join('\n') +
          (cases.length ? '\n' : '') +
          '  </testsuite>',
      );
    }
    return (
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<testsuites name="bitext-audit" tests="${tests}" failures="${failures}" errors="0">\n` +
      suites.join('\n') +
      (suites.length ? '\n' : '') +
      '</testsuites>\n'
    );
  },
};

function describe(finding: Finding): string {
  const where = [finding.source && `source line ${finding.source.line}`, finding.target && `target line ${finding.target.line}`].filter(Boolean).join(', ');
  return `${finding.severity} ${finding.ruleId} (${where}): ${finding.message}`;
}

export default junit;
