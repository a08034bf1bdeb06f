// Quantities of a segment, and how two segments' quantities correspond.
import { perSegment } from '../memo.js';
import { extractQuantities } from './extract.js';

export type { DateParts, ExtractedQuantity, QuantityKind, Reading } from './types.js';
export { extractQuantities };
export { matchQuantities, type MatchOptions, type QuantityMatch, type QuantityPair } from './match.js';
export { sameQuantity } from './compare.js';
export { describeQuantity, explainDrift } from './describe.js';

/** The quantities of one side of a pair, extracted once however many rules ask. */
export const quantitiesOf = perSegment((segment, lang) => extractQuantities(segment.text, lang));
