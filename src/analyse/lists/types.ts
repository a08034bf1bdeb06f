// What list extraction finds in one segment side.

/** A count announced just before a list: "四层：", "has four layers:", "the following 3 steps:". */
export interface Announcement {
  count: number;
  /** The count as written ("四", "four", "3"). */
  text: string;
  /** UTF-16 offsets in the segment text. */
  start: number;
  end: number;
  line: number;
}

export interface ListItem {
  /** The number its marker gives (3 for `第三`, `c)`, `iii.`); its position when the list is not numbered. */
  number: number;
  /** Whether `number` was written by a marker rather than counted. */
  numbered: boolean;
  /** Whether a closing word marks it as the last ("Finally, ...", 最后…). */
  closing: boolean;
  /** The item as written: marker words kept (`第三层是模型层：…`, "First, ..."), symbols (`1.`, `•`) dropped. */
  text: string;
  /** UTF-16 offsets of the whole item, marker included, in the segment text. */
  start: number;
  end: number;
  /** Input line where the item starts. */
  line: number;
  /** Lists nested inside this item. */
  children: Enumeration[];
}

export interface Enumeration {
  /** How the items are marked: `decimal-dot`, `zh-ordinal`, `bullet`, `sequence`, `label`, `semicolons`, ... */
  family: string;
  items: ListItem[];
  announced?: Announcement;
  /** Numbers the numbering skips (1, 2, 4 gives [3]); empty for lists that are not numbered. */
  gaps: number[];
  /** Offsets and line of the first item. */
  start: number;
  end: number;
  line: number;
}
