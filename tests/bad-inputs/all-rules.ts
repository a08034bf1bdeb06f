import { RULES } from '../../src/check/index.js';
import { loadRulePack, type RulePack } from '../../src/config/rule-pack.js';

/** The bundled pack with every rule on, at its default severity where the pack leaves it off. */
export function allRulesPack(): RulePack {
  const pack = loadRulePack();
  const rules = new Map(pack.rules);
  for (const { meta } of RULES) {
    if (!rules.has(meta.id)) rules.set(meta.id, { severity: meta.defaultSeverity, options: { ...(meta.defaultOptions as Record<string, unknown>) } });
  }
  return { ...pack, rules };
}
