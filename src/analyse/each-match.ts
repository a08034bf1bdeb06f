// Matching a global expression repeatedly without String.prototype.matchAll, which copies the
// expression and makes an iterator on every call (a third of a microsecond, which adds up
// over the dozens of patterns each segment goes through). Neither helper is re-entrant for
// one expression object: what runs between two matches must not run the same expression.

/**
 * The next match of a global expression from its `lastIndex` (set it to 0 to start),
 * stepping over an empty match as matchAll does; null after the last.
 */
export function nextMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  const match = pattern.exec(text);
  // An empty match: step over it (a whole code point in Unicode mode).
  if (match && match[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode);
  return match;
}

/** Calls `visit` for every match of a global expression, as `for (const match of text.matchAll(pattern))` would. */
export function eachMatch(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let match = nextMatch(pattern, text); match; match = nextMatch(pattern, text)) visit(match);
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/**
 * The first match of a global expression at or after an offset, for one text searched from
 * many offsets. What matches at a position does not depend on where the search started, so a
 * match found from an earlier offset is still the first from every offset up to its start:
 * offsets in increasing order then scan the text once in all, where searching afresh from
 * each would scan on to the next match (or the end) every time. Other offsets search anew.
 */
export class SearchAhead {
  private from = Infinity;
  private found: RegExpExecArray | null = null;

  constructor(
    private readonly pattern: RegExp,
    private readonly text: string,
  ) {}

  /** The match (shared: do not change it), or null when none starts at or after `offset`. */
  at(offset: number): RegExpExecArray | null {
    if (offset < this.from || (this.found !== null && this.found.index < offset)) {
      this.pattern.lastIndex = offset;
      this.found = this.pattern.exec(this.text);
      this.from = offset;
    }
    return this.found;
  }
}
