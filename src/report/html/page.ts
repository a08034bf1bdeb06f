// The whole page: head with its Content-Security-Policy, the overview, the toolbar, the text.
import type { Report, FormatContext } from '../report.js';
import { attachFindings } from './attach.js';
import { CLIENT_SCRIPT } from './client-script.js';
import { contentSecurityPolicy } from './csp.js';
import { renderDocument } from './document-view.js';
import { escapeHtml } from './escape.js';
import { renderLegend } from './legend.js';
import { renderOverview } from './overview.js';
import { STYLES } from './styles.js';
import { renderToolbar } from './toolbar.js';

/** Above this many items the page lets the browser skip laying out what is off screen. */
const LONG_DOCUMENT = 400;

/** ln(ratio) half-width of the chart's band when the rule metadata does not give one. */
const DEFAULT_BAND = 0.4;

export function renderPage(report: Report, context: FormatContext): string {
  const attached = attachFindings(report.document ?? [], report.findings, report.inputs.map((input) => input.path));
  const title = `bitext-audit: ${report.inputs.map((input) => input.path).join(', ') || 'no input'}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy({ style: STYLES, script: CLIENT_SCRIPT }))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="bitext-audit ${escapeHtml(report.tool.version)}">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>${STYLES}</style>
</head>
<body>
<header class="page-head"><h1>Translation audit</h1><p class="tool">${escapeHtml(report.inputs.map((input) => input.path).join(' · '))} · bitext-audit ${escapeHtml(report.tool.version)}</p></header>
<main${attached.items.length > LONG_DOCUMENT ? ' class="long-document"' : ''}>
${renderOverview(report.summary, report.findings, attached.items, bandWidth(context))}
${renderToolbar(report.findings)}
${renderLegend()}
${renderDocument(attached, report.inputs)}
</main>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}

/** The chart's band: the length-anomaly rule's least reportable deviation, so points outside it are candidates. */
function bandWidth(context: FormatContext): number {
  const options = context.rules.find((rule) => rule.id === 'length-anomaly')?.defaultOptions;
  const minDeviation = typeof options === 'object' && options !== null ? (options as Record<string, unknown>).minDeviation : undefined;
  return typeof minDeviation === 'number' && minDeviation > 0 ? minDeviation : DEFAULT_BAND;
}
