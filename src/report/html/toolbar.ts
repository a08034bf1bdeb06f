// Filters (by severity and rule) and finding-to-finding navigation. The controls need the
// page's script, so the stylesheet shows them only once the script has run (`html.js`).
import { SEVERITIES, type Finding } from '../../model.js';
import { plural } from '../report.js';
import { escapeHtml } from './escape.js';

export function renderToolbar(findings: readonly Finding[]): string {
  const bySeverity = countBy(findings, (finding) => finding.severity);
  const byRule = countBy(findings, (finding) => finding.ruleId);
  const severityBoxes = SEVERITIES.map((severity) => checkbox('severity', severity, `<span class="badge ${severity}">${severity}</span>`, bySeverity.get(severity) ?? 0));
  const ruleBoxes = [...byRule.keys()].sort().map((rule) => checkbox('rule', rule, `<code>${escapeHtml(rule)}</code>`, byRule.get(rule)!));
  return (
    '<nav class="toolbar" aria-label="Filters and navigation">' +
    `<fieldset class="filter"><legend>Severity</legend>${severityBoxes.join('')}</fieldset>` +
    // Rules can be many: they open from one button, so that the sticky bar stays one line high.
    (ruleBoxes.length
      ? `<details class="filter-menu"><summary>Rules <span class="muted">${ruleBoxes.length}</span></summary><fieldset class="filter"><legend class="visually-hidden">Rules</legend>${ruleBoxes.join('')}</fieldset></details>`
      : '') +
    '<div class="jump">' +
    '<button type="button" id="prev-finding" aria-keyshortcuts="k p" title="Previous finding (k or p)">↑ previous</button>' +
    '<button type="button" id="next-finding" aria-keyshortcuts="j n" title="Next finding (j or n)">↓ next</button>' +
    `<output id="nav-status" role="status" aria-live="polite">${plural(findings.length, 'finding')} · <kbd>j</kbd>/<kbd>k</kbd> to jump</output>` +
    '</div></nav>'
  );
}

function checkbox(kind: 'severity' | 'rule', value: string, label: string, count: number): string {
  return (
    `<label class="toggle"><input type="checkbox" data-filter="${kind}" value="${escapeHtml(value)}" checked autocomplete="off"> ` +
    `${label} <span class="muted">${count}</span></label>`
  );
}

function countBy(findings: readonly Finding[], key: (finding: Finding) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(key(finding), (counts.get(key(finding)) ?? 0) + 1);
  return counts;
}
