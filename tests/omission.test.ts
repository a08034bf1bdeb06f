import { describe, expect, it } from 'vitest';
import { sentenceAlignment } from '../src/analyse/align-sentences.js';
import { LengthModel } from '../src/analyse/length-model.js';
import { auditItems, emptySummary } from '../src/audit.js';
import omission, { omissionNote, omittedSentences } from '../src/check/omission.js';
import type { PairScratch } from '../src/check/rule.js';
import { lengthPrior, loadRulePack } from '../src/config/rule-pack.js';
import type { Finding, SegmentPair } from '../src/model.js';
import article from '../src/read/article.js';
import { findingsOf, itemsOf, pair } from './support/audit.js';
import { fileURLToPath } from 'node:url';
import { SEED_PATH } from './support/seed.js';

const SEED = fileURLToPath(SEED_PATH);
const SAMPLE = new URL('../samples/omission-zh-en.md', import.meta.url).pathname;

/** Audits a file with the bundled pack (every rule on, as users run it). */
async function audit(path: string): Promise<{ findings: Finding[]; pairs: SegmentPair[] }> {
  const items = [];
  for await (const item of article.read({ path })) items.push(item);
  const findings: Finding[] = [];
  for await (const finding of auditItems(itemsOf(items), loadRulePack(), emptySummary())) findings.push(finding);
  return { findings, pairs: items.flatMap((item) => (item.kind === 'pair' ? [item.pair] : [])) };
}

const sentencesOf = (finding: Finding) => (finding.details.sentences as { line: number; text: string; reportedBy?: string }[]);

describe('omission on the seed', () => {
  it('names the sentences of line 27 and ties layers three and four to missing-list-items', async () => {
    const { findings, pairs } = await audit(SEED);
    const omissions = findings.filter((finding) => finding.ruleId === 'omission');
    expect(omissions).toHaveLength(1);
    const [found] = omissions;
    expect(pairs.find((p) => p.id === found!.pairId)?.source.line).toBe(26);
    expect(found!.details.side).toBe('source');
    const sentences = sentencesOf(found!);
    expect(sentences.filter((s) => s.line === 27).map((s) => s.text.slice(0, 5))).toEqual(['全球范围内', '全栈布局最']);
    expect(sentences.filter((s) => s.line === 26).map((s) => [s.text.slice(0, 3), s.reportedBy])).toEqual([
      ['第三层', 'missing-list-items'],
      ['第四层', 'missing-list-items'],
    ]);
    expect(found!.message).toContain('list item 3 and list item 4 (line 26) are reported by missing-list-items');
  });
});

describe('omission on a sample article', () => {
  it('reports the skipped middle and last sentences, not the two sentences merged into one', async () => {
    const { findings } = await audit(SAMPLE);
    const omissions = findings.filter((finding) => finding.ruleId === 'omission');
    expect(omissions.map((finding) => [finding.section, sentencesOf(finding).map((s) => s.text)])).toEqual([
      ['治理措施', ['河道两侧的硬质护岸也被改造成生态缓坡，种植了芦苇和菖蒲等本地水生植物。']],
      ['下一步计划', ['他们还建议在上游建设湿地公园，以便在旱季为河流补水。']],
    ]);
  });
});

// Faithful zh->en pairs written for these tests; the defects are made by dropping sentences.
const ZH = [
  '公司今年在东南亚新建了两座数据中心，主要服务当地的电商和游戏客户。',
  '新数据中心采用液冷技术，能耗比传统机房低三成左右。',
  '研发费用占收入的比例达到 12%，创历史新高，其中大部分投向了芯片设计。',
  '在海外市场，云业务收入同比增长了一倍，但占总收入仍不到 5%。',
];
const EN = [
  'This year the company built two new data centres in Southeast Asia, mainly serving local e-commerce and gaming customers.',
  'The new centres use liquid cooling and consume about 30% less energy than conventional server rooms.',
  'R&D spending reached a record 12% of revenue, most of it on chip design.',
  'In overseas markets, cloud revenue doubled year on year, but it is still less than 5% of total revenue.',
];

