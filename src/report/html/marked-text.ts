// Renders one side's text with its marks as nested <mark> elements, every text run escaped.
import { escapeHtml } from './escape.js';
import type { Mark } from './marks.js';

interface MarkNode {
  mark: Mark;
  children: MarkNode[];
}

export function renderMarkedText(text: string, marks: readonly Mark[]): string {
  return renderRange(text, 0, text.length, nest(marks));
}

/**
 * Turns marks into a tree: a mark inside another becomes its child. A mark that straddles the
 * end of another cannot nest in HTML; it is left out, and its finding's note still says it all.
 */
function nest(marks: readonly Mark[]): MarkNode[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const roots: MarkNode[] = [];
  const open: MarkNode[] = [];
  for (const mark of sorted) {
    while (open.length && open.at(-1)!.mark.end <= mark.start) open.pop();
    const parent = open.at(-1);
    if (parent && mark.end > parent.mark.end) continue;
    const node: MarkNode = { mark, children: [] };
    (parent ? parent.children : roots).push(node);
    open.push(node);
  }
  return roots;
}

function renderRange(text: string, from: number, to: number, nodes: readonly MarkNode[]): string {
  let html = '';
  let position = from;
  for (const { mark, children } of nodes) {
    html += escapeHtml(text.slice(position, mark.start));
    const filter = mark.finding ? ` data-rule="${escapeHtml(mark.finding.ruleId)}" data-severity="${escapeHtml(mark.finding.severity)}"` : '';
    html += `<mark class="mark ${mark.kind}"${filter} title="${escapeHtml(mark.note)}">${renderRange(text, mark.start, mark.end, children)}</mark>`;
    position = mark.end;
  }
  return html + escapeHtml(text.slice(position, to));
}
