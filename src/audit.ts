// The engine: items (pairs and unpaired blocks) + rule pack -> findings.
// No file system and no process access: readers feed it, reporters consume it.
import { LengthModel, textLength } from './analyse/length-model.js';
import { RULES, RULES_BY_ID } from './check/index.js';
import type { CheckContext, PairScratch, Rule, RuleResult } from './check/rule.js';
import { lengthPrior, severityOf, type RulePack, type RuleSetting } from './config/rule-pack.js';
import type { AuditItem, Finding, FindingPlace, Segment, Severity } from './model.js';

/** Pairs buffered per input before checking, so that document statistics come from a first pass. */
const WARM_UP = 2000;
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

/**
 * Audits one input's items in order. Updates `summary` as it goes (pairs, coverage,
 * finding counts) and yields findings in document order. With a shard, every item still
 * informs the document statistics and the cross-pair rules, so that the shards of a run,
 * merged, report exactly what the whole run reports.
 */
export async function* auditItems(items: AsyncIterable<AuditItem>, pack: RulePack, summary: Summary, shard?: Shard): AsyncGenerator<Finding> {
  const active: ActiveRule[] = RULES.flatMap((rule) => {
    const setting = pack.rules.get(rule.meta.id);
    return setting ? [{ rule, setting, state: rule.createState?.(setting.options) }] : [];
  });
  const models = new Map<string, LengthModel>();
  const modelFor = (sourceLang: string, targetLang: string) => {
    const key = `${sourceLang}>${targetLang}`;
    let model = models.get(key);
    if (!model) models.set(key, (model = new LengthModel(lengthPrior(pack, sourceLang, targetLang))));
    return model;
  };
  const observe = (item: AuditItem) => {
    if (item.kind !== 'pair') return;
    const { pair } = item;
    modelFor(pair.sourceLang, pair.targetLang).observe(textLength(pair.source.text), textLength(pair.target.text));
  };

  const crossPair = active.filter(({ rule }) => rule.createState);
  let index = 0;
  const check = (item: AuditItem, owned: boolean) =>
    owned ? checkItem(item, active, modelFor, summary) : drain(checkItem(item, crossPair, modelFor, emptySummary()));
  const buffer: [AuditItem, boolean][] = [];
  let warm = false;
  for await (const item of items) {
    const owned = !shard || index++ % shard.count === shard.index;
    if (owned) account(summary, item);
    observe(item);
    if (warm) {
      yield* check(item, owned);
      continue;
    }
    buffer.push([item, owned]);
    if (buffer.length >= WARM_UP) {
      warm = true;
      for (const [held, heldOwned] of buffer.splice(0)) yield* check(held, heldOwned);
    }
  }
  for (const [held, heldOwned] of buffer) yield* check(held, heldOwned);
  const { coverage } = summary;
  coverage.ratio = coverage.sourceChars === 0 ? 1 : round(coverage.pairedSourceChars / coverage.sourceChars);
}

/** Runs a check for its effect on cross-pair state only; its findings belong to another shard. */
function* drain(findings: Generator<Finding>): Generator<Finding> {
  for (const _finding of findings);
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

function* checkItem(
  item: AuditItem,
  active: ActiveRule[],
  modelFor: (sourceLang: string, targetLang: string) => LengthModel,
  summary: Summary,
): Generator<Finding> {
  const scratch: PairScratch = { claimedQuantities: { source: new Set(), target: new Set() } };
  const suppressed = item.kind === 'pair' ? item.pair.suppressed ?? [] : [];
  /** Suppressed rules that would have reported something: their suppressions were used. */
  const silenced = new Set<string>();
  for (const { rule, setting, state } of active) {
    const lengths = item.kind === 'pair' ? modelFor(item.pair.sourceLang, item.pair.targetLang) : modelFor(item.unpaired.lang, item.unpaired.lang);
    const ctx: CheckContext<Record<string, unknown>> = { options: setting.options, lengths, scratch, state };
    const results = item.kind === 'pair' ? rule.checkPair?.(item.pair, ctx) ?? [] : rule.checkUnpaired?.(item.unpaired, ctx) ?? [];
    if (results.length && (suppressed.includes(rule.meta.id) || suppressed.includes('*'))) {
      silenced.add(rule.meta.id);
      continue;
    }
    yield* emit(item, rule.meta.id, setting, results, summary);
  }
  const suppressionRule = active.find(({ rule }) => rule.meta.id === SUPPRESSION);
  if (suppressionRule && suppressed.length) yield* emit(item, SUPPRESSION, suppressionRule.setting, suppressionResults(suppressed, silenced), summary);
}

function* emit(item: AuditItem, ruleId: string, setting: RuleSetting, results: RuleResult[], summary: Summary): Generator<Finding> {
  for (const result of results) {
    const severity = severityOf(setting, result.kind);
    if (!severity) continue;
    const finding = stamp(item, ruleId, severity, result);
    countFinding(summary, finding);
    yield finding;
  }
}

const SUPPRESSION = 'suppression';

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
    if (sides.includes('source')) finding.source = place(item.pair.source, result.sourceLine);
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

/** The start of a text on one line, cut at a word or character boundary. */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  return chars.slice(0, max - 1).join('').trimEnd() + '…';
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
