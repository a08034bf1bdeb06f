import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import glossary from '../src/check/glossary.js';
import { auditItems, emptySummary } from '../src/audit.js';
import { loadRulePack } from '../src/config/rule-pack.js';
import type { Finding } from '../src/model.js';
import { itemsOf, pair } from './support/audit.js';

/** A project glossary, as a rule pack would give it in the options. */
const TERMS = [
  { zh: '开源', en: ['open-source', 'open source'], forbidden: { en: ['open-sourced'] } },
  { zh: '大模型', en: ['foundation model', 'large model'], forbidden: { en: ['big model'] } },
  { en: 'cloud', de: 'Cloud', fr: ['cloud', 'nuage'], forbidden: { de: ['Wolke'] } },
  { zh: '算力', en: ['computing power', 'compute'] },
  { ja: 'クラウド', en: 'cloud' },
];

/** Audits one pair with the glossary rule, the pack's terms replaced by `terms` (the bundled ones stay). */
async function check(source: string, target: string, sourceLang: string, targetLang: string, terms: unknown[] = TERMS): Promise<Finding[]> {
  const pack = loadRulePack();
  const setting = { severity: { missing: 'warning', forbidden: 'warning' } as const, options: { bundled: true, terms } };
  const only = { ...pack, rules: new Map([['glossary', setting]]) };
  const findings: Finding[] = [];
  const items = [{ kind: 'pair' as const, pair: pair(source, target, sourceLang, targetLang) }];
  for await (const finding of auditItems(itemsOf(items), only, emptySummary())) findings.push(finding);
  return findings;
}

describe('glossary', () => {
  describe('valid: no finding', () => {
    it.each([
      ['the required term, inflected', '开源模型与大模型', 'Open-source models and foundation models', 'zh', 'en'],
      ['an accepted alternative', '我们持续加码开源投入。', 'We keep investing heavily in open source.', 'zh', 'en'],
      ['the other direction of the same entry', 'Alibaba releases open-source large models.', '阿里巴巴发布开源大模型。', 'en', 'zh'],
      ['a German term in a compound, and the bundled email entry', 'Store the files in the cloud and send an email.', 'Speichern Sie die Dateien in der Cloud-Ablage und senden Sie eine E-Mail.', 'en', 'de'],
      ['German E-Mail inflected', 'All emails were deleted.', 'Alle E-Mails wurden gelöscht.', 'en', 'de'],
      ['a term whose entry has no form for the target language', '开源模型在本地部署。', 'Les modèles ouverts sont déployés localement.', 'zh', 'fr'],
      ['a source without glossary terms', '今天天气很好。', 'The weather is fine today.', 'zh', 'en'],
      ['Japanese substring match', 'クラウドに保存しました。', 'Saved to the cloud.', 'ja', 'en'],
      ['case-insensitive match of a lower-case term', 'Cloud storage is cheap.', 'Cloud-Speicher ist günstig.', 'en', 'de'],
      // Real (coreutils de): a term inside a command-line option is code, kept as written.
      ['a term inside an option name', '-R, --rfc-email output date and time in RFC 5322 format', '-R, --rfc-email Datum und Uhrzeit im Format nach RFC 5322 ausgeben', 'en', 'de'],
    ])('%s', async (_name, source, target, sourceLang, targetLang) => {
      expect(await check(source, target, sourceLang, targetLang)).toEqual([]);
    });
  });

  describe('invalid: flagged', () => {
    it.each([
      ['a required term not used', '算力成本持续下降。', 'The cost of processing keeps falling.', 'zh', 'en', 'missing', { term: '算力', expected: ['computing power', 'compute'] }],
      ['a forbidden variant', '阿里开放了大模型。', 'Alibaba opened its big models.', 'zh', 'en', 'forbidden', { term: '大模型', expected: ['foundation model', 'large model'], found: 'big models' }],
      ['a forbidden variant in German', 'Upload it to the cloud.', 'Laden Sie es in die Wolke hoch.', 'en', 'de', 'forbidden', { term: 'cloud', expected: ['Cloud'], found: 'Wolke' }],
      ['the bundled forbidden Email', 'Please confirm your email address.', 'Bitte bestätigen Sie Ihre Email-Adresse.', 'en', 'de', 'forbidden', { term: 'email', expected: ['E-Mail'], found: 'Email' }],
      ['a missing term in the other direction', 'Open-source software is everywhere.', '自由软件无处不在。', 'en', 'zh', 'missing', { term: 'open-source', expected: ['开源'] }],
    ])('%s', async (_name, source, target, sourceLang, targetLang, kind, details) => {
      const findings = await check(source, target, sourceLang, targetLang);
      expect(findings).toHaveLength(1);
      expect(findings[0]!.details).toEqual(details);
      expect(findings[0]!.message).toMatch(kind === 'missing' ? /uses none of/ : /forbids/);
    });
  });

  it('matches case-sensitively forms with inner capitals', async () => {
    const terms = [{ en: 'GDPR', de: 'DSGVO' }];
    expect(await check('We follow the gdpr guidance.', 'Wir folgen der Anleitung.', 'en', 'de', terms)).toEqual([]);
    expect(await check('We follow the GDPR.', 'Wir folgen der Verordnung.', 'en', 'de', terms)).toHaveLength(1);
  });

  it('validates its options: forms per language code, as a string or a list of strings', () => {
    const validate = new Ajv({ strict: false }).compile(glossary.meta.optionsSchema);
    expect(validate({ bundled: true, terms: TERMS })).toBe(true);
    expect(validate({ terms: [{ zh: '开源' }] })).toBe(false);
    expect(validate({ terms: [{ zh: '开源', en: 42 }] })).toBe(false);
    expect(validate({ terms: [{ zh: '开源', english: 'open-source' }] })).toBe(false);
    expect(validate({ terms: [{ zh: '开源', en: 'open-source', forbidden: { en: [''] } }] })).toBe(false);
  });
});
