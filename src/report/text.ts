import type { Finding, Severity } from '../model.js';
import { visibleControls as shown } from './controls.js';
import { findingPlace, plural, targetFileOf, type FormatContext, type Formatter } from './report.js';

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
  render(report, context) {
    const { color } = context;
    const paint = (style: keyof typeof COLORS, value: string) =>
      color ? `\u001b[${COLORS[style][0]}m${value}\u001b[${COLORS[style][1]}m` : value;
    const lines: string[] = [];
    for (const input of report.inputs) {
      const findings = report.findings.filter((finding) => finding.input === input.path);
      const target = input.targetPath ? `, target ${input.targetPath}` : '';
      lines.push(paint('bold', shown(input.path)) + paint('dim', shown(` (${input.format}, ${input.sourceLang} -> ${input.targetLang}${target})`)));
      for (const finding of findings) lines.push(formatFinding(finding, paint, context));
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

function formatFinding(finding: Finding, paint: (style: keyof typeof COLORS, value: string) => string, context: FormatContext): string {
  const { file, line = 0 } = findingPlace(finding, context);
  const targetFile = targetFileOf(finding.input, context);
  // A parallel input's target lines are lines of its target file: named, so that editors open the right one.
  const targetPlace = finding.target && (targetFile === finding.input ? `target line ${finding.target.line}` : `target ${shown(targetFile)}:${finding.target.line}`);
  const target = finding.source && targetPlace ? paint('dim', ` (${targetPlace})`) : '';
  return `${shown(file)}:${line}: ${paint(finding.severity, finding.severity)} ${shown(finding.message)} ${paint('dim', `[${finding.ruleId}]`)}${target}`;
}

export default text;
