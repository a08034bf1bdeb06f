import { dirname, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { auditStream, documentItem, pairRecord, reportHead, TOOL_VERSION } from '../audit-files.js';
import { emptySummary, type Shard } from '../audit.js';
import { mergeReports } from '../merge.js';
import { STDIN } from '../read/text-stream.js';
import { progressBar } from './progress.js';
import { statSync } from 'node:fs';
import { RULES, RULES_BY_ID } from '../check/index.js';
import { loadRulePack } from '../config/rule-pack.js';
import { findConfigFile, loadConfigFile, type ConfigFile } from '../config/config-file.js';
import { isBaselined, loadBaseline } from '../baseline.js';
import { expandInputs } from './expand-inputs.js';
import { AuditError } from '../errors.js';
import { SEVERITIES, type AuditItem, type InputInfo, type Severity } from '../model.js';
import { FORMAT_NAMES } from '../read/index.js';
import { readJsonFile } from '../read/json-error.js';
import { visibleControls } from '../report/controls.js';
import { FORMATTERS } from '../report/index.js';
import { failsAt, PairCases, sortFindings, targetFilesOf, type DocumentItem, type PairRecord, type Report } from '../report/report.js';
import { explainRule, listRules } from './rule-docs.js';
import { fileSink, reportWriter, stdoutSink } from './report-sink.js';

export interface Io {
  /** May return a promise when the reader is slower (backpressure). */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour) and the environment (NO_COLOR). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** Where a progress bar may go: a terminal's standard error, outside CI. */
  progress?: NodeJS.WriteStream;
}

interface AuditFlags {
  sourceLang?: string;
  targetLang?: string;
  inputFormat?: string;
  target?: string;
  format?: string;
  output?: string;
  rules?: string;
  failOn?: Severity | 'never';
  baseline?: string;
  writeBaseline?: string;
  maxWarnings?: number;
  includePairs?: boolean;
  includeFuzzy?: boolean;
  /** A configuration file, or false for none (`--no-config`). */
  config?: string | false;
  shard?: Shard;
  jobs?: number | 'auto';
}

/** Runs the command line; resolves to the exit code (0 clean, 1 findings, 2 could not run). */
export async function runCli(argv: string[], io: Io): Promise<number> {
  let exitCode = 0;
  const program = new Command('bitext-audit')
    .description('Audit the alignment quality of translations.')
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} });

  program
    .command('audit', { isDefault: true })
    .description('audit one or more bilingual inputs')
    .argument('[input...]', 'input files or globs (default: the configuration file\'s inputs)')
    .option('--source-lang <code>', 'language of the source side (BCP 47); default: detected')
    .option('--target-lang <code>', 'language of the target side (BCP 47); default: detected')
    .addOption(new Option('--input-format <name>', 'input format; default: by extension, then by content').choices(FORMAT_NAMES))
    .option('--target <file>', 'with one input: the parallel target file')
    .addOption(new Option('--format <name>', 'report format (default: text)').choices([...FORMATTERS.keys()]))
    .option('--output <path>', 'write the report to this file (atomically) instead of stdout')
    .option('--rules <path>', 'a rule pack (YAML) instead of the bundled rules/default.yaml')
    .addOption(new Option('--fail-on <level>', 'lowest severity that makes the exit code 1 (default: error)').choices([...SEVERITIES, 'never']))
    .option('--baseline <report.json>', 'findings already in this earlier JSON report do not count toward --fail-on')
    .option('--write-baseline <file>', 'also write the JSON report to this file, to serve as a later baseline')
    .option('--max-warnings <n>', 'more warnings than this (not baselined) make the exit code 1', parseCount)
    .option('--include-pairs', 'add the audited pairs to the JSON report')
    .option('--include-fuzzy', 'po: audit entries marked fuzzy too')
    .option('--config <file>', 'a configuration file (default: bitext-audit.config.yaml or .json, found upwards)')
    .option('--no-config', 'ignore configuration files')
    .option('--shard <k/n>', 'audit only part k of n of every input (deterministic; merge the reports with `merge`)', parseShard)
    .option('--jobs <n>', 'threads for the checks: the main thread and n-1 workers (default auto: every core for inputs over 4 MB)', parseJobs)
    .action(async (inputs: string[], flags: AuditFlags) => {
      exitCode = await audit(inputs, flags, io);
    });

  program
    .command('merge')
    .description('merge JSON reports of the shards or batches of one run into one report')
    .argument('<report...>', 'JSON reports')
    .addOption(new Option('--format <name>', 'report format (default: json)').choices([...FORMATTERS.keys()].filter((name) => !FORMATTERS.get(name)!.needsDocument)))
    .option('--output <path>', 'write the report to this file (atomically) instead of stdout')
    .addOption(new Option('--fail-on <level>', 'lowest severity that makes the exit code 1 (default: error)').choices([...SEVERITIES, 'never']))
    .action(async (paths: string[], flags: { format?: string; output?: string; failOn?: Severity | 'never' }) => {
      exitCode = await merge(paths, flags, io);
    });

  program
    .command('rules')
    .description('list every rule: id, default severity, summary')
    .action(() => io.stdout(listRules(RULES)));

  program
    .command('explain')
    .description('what a rule checks, its options, an example finding')
    .argument('<rule-id>')
    .action(async (id: string) => {
      const rule = RULES_BY_ID.get(id);
      if (!rule) throw new AuditError(`unknown rule '${id}' (bitext-audit rules lists them)`);
      io.stdout(await explainRule(rule, loadRulePack()));
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    // One line on standard error, as the contract says: control characters quoted from an
    // input or a path (a line break, a terminal escape) are shown, not acted on.
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      io.stderr(`bitext-audit: ${visibleControls(error.message.replace(/^error: /, ''))}\n`);
      return 2;
    }
    if (error instanceof AuditError) {
      io.stderr(`bitext-audit: ${visibleControls(error.message)}\n`);
      return 2;
    }
    // A bug of ours must not read as "findings" (exit 1) to a CI job: exit 2, one line,
    // and the stack only when asked for.
    const detail = io.env.BITEXT_AUDIT_DEBUG ? `\n${(error as Error).stack ?? ''}` : ' (BITEXT_AUDIT_DEBUG=1 shows the stack; please report it)';
    io.stderr(`bitext-audit: internal error: ${visibleControls((error as Error).message ?? String(error))}${detail}\n`);
    return 2;
  }
}

