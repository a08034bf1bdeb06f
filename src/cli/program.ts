import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { auditFiles, TOOL_VERSION } from '../audit-files.js';
import { RULES, RULES_BY_ID } from '../check/index.js';
import { loadRulePack } from '../config/rule-pack.js';
import { AuditError } from '../errors.js';
import { SEVERITIES, type Severity } from '../model.js';
import { FORMAT_NAMES } from '../read/index.js';
import { FORMATTERS } from '../report/index.js';
import { failsAt } from '../report/report.js';
import { explainRule, listRules } from './rule-docs.js';
import { writeAtomically } from './write-output.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour) and the environment (NO_COLOR). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

interface AuditFlags {
  sourceLang?: string;
  targetLang?: string;
  inputFormat?: string;
  target?: string;
  format: string;
  output?: string;
  rules?: string;
  failOn: Severity | 'never';
  includePairs?: boolean;
  includeFuzzy?: boolean;
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
    .argument('<input...>', 'input files')
    .option('--source-lang <code>', 'language of the source side (BCP 47); default: detected')
    .option('--target-lang <code>', 'language of the target side (BCP 47); default: detected')
    .addOption(new Option('--input-format <name>', 'input format; default: by extension, then by content').choices(FORMAT_NAMES))
    .option('--target <file>', 'with one input: the parallel target file')
    .addOption(new Option('--format <name>', 'report format').choices([...FORMATTERS.keys()]).default('text'))
    .option('--output <path>', 'write the report to this file (atomically) instead of stdout')
    .option('--rules <path>', 'a rule pack (YAML) instead of the bundled rules/default.yaml')
    .addOption(new Option('--fail-on <level>', 'lowest severity that makes the exit code 1').choices([...SEVERITIES, 'never']).default('error'))
    .option('--include-pairs', 'add the audited pairs to the JSON report')
    .option('--include-fuzzy', 'po: audit entries marked fuzzy too')
    .action(async (inputs: string[], flags: AuditFlags) => {
      exitCode = await audit(inputs, flags, io);
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
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      io.stderr(`bitext-audit: ${error.message.replace(/^error: /, '')}\n`);
      return 2;
    }
    if (error instanceof AuditError) {
      io.stderr(`bitext-audit: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function audit(inputs: string[], flags: AuditFlags, io: Io): Promise<number> {
  if (flags.target && inputs.length !== 1) throw new AuditError('--target takes exactly one source input');
  if (flags.output) {
    const output = resolve(flags.output);
    const clash = [...inputs, flags.target, flags.rules].find((path) => path && resolve(path) === output);
    if (clash) throw new AuditError(`--output would overwrite the input ${clash}`);
  }
  const pack = loadRulePack(flags.rules);
  const formatter = FORMATTERS.get(flags.format)!;
  const report = await auditFiles(inputs, { ...flags, includeDocument: formatter.needsDocument ?? false }, pack);
  const rendered = formatter.render(report, {
    rules: RULES.map((rule) => rule.meta),
    failOn: flags.failOn,
    color: !flags.output && io.isTTY && !io.env.NO_COLOR,
  });
  if (flags.output) writeAtomically(flags.output, rendered);
  else io.stdout(rendered);
  return report.findings.some((finding) => failsAt(finding.severity, flags.failOn)) ? 1 : 0;
}
