// The engine: items (pairs and unpaired blocks) + rule pack -> findings.
// No file system and no process access: readers feed it, reporters consume it.
import { LengthModel, textLength } from './analyse/length-model.js';
import { RULES } from './check/index.js';
import type { CheckContext, PairScratch, Rule, RuleResult } from './check/rule.js';
import { lengthPrior, severityOf, type RulePack, type RuleSetting } from './config/rule-pack.js';
import type { AuditItem, Finding, FindingPlace, Segment, SegmentPair, Severity } from './model.js';

/** Pairs buffered per input before checking, so that document statistics come from a first pass. */
const WARM_UP = 2000;
const EXCERPT_CHARS = 160;

export interface Summary {
  pairs: number;
  findings: Record<Severity, number>;
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

/**
 * Audits one input's items in order. Updates `summary` as it goes (pairs, coverage,
 * finding counts) and yields findings in document order.
 */
export async function* auditItems(items: AsyncIterable<AuditItem>, pack: RulePack, summary: Summary): AsyncGenerator<Finding> {
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

  const buffer: AuditItem[] = [];
  let warm = false;
  for await (const item of items) {
    account(summary, item);
    observe(item);
    if (warm) {
      yield* checkItem(item, active, modelFor, summary);
      continue;
    }
    buffer.push(item);
    if (buffer.length >= WARM_UP) {
      warm = true;
      for (const held of buffer.splice(0)) yield* checkItem(held, active, modelFor, summary);
    }
  }
  for (const held of buffer) yield* checkItem(held, active, modelFor, summary);
  const { coverage } = summary;
  coverage.ratio = coverage.sourceChars === 0 ? 1 : round(coverage.pairedSourceChars / coverage.sourceChars);
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
  for (const { rule, setting, state } of active) {
    let results: RuleResult[] = [];
    if (item.kind === 'pair') {
      const { pair } = item;
      if (!rule.checkPair || isSuppressed(pair, rule.meta.id)) continue;
      const ctx: CheckContext<Record<string, unknown>> = {
        options: setting.options,
        lengths: modelFor(pair.sourceLang, pair.targetLang),
        scratch,
        state,
      };
      results = rule.checkPair(pair, ctx);
    } else {
      const { unpaired } = item;
      if (!rule.checkUnpaired) continue;
      const ctx: CheckContext<Record<string, unknown>> = {
        options: setting.options,
        lengths: modelFor(unpaired.lang, unpaired.lang),
        scratch,
        state,
      };
      results = rule.checkUnpaired(unpaired, ctx);
    }
    for (const result of results) {
      const severity = severityOf(setting, result.kind);
      if (!severity) continue;
      const finding = stamp(item, rule.meta.id, severity, result);
      countFinding(summary, finding);
      yield finding;
    }
  }
}

function isSuppressed(pair: SegmentPair, ruleId: string): boolean {
  return pair.suppressed?.some((id) => id === ruleId || id === '*') ?? false;
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
