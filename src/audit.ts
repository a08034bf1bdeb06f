// The engine: items (pairs and unpaired blocks) + rule pack -> findings.
// No file system and no process access: readers feed it, reporters consume it.
import { LengthModel, textLength } from './analyse/length-model.js';
import { RULES, RULES_BY_ID } from './check/index.js';
import { DEFAULT_MAX_CHARS } from './check/oversized-segment.js';
import type { CheckContext, PairScratch, Rule, RuleResult } from './check/rule.js';
import { lengthPrior, severityOf, type RulePack, type RuleSetting } from './config/rule-pack.js';
import type { AuditItem, Finding, FindingPlace, Segment, Severity } from './model.js';
import { checkInWorkers } from './audit-workers.js';

/** Pairs buffered per input before checking, so that document statistics come from a first pass. */
export const WARM_UP = 2000;
const EXCERPT_CHARS = 160;

export interface Summary {
  pairs: number;
  findings: Record<Severity, number>;
  /** Findings matched in the `--baseline` report (counted in `findings` too). */
  baselined?: number;
  byRule: Record<string, number>;
  coverage: { sourceChars: number; pairedSourceChars: number; ratio: number };
}

export function emptySummary(): Summary {
  return {
    pairs: 0,
    findings: { error: 0, warning: 0, info: 0 },
    byRule: {},
    coverage: { sourceChars: 0, pairedSourceChars: 0, ratio: 1 },
  };
}

export function countFinding(summary: Summary, finding: Finding): void {
  summary.findings[finding.severity]++;
  summary.byRule[finding.ruleId] = (summary.byRule[finding.ruleId] ?? 0) + 1;
}

interface ActiveRule {
  rule: Rule;
  setting: RuleSetting;
  state: unknown;
}

/** One of N deterministic parts of a run (`--shard K/N`): items whose index is K-1 modulo N. */
export interface Shard {
  /** 0-based. */
  index: number;
  count: number;
}

/** What checking one item gave: its findings, and the suppressed rules that would have reported. */
export interface ItemResult {
  findings: Finding[];
  silenced: string[];
}

/** Which of a pack's rules a checker runs. */
export type RuleSelection = 'all' | 'per-pair' | 'cross-pair';

/**
 * Runs a selection of a pack's rules on items, keeping the rules' cross-pair state and
 * the length models of every language pair (fed through `observe`). Shared by the
 * sequential engine and the worker threads.
 */
export class Checker {
  private readonly active: ActiveRule[];
  private readonly models = new Map<string, LengthModel>();
  /** Pairs with a side longer than this get only the oversized-segment rule (a time budget). */
  private readonly maxChars: number;

  constructor(
    private readonly pack: RulePack,
    selection: RuleSelection = 'all',
  ) {
    this.active = RULES.flatMap((rule) => {
      const setting = pack.rules.get(rule.meta.id);
      if (!setting || rule.meta.id === SUPPRESSION) return [];
      if ((selection === 'per-pair' && rule.createState) || (selection === 'cross-pair' && !rule.createState)) return [];
      return [{ rule, setting, state: rule.createState?.(setting.options) }];
    });
    this.maxChars = (pack.rules.get(OVERSIZED)?.options.maxChars as number | undefined) ?? DEFAULT_MAX_CHARS;
  }

  get hasRules(): boolean {
    return this.active.length > 0;
  }

  observe(observation: Observation): void {
    this.modelFor(observation.sourceLang, observation.targetLang).observe(observation.sourceChars, observation.targetChars);
  }

