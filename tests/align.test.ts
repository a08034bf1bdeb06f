import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSequences, type Bead } from '../src/analyse/align.js';
import { beadCost } from '../src/analyse/align-cost.js';
import { UnitBuilder } from '../src/analyse/align-units.js';
import { lexiconFor } from '../src/analyse/lexicon.js';
import { lengthPrior, loadRulePack } from '../src/config/rule-pack.js';

describe('alignSequences', () => {
  it('covers both sequences with consecutive beads, whatever the costs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }), fc.integer(), (n, m, seed) => {
        const cost = (i0: number, i1: number, j0: number, j1: number) => Math.abs(Math.sin(seed + i0 * 31 + i1 * 7 + j0 * 13 + j1)) * 5;
        const beads = alignSequences(n, m, cost);
        let i = 0;
        let j = 0;
        for (const bead of beads) {
          expect([bead.sourceStart, bead.targetStart]).toEqual([i, j]);
          expect(bead.sourceEnd - bead.sourceStart + bead.targetEnd - bead.targetStart).toBeGreaterThan(0);
          i = bead.sourceEnd;
          j = bead.targetEnd;
        }
        expect([i, j]).toEqual([n, m]);
      }),
    );
  });

  it('widens its band until the best path no longer touches the edge', () => {
    // 200 source items, the first 80 of which have no counterpart: the path runs far off the diagonal.
    const n = 200;
    const m = 120;
    const cost = (i0: number, i1: number, j0: number, j1: number) => {
      if (i1 - i0 === 1 && j1 - j0 === 1) return i0 - 80 === j0 ? 0 : 10;
      if (i1 - i0 === 1 && j1 === j0) return i0 < 80 ? 1 : 10;
      return 10;
    };
    const banded = alignSequences(n, m, cost, { band: 4 });
    const full = alignSequences(n, m, cost, { band: 1000 });
    expect(banded).toEqual(full);
    expect(banded.filter((bead) => bead.targetEnd === bead.targetStart)).toHaveLength(80);
  });
});

/** A table of sentences with their gold alignment: source indices to target indices per bead. */
interface GoldCase {
  name: string;
  sourceLang: string;
  targetLang: string;
  source: string[];
  target: string[];
  gold: [number[], number[]][];
}

// Sentence lists written for these tests, with their true alignment. Omissions and additions
// are sentences of some substance: a short one (four or five words) with nothing in common
// with its neighbours is, by design, more likely taken for part of a neighbour's translation.
const CASES: GoldCase[] = [
  {
    name: 'zh-en: a split and an omission',
    sourceLang: 'zh',
    targetLang: 'en',
    source: [
      '公司今年在东南亚新建了两座数据中心，主要服务当地的电商和游戏客户。',
      '新数据中心采用液冷技术，能耗比传统机房低三成左右。',
      '管理层表示，未来三年的重点是提升利润率，而不是单纯追求收入规模，公司将逐步退出亏损的业务线。',
      '研发费用占收入的比例达到 12%，创历史新高。',
      '董事会还批准了一项 50 亿美元的股票回购计划。',
      '在海外市场，云业务收入同比增长了一倍，但占总收入仍不到 5%。',
    ],
    target: [
      'This year the company built two new data centres in Southeast Asia, mainly serving local e-commerce and gaming customers.',
      'The new centres use liquid cooling and consume about 30% less energy than conventional server rooms.',
      'Management said the focus for the next three years is to improve margins rather than simply chase revenue.',
      'The company will gradually exit loss-making business lines.',
      'R&D spending reached 12% of revenue, a record high.',
      'In overseas markets, cloud revenue doubled year on year, but it is still less than 5% of total revenue.',
    ],
    gold: [[[0], [0]], [[1], [1]], [[2], [2, 3]], [[3], [4]], [[4], []], [[5], [5]]],
  },
  {
    name: 'zh-en: a merge and an addition',
    sourceLang: 'zh',
    targetLang: 'en',
    source: [
      '这座博物馆建于 1925 年，是全国最早的公共博物馆之一。',
      '馆内收藏了两万多件文物。',
      '其中最珍贵的是一套宋代的青瓷茶具。',
      '去年，博物馆接待了 180 万名观众，创下历史纪录。',
      '为了吸引年轻人，博物馆推出了夜间开放和互动展览。',
    ],
    target: [
      'Built in 1925, the museum is one of the oldest public museums in the country.',
      'Its collection of more than 20,000 objects is crowned by a set of Song-dynasty celadon tea ware.',
      'Last year it welcomed 1.8 million visitors, a record.',
      'Admission is free for students and pensioners on weekday mornings, and guided tours in English run twice a day.',
      'To attract young people, the museum has introduced evening openings and interactive exhibitions.',
    ],
    gold: [[[0], [0]], [[1, 2], [1]], [[3], [2]], [[], [3]], [[4], [4]]],
  },
  {
    name: 'zh-en: one Chinese sentence in three English ones',
    sourceLang: 'zh',
    targetLang: 'en',
    source: [
      '新版本的应用程序支持离线地图、语音导航和实时路况，用户可以在没有网络的情况下规划路线。',
      '开发团队花了 18 个月重写了核心代码。',
      '测试显示，新版本的启动速度提高了 40%。',
    ],
    target: [
      'The new version of the app supports offline maps.',
      'It also offers voice navigation and real-time traffic.',
      'Users can plan routes without a network connection.',
      'The development team spent 18 months rewriting the core code.',
      'Tests show that the new version starts 40% faster.',
    ],
    gold: [[[0], [0, 1, 2]], [[1], [3]], [[2], [4]]],
  },
  {
    name: 'en-de: two sentences in one',
    sourceLang: 'en',
    targetLang: 'de',
    source: [
      'The new rail line will connect the two cities in under an hour.',
      'It is expected to carry twelve thousand passengers a day.',
      'Construction costs rose sharply last year because of higher steel prices.',
      'A shortage of skilled workers also delayed the project by six months.',
      'The city council will vote on the final budget in March.',
      'Local businesses have welcomed the plan.',
    ],
    target: [
      'Die neue Bahnstrecke wird die beiden Städte in weniger als einer Stunde verbinden und soll täglich zwölftausend Fahrgäste befördern.',
      'Die Baukosten stiegen im vergangenen Jahr wegen höherer Stahlpreise stark an.',
      'Ein Mangel an Fachkräften verzögerte das Projekt zudem um sechs Monate.',
      'Der Stadtrat wird im März über den endgültigen Haushalt abstimmen.',
      'Die örtlichen Unternehmen haben den Plan begrüßt.',
    ],
    gold: [[[0, 1], [0]], [[2], [1]], [[3], [2]], [[4], [3]], [[5], [4]]],
  },
  {
    name: 'en-fr: an omission',
    sourceLang: 'en',
    targetLang: 'fr',
    source: [
      'The festival opens on 12 July with a concert by the national orchestra.',
      'More than 200 artists from 30 countries will perform over ten days.',
      'Tickets go on sale next Monday and cost between 15 and 60 euros.',
      'Children under twelve enter free of charge.',
      'Organisers expect around 150,000 visitors, slightly more than last year.',
      'The full programme is available on the festival website.',
    ],
    target: [
      "Le festival s'ouvre le 12 juillet par un concert de l'orchestre national.",
      'Plus de 200 artistes venus de 30 pays se produiront pendant dix jours.',
      'Les billets seront mis en vente lundi prochain et coûteront entre 15 et 60 euros.',
      "Les organisateurs attendent environ 150 000 visiteurs, un peu plus que l'an dernier.",
      'Le programme complet est disponible sur le site du festival.',
    ],
    gold: [[[0], [0]], [[1], [1]], [[2], [2]], [[3], []], [[4], [3]], [[5], [4]]],
  },
  {
    name: 'en-fr: one sentence in two',
    sourceLang: 'en',
    targetLang: 'fr',
    source: [
      'Researchers at the university have developed a battery that charges in five minutes and lasts twice as long as current models.',
      'The team hopes to bring it to market by 2027.',
    ],
    target: [
      "Des chercheurs de l'université ont mis au point une batterie qui se recharge en cinq minutes.",
      'Elle dure deux fois plus longtemps que les modèles actuels.',
      "L'équipe espère la commercialiser d'ici 2027.",
    ],
    gold: [[[0], [0, 1]], [[1], [2]]],
  },
];

