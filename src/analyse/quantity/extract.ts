// Finds the quantities of one text: a left-to-right scan for places where a quantity may
// start, each read with its context by the readers (read-*.ts), then ranges and dates joined.
import { maskCode } from './code.js';
import { combine } from './combine.js';
import type { Draft } from './draft.js';
import { Labels } from './labels.js';
import { lexiconFor, lookup, type Lexicon } from './lexicon.js';
import { readIsoDate, readMonth, readNumericDate } from './read-date.js';
import { readArticleFraction } from './read-fraction.js';
import { readNumber } from './read-number.js';
import { readNeighbourDigits, readVague } from './read-vague.js';
import { readRomanOrdinals } from './read-roman.js';
import { readOrdinalWord, readPhrase } from './read-word.js';
import { isDigit, isSpacedLetter, narrowWidth } from './text.js';
import type { ExtractedQuantity } from './types.js';

/** Every quantity of `text` in language `lang` (a BCP 47 tag), in text order. */
export function extractQuantities(original: string, lang: string): ExtractedQuantity[] {
  const lexicon = lexiconFor(lang);
  const text = maskCode(narrowWidth(original));
  const drafts: Draft[] = [];
  const { anchor } = lexicon.re;
  // Labels (names, addresses, list markers) only matter where something could be a quantity.
  let labels: Labels | undefined;
  anchor.lastIndex = 0;
  for (let match = anchor.exec(text); match; match = anchor.exec(text)) {
    const at = match.index;
    if (!isDigit(text[at]) && isSpacedLetter(text[at - 1])) continue; // inside a word: \b knows only ASCII letters
    labels ??= new Labels(text, lexicon);
    const blockedEnd = labels.blockedEnd(at);
    if (blockedEnd !== undefined) {
      anchor.lastIndex = blockedEnd;
      continue;
    }
    const quantity = readQuantity(text, at, lexicon);
    if (quantity) {
      drafts.push(quantity);
      anchor.lastIndex = Math.max(quantity.end, at + 1);
    } else {
      // A weak phrase that gave way to a numeral going on after it is read again from its next character.
      const skip = lookup(lexicon.phrases, match[0])?.weak ? 1 : match[0].length;
      anchor.lastIndex = isDigit(text[at]) ? endOfDigits(text, at) : at + skip;
    }
  }
  if (labels) drafts.push(...labels.quantities);
  drafts.push(...withoutOverlap(readRomanOrdinals(text, lexicon), drafts));
  drafts.sort((a, b) => a.start - b.start);
  return combine(drafts, text, lexicon).map((draft) => publish(draft, original));
}

function readQuantity(text: string, at: number, lexicon: Lexicon): Draft | undefined {
  if (isDigit(text[at])) return readIsoDate(text, at) ?? readNumericDate(text, at, lexicon) ?? readNumber(text, at, lexicon);
  return (
    readPhrase(text, at, lexicon) ??
    readNeighbourDigits(text, at, lexicon) ??
    readVague(text, at, lexicon) ??
    readMonth(text, at, lexicon) ??
    readOrdinalWord(text, at, lexicon) ??
    readArticleFraction(text, at, lexicon) ??
    readNumber(text, at, lexicon)
  );
}

/** Drafts that overlap none of `kept`. */
function withoutOverlap(drafts: Draft[], kept: Draft[]): Draft[] {
  return drafts.filter((draft) => !kept.some((other) => other.start < draft.end && draft.start < other.end));
}

/** Past a run of digits and separators, where a failed read resumes. */
function endOfDigits(text: string, at: number): number {
  let end = at;
  while (isDigit(text[end]) || text[end] === '.' || text[end] === ',') end++;
  return end;
}

/** The public form: contract fields first, the text as the caller gave it (before width folding). */
function publish(draft: Draft, original: string): ExtractedQuantity {
  const quantity = { text: original.slice(draft.start, draft.end), value: draft.value } as ExtractedQuantity;
  if (draft.unit !== undefined) quantity.unit = draft.unit;
  if (draft.approx) quantity.approx = true;
  if (draft.min !== undefined && draft.max !== undefined) {
    quantity.min = draft.min;
    quantity.max = draft.max;
  }
  quantity.kind = draft.kind;
  quantity.start = draft.start;
  quantity.end = draft.end;
  quantity.step = draft.step;
  if (draft.weak) quantity.weak = true;
  if (draft.rank) quantity.rank = true;
  if (draft.scale) quantity.scale = draft.scale;
  if (draft.date) quantity.date = draft.date;
  if (draft.otherDate) quantity.otherDate = draft.otherDate;
  if (draft.ends) quantity.ends = [publish(draft.ends[0], original), publish(draft.ends[1], original)];
  if (draft.alternatives) quantity.alternatives = draft.alternatives;
  return quantity;
}
