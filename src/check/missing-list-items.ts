import { listMismatches, quantitiesInItem, type Enumeration, type ListMismatch, type MissingItem } from '../analyse/lists/index.js';
import type { ExtractedQuantity } from '../analyse/quantity/types.js';
import type { Quantity, SegmentPair, SideName } from '../model.js';
import { defineRule, type PairScratch, type RuleResult } from './rule.js';

interface Options {
  /** How many characters of each missing item the message quotes. */
  excerptChars: number;
}

const RULE_ID = 'missing-list-items';
const CLOSING_PUNCTUATION = /[;；,，、。.!?！？]*/uy;
const WHITESPACE_RUN = /\s+/g;
const OTHER: Record<SideName, SideName> = { source: 'target', target: 'source' };

const ADVICE: Record<ListMismatch['kind'], (lacking: SideName | undefined) => string> = {
  missing: (lacking) =>
    lacking === 'source'
      ? 'The translation has items the source does not: check that they belong there, or that the source is complete.'
      : 'A list cut short silently drops content and breaks the count the reader was given: translate the missing items.',
  announced: () => 'The count promises items the text does not give: add the missing items, or correct the count.',
  gap: () => 'The numbering suggests an item was lost: restore it, or renumber the list.',
};

export default defineRule<Options>({
  meta: {
    id: RULE_ID,
    summary: 'An enumeration with fewer items on one side, or an announced count the items do not reach.',
    explanation:
      'Finds enumerations on both sides of a pair (numbered and lettered markers, 第一/第二, 一、二、, (一), ①, ' +
      'bullets, label lines such as "Energy layer: ...", sequence words such as 首先/其次/最后 or first/finally, ' +
      'semicolon runs after a colon, items announced by a count such as 四层 or "three risks:", and inline series ' +
      'such as 能源、芯片、模型和应用 or "energy, chips, models and applications"), aligns their ' +
      'items by order and by anchors (quantities, Latin-script names, hint terms from rules/lang/<lang>/lists.yaml), ' +
      'and reports items with no counterpart, counts the items do not reach, and gaps in the numbering (1, 2, 4). ' +
      'A list laid out differently (inline with semicolons on one side, one line per item on the other) or reordered ' +
      'is no finding. Two items joined in one item of the other side ("- energy\n- chips" as "- 能源和芯片") are no ' +
      'finding when that item holds the anchors of both; without anchors a merge cannot be told from a loss, and ' +
      'the shorter list is reported. An item of an inline series is reported only when its anchors are nowhere on ' +
      'the other side, and an item of any list is not missing when its names are all on the other side outside its list. ' +
      'Lines of an output template ("Size: %-10s", "Birth: %w") are fields, not items; a count announces only the list ' +
      'right after its phrase, and a count the source\'s own items do not reach, kept as it is, is no finding. ' +
      'Quantities and sentences inside a missing item are reported with it, not again by numeric-drift ' +
      'or omission. A truncated list ' +
      'silently loses content: translate the missing items, or correct the count. Kinds: missing, announced, gap. ' +
      'Options: excerptChars (characters of each missing item quoted in the message, default 20).',
    defaultSeverity: 'error',
    kinds: {
      missing: 'items on one side with no counterpart on the other',
      announced: 'a side gives fewer items than its own count announces',
      gap: 'numbering that skips a number, with nothing else missing',
    },
    defaultOptions: { excerptChars: 20 },
    optionsSchema: {
      type: 'object',
      properties: { excerptChars: { type: 'integer', minimum: 1 } },
      additionalProperties: false,
    },
    example: {
      source:
        '整个产业链分为四层：第一层是能源层：绿色能源供给充足；第二层是基础设施层：自研芯片累计交付 56 万片；' +
        '第三层是模型层：已开放 300 多个模型；第四层是应用层：电商与本地生活场景。',
      target:
        'The stack has four layers:\nEnergy layer: ample green energy supply.\nInfrastructure layer: 560,000 self-developed chips delivered.',
      sourceLang: 'zh',
      targetLang: 'en',
    },
  },
  checkPair(pair, { options, scratch }) {
    return listMismatches(pair).map((mismatch) => toResult(pair, mismatch, options, scratch));
  },
});

function toResult(pair: SegmentPair, mismatch: ListMismatch, options: Options, scratch: PairScratch): RuleResult {
  const missing = mismatch.missing.map((entry) => ({ entry, quantities: claimItem(pair, entry, scratch) }));
  const { source, target } = mismatch;
  const sides = (['source', 'target'] as const).filter((side) => mismatch[side]);
  const announced = source?.announced?.count ?? target?.announced?.count;
  const targetAnnounced = target?.announced?.count;
  const details: Record<string, unknown> = {
    sourceItems: source?.items.length ?? 0,
    targetItems: target?.items.length ?? 0,
    ...(announced !== undefined && { announced }),
    ...(targetAnnounced !== undefined && targetAnnounced !== announced && { targetAnnounced }),
    missing: missing.map(({ entry, quantities }) => ({
      index: entry.index,
      text: entry.text,
      side: entry.side,
      ...(entry.item && { line: entry.item.line }),
      ...(quantities.length > 0 && { quantities: quantities.map(toQuantity) }),
      ...(entry.gap && { gap: true }),
    })),
    ...(mismatch.nestedIn.length > 0 && { nestedIn: mismatch.nestedIn }),
  };
  return {
    kind: mismatch.kind,
    message: messageOf(mismatch, missing, options),
    details,
    sides,
    ...(source && { sourceLine: startLine(source) }),
    ...(target && { targetLine: startLine(target) }),
  };
}

