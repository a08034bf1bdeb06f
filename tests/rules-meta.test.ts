// Meta-tests: every rule is registered, named after its file, documented and in the default pack.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/check/index.js';
import { loadRulePack } from '../src/config/rule-pack.js';
import { explainRule } from '../src/cli/rule-docs.js';

const RULE_FILES = readdirSync(new URL('../src/check/', import.meta.url))
  .filter((file) => file.endsWith('.ts') && !['index.ts', 'rule.ts'].includes(file))
  .map((file) => file.replace(/\.ts$/, ''));

describe('rules', () => {
  it('registers every rule file, each once', () => {
    expect(RULES.map((rule) => rule.meta.id).sort()).toEqual([...RULE_FILES].sort());
  });

  const pack = loadRulePack();
  describe.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
    it('is in the default pack with options its schema accepts', () => {
      expect(pack.rules.has(id)).toBe(true);
    });

    it('has a summary of one line and an explanation that says what to do', () => {
      expect(rule.meta.summary).not.toContain('\n');
      expect(rule.meta.summary.length).toBeLessThan(110);
      expect(rule.meta.explanation.length).toBeGreaterThan(150);
    });

    it('finds something on its own example', async () => {
      const text = await explainRule(rule, pack);
      expect(text).toContain(`${id} (default severity: ${rule.meta.defaultSeverity})`);
      expect(text).not.toContain('(none under the current pack)');
    });
  });
});
