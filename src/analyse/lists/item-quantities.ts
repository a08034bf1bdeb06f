import type { Segment } from '../../model.js';
import { quantitiesOf } from '../quantity/index.js';
import type { ExtractedQuantity } from '../quantity/types.js';
import type { ListItem } from './types.js';

/**
 * The quantities of a segment side that stand inside one list item: amounts only, not the
 * weak ones (positions such as 第三层, digits inside names) that are never reported.
 */
export function quantitiesInItem(segment: Segment, lang: string, item: ListItem): ExtractedQuantity[] {
  return quantitiesOf(segment, lang).filter(
    (quantity) => !quantity.weak && item.start <= quantity.start && quantity.end <= item.end,
  );
}