  /** Runs the rules on an item; `crossPairOnly` updates cross-pair state for an item another shard reports. */
  check(item: AuditItem, crossPairOnly = false): ItemResult {
    const scratch: PairScratch = { claimedQuantities: { source: new Set(), target: new Set() } };
    const suppressed = item.kind === 'pair' ? item.pair.suppressed ?? [] : [];
    const findings: Finding[] = [];
    const silenced: string[] = [];
    const oversized = item.kind === 'pair' && Math.max(item.pair.source.text.length, item.pair.target.text.length) > this.maxChars;
    for (const { rule, setting, state } of this.active) {
      if (crossPairOnly && !rule.createState) continue;
      if (oversized && rule.meta.id !== OVERSIZED) continue;
      const lengths = item.kind === 'pair' ? this.modelFor(item.pair.sourceLang, item.pair.targetLang) : this.modelFor(item.unpaired.lang, item.unpaired.lang);
      const ctx: CheckContext<Record<string, unknown>> = { options: setting.options, lengths, scratch, state };
      const results = item.kind === 'pair' ? rule.checkPair?.(item.pair, ctx) ?? [] : rule.checkUnpaired?.(item.unpaired, ctx) ?? [];
      if (results.length && (suppressed.includes(rule.meta.id) || suppressed.includes('*'))) {
        silenced.push(rule.meta.id);
        continue;
      }
      findings.push(...stampAll(item, rule.meta.id, setting, results));
    }
    return { findings, silenced };
  }

  private modelFor(sourceLang: string, targetLang: string): LengthModel {
    const key = `${sourceLang}>${targetLang}`;
    let model = this.models.get(key);
    if (!model) this.models.set(key, (model = new LengthModel(lengthPrior(this.pack, sourceLang, targetLang))));
    return model;
  }
}

/** What the length models learn from one pair. */
export interface Observation {
  sourceLang: string;
  targetLang: string;
  sourceChars: number;
  targetChars: number;
}

export function observationOf(item: AuditItem): Observation | undefined {
  if (item.kind !== 'pair') return undefined;
  const { pair } = item;
  return { sourceLang: pair.sourceLang, targetLang: pair.targetLang, sourceChars: textLength(pair.source.text), targetChars: textLength(pair.target.text) };
}

/** An item's findings in rule order, with the suppression rule's own findings last. */
export function finishItem(item: AuditItem, pack: RulePack, parts: ItemResult[]): Finding[] {
  const findings = parts.flatMap((part) => part.findings).sort((a, b) => ruleOrder(a.ruleId) - ruleOrder(b.ruleId));
  const suppressed = item.kind === 'pair' ? item.pair.suppressed ?? [] : [];
  const setting = pack.rules.get(SUPPRESSION);
  if (setting && suppressed.length) {
    const silenced = new Set(parts.flatMap((part) => part.silenced));
    findings.push(...stampAll(item, SUPPRESSION, setting, suppressionResults(suppressed, silenced)));
  }
  return findings;
}

const RULE_ORDER = new Map(RULES.map((rule, index) => [rule.meta.id, index]));

function ruleOrder(id: string): number {
  return RULE_ORDER.get(id) ?? RULES.length;
}

/**
 * Audits one input's items in order. Updates `summary` as it goes (pairs, coverage,
 * finding counts) and yields findings in document order. With a shard, every item still
 * informs the document statistics and the cross-pair rules, so that the shards of a run,
 * merged, report exactly what the whole run reports. With `jobs` > 1 the per-pair rules
 * run on that many threads, workers and the main thread; the findings are the same, in the same order.
 */
export async function* auditItems(items: AsyncIterable<AuditItem>, pack: RulePack, summary: Summary, shard?: Shard, jobs = 1): AsyncGenerator<Finding> {
  const owned = ownership(shard);
  const counted = async function* (source: AsyncIterable<[AuditItem, boolean]>) {
    for await (const entry of source) {
      if (entry[1]) account(summary, entry[0]);
      yield entry;
    }
  };
  const checked = jobs > 1 ? checkInWorkers(counted(owned(items)), pack, jobs) : checkInOrder(counted(owned(items)), pack);
  for await (const finding of checked) {
    countFinding(summary, finding);
    yield finding;
  }
  const { coverage } = summary;
  coverage.ratio = coverage.sourceChars === 0 ? 1 : round(coverage.pairedSourceChars / coverage.sourceChars);
}

/** Whether a shard reports the item at `index` of its input (every item, without a shard). */
export function shardOwns(shard: Shard | undefined, index: number): boolean {
  return !shard || index % shard.count === shard.index;
}

/** Tags each item with whether this shard reports it. */
function ownership(shard: Shard | undefined) {
  return async function* (items: AsyncIterable<AuditItem>): AsyncGenerator<[AuditItem, boolean]> {
    let index = 0;
    for await (const item of items) yield [item, shardOwns(shard, index++)];
  };
}

