// Small text and regular-expression helpers shared by the quantity modules.

/** Full-width punctuation that separates rather than joins numbers, so it stays as written. */
const KEEP_WIDE = new Set(['，', '；', '：', '。']);

/**
 * Full-width ASCII (１２３, ％, ＄, ．, Ａ) as ASCII, one UTF-16 unit for one, so offsets into
 * the result are offsets into the original.
 */
export function narrowWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (char, at: number) =>
    KEEP_WIDE.has(char) && !wideGrouping(text, at) ? char : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}

const WIDE_DIGIT = /[\uff10-\uff19]/;

/** １，０００: a full-width comma between full-width digits, three of them after it, groups thousands. */
function wideGrouping(text: string, at: number): boolean {
  if (text[at] !== '，' || !WIDE_DIGIT.test(text[at - 1] ?? '')) return false;
  return /^[\uff10-\uff19]{3}(?![\uff10-\uff19])/.test(text.slice(at + 1, at + 5));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regular-expression alternation of literal words that prefers the longest, factored into
 * a trie (`t(?:wo|hree)`) so that a scan tries one branch per character instead of every word.
 */
export function alternation(words: Iterable<string>): string {
  const root: TrieNode = new Map();
  for (const word of words) {
    if (!word) continue;
    let node = root;
    for (const char of word) {
      let child = node.get(char);
      if (!child) node.set(char, (child = new Map()));
      node = child;
    }
    node.set(END, new Map());
  }
  return root.size ? serialise(root) : '(?!)';
}

type TrieNode = Map<string, TrieNode>;
const END = '';

function serialise(node: TrieNode): string {
  const branches = [...node.keys()].filter((char) => char !== END).map((char) => escapeRegExp(char) + serialise(node.get(char)!));
  if (!branches.length) return '';
  const ends = node.has(END);
  if (branches.length === 1 && !ends) return branches[0]!;
  const group = `(?:${branches.join('|')})`;
  return ends ? `${group}?` : group;
}

/** The text a sticky expression matches at `at`, or undefined. */
export function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** A sticky look-behind for `matchBefore`, and the characters its words end with. */
export interface BeforePattern {
  pattern: RegExp;
  lastChars: ReadonlySet<string>;
}

const SPACES = new Set([' ', '\u00a0', '\u202f']);

/** A look-behind tests the text before one position instead of scanning; the last characters spare most calls even that. */
export function beforePattern(alternatives: string, lastChars: Iterable<string>, spaces: string): BeforePattern {
  return { pattern: new RegExp(`(?<=(${alternatives})(${spaces}))`, 'yu'), lastChars: new Set(lastChars) };
}

/** The words just before `at` (and the spaces after them): the word, and how far back the match starts. */
export function matchBefore(before: BeforePattern, text: string, at: number): { word: string; length: number } | undefined {
  let last = at - 1;
  while (SPACES.has(text[last] ?? '')) last--;
  if (!before.lastChars.has(text[last] ?? '')) return undefined;
  before.pattern.lastIndex = at;
  const match = before.pattern.exec(text);
  return match ? { word: match[1]!, length: match[1]!.length + match[2]!.length } : undefined;
}

export function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** A letter of the Latin script (ASCII and the Latin-1 and Extended-A/B letters, where French, German and Spanish live). */
export function isLatinLetter(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7;
}

/** A letter a numeral word cannot follow inside one word: Latin, or Hangul (Korean spaces its words, 세 in 세계 is no three). */
export function isSpacedLetter(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  return (code >= 0xac00 && code <= 0xd7a3) || isLatinLetter(char);
}