async function audit(patterns: string[], flags: AuditFlags, io: Io): Promise<number> {
  const configPath = flags.config === false ? undefined : flags.config ?? findConfigFile(process.cwd());
  const config = configPath ? loadConfigFile(configPath) : undefined;
  const settings = { ...withoutPath(config), ...definedOnly(flags) };
  const inputs = patterns.length
    ? await expandInputs(patterns, { ignore: config?.ignore ?? [] })
    : config?.inputs
      ? await expandInputs(config.inputs, { cwd: dirname(config.path), ignore: config.ignore ?? [] })
      : [];
  if (inputs.length === 0) throw new AuditError('no input given (name files or globs, or `inputs` in bitext-audit.config.yaml)');
  if (settings.target && inputs.length !== 1) throw new AuditError('--target takes exactly one source input');
  const written = [settings.output, settings.writeBaseline].filter((path): path is string => Boolean(path));
  for (const output of written) {
    const clash = [...inputs, settings.target, settings.rules, settings.baseline].find((path) => path && sameFile(path, output));
    if (clash) throw new AuditError(`${output === settings.output ? '--output' : '--write-baseline'} would overwrite the input ${clash}`);
  }
  const failOn = settings.failOn ?? 'error';
  const pack = loadRulePack(settings.rules);
  const baseline = settings.baseline ? loadBaseline(settings.baseline) : undefined;
  const formatter = FORMATTERS.get(settings.format ?? 'text');
  if (!formatter) throw new AuditError(`unknown report format '${settings.format}'`, { file: configPath });
  // A parallel input's target lines count lines of its target file, which reports name.
  const targetPath = settings.target && (settings.inputFormat ?? 'parallel') === 'parallel' ? settings.target : undefined;
  const context = {
    rules: RULES.map((rule) => rule.meta),
    failOn,
    color: !settings.output && io.isTTY && !io.env.NO_COLOR,
    ...(targetPath ? { targetFiles: new Map([[inputs[0]!, targetPath]]) } : {}),
  };
  const head = reportHead();
  // A file is replaced atomically, so it may be written as findings come; standard
  // output streams only line-based JSONL, so that a failed run never leaves half a JSON document.
  const writers = [
    reportWriter(formatter, settings.output ? fileSink(settings.output) : stdoutSink(io.stdout), context, head, {
      stream: Boolean(settings.output) || formatter.name === 'jsonl',
      sort: sortFindings,
    }),
    ...(settings.writeBaseline ? [reportWriter(FORMATTERS.get('json')!, fileSink(settings.writeBaseline), context, head, { stream: true, sort: sortFindings })] : []),
  ];
  const summary = emptySummary();
  const inputsDone: InputInfo[] = [];
  const pairs: PairRecord[] = [];
  const document: DocumentItem[] = [];
  const pairCases = formatter.needsPairCases ? new PairCases() : undefined;
  const keep = (item: AuditItem) => {
    if (settings.includePairs && item.kind === 'pair') pairs.push(pairRecord(item.pair));
    if (formatter.needsDocument) document.push(documentItem(item));
    if (pairCases && item.kind === 'pair') pairCases.add(item.pair);
  };
  let baselined = 0;
  let failed = false;
  let warnings = 0;
  const progress = io.progress && inputs.every((input) => input !== STDIN) ? progressBar(inputs, io.progress) : undefined;
  const auditOptions = { ...settings, ...(progress ? { onBytes: progress.onBytes } : {}) };
  try {
    for await (const event of auditStream(inputs, auditOptions, pack, summary, settings.includePairs || formatter.needsDocument || pairCases ? keep : undefined)) {
      if (event.type === 'input') {
        inputsDone.push(event.info);
        continue;
      }
      const { finding } = event;
      if (baseline && isBaselined(finding, baseline)) {
        finding.baselined = true;
        baselined++;
      } else {
        failed ||= failsAt(finding.severity, failOn);
        if (finding.severity === 'warning') warnings++;
      }
      for (const writer of writers) await writer.finding(finding);
    }
    if (baseline) summary.baselined = baselined;
    const tail = { inputs: inputsDone, summary, ...(settings.includePairs ? { pairs } : {}) };
    for (const writer of writers) await writer.finish(tail, { ...(formatter.needsDocument ? { document } : {}), ...(pairCases ? { pairCases } : {}) });
  } catch (error) {
    for (const writer of writers) writer.abort();
    throw error;
  } finally {
    progress?.stop();
  }
  const tooManyWarnings = settings.maxWarnings !== undefined && warnings > settings.maxWarnings;
  return failed || tooManyWarnings ? 1 : 0;
}