/** Sentence alignment by the aligner alone, with the bundled pack's length prior. */
function alignCase({ source, target, sourceLang, targetLang }: GoldCase): Bead[] {
  const prior = lengthPrior(loadRulePack(), sourceLang, targetLang);
  const builder = new UnitBuilder(sourceLang, targetLang);
  const cost = beadCost(
    source.map((text) => builder.unit(text, sourceLang)),
    target.map((text) => builder.unit(text, targetLang)),
    { ratio: prior.ratio, spread: 0.3, noise: prior.noise },
  );
  return alignSequences(source.length, target.length, cost);
}

/** Links of an alignment: `3-4` for a translation, `3-` and `-4` for items with none. */
function links(beads: [number[], number[]][]): Set<string> {
  const result = new Set<string>();
  for (const [source, target] of beads) {
    if (target.length === 0) for (const i of source) result.add(`${i}-`);
    else if (source.length === 0) for (const j of target) result.add(`-${j}`);
    else for (const i of source) for (const j of target) result.add(`${i}-${j}`);
  }
  return result;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

describe('sentence alignment against gold links', () => {
  it('has the zh-en lexicon (npm run build makes it)', () => {
    expect(lexiconFor('zh', 'en')?.glossesOf('能源')).toContain('energi');
  });

  it.each(CASES)('$name', (gold) => {
    const found = alignCase(gold).map((bead): [number[], number[]] => [range(bead.sourceStart, bead.sourceEnd), range(bead.targetStart, bead.targetEnd)]);
    expect(found).toEqual(gold.gold);
  });

  it('reaches precision and recall of at least 0.9 over all tables', () => {
    let correct = 0;
    let predicted = 0;
    let expected = 0;
    for (const gold of CASES) {
      const goldLinks = links(gold.gold);
      const foundLinks = links(alignCase(gold).map((bead) => [range(bead.sourceStart, bead.sourceEnd), range(bead.targetStart, bead.targetEnd)]));
      correct += [...foundLinks].filter((link) => goldLinks.has(link)).length;
      predicted += foundLinks.size;
      expected += goldLinks.size;
    }
    const precision = correct / predicted;
    const recall = correct / expected;
    console.info(`aligner gold links: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${correct}/${predicted} found, ${expected} gold)`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
