// Reads inputs from disk and audits them into one report: the layer between the pure
// engine (audit.ts) and the command line. Library users call this too.
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { auditItems, emptySummary, shardOwns, type Shard, type Summary } from './audit.js';
import { STDIN, type ByteCounter } from './read/text-stream.js';
import { loadRulePack, type RulePack } from './config/rule-pack.js';
import type { AuditItem, Finding, InputInfo, SegmentPair } from './model.js';
import { readerFor } from './read/index.js';
import type { DocumentItem, PairRecord, Report } from './report/report.js';
import { sortFindings } from './report/report.js';

export interface AuditFilesOptions {
  sourceLang?: string;
  targetLang?: string;
  inputFormat?: string;
  /** With one input: the parallel target file. */
  target?: string;
  /** A rule pack file; default the bundled rules/default.yaml. */
  rules?: string;
  includePairs?: boolean;
  includeFuzzy?: boolean;
  /** Keep every item in order as `Report.document` (for side-by-side reports). */
  includeDocument?: boolean;
  /** Audit only this deterministic part of every input (`--shard K/N`). */
  shard?: Shard;
  /** Told how many bytes of the inputs were read, for progress reports. */
  onBytes?: ByteCounter;
  /** Threads for the per-pair rules (the main thread and jobs-1 workers); `auto` (default): every core for inputs over 4 MB. */
  jobs?: number | 'auto';
}

/** Below this size a worker's start-up (~0.2 s) costs more than it saves. */
const PARALLEL_BYTES = 4 << 20;

function jobsFor(path: string, jobs: number | 'auto' | undefined): number {
  if (typeof jobs === 'number') return Math.max(1, jobs);
  if (path === STDIN) return availableParallelism();
  try {
    return statSync(path).size > PARALLEL_BYTES ? availableParallelism() : 1;
  } catch {
    return 1;
  }
}

export const TOOL_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** What an audit run produces, in order: findings as found, and each input when it is done. */
export type AuditEvent = { type: 'finding'; finding: Finding } | { type: 'input'; info: InputInfo };

/**
 * Audits inputs one after the other, streaming: memory holds one input's warm-up
 * window, not its pairs. `summary` is updated as events are yielded; `onItem` sees every
 * item the run reports (pairs and unpaired blocks; with a shard, the shard's) for callers
 * that keep them.
 */
export async function* auditStream(
  paths: string[],
  options: AuditFilesOptions,
  pack: RulePack,
  summary: Summary,
  onItem?: (item: AuditItem) => void,
): AsyncGenerator<AuditEvent> {
  for (const path of paths) {
    const reader = await readerFor(path, options.target ? options.inputFormat ?? 'parallel' : options.inputFormat);
    const info: InputInfo = { path, format: reader.format, sourceLang: options.sourceLang ?? 'und', targetLang: options.targetLang ?? 'und' };
    if (options.target && reader.format === 'parallel') info.targetPath = options.target;
    const items = reader.read({
      path,
      ...(options.sourceLang ? { sourceLang: options.sourceLang } : {}),
      ...(options.targetLang ? { targetLang: options.targetLang } : {}),
      ...(options.target ? { targetPath: options.target } : {}),
      ...(options.includeFuzzy ? { includeFuzzy: true } : {}),
      ...(options.onBytes ? { onBytes: options.onBytes } : {}),
    });
    const pairsBefore = summary.pairs;
    const counts = { error: 0, warning: 0, info: 0 };
    for await (const finding of auditItems(observed(items, info, onItem, options.shard), pack, summary, options.shard, jobsFor(path, options.jobs))) {
      counts[finding.severity]++;
      yield { type: 'finding', finding };
    }
    yield { type: 'input', info: { ...info, pairs: summary.pairs - pairsBefore, findings: counts } };
  }
}

/** Audits inputs into one report held in memory (findings sorted; pairs and document if asked). */
export async function auditFiles(paths: string[], options: AuditFilesOptions = {}, pack: RulePack = loadRulePack(options.rules)): Promise<Report> {
  const summary = emptySummary();
  const inputs: InputInfo[] = [];
  const findings: Finding[] = [];
  const pairs: PairRecord[] = [];
  const document: DocumentItem[] = [];
  const keep = (item: AuditItem) => {
    if (options.includePairs && item.kind === 'pair') pairs.push(pairRecord(item.pair));
    if (options.includeDocument) document.push(documentItem(item));
  };
  for await (const event of auditStream(paths, options, pack, summary, keep)) {
    if (event.type === 'finding') findings.push(event.finding);
    else inputs.push(event.info);
  }
  return {
    ...reportHead(),
    inputs,
    summary,
    ...(options.includePairs ? { pairs } : {}),
    findings: sortFindings(findings, inputs),
    ...(options.includeDocument ? { document } : {}),
  };
}

export function reportHead(): Pick<Report, 'schemaVersion' | 'tool'> {
  return { schemaVersion: 1, tool: { name: 'bitext-audit', version: TOOL_VERSION } };
}

/** Passes items through, noting the languages the input turned out to have, and showing `onItem` the shard's. */
async function* observed(items: AsyncIterable<AuditItem>, info: InputInfo, onItem: ((item: AuditItem) => void) | undefined, shard: Shard | undefined): AsyncGenerator<AuditItem> {
  let index = 0;
  for await (const item of items) {
    if (item.kind === 'pair') {
      if (info.sourceLang === 'und') info.sourceLang = item.pair.sourceLang;
      if (info.targetLang === 'und') info.targetLang = item.pair.targetLang;
    }
    if (shardOwns(shard, index++)) onItem?.(item);
    yield item;
  }
}

export function pairRecord(pair: SegmentPair): PairRecord {
  return {
    id: pair.id,
    input: pair.input,
    ...(pair.section ? { section: pair.section } : {}),
    source: { line: pair.source.line, text: pair.source.text },
    target: { line: pair.target.line, text: pair.target.text },
  };
}

export function documentItem(item: AuditItem): DocumentItem {
  if (item.kind === 'pair') return { kind: 'pair', sourceLang: item.pair.sourceLang, targetLang: item.pair.targetLang, ...pairRecord(item.pair) };
  const { unpaired } = item;
  return {
    kind: 'unpaired',
    input: unpaired.input,
    ...(unpaired.section ? { section: unpaired.section } : {}),
    side: unpaired.side,
    lang: unpaired.lang,
    line: unpaired.segment.line,
    text: unpaired.segment.text,
  };
}
