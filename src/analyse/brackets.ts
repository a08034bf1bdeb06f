// Brackets and quotation marks that do not pair up within a text.

export interface Imbalance {
  /** The mark that has no partner: an opening one never closed or a closing one never opened. */
  mark: string;
  /** Its offset in the text. */
  index: number;
}

/** Opening bracket -> closing bracket. Corner brackets are how Chinese and Japanese quote. */
const BRACKETS = new Map([
  ['(', ')'], ['[', ']'], ['{', '}'], ['【', '】'], ['《', '》'], ['〈', '〉'], ['「', '」'], ['『', '』'], ['〔', '〕'],
]);
const CLOSERS = new Map([...BRACKETS].map(([open, close]) => [close, open]));
/** Full-width forms pair with their ASCII forms: `（…)` is balanced, if untidy. */
const FOLD: Record<string, string> = { '（': '(', '）': ')', '［': '[', '］': ']', '｛': '{', '｝': '}' };
/** A list label or an emoticon just before `)` is no unopened bracket: `1)`, `b)`, `iv)`, `:-)`. */
const LABEL_OR_SMILEY = /(?:(?:^|[\s:：;；,，.。])(?:\d{1,2}|[A-Za-z]|[ivxIVX]{2,4})|[:;]-?)$/u;

/** Curly quotation marks by kind: a style pairs marks of one kind only. */
const QUOTE_KINDS = ['“”„', '«»', '‹›'];
/** Any mark this module pairs: most texts have none and are done at once. */
const ANY_MARK = /[()[\]{}【】《》〈〉「」『』〔〕（）［］｛｝"“”„«»‹›]/u;
/** Single quotes that cannot be told from apostrophes: a backtick (`quoted'), or ' ‘ ’ not between letters. */
const SINGLE_QUOTE = /`|(?<!\p{L})['‘’]|['‘’](?!\p{L})/u;

/**
 * The marks of a text that do not pair up: brackets by nesting, straight double quotes by
 * count, and curly quotes or guillemets by the styles a language uses (`quoteStyles`, each
 * an opening and a closing mark: `„“` for German): a kind of mark is balanced when one of
 * the styles pairs all its marks.
 */
export function imbalances(text: string, quoteStyles: readonly string[]): Imbalance[] {
  if (!ANY_MARK.test(text)) return [];
  return [...bracketImbalances(text), ...straightQuoteImbalances(text), ...QUOTE_KINDS.flatMap((kind) => curlyImbalances(text, kind, quoteStyles))];
}

function bracketImbalances(text: string): Imbalance[] {
  const open: Imbalance[] = [];
  const unopened: Imbalance[] = [];
  for (let index = 0; index < text.length; index++) {
    const mark = text[index]!;
    const folded = FOLD[mark] ?? mark;
    if (BRACKETS.has(folded)) {
      open.push({ mark, index });
      continue;
    }
    const opener = CLOSERS.get(folded);
    if (opener === undefined) continue;
    const last = open.at(-1);
    if (last && (FOLD[last.mark] ?? last.mark) === opener) open.pop();
    else if (!(folded === ')' && LABEL_OR_SMILEY.test(text.slice(Math.max(0, index - 6), index)))) unopened.push({ mark, index });
  }
  return [...open, ...unopened].sort((a, b) => a.index - b.index);
}

function straightQuoteImbalances(text: string): Imbalance[] {
  let count = 0;
  let last = -1;
  for (let index = text.indexOf('"'); index >= 0; index = text.indexOf('"', index + 1)) {
    count++;
    last = index;
  }
  return count % 2 === 1 ? [{ mark: '"', index: last }] : [];
}

function curlyImbalances(text: string, kind: string, quoteStyles: readonly string[]): Imbalance[] {
  const marks: Imbalance[] = [];
  for (let index = 0; index < text.length; index++) if (kind.includes(text[index]!)) marks.push({ mark: text[index]!, index });
  if (marks.length === 0) return [];
  const styles = quoteStyles.filter((style) => [...style].every((mark) => kind.includes(mark)));
  let firstFailure: Imbalance | undefined;
  for (const style of styles) {
    const failure = unpairedUnder(style, marks);
    if (!failure) return [];
    firstFailure ??= failure;
  }
  return [firstFailure ?? marks[0]!];
}

/** The first mark a style cannot pair, or undefined when it pairs them all. */
function unpairedUnder(style: string, marks: readonly Imbalance[]): Imbalance | undefined {
  const [opening, closing] = [...style] as [string, string];
  let inside: Imbalance | undefined;
  for (const mark of marks) {
    const opens = mark.mark === opening && (opening !== closing || !inside);
    if (opens) {
      if (inside) return inside;
      inside = mark;
    } else if (mark.mark === closing && inside) {
      inside = undefined;
    } else {
      return mark;
    }
  }
  return inside;
}

/**
 * Whether a text quotes with single quotes (`'%s'`, `` `cmd' ``). Their pairing cannot be
 * checked (`it's`, `users'`), so a translation that turns them into double quotes cannot be
 * held to the source's balance either.
 */
export function hasSingleQuotes(text: string): boolean {
  return SINGLE_QUOTE.test(text);
}
