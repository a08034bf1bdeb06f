import type { Finding, Severity } from '../model.js';
import { visibleControls as shown } from './controls.js';
import { plural, type Formatter } from './report.js';

const COLORS: Record<Severity | 'dim' | 'bold', [number, number]> = {
  error: [31, 39],
  warning: [33, 39],
  info: [36, 39],
  dim: [2, 22],
  bold: [1, 22],
};

/**
 * For terminals: grouped by input, `file:line` first so that editors can jump there. Text
 * from the inputs shows its control characters escaped: only our own colours reach the terminal.
 */
const text: Formatter = {
  name: 'text',
  render(report, { color }) {
    const paint = (style: keyof typeof COLORS, value: string) =>
      color ? `\u001b[${COLORS[style][0]}m${value}\u001b[${COLORS[style][1]}m` : value;
    const lines: string[] = [];
    for (const input of report.inputs) {
      const findings = report.findings.filter((finding) => finding.input === input.path);
      lines.push(paint('bold', shown(input.path)) + paint('dim', shown(` (${input.format}, ${input.sourceLang} -> ${input.targetLang})`)));
      for (const finding of findings) lines.push(formatFinding(finding, paint));
      if (findings.length === 0) lines.push('  no findings');
      lines.push('');
    }
    const { summary } = report;
    const counts = (['error', 'warning', 'info'] as const).map((level) => paint(level, plural(summary.findings[level], level)));
    lines.push(
      `${plural(summary.pairs, 'pair')} audited: ${counts.join(', ')}; ` +
        `${Math.round(summary.coverage.ratio * 100)}% of source characters paired`,
    );
    return lines.join('\n') + '\n';
  },
};

function formatFinding(finding: Finding, paint: (style: keyof typeof COLORS, value: string) => string): string {
  const line = finding.source?.line ?? finding.target?.line ?? 0;
  const target = finding.source && finding.target ? paint('dim', ` (target line ${finding.target.line})`) : '';
  return `${shown(finding.input)}:${line}: ${paint(finding.severity, finding.severity)} ${shown(finding.message)} ${paint('dim', `[${finding.ruleId}]`)}${target}`;
}

export default text;