/**
 * A missing item belongs to this finding: its quantities are not for numeric-drift to report
 * again, nor its sentences for omission.
 */
function claimItem(pair: SegmentPair, entry: MissingItem, scratch: PairScratch): ExtractedQuantity[] {
  if (!entry.item) return [];
  const holder = OTHER[entry.side];
  const segment = pair[holder];
  const { start, end } = entry.item;
  // The span takes the punctuation that closes the item (`；`, `。`), as sentence splitters do.
  CLOSING_PUNCTUATION.lastIndex = end;
  const closing = CLOSING_PUNCTUATION.exec(segment.text)![0].length;
  (scratch.claimedSpans ??= []).push({ side: holder, start, end: end + closing, ruleId: RULE_ID, label: `list item ${entry.index}` });
  const quantities = quantitiesInItem(segment, holder === 'source' ? pair.sourceLang : pair.targetLang, entry.item);
  for (const quantity of quantities) scratch.claimedQuantities[holder].add(String(quantity.start));
  return quantities;
}

function toQuantity({ text, value, unit, approx, min, max }: ExtractedQuantity): Quantity {
  return {
    text,
    value,
    ...(unit !== undefined && { unit }),
    ...(approx && { approx }),
    ...(min !== undefined && { min }),
    ...(max !== undefined && { max }),
  };
}

/** Where the list starts: its announcing count, else its first item. */
function startLine(list: Enumeration): number {
  return list.announced?.line ?? list.line;
}

/** What is wrong, in which items, and what to do: "source lists 4 items, target only 2; missing in target: 3 (…)". */
function messageOf(
  mismatch: ListMismatch,
  missing: readonly { entry: MissingItem; quantities: readonly ExtractedQuantity[] }[],
  options: Options,
): string {
  const { source, target } = mismatch;
  const across = missing.filter(({ entry }) => !entry.gap);
  const lacking = across[0]?.entry.side;
  const clauses: string[] = [];
  if (lacking && source && target) {
    const [more, fewer] = lacking === 'source' ? ([target, source] as const) : ([source, target] as const);
    clauses.push(`${OTHER[lacking]} lists ${more.items.length} items, ${lacking} only ${fewer.items.length}`);
    const listed = across.map(({ entry, quantities }) => {
      const amounts = quantities.length > 0 ? `; ${quantities.map((quantity) => quantity.text).join(', ')}` : '';
      return `${entry.index} (${excerpt(entry.text, options.excerptChars)}${amounts})`;
    });
    clauses.push(`${lacking === 'source' ? 'not in the source' : 'missing in target'}: ${listed.join(', ')}`);
  } else {
    for (const [side, list] of [['source', source], ['target', target]] as const) if (list) clauses.push(shortfall(side, list) ?? '');
  }
  for (const side of ['source', 'target'] as const) {
    const gaps = missing.filter(({ entry }) => entry.gap && entry.side === side).map(({ entry }) => entry.index);
    if (gaps.length > 0) clauses.push(`the ${side} numbering skips ${gaps.join(', ')}`);
  }
  if (lacking) clauses.push(announcedCounts(source, target) ?? '');
  const where = mismatch.nestedIn.length > 0 ? `in the list inside item ${mismatch.nestedIn.join('.')}: ` : '';
  return `${where}${clauses.filter(Boolean).join('; ')}. ${ADVICE[mismatch.kind](lacking)}`;
}

function shortfall(side: SideName, list: Enumeration): string | undefined {
  const { announced, items } = list;
  if (!announced || announced.count <= items.length) return undefined;
  return `${side} announces ${announced.count} items ("${announced.text}") but lists ${items.length}`;
}

function announcedCounts(source: Enumeration | undefined, target: Enumeration | undefined): string | undefined {
  const sourceCount = source?.announced?.count;
  const targetCount = target?.announced?.count;
  if (sourceCount !== undefined && sourceCount === targetCount) return `both sides announce ${sourceCount}`;
  const said = [
    sourceCount !== undefined ? `the source announces ${sourceCount}` : '',
    targetCount !== undefined ? `the target announces ${targetCount}` : '',
  ];
  return said.filter(Boolean).join(', ') || undefined;
}

function excerpt(text: string, chars: number): string {
  const flat = [...text.replace(WHITESPACE_RUN, ' ').trim()];
  return flat.length <= chars ? flat.join('') : `${flat.slice(0, chars).join('')}…`;
}
