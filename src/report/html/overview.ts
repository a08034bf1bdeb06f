// The picture of the whole, above the text: counts by severity and by rule, coverage, and the
// length chart of each language pair.
import type { Summary } from '../../audit.js';
import { SEVERITIES, type Finding, type Severity } from '../../model.js';
import type { ItemView } from './attach.js';
import { lengthSeries, renderLengthChart } from './chart.js';
import { escapeHtml } from './escape.js';

export function renderOverview(summary: Summary, findings: readonly Finding[], items: readonly ItemView[], band: number): string {
  const charts = lengthSeries(items).map((series, index) => renderLengthChart(series, band, `chart-${index + 1}`));
  return (
    '<section class="overview" aria-labelledby="overview-title"><h2 id="overview-title" class="visually-hidden">Overview</h2>' +
    `<div class="overview-numbers">${severityCards(summary)}${coverage(summary)}${ruleTable(findings)}</div>` +
    (charts.length ? `<div class="charts">${charts.join('')}</div>` : '') +
    '</section>'
  );
}

function severityCards(summary: Summary): string {
  const cards = SEVERITIES.map(
    (severity) => `<div class="card ${severity}"><span class="count">${summary.findings[severity].toLocaleString('en')}</span> <span class="label">${noun(summary.findings[severity], severity)}</span></div>`,
  );
  return (
    `<div class="cards"><div class="card pairs"><span class="count">${summary.pairs.toLocaleString('en')}</span> <span class="label">${noun(summary.pairs, 'pair')} audited</span></div>` +
    `${cards.join('')}</div>`
  );
}

function coverage(summary: Summary): string {
  const { ratio, pairedSourceChars, sourceChars } = summary.coverage;
  const percent = Math.round(ratio * 100);
  return (
    `<div class="coverage"><p><strong>${percent}%</strong> of the source text has a translation ` +
    `<span class="muted">(${pairedSourceChars.toLocaleString('en')} of ${sourceChars.toLocaleString('en')} characters)</span></p>` +
    `<svg class="coverage-bar" viewBox="0 0 100 6" preserveAspectRatio="none" role="img" aria-label="${percent}% paired">` +
    `<rect class="unpaired" width="100" height="6" rx="3"/><rect class="paired" width="${Math.max(0, Math.min(100, ratio * 100)).toFixed(1)}" height="6" rx="3"/></svg></div>`
  );
}

function ruleTable(findings: readonly Finding[]): string {
  const counts = new Map<string, Record<Severity, number>>();
  for (const finding of findings) {
    let row = counts.get(finding.ruleId);
    if (!row) counts.set(finding.ruleId, (row = { error: 0, warning: 0, info: 0 }));
    row[finding.severity]++;
  }
  if (counts.size === 0) return '<p class="no-findings">No findings: every audited pair passed every rule.</p>';
  const total = (row: Record<Severity, number>) => row.error + row.warning + row.info;
  const rows = [...counts].sort(([a, rowA], [b, rowB]) => total(rowB) - total(rowA) || a.localeCompare(b));
  return (
    `<table class="rules"><caption class="visually-hidden">Findings by rule and severity</caption>` +
    `<thead><tr><th scope="col">rule</th>${SEVERITIES.map((severity) => `<th scope="col" class="num">${severity}</th>`).join('')}</tr></thead><tbody>` +
    rows
      .map(
        ([rule, row]) =>
          `<tr><th scope="row"><code>${escapeHtml(rule)}</code></th>` +
          SEVERITIES.map((severity) => `<td class="num${row[severity] ? ` ${severity}` : ' zero'}">${row[severity] || '·'}</td>`).join('') +
          '</tr>',
      )
      .join('') +
    '</tbody></table>'
  );
}

/** The word of `plural` without its number, for layouts that set the number apart. */
function noun(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
