import type { Rule } from '../check/rule.js';
import type { RulePack } from '../config/rule-pack.js';
import { auditItems, emptySummary, excerpt } from '../audit.js';
import type { AuditItem, Finding } from '../model.js';

/** `bitext-audit rules`: one line per rule. */
export function listRules(rules: readonly Rule[]): string {
  const width = Math.max(...rules.map((rule) => rule.meta.id.length));
  return rules.map((rule) => `${rule.meta.id.padEnd(width)}  ${rule.meta.defaultSeverity.padEnd(7)}  ${rule.meta.summary}`).join('\n') + '\n';
}

/** `bitext-audit explain <id>`: what the rule checks, its options, and a finding it makes on its example. */
export async function explainRule(rule: Rule, pack: RulePack): Promise<string> {
  const { meta } = rule;
  const severities = meta.kinds
    ? Object.entries(meta.kinds).map(([kind, text]) => `  ${kind}: ${text}`).join('\n')
    : `  ${meta.defaultSeverity}`;
  const properties = (meta.optionsSchema.properties ?? {}) as Record<string, { type?: string; description?: string }>;
  const options = Object.keys(properties).length
    ? Object.entries(properties)
        .map(([name, schema]) => `  ${name} (${schema.type ?? 'value'}, default ${JSON.stringify((meta.defaultOptions as Record<string, unknown>)[name])})`)
        .join('\n')
    : '  none';
  const example = await exampleFinding(rule, pack);
  return [
    `${meta.id} (default severity: ${meta.defaultSeverity})`,
    '',
    meta.summary,
    '',
    wrap(meta.explanation),
    '',
    'Severity:',
    severities,
    '',
    'Options:',
    options,
    '',
    'Example:',
    `  source (${meta.example.sourceLang}): ${excerpt(meta.example.source)}`,
    `  target (${meta.example.targetLang}): ${meta.example.target ? excerpt(meta.example.target) : '(none)'}`,
    `  finding: ${example ? example.message : '(none under the current pack)'}`,
    '',
  ].join('\n');
}

/** Runs the rule on its own example, so that the documented finding is the real one. */
async function exampleFinding(rule: Rule, pack: RulePack): Promise<Finding | undefined> {
  const { example, id } = rule.meta;
  const segment = (text: string) => ({ line: 1, text, parts: [{ line: 1, text }] });
  const item: AuditItem = example.target
    ? {
        kind: 'pair',
        pair: {
          id: 'p1',
          input: 'example',
          sourceLang: example.sourceLang,
          targetLang: example.targetLang,
          source: segment(example.source),
          target: segment(example.target),
          ...(example.suppressed ? { suppressed: example.suppressed } : {}),
        },
      }
    : { kind: 'unpaired', unpaired: { input: 'example', side: 'source', lang: example.sourceLang, segment: segment(example.source) } };
  const only = { ...pack, rules: new Map([[id, pack.rules.get(id) ?? { severity: rule.meta.defaultSeverity, options: rule.meta.defaultOptions as Record<string, unknown> }]]) };
  for await (const finding of auditItems(single(item), only, emptySummary())) return finding;
  return undefined;
}

async function* single(item: AuditItem): AsyncGenerator<AuditItem> {
  yield item;
}

function wrap(text: string, width = 88): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
