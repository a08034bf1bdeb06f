// Magnitudes without an exact number, read as ranges [min, max).
import { applyUnit, type Draft } from './draft.js';
import { lookup, type Lexicon } from './lexicon.js';
import { readNumeral } from './numeral.js';
import { readSuffix } from './suffix.js';
import { matchAt, matchBefore } from './text.js';

/** 上 in 晚上十点 (ten in the evening) closes a part of the day: no head (上百: hundreds). */
function endsDayPart(text: string, at: number, length: number, lexicon: Lexicon): boolean {
  const end = at + length;
  const part = matchBefore(lexicon.re.pmBefore, text, end) ?? matchBefore(lexicon.re.amBefore, text, end);
  return part !== undefined && part.length > length;
}

/**
 * A magnitude without a number: 数十亿, 上千亿, several million, multi-billion (a head and a
 * scale), millions, tens of thousands, miles de millones (plural scales), 万亿级 (a scale and
 * a vague suffix), trillion-dollar (a scale used as an adjective). Each is [S, 10 S) times
 * the head's factors, S the product of the scales.
 */
export function readVague(text: string, at: number, lexicon: Lexicon): Draft | undefined {
  const { re } = lexicon;
  let factors: [number, number] = [1, 10];
  let scaleAt = at;
  const head = matchAt(re.vagueHead, text, at);
  const before = text[at - 1];
  if (head && !(before && lexicon.vagueNotAfter.includes(before)) && !endsDayPart(text, at, head[1]!.length, lexicon)) {
    factors = lookup(lexicon.vagueHeads, head[1]!)!;
    scaleAt = at + head[0].length;
  } else {
    const token = matchAt(re.token, text, at);
    const type = token && lookup(lexicon.tokens, token[0])?.type;
    if (type !== 'big' && type !== 'small') return undefined;
  }
  const numeral = readNumeral(text, scaleAt, lexicon);
  if (!numeral && head && lexicon.vagueBeforeUnits.has(head[1]!.toLowerCase())) return unitsOnly(text, at, head[0].length, factors, lexicon);
  if (!numeral || !(scaleAt === at ? numeral.bare : numeral.scalesOnly)) return undefined;
  let scale = numeral.value;
  let end = numeral.end;
  if (scaleAt === at) {
    const suffix = matchAt(re.vagueSuffix, text, end);
    const adjective = !lexicon.ideographic && text[end] === '-' && !matchBefore(re.articleBefore, text, at);
    if (numeral.plural && numeral.tokens === 1) {
      // tens of thousands, hundreds of millions: each further scale multiplies.
      for (let joiner = matchAt(re.unitJoinerAfter, text, end); joiner; joiner = matchAt(re.unitJoinerAfter, text, end)) {
        const next = readNumeral(text, end + joiner[0].length, lexicon);
        if (!next?.bare) break;
        scale *= next.value;
        end = next.end;
      }
    } else if (suffix) {
      end += suffix[0].length;
    } else if (!adjective) {
      return undefined;
    }
  }
  return withUnit(rangeDraft(factors[0] * scale, factors[1] * scale, scale, at, end), text, lexicon, true);
}

/** a few days, 几天, mehrere Wochen: a head and a unit, no scale between; nothing without the unit. */
function unitsOnly(text: string, at: number, headLength: number, factors: [number, number], lexicon: Lexicon): Draft | undefined {
  // The head's trailing space is part of its match; the unit reads from the head's last character.
  const headEnd = at + text.slice(at, at + headLength).trimEnd().length;
  const unit = readSuffix(text, headEnd, lexicon, false);
  if (!unit?.def.unit) return undefined;
  const draft = rangeDraft(factors[0], factors[1], 1, at, unit.end);
  applyUnit(draft, unit.def.unit);
  return draft;
}

/** 三四个, 五六十, 七八百万: two neighbouring digits say "three or four", a small range up to the next step past the second. */
export function readNeighbourDigits(text: string, at: number, lexicon: Lexicon): Draft | undefined {
  if (!lexicon.ideographic) return undefined;
  const first = lexicon.tokens.get(text[at] ?? '');
  const second = lexicon.tokens.get(text[at + 1] ?? '');
  if (first?.type !== 'value' || second?.type !== 'value' || first.value < 1 || second.value !== first.value + 1) return undefined;
  const scales = readNumeral(text, at + 2, lexicon);
  const scale = scales?.scalesOnly ? scales.value : 1;
  const end = scales?.scalesOnly ? scales.end : at + 2;
  return withUnit(rangeDraft(first.value * scale, (second.value + 1) * scale, scale, at, end), text, lexicon, false);
}

function rangeDraft(min: number, max: number, step: number, start: number, end: number): Draft {
  return { kind: 'vague', text: '', value: min, start, end, step, min, max };
}

/** The unit after a vague amount (数十亿美元, billions of dollars); counters stay outside. */
function withUnit(draft: Draft, text: string, lexicon: Lexicon, allowJoiner: boolean): Draft {
  const after = readSuffix(text, draft.end, lexicon, allowJoiner);
  if (after?.def.unit) {
    applyUnit(draft, after.def.unit);
    draft.end = after.end;
  }
  return draft;
}