/**
 * Items are held until WARM_UP have been read (or the input ends) so that the length
 * model starts from a first pass over the document; after that it runs alongside.
 */
async function* checkInOrder(items: AsyncIterable<[AuditItem, boolean]>, pack: RulePack): AsyncGenerator<Finding> {
  const checker = new Checker(pack);
  const check = ([item, owned]: [AuditItem, boolean]) => {
    if (!owned) {
      checker.check(item, true);
      return [];
    }
    return finishItem(item, pack, [checker.check(item)]);
  };
  const buffer: [AuditItem, boolean][] = [];
  let warm = false;
  for await (const entry of items) {
    const observation = observationOf(entry[0]);
    if (observation) checker.observe(observation);
    if (warm) {
      yield* check(entry);
      continue;
    }
    buffer.push(entry);
    if (buffer.length >= WARM_UP) {
      warm = true;
      for (const held of buffer.splice(0)) yield* check(held);
    }
  }
  for (const held of buffer) yield* check(held);
}

function account(summary: Summary, item: AuditItem): void {
  if (item.kind === 'pair') {
    const chars = textLength(item.pair.source.text);
    summary.pairs++;
    summary.coverage.sourceChars += chars;
    summary.coverage.pairedSourceChars += chars;
  } else if (item.unpaired.side === 'source') {
    summary.coverage.sourceChars += textLength(item.unpaired.segment.text);
  }
}

function stampAll(item: AuditItem, ruleId: string, setting: RuleSetting, results: RuleResult[]): Finding[] {
  return results.flatMap((result) => {
    const severity = severityOf(setting, result.kind);
    return severity ? [stamp(item, ruleId, severity, result)] : [];
  });
}

const SUPPRESSION = 'suppression';
const OVERSIZED = 'oversized-segment';

/** Unknown rule ids in a unit's suppressions, and suppressions that silenced nothing. */
function suppressionResults(suppressed: string[], silenced: Set<string>): RuleResult[] {
  return suppressed.flatMap((id): RuleResult[] => {
    if (id !== '*' && !RULES_BY_ID.has(id)) {
      return [{ kind: 'unknown', message: `suppression names unknown rule '${id}': it silences nothing (bitext-audit rules lists the ids)`, details: { rule: id } }];
    }
    const used = id === '*' ? silenced.size > 0 : silenced.has(id);
    return used ? [] : [{ kind: 'unused', message: `suppression of ${id === '*' ? 'every rule' : `'${id}'`} silences nothing here: remove it`, details: { rule: id } }];
  });
}

function stamp(item: AuditItem, ruleId: string, severity: Severity, result: RuleResult): Finding {
  const sides = result.sides ?? ['source', 'target'];
  const finding: Finding = {
    ruleId,
    severity,
    message: result.message,
    input: item.kind === 'pair' ? item.pair.input : item.unpaired.input,
    pairId: item.kind === 'pair' ? item.pair.id : null,
    details: result.details,
  };
  const section = item.kind === 'pair' ? item.pair.section : item.unpaired.section;
  if (section) finding.section = section;
  if (item.kind === 'pair') {
    // A pair's findings always say where it starts (the contract orders findings by source
    // line, and scripts read it); the target only when the finding concerns it.
    finding.source = place(item.pair.source, result.sourceLine);
    if (sides.includes('target')) finding.target = place(item.pair.target, result.targetLine);
  } else {
    finding[item.unpaired.side] = place(item.unpaired.segment);
  }
  return finding;
}

function place(segment: Segment, line?: number): FindingPlace {
  const part = line === undefined ? undefined : segment.parts.find((candidate) => candidate.line === line);
  return { line: part?.line ?? segment.line, excerpt: excerpt(part?.text ?? segment.text) };
}

/** The start of a text on one line, cut at a character (never inside a surrogate pair). */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  // Only the start is kept: a long text is cut before it is flattened and split into characters.
  const long = text.length > 4 * max;
  const flat = (long ? text.slice(0, 4 * max) : text).replace(/\s+/g, ' ').trim();
  if (!long && flat.length <= max) return flat;
  const chars = [...flat];
  if (!long && chars.length <= max) return flat;
  return chars.slice(0, max - 1).join('').trimEnd() + '…';
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
