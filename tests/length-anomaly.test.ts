import { describe, expect, it } from 'vitest';
import { LengthModel, textLength } from '../src/analyse/length-model.js';
import { findingsOf, pair } from './support/audit.js';

// Faithful zh->en paragraphs, written for these tests: the document context.
const ZH_EN: [string, string][] = [
  [
    '公司今年在东南亚新建了两座数据中心,主要服务当地的电商和游戏客户。新数据中心采用液冷技术,能耗比传统机房低三成左右。',
    'This year the company built two new data centres in Southeast Asia, mainly serving local e-commerce and gaming customers. The new data centres use liquid cooling and consume about 30% less energy than conventional server rooms.',
  ],
  [
    '管理层表示,未来三年的重点是提升利润率,而不是单纯追求收入规模。公司将逐步退出亏损的业务线。',
    'Management said the focus for the next three years is to improve margins rather than simply chase revenue. The company will gradually exit loss-making business lines.',
  ],
  [
    '研发投入继续增加,全年研发费用占收入的比例达到百分之十二,创历史新高。其中大部分投向了芯片设计和大模型训练。',
    'R&D investment kept rising: full-year R&D spending reached 12% of revenue, a record high. Most of it went to chip design and training large models.',
  ],
  [
    '在海外市场,公司的云业务收入同比增长了一倍,但规模仍然较小,占总收入不到百分之五。',
    'In overseas markets, cloud revenue doubled year on year, but the business is still small, accounting for less than 5% of total revenue.',
  ],
  [
    '董事会批准了新的股票回购计划,金额为五十亿美元,将在未来两年内执行完毕。',
    'The board approved a new share buyback programme of $5 billion, to be completed within the next two years.',
  ],
];

const EN_DE: [string, string][] = [
  [
    'The new rail line will connect the two cities in under an hour and is expected to carry twelve thousand passengers a day.',
    'Die neue Bahnstrecke wird die beiden Städte in weniger als einer Stunde verbinden und soll täglich zwölftausend Fahrgäste befördern.',
  ],
  [
    'Construction costs rose sharply last year because of higher steel prices and a shortage of skilled workers.',
    'Die Baukosten stiegen im vergangenen Jahr stark an, weil die Stahlpreise höher waren und Fachkräfte fehlten.',
  ],
  [
    'The city council will vote on the final budget in March, after a public consultation that runs until the end of February.',
    'Der Stadtrat wird im März über den endgültigen Haushalt abstimmen, nach einer öffentlichen Anhörung, die bis Ende Februar läuft.',
  ],
  [
    'Residents near the planned station have raised concerns about noise and traffic during the construction period.',
    'Anwohner in der Nähe des geplanten Bahnhofs äußerten Bedenken wegen Lärm und Verkehr während der Bauzeit.',
  ],
];

async function flagged(context: [string, string][], source: string, target: string, sourceLang: string, targetLang: string) {
  const pairs = [...context, [source, target] as [string, string]].map(([s, t], i) => pair(s, t, sourceLang, targetLang, `p${i + 1}`));
  const findings = await findingsOf('length-anomaly', pairs);
  return findings.filter((finding) => finding.pairId === `p${pairs.length}`);
}

describe('length-anomaly', () => {
  describe('valid: no finding', () => {
    it.each([
      ['a faithful zh->en paragraph', ZH_EN, '我们预计明年的资本开支将保持在同一水平,重点投向人工智能基础设施。', 'We expect capital expenditure to stay at the same level next year, focused on AI infrastructure.', 'zh', 'en'],
      ['a short heading-like pair with an odd ratio', ZH_EN, '展望未来', 'Looking ahead to the coming years', 'zh', 'en'],
      ['a faithful en->de paragraph', EN_DE, 'The project is funded jointly by the federal government and the two states.', 'Das Projekt wird gemeinsam vom Bund und den beiden Ländern finanziert.', 'en', 'de'],
      ['a slightly condensed translation', ZH_EN, '从长期来看,我们相信这些投入会带来可观的回报,并为股东创造持续的价值。', 'In the long run we believe these investments will pay off and create lasting value for shareholders.', 'zh', 'en'],
    ])('%s', async (_name, context, source, target, sourceLang, targetLang) => {
      expect(await flagged(context, source, target, sourceLang, targetLang)).toEqual([]);
    });
  });

  describe('invalid: flagged', () => {
    it.each([
      [
        'a zh->en translation truncated after its first sentence',
        ZH_EN,
        '全年累计安全作业时间超过四百万工时,未发生可记录的安全事故。项目共组织应急演练二十四次,参与人员超过三千人次。所有海上作业人员均已完成海上求生与直升机逃生培训,并通过了年度考核。',
        'Over four million safe working hours were logged in the year.',
        'zh', 'en', 'short',
      ],
      [
        'an en->de translation with a neighbour merged in',
        EN_DE,
        'Tickets go on sale in May.',
        'Der Vorverkauf beginnt im Mai. Die Preise für Dauerkarten steigen um zehn Prozent, und Schüler erhalten künftig einen Rabatt von einem Drittel, wenn sie einen gültigen Ausweis vorlegen.',
        'en', 'de', 'long',
      ],
      [
        'an en->zh translation cut in half',
        ZH_EN.map(([zh, en]) => [en, zh] as [string, string]),
        'The new data centres use liquid cooling, consume about 30% less energy than conventional rooms, and reuse their waste heat to warm nearby offices and a public swimming pool throughout the winter months.',
        '新数据中心采用液冷。',
        'en', 'zh', 'short',
      ],
    ])('%s', async (_name, context, source, target, sourceLang, targetLang, direction) => {
      const findings = await flagged(context, source, target, sourceLang, targetLang);
      expect(findings).toHaveLength(1);
      expect(findings[0]!.severity).toBe('warning');
      expect(findings[0]!.details.direction).toBe(direction);
      expect(findings[0]!.message).toMatch(direction === 'short' ? /truncated|explained by omission/ : /added text/);
    });
  });
});

describe('LengthModel', () => {
  const prior = { ratio: 3.3, spread: 0.2, weight: 5, noise: 6.8, minChars: 40 };

  it('moves its centre towards the document', () => {
    const model = new LengthModel(prior);
    for (let i = 0; i < 50; i++) model.observe(100, 250);
    expect(model.judge(100, 250).expectedRatio).toBeGreaterThan(2.4);
    expect(model.judge(100, 250).expectedRatio).toBeLessThan(2.7);
  });

  it('is more lenient with short segments', () => {
    const model = new LengthModel(prior);
    expect(Math.abs(model.judge(4, 6).score)).toBeLessThan(Math.abs(model.judge(400, 600).score));
  });

  it('ignores outliers when estimating the spread', () => {
    const model = new LengthModel(prior);
    for (let i = 0; i < 40; i++) model.observe(100, 320 + (i % 5) * 4);
    model.observe(100, 30);
    expect(model.judge(100, 40).score).toBeLessThan(-3);
    expect(Math.abs(model.judge(100, 330).score)).toBeLessThan(1);
  });

  it('counts whitespace runs once', () => {
    expect(textLength('  a  b\n\nc ')).toBe(5);
    expect(textLength('中文 文本')).toBe(5);
  });
});
