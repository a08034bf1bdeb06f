// Configuration is data: rule packs (--rules) and configuration files (--config) are
// parsed as plain YAML/JSON. Tags that would construct objects or run code, alias bombs
// and prototype keys are refused with file:line:column; no rule option takes a regular
// expression, so no user pattern is ever compiled.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/check/index.js';
import { loadConfigFile } from '../src/config/config-file.js';
import { loadRulePack } from '../src/config/rule-pack.js';
import { DRIFTING_PAIRS, writePairs } from './bad-inputs/formats.js';
import { expectRefused, runOn } from './bad-inputs/run.js';
import { scratchDir } from './support/cli.js';

const BOMB = `{a: &a [l,l,l,l,l,l,l,l,l], b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a], c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b], d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c], e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]}`;

/** Values that must not be read as data: [what, YAML value, offset in it of the node refused, reason]. */
const HOSTILE_VALUES: [string, string, number, RegExp][] = [
  ['a JavaScript function tag', '!!js/function "function () { process.exit(7) }"', 0, /Unresolved tag: tag:yaml.org,2002:js\/function/],
  ['a Python object tag that would run a command', '!!python/object/apply:os.system ["touch pwned"]', 0, /Unresolved tag: tag:yaml.org,2002:python\/object\/apply:os.system/],
  ['a regular-expression tag', '!<tag:yaml.org,2002:js/regexp> /(a+)+$/', 0, /Unresolved tag: tag:yaml.org,2002:js\/regexp/],
  ['a local tag (an include)', '!include /etc/passwd', 0, /Unresolved tag: !include/],
  ['an alias bomb ("billion laughs")', BOMB, BOMB.indexOf('*a'), /Excessive alias count indicates a resource exhaustion attack/],
];

/** Where each kind of file holds a value: its text around it, and the line and column the value starts at. */
const KINDS = {
  'rule pack': { flag: '--rules', name: 'pack.yaml', wrap: (value: string) => `version: 1\nrules:\n  length-anomaly:\n    severity: ${value}\n`, line: 4, column: 15, prefix: 'rule pack is not valid YAML' },
  configuration: { flag: '--config', name: 'bitext-audit.config.yaml', wrap: (value: string) => `failOn: ${value}\n`, line: 1, column: 9, prefix: 'configuration is not valid YAML/JSON' },
} as const;

describe.concurrent.each(Object.entries(KINDS))('a %s', (_kind, { flag, name, wrap, line, column, prefix }) => {
  for (const [what, value, offset, reason] of HOSTILE_VALUES) {
    it(`refuses ${what} at its line and column, running nothing`, async () => {
      const dir = scratchDir();
      const file = join(dir, name);
      writeFileSync(file, wrap(value));
      const input = writePairs(dir, 'jsonl', DRIFTING_PAIRS);
      const run = await runOn(input, { args: [flag, file] });
      expectRefused(run, input, { file, line, column: column + offset }, new RegExp(`${prefix}: ${reason.source}`));
      expect(existsSync(join(process.cwd(), 'pwned'))).toBe(false);
    });
  }
});

describe('prototype keys', () => {
  const write = (name: string, text: string) => {
    const path = join(scratchDir(), name);
    writeFileSync(path, text);
    return path;
  };

  it.each([
    ['a YAML configuration', () => loadConfigFile(write('c.yaml', '__proto__:\n  polluted: yes\nfailOn: warning\n'))],
    ['a JSON configuration', () => loadConfigFile(write('c.json', '{"constructor": {"prototype": {"polluted": "yes"}}}'))],
    ['a rule pack', () => loadRulePack(write('p.yaml', 'version: 1\nrules:\n  __proto__: { polluted: yes }\n'))],
  ])('%s: refused as an unknown key, Object.prototype untouched', (_what, load) => {
    expect(load).toThrow(/unknown key '(?:__proto__|constructor)'|unknown rule '__proto__'/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('regular expressions', () => {
  /** Every JSON Schema node under a rule's options schema. */
  function* nodes(schema: unknown): Generator<Record<string, unknown>> {
    if (!schema || typeof schema !== 'object') return;
    yield schema as Record<string, unknown>;
    for (const value of Object.values(schema)) yield* Array.isArray(value) ? value.flatMap((item) => [...nodes(item)]) : nodes(value);
  }

  it('no rule option takes one: nothing a user writes is compiled as a pattern', async () => {
    for (const { meta } of RULES) {
      for (const node of nodes(meta.optionsSchema)) {
        expect(node.format, meta.id).not.toBe('regex');
        for (const key of Object.keys((node.properties as object | undefined) ?? {})) expect(key, meta.id).not.toMatch(/pattern|regex/i);
      }
    }
  });

  it('a glossary term written like a pattern matches only as words, and quickly', async () => {
    const dir = scratchDir();
    const pack = join(dir, 'pack.yaml');
    writeFileSync(pack, 'version: 1\nrules:\n  glossary:\n    options: { bundled: false, terms: [{ en: ".*", de: Punktstern }, { en: "(x+x+)+y", de: "(z+)+" }] }\n');
    const input = writePairs(dir, 'jsonl', [
      { source: 'Hello world, nothing to match here.', target: 'Hallo Welt, hier passt nichts.' },
      { source: `${'x'.repeat(40)}!`, target: `${'z'.repeat(40)}!` },
    ]);
    const run = await runOn(input, { args: ['--rules', pack, '--source-lang', 'en', '--target-lang', 'de', '--fail-on', 'info'] });
    expect(run.code, run.stderr).toBe(0);
  });
});
