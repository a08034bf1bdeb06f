// Joins quantities that extraction reads one by one: the parts of a date (2025 年 + 2 月,
// 18 + June + 2026), hours and minutes of a duration, and the two ends of a range (5 至 10 亿,
// between 5 and 10, 5-10 %).
import { applyUnit, dateDraft, decadeDraft, type Draft } from './draft.js';
import { lookup, type Lexicon } from './lexicon.js';
import { matchBefore } from './text.js';
import { unitsCompatible } from './units.js';
import type { DateParts } from './types.js';

export function combine(drafts: Draft[], text: string, lexicon: Lexicon): Draft[] {
  return joinRanges(lendMonths(joinDates(joinDurations(joinCenturyDecades(drafts, text), text), text, lexicon), text, lexicon), text, lexicon);
}

/** At most one short word (and, und, et) between the hours and the minutes of one duration. */
const DURATION_GAP = /^[ \u00a0,]*(?:\p{L}{1,3}[ \u00a0]+)?$/u;

/**
 * 1 hour 38 minutes, 2 Stunden und 5 Minuten: one duration in minutes, so that it meets the
 * other side's 1 h 38 or 98 minutes as one quantity.
 */
function joinDurations(drafts: Draft[], text: string): Draft[] {
  const out: Draft[] = [];
  for (const current of drafts) {
    const previous = out.at(-1);
    if (previous && isWhole(previous, 'hour') && isWhole(current, 'minute') && current.value < 60 && DURATION_GAP.test(text.slice(previous.end, current.start))) {
      out[out.length - 1] = { kind: 'number', text: '', value: previous.value * 60 + current.value, unit: 'minute', start: previous.start, end: current.end, step: 1 };
    } else {
      out.push(current);
    }
  }
  return out;
}

function isWhole(draft: Draft, unit: string): boolean {
  return draft.kind === 'number' && draft.unit === unit && Number.isInteger(draft.value) && !draft.approx && !draft.weak;
}

/** 20 世纪 90 年代, 二十世纪九十年代, 上世纪80年代: a century, then a decade of it. */
function joinCenturyDecades(drafts: Draft[], text: string): Draft[] {
  const out: Draft[] = [];
  for (const current of drafts) {
    const previous = out.at(-1);
    const century = previous?.kind === 'ordinal' && previous.unit === 'century';
    if (century && current.unit === 'decade' && current.kind === 'date' && current.value < 100 && /^[ \u00a0]*$/.test(text.slice(previous.end, current.start))) {
      out[out.length - 1] = decadeDraft((previous.value - 1) * 100 + current.value, previous.start, current.end);
    } else {
      out.push(current);
    }
  }
  return out;
}

function joinDates(drafts: Draft[], text: string, lexicon: Lexicon): Draft[] {
  const out: Draft[] = [];
  for (const current of drafts) {
    const previous = out.at(-1);
    if (previous && (previous.kind === 'date' || current.kind === 'date') && joinable(previous, current, text, lexicon)) {
      out[out.length - 1] = dateDraft({ ...partsOf(previous), ...partsOf(current) }, previous.start, current.end, previous.approx || current.approx);
    } else {
      out.push(current);
    }
  }
  return out.filter((draft) => !draft.needsNeighbour);
}

/**
 * 10 to 20 May, du 10 au 20 mai, vom 10. bis 20. Mai: the first day of a range of days takes
 * the month (and year) of the second, so that it meets 5월 10일 or 5 月 10 日 on the other side.
 */
function lendMonths(drafts: Draft[], text: string, lexicon: Lexicon): Draft[] {
  return drafts.map((draft, index) => {
    const next = drafts[index + 1];
    const day = partsOf(draft)?.day;
    if (day === undefined || draft.kind === 'date' || next?.kind !== 'date' || next.date?.day === undefined || next.date.month === undefined) return draft;
    // The German day's period (10. bis 20.) stays out of the gap.
    if (!lexicon.re.rangeGap.test(text.slice(draft.end, next.start).replace(/^\./, ''))) return draft;
    return dateDraft({ ...next.date, day }, draft.start, draft.end, draft.approx);
  });
}

