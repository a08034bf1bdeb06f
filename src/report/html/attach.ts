// Attaches findings to the document items they are about, so that each pair shows its own.
import type { Finding } from '../../model.js';
import type { DocumentItem } from '../report.js';

/** A document item with its findings and the page anchor it is rendered under. */
export interface ItemView {
  item: DocumentItem;
  /** Our own id (never the input's pair id, which may hold any text). */
  anchor: string;
  /** Index of the item's input in `report.inputs`. */
  inputIndex: number;
  findings: Finding[];
}

export interface AttachedFindings {
  items: ItemView[];
  /** Findings tied to no item of the document (document-level ones, or no document at all). */
  loose: Finding[];
}

export function attachFindings(document: readonly DocumentItem[], findings: readonly Finding[], inputPaths: readonly string[]): AttachedFindings {
  const inputIndex = new Map(inputPaths.map((path, index) => [path, index]));
  const byKey = new Map<string, ItemView>();
  const items = document.map((item, index): ItemView => {
    const view: ItemView = { item, anchor: `item-${index + 1}`, inputIndex: inputIndex.get(item.input) ?? 0, findings: [] };
    byKey.set(itemKey(item), view);
    return view;
  });
  const loose: Finding[] = [];
  for (const finding of findings) {
    const view = byKey.get(findingKey(finding));
    if (view) view.findings.push(finding);
    else loose.push(finding);
  }
  return { items, loose };
}

// Pairs are found by id; unpaired blocks, which have none, by their side and first line.
function itemKey(item: DocumentItem): string {
  return item.kind === 'pair' ? `${item.input}\u0000pair\u0000${item.id}` : `${item.input}\u0000${item.side}\u0000${item.line}`;
}

function findingKey(finding: Finding): string {
  if (finding.pairId !== null) return `${finding.input}\u0000pair\u0000${finding.pairId}`;
  const side = finding.source ? 'source' : 'target';
  return `${finding.input}\u0000${side}\u0000${finding[side]?.line ?? 0}`;
}