async function merge(paths: string[], flags: { format?: string; output?: string; failOn?: Severity | 'never' }, io: Io): Promise<number> {
  const failOn = flags.failOn ?? 'error';
  const report = mergeReports(paths.map(readReport));
  const formatter = FORMATTERS.get(flags.format ?? 'json')!;
  const targetFiles = targetFilesOf(report.inputs);
  const context = { rules: RULES.map((rule) => rule.meta), failOn, color: !flags.output && io.isTTY && !io.env.NO_COLOR, ...(targetFiles ? { targetFiles } : {}) };
  const sink = flags.output ? fileSink(flags.output) : stdoutSink(io.stdout);
  await sink.write(formatter.render(report, context));
  await sink.commit();
  return report.findings.some((finding) => !finding.baselined && failsAt(finding.severity, failOn)) ? 1 : 0;
}

function readReport(path: string): Report {
  const report = readJsonFile(path) as Report;
  if (report?.schemaVersion !== 1 || !Array.isArray(report.findings) || !report.summary) {
    throw new AuditError('not a bitext-audit JSON report (schema version 1)', { file: path });
  }
  return report;
}

function parseJobs(value: string): number | 'auto' {
  if (value === 'auto') return value;
  if (!/^[1-9]\d*$/.test(value)) throw new AuditError(`--jobs takes a whole number of threads from 1, or auto, not '${value}'`);
  return Number(value);
}

function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const [k, n] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || n < 1 || k < 1 || k > n) throw new AuditError(`--shard takes k/n with 1 <= k <= n, not '${value}'`);
  return { index: k - 1, count: n };
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new AuditError(`--max-warnings takes a whole number, not '${value}'`);
  return Number(value);
}

/**
 * Whether two paths name one file: the same spelling resolved, or (through symlinks,
 * `..` and hard links) the same device and inode, as renaming a report into place would
 * replace an input reached through a symlinked file or folder.
 */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  const [first, second] = [a, b].map(statOrUndefined);
  return Boolean(first && second && first.dev === second.dev && first.ino === second.ino);
}

/** A path that cannot be statted (missing, `-`, under a file) is no file to overwrite. */
function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as Partial<T>;
}

function withoutPath(config: ConfigFile | undefined): Omit<ConfigFile, 'path' | 'inputs' | 'ignore'> {
  if (!config) return {};
  const { path: _path, inputs: _inputs, ignore: _ignore, ...settings } = config;
  return settings;
}