/** Whether two neighbours are parts of one date: no part twice, and a month among them. */
function joinable(left: Draft, right: Draft, text: string, lexicon: Lexicon): boolean {
  if (!lexicon.re.dateGap.test(text.slice(left.end, right.start))) return false;
  const a = partsOf(left);
  const b = partsOf(right);
  if (!a || !b) return false;
  const overlap = (['year', 'month', 'day'] as const).some((part) => a[part] !== undefined && b[part] !== undefined);
  // June 2025, 18 companies: a day does not follow the year.
  const dayAfterYear = a.year !== undefined && b.day !== undefined && right.kind !== 'date';
  return !overlap && !dayAfterYear && (a.month !== undefined || b.month !== undefined);
}

/** A draft as date parts: a date, or a bare number next to a month (the 18 of June 18, the 2026 of June 2026). */
function partsOf(draft: Draft): DateParts | undefined {
  if (draft.kind === 'date') return draft.date;
  const plain = draft.digits && (draft.kind === 'number' || draft.kind === 'position') && !draft.unit && !draft.scale && !draft.approx;
  if (!plain || !Number.isInteger(draft.value)) return undefined;
  if (draft.value >= 1 && draft.value <= 31) return { day: draft.value };
  if (draft.value >= 1000 && draft.value <= 2999) return { year: draft.value };
  return undefined;
}

const RANGE_KINDS = new Set(['number', 'percent', 'multiple']);

function joinRanges(drafts: Draft[], text: string, lexicon: Lexicon): Draft[] {
  const out: Draft[] = [];
  for (const current of drafts) {
    const previous = out.at(-1);
    const range = previous && rangeOf(previous, current, text, lexicon);
    if (range) out[out.length - 1] = range;
    else out.push(current);
  }
  return out;
}

/** between … and, von … bis: a connector that makes a range only after its opener. */
function framed(connector: string, low: Draft, text: string, lexicon: Lexicon): boolean {
  const opener = matchBefore(lexicon.re.frameBefore, text, low.start);
  return opener !== undefined && (lookup(lexicon.rangeClosers, opener.word)?.has(connector) ?? false);
}

function rangeOf(low: Draft, high: Draft, text: string, lexicon: Lexicon): Draft | undefined {
  if (!RANGE_KINDS.has(low.kind) || !RANGE_KINDS.has(high.kind) || low.weak || high.weak) return undefined;
  // 5-10 %: the first end may leave the unit to the second; otherwise both ends are of one kind.
  if (low.kind !== high.kind && !(low.kind === 'number' && low.unit === undefined)) return undefined;
  const gap = lexicon.re.rangeGap.exec(text.slice(low.end, high.start));
  if (!gap) return undefined;
  const connector = gap[1]!;
  if (!lexicon.rangeConnectors.has(connector) && !framed(connector, low, text, lexicon)) return undefined;
  if (!unitsCompatible(low.unit, high.unit)) return undefined;
  const unit = high.unit ?? low.unit;
  // 5 至 10 亿, 5-10 million: the first end borrows the second's scale.
  let lowValue = low.value;
  let lowStep = low.step;
  if (!low.scale && high.scale && low.value < high.value / high.scale.factor) {
    lowValue *= high.scale.factor;
    lowStep *= high.scale.factor;
  }
  if (lowValue > high.value) return undefined;
  const lowEnd: Draft = { ...low, value: lowValue, step: lowStep };
  if (low.unit === undefined && unit !== undefined) applyUnit(lowEnd, { unit, times: 1 });
  const range: Draft = {
    kind: 'range',
    text: '',
    value: lowValue,
    start: low.start,
    end: high.end,
    step: Math.max(lowStep, high.step),
    min: lowValue,
    max: high.value,
    ends: [lowEnd, high],
  };
  if (unit !== undefined) range.unit = unit;
  if (low.approx || high.approx) range.approx = true;
  return range;
}