describe('omission, pair by pair', () => {
  it.each([
    { name: 'a faithful translation', source: ZH.join(''), target: EN.join(' ') },
    {
      name: 'two sentences merged into one',
      source: ZH.join(''),
      target: `${EN[0]} Their liquid cooling uses about 30% less energy than conventional server rooms, and R&D spending reached a record 12% of revenue, most of it on chip design. ${EN[3]}`,
    },
    {
      name: 'a short sentence whose number the neighbouring translation carries',
      source: `${ZH[0]}投资 8 亿元。${ZH[1]}`,
      target: `${EN[0].replace('.', '')}, an investment of 800 million yuan. ${EN[1]}`,
    },
  ])('no finding for $name', async ({ source, target }) => {
    expect(await findingsOf('omission', [pair(source, target)])).toEqual([]);
  });

  it('reports a skipped sentence with its line and text', async () => {
    const source = `${ZH[0]}${ZH[1]}\n${ZH[2]}${ZH[3]}`;
    const target = `${EN[0]} ${EN[1]}\n${EN[3]}`;
    const [finding, ...rest] = await findingsOf('omission', [pair(source, target)]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'omission',
      severity: 'warning',
      source: { line: 2 },
      details: { side: 'source', sentences: [{ line: 2, text: ZH[2] }] },
    });
    expect(finding!.message).toMatch(/^1 source sentence has no translation: line 2 "研发费用占收入的比例/);
  });

  it('reports a target sentence with no source as an addition', async () => {
    const added = 'Analysts had expected a loss, and the shares rose by more than a tenth in early trading on Friday.';
    const [finding] = await findingsOf('omission', [pair(ZH.join(''), `${EN[0]} ${EN[1]} ${added} ${EN[2]} ${EN[3]}`)]);
    expect(finding).toMatchObject({ details: { side: 'target', sentences: [{ line: 1, text: added }] } });
    expect(finding!.message).toMatch(/^1 target sentence has no source/);
  });
});

// Real pairs from Debian catalogs (util-linux, e2fsprogs zh_CN; cinnamon fr), fully translated:
// hard-wrapped source lines, placeholders and commands the translation copies, a sentence
// condensed into a parenthesis.
describe('omission on real catalog pairs', () => {
  it.each([
    {
      name: 'a wrapped sentence whose placeholders the translation keeps',
      source: "You haven't covered the whole disk with the 3rd partition, but your value\n%lu %s covers some other partition. Your entry has been changed\nto %lu %s",
      target: '您没有使第三个分区覆盖整个磁盘，但是值 %lu %s 覆盖了其他分区。\n您的记录已经更改为 %lu %s',
      sourceLang: 'en',
      targetLang: 'zh',
    },
    {
      name: 'a wrapped sentence, condensed, around a command both sides name',
      source:
        "Device size reported to be zero.  Invalid partition specified, or\n\tpartition table wasn't reread after running fdisk, due to\n\ta modified partition being busy and in use.  You may need to reboot\n\tto re-read your partition table.\n",
      target: '设备大小为零。可能是指定了无效的设备，或是分区表在\n\t执行 fdisk 后未被重新加载（分区正被占用）导致的。\n\t您可能需要重启，以重新读取分区表。\n',
      sourceLang: 'en',
      targetLang: 'zh',
    },
    {
      name: 'a sentence condensed into a parenthesis',
      source: 'Would you like to add this launcher to the menu also?  It will be placed in the Other category initially.',
      target: 'Souhaitez-vous aussi ajouter ce lanceur au menu (dans la catégorie "Autre") ?',
      sourceLang: 'en',
      targetLang: 'fr',
    },
  ])('no finding for $name', async ({ source, target, sourceLang, targetLang }) => {
    expect(await findingsOf('omission', [pair(source, target, sourceLang, targetLang)])).toEqual([]);
  });
});

describe('the omission API', () => {
  const lengths = () => new LengthModel(lengthPrior(loadRulePack(), 'zh', 'en'));
  const skipped = pair(ZH.join(''), `${EN[0]} ${EN[1]} ${EN[3]}`);

  it('says which sentences explain a short translation, for length-anomaly', () => {
    expect(omittedSentences(skipped, lengths()).map((s) => s.text)).toEqual([ZH[2]]);
    expect(omissionNote(skipped, lengths())).toBe('explained by omission of 1 sentence (line 1)');
    expect(omissionNote(pair(ZH.join(''), EN.join(' ')), lengths())).toBeUndefined();
  });

  it('memoises the sentence alignment per pair and ratio', () => {
    expect(sentenceAlignment(skipped, 3)).toBe(sentenceAlignment(skipped, 3));
  });

  it('names sentences another rule claimed, and says nothing when it claimed them all', () => {
    const ctx = (claimed: boolean) => {
      const scratch: PairScratch = { claimedQuantities: { source: new Set(), target: new Set() } };
      const start = skipped.source.text.indexOf(ZH[2]!);
      if (claimed) scratch.claimedSpans = [{ side: 'source', start, end: start + ZH[2]!.length, ruleId: 'missing-list-items', label: 'list item 3' }];
      return { options: omission.meta.defaultOptions, lengths: lengths(), scratch, state: undefined };
    };
    expect(omission.checkPair!(skipped, ctx(false))).toHaveLength(1);
    expect(omission.checkPair!(skipped, ctx(true))).toEqual([]);
  });
});
