// Every quantity of a pair, as the numeric-drift rule's own analyser reads and matches them:
// matched ones get a quiet mark, drifted and missing ones a loud one. Editors see at a glance
// that a number was checked, not only that one went wrong.
import { baseLanguage } from '../../analyse/language.js';
import { extractQuantities, matchQuantities, type ExtractedQuantity } from '../../analyse/quantity/index.js';
import type { SideName } from '../../model.js';
import type { Mark, SideMarks } from './marks.js';
import { OTHER_SIDE, SIDES } from './sides.js';

export interface SideText {
  text: string;
  lang: string;
}

export function quantityMarks(sides: Record<SideName, SideText>): SideMarks {
  const quantities = (side: SideName) => extractQuantities(sides[side].text, baseLanguage(sides[side].lang));
  const match = matchQuantities(quantities('source'), quantities('target'));
  const marks: SideMarks = { source: [], target: [] };
  const mark = (side: SideName, quantity: ExtractedQuantity, kind: Mark['kind'], note: string) =>
    marks[side].push({ start: quantity.start, end: quantity.end, kind, note });
  for (const pair of match.matched) {
    for (const side of SIDES) mark(side, pair[side], 'quantity-matched', `matches ${pair[OTHER_SIDE[side]].text} in the ${OTHER_SIDE[side]}`);
  }
  for (const pair of match.mismatched) {
    for (const side of SIDES) mark(side, pair[side], 'quantity-drifted', `the ${OTHER_SIDE[side]} says ${pair[OTHER_SIDE[side]].text}`);
  }
  for (const quantity of match.missingInTarget) mark('source', quantity, 'quantity-missing', 'no equal quantity in the target');
  for (const quantity of match.missingInSource) mark('target', quantity, 'quantity-missing', 'no equal quantity in the source');
  return marks;
}
