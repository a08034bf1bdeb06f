import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK_PATH, lengthPrior, loadRulePack, severityOf } from '../src/config/rule-pack.js';
import { AuditError } from '../src/errors.js';
import { scratchDir } from './support/cli.js';

function packFile(text: string): string {
  const path = join(scratchDir(), 'pack.yaml');
  writeFileSync(path, text);
  return path;
}

function errorOf(text: string): string {
  const path = packFile(text);
  try {
    loadRulePack(path);
  } catch (error) {
    expect(error).toBeInstanceOf(AuditError);
    return (error as Error).message.replace(path, 'pack.yaml');
  }
  throw new Error('the pack loaded');
}

describe('rule packs', () => {
  it('the bundled default passes the validation user packs get', () => {
    const copy = packFile(readFileSync(DEFAULT_PACK_PATH, 'utf8'));
    expect([...loadRulePack(copy).rules.keys()]).toEqual([...loadRulePack().rules.keys()]);
  });

  it('loads the bundled default with every rule it names', () => {
    const pack = loadRulePack();
    expect(pack.rules.get('length-anomaly')?.severity).toBe('warning');
    expect(pack.rules.get('unpaired-segment')?.options).toEqual({ minChars: 1 });
  });

  it('derives the expected ratio of a language pair from the factors', () => {
    const pack = loadRulePack();
    expect(lengthPrior(pack, 'zh', 'en').ratio).toBeCloseTo(1 / 0.3, 5);
    expect(lengthPrior(pack, 'en-US', 'de').ratio).toBeCloseTo(1.16, 5);
  });

  it('extends the default: overrides what it names, keeps the rest', () => {
    const pack = loadRulePack(packFile('version: 1\nextends: default\nrules:\n  length-anomaly:\n    severity: error\n    options: { threshold: 4 }\n'));
    expect(pack.rules.get('length-anomaly')).toEqual({ severity: 'error', options: { threshold: 4, minDeviation: 0.4, minChars: 20 } });
    expect(pack.rules.has('unpaired-segment')).toBe(true);
  });

  it('stands alone without extends: rules it does not name are off', () => {
    const pack = loadRulePack(packFile('version: 1\nrules:\n  length-anomaly: {}\n'));
    expect([...pack.rules.keys()]).toEqual(['length-anomaly']);
  });

  it('turns a rule off', () => {
    const pack = loadRulePack(packFile('version: 1\nextends: default\nrules:\n  unpaired-segment: { severity: off }\n'));
    expect(pack.rules.has('unpaired-segment')).toBe(false);
  });

  it('maps result kinds to severities', () => {
    const setting = { severity: { mismatch: 'error', missing: 'warning', default: 'info' } as const, options: {} };
    expect(severityOf(setting, 'mismatch')).toBe('error');
    expect(severityOf(setting, 'missing')).toBe('warning');
    expect(severityOf(setting, undefined)).toBe('info');
    expect(severityOf({ severity: { missing: 'off' }, options: {} }, 'missing')).toBeUndefined();
  });

  it.each([
    ['version: 1\nrules:\n  no-such-rule: {}\n', "pack.yaml:3:3: invalid rule pack: unknown rule 'no-such-rule' (bitext-audit rules lists them)"],
    ['version: 2\n', 'pack.yaml:1:10: invalid rule pack: version must be 1'],
    ['rules: {}\n', "pack.yaml:1:1: invalid rule pack: the pack needs 'version'"],
    ['version: 1\nrulez: {}\n', "pack.yaml:1:1: invalid rule pack: the pack has unknown key 'rulez'"],
    ['version: 1\nrules:\n  length-anomaly:\n    options: { threshold: -1 }\n', 'pack.yaml:4:27: invalid options of length-anomaly: rules.length-anomaly.options.threshold must be > 0'],
    ['version: 1\nrules: [unclosed\n', 'pack.yaml:3:1: rule pack is not valid YAML'],
    ['version: 1\nrules:\n  length-anomaly: !!js/function "() => 1"\n', 'pack.yaml:3:19: rule pack is not valid YAML'],
  ])('rejects %j', (text, message) => {
    expect(errorOf(text)).toContain(message);
  });

  it('names a missing pack file', () => {
    expect(() => loadRulePack('/no/such/pack.yaml')).toThrow('/no/such/pack.yaml: cannot read rule pack: ENOENT');
  });
});
