import type { Finding } from '../model.js';
import { visibleControls } from './controls.js';
import type { Formatter } from './report.js';

/** Excerpts longer than this go into a collapsible <details>. */
const LONG_EXCERPT = 120;

/** For editors and pull-request comments: a summary table, then findings by section and pair. */
const markdown: Formatter = {
  name: 'markdown',
  render(report) {
    const { summary } = report;
    const out: string[] = ['# bitext-audit report', ''];
    out.push('| input | format | languages |', '| --- | --- | --- |');
    for (const input of report.inputs) out.push(`| ${cell(input.path)} | ${cell(input.format)} | ${cell(input.sourceLang)} → ${cell(input.targetLang)} |`);
    out.push('', '| pairs | errors | warnings | infos | coverage |', '| ---: | ---: | ---: | ---: | ---: |');
    out.push(
      `| ${summary.pairs} | ${summary.findings.error} | ${summary.findings.warning} | ${summary.findings.info} | ` +
        `${Math.round(summary.coverage.ratio * 100)}% |`,
    );
    const rules = Object.entries(summary.byRule);
    if (rules.length) {
      out.push('', '| rule | findings |', '| --- | ---: |');
      for (const [rule, count] of rules) out.push(`| \`${rule}\` | ${count} |`);
    }
    if (report.findings.length === 0) out.push('', 'No findings.');
    for (const input of report.inputs) {
      const findings = report.findings.filter((finding) => finding.input === input.path);
      if (findings.length === 0) continue;
      out.push('', `## ${inline(input.path)}`);
      let section: string | undefined;
      for (const group of byPair(findings)) {
        const groupSection = group[0]!.section;
        if (groupSection && groupSection !== section) out.push('', `### ${inline(groupSection)}`);
        section = groupSection ?? section;
        out.push('', ...pairBlock(group));
      }
    }
    return out.join('\n') + '\n';
  },
};

function byPair(findings: Finding[]): Finding[][] {
  const groups: Finding[][] = [];
  for (const finding of findings) {
    const last = groups.at(-1);
    if (last && finding.pairId !== null && last[0]!.pairId === finding.pairId) last.push(finding);
    else groups.push([finding]);
  }
  return groups;
}

function pairBlock(findings: Finding[]): string[] {
  const first = findings[0]!;
  const where = [first.source && `source line ${first.source.line}`, first.target && `target line ${first.target.line}`].filter(Boolean).join(', ');
  const out = [`**${first.pairId === null ? 'unpaired' : inline(first.pairId)}** (${where})`, ''];
  for (const finding of findings) out.push(`- **${finding.severity}** \`${finding.ruleId}\`: ${inline(finding.message)}`);
  for (const side of ['source', 'target'] as const) {
    const place = first[side];
    if (!place) continue;
    out.push('', ...quote(side, place.excerpt));
  }
  return out;
}

function quote(label: string, excerpt: string): string[] {
  if ([...excerpt].length <= LONG_EXCERPT) return [`> ${label}: ${inline(excerpt)}`];
  return ['<details>', `<summary>${label}: ${inline([...excerpt].slice(0, 60).join(''))}…</summary>`, '', `> ${inline(excerpt)}`, '', '</details>'];
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Text safe inside Markdown: control characters shown, HTML and Markdown syntax characters
 * escaped (`&` too, so that an entity in the text reads as written, not as its character).
 */
function inline(value: string): string {
  return visibleControls(value).replace(/[\\`*_[\]<>&|#]/g, (char) => HTML_ENTITIES[char] ?? `\\${char}`);
}

function cell(value: string): string {
  return inline(value).replace(/\n/g, ' ');
}

export default markdown;
