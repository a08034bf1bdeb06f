// Reads inputs from disk and audits them into one report: the layer between the pure
// engine (audit.ts) and the command line. Library users call this too.
import { readFileSync } from 'node:fs';
import { auditItems, emptySummary, type Summary } from './audit.js';
import { loadRulePack, type RulePack } from './config/rule-pack.js';
import type { AuditItem, Finding, InputInfo } from './model.js';
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
}

export const TOOL_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export async function auditFiles(paths: string[], options: AuditFilesOptions = {}, pack: RulePack = loadRulePack(options.rules)): Promise<Report> {
  const summary = emptySummary();
  const inputs: InputInfo[] = [];
  const findings: Finding[] = [];
  const pairs: PairRecord[] = [];
  const document: DocumentItem[] = [];
  for (const path of paths) {
    const reader = await readerFor(path, options.target ? options.inputFormat ?? 'parallel' : options.inputFormat);
    const info: InputInfo = { path, format: reader.format, sourceLang: options.sourceLang ?? 'und', targetLang: options.targetLang ?? 'und' };
    const items = reader.read({
      path,
      ...(options.sourceLang ? { sourceLang: options.sourceLang } : {}),
      ...(options.targetLang ? { targetLang: options.targetLang } : {}),
      ...(options.target ? { targetPath: options.target } : {}),
      ...(options.includeFuzzy ? { includeFuzzy: true } : {}),
    });
    const kept = { pairs: options.includePairs ? pairs : undefined, document: options.includeDocument ? document : undefined };
    const pairsBefore = summary.pairs;
    const counts = { error: 0, warning: 0, info: 0 };
    for await (const finding of auditItems(observed(items, info, kept), pack, summary)) {
      findings.push(finding);
      counts[finding.severity]++;
    }
    inputs.push({ ...info, pairs: summary.pairs - pairsBefore, findings: counts });
  }
  return {
    schemaVersion: 1,
    tool: { name: 'bitext-audit', version: TOOL_VERSION },
    inputs,
    summary: summary satisfies Summary,
    ...(options.includePairs ? { pairs } : {}),
    findings: sortFindings(findings, inputs),
    ...(options.includeDocument ? { document } : {}),
  };
}

/** Passes items through, noting the languages the input turned out to have and, if asked, its pairs and items. */
async function* observed(
  items: AsyncIterable<AuditItem>,
  info: InputInfo,
  kept: { pairs: PairRecord[] | undefined; document: DocumentItem[] | undefined },
): AsyncGenerator<AuditItem> {
  for await (const item of items) {
    if (item.kind === 'pair') {
      const { pair } = item;
      if (info.sourceLang === 'und') info.sourceLang = pair.sourceLang;
      if (info.targetLang === 'und') info.targetLang = pair.targetLang;
      const record: PairRecord = {
        id: pair.id,
        input: pair.input,
        ...(pair.section ? { section: pair.section } : {}),
        source: { line: pair.source.line, text: pair.source.text },
        target: { line: pair.target.line, text: pair.target.text },
      };
      kept.pairs?.push(record);
      kept.document?.push({ kind: 'pair', sourceLang: pair.sourceLang, targetLang: pair.targetLang, ...record });
    } else {
      const { unpaired } = item;
      kept.document?.push({
        kind: 'unpaired',
        input: unpaired.input,
        ...(unpaired.section ? { section: unpaired.section } : {}),
        side: unpaired.side,
        lang: unpaired.lang,
        line: unpaired.segment.line,
        text: unpaired.segment.text,
      });
    }
    yield item;
  }
}
