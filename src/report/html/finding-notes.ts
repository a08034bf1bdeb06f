// The findings of one item, as notes under its text: severity, rule, message, and for
// drifted quantities what exactly differs.
import type { Finding } from '../../model.js';
import { escapeHtml } from './escape.js';
import { numericDrift } from './finding-details.js';
import { renderQuantityDiff, type LangPair } from './quantity-diff.js';

export function renderFindingNotes(findings: readonly Finding[], langs: LangPair): string {
  if (findings.length === 0) return '';
  return `<ul class="findings">${findings.map((finding) => renderNote(finding, langs)).join('')}</ul>`;
}

function renderNote(finding: Finding, langs: LangPair): string {
  const diffs = (numericDrift(finding)?.mismatched ?? []).map(({ source, target }) => `<li>${renderQuantityDiff(source.text, target.text, langs)}</li>`);
  return (
    `<li class="finding" data-rule="${escapeHtml(finding.ruleId)}" data-severity="${escapeHtml(finding.severity)}" tabindex="-1">` +
    `<span class="badge ${escapeHtml(finding.severity)}">${escapeHtml(finding.severity)}</span> ` +
    `<code class="rule-id">${escapeHtml(finding.ruleId)}</code> ` +
    `<span class="message">${escapeHtml(finding.message)}</span>` +
    (diffs.length ? `<ul class="diffs">${diffs.join('')}</ul>` : '') +
    '</li>'
  );
}
