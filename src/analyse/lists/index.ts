// Enumerations in text and their comparison across the two sides of a pair.
export { listsOf } from './extract.js';
export { listMismatches, type ListMismatch, type MismatchKind, type MissingItem } from './compare.js';
export { quantitiesInItem } from './item-quantities.js';
export type { Announcement, Enumeration, ListItem } from './types.js';
