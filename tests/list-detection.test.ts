import { describe, expect, it } from 'vitest';
import { listsOf } from '../src/analyse/lists/extract.js';
import type { Enumeration } from '../src/analyse/lists/types.js';
import type { Segment } from '../src/model.js';
import { seedSegment } from './support/seed.js';

/** A segment whose lines are parts starting at `firstLine`, as the article reader makes them. */
function segmentOf(text: string, firstLine = 1): Segment {
  return { line: firstLine, text, parts: text.split('\n').map((part, index) => ({ line: firstLine + index, text: part })) };
}

/** "zh-ordinal 4 of 4", "decimal-dot 3 gaps 3", "label 2 [1>semicolons 3]". */
function shape(list: Enumeration): string {
  const parts = [`${list.family} ${list.items.length}`];
  if (list.announced) parts.push(`of ${list.announced.count}`);
  if (list.gaps.length > 0) parts.push(`gaps ${list.gaps.join(',')}`);
  const nested = list.items.flatMap((item) => item.children.map((child) => `${item.number}>${shape(child)}`));
  if (nested.length > 0) parts.push(`[${nested.join('; ')}]`);
  return parts.join(' ');
}

const shapes = (text: string, lang: string) => listsOf(segmentOf(text), lang).map(shape);
const texts = (text: string, lang: string) => listsOf(segmentOf(text), lang)[0]?.items.map((item) => item.text);

describe('listsOf: marker families', () => {
  it.each([
    ['zh', '我们面临两大挑战：第一，高端芯片供应受限；第二，数据中心电力成本持续上升。', ['zh-ordinal 2 of 2']],
    ['zh', '改革分三步推进：第1步，开放电信市场；第2步，引入民营资本；第3步，完善行业监管。', ['zh-ordinal 3 of 3']],
    ['zh', '一、总体要求\n二、重点任务\n三、保障措施', ['cjk-comma 3']],
    ['zh', '会议提出两点要求，一是加快算力建设，二是推动模型开源。', ['zh-shi 2 of 2']],
    ['zh', '（一）加快算力网络建设。（二）推动基础模型开源。（三）扩大行业应用场景。', ['cjk-enclosed 3']],
    ['zh', '主要风险包括：①能源成本上升；②高端人才短缺；③监管持续收紧。', ['circled 3']],
    ['zh', '1. 降低单位算力成本\n2. 提升模型推理效率\n3. 扩大海外市场规模', ['decimal-dot 3']],
    ['zh', '1、完善数据跨境规则\n2、建设区域算力枢纽', ['decimal-comma 2']],
    ['en', 'The plan has three steps: 1) cut energy costs, 2) hire GPU engineers, 3) expand into Europe.', ['decimal-paren 3 of 3']],
    ['en', 'Key risks are (1) volatile energy prices, (2) chip export controls and (3) a shortage of talent.', ['decimal-enclosed 3']],
    ['en', 'a) Energy supply\nb) Chip design\nc) Foundation models', ['letter-paren 3']],
    ['en', 'The audit covers (a) data residency, (b) model licensing and (c) incident reporting.', ['letter-enclosed 3']],
    ['en', 'i. Scope of the review\nii. Method and sources\niii. Findings', ['roman-dot 3']],
    ['en', '- Lower latency for users in Paris\n- Local data residency\n- Predictable pricing', ['bullet- 3']],
    ['en', '* Energy\n* Compute\n* Models\n* Applications', ['bullet* 4']],
    ['zh', '• 能源 • 芯片 • 模型', ['bullet• 3']],
    ['zh', '■ 成本更低\n■ 部署更快', ['bullet■ 2']],
    ['zh', '· 本地部署\n· 自主微调\n· 数据不出机房', ['bullet· 3']],
    ['en', 'Energy layer: cheap, clean power.\nInfrastructure layer: chips and clusters.\nModel layer: open-weight models.', ['label 3']],
    ['zh', '能源层：绿色电力充足。\n基础设施层：自研芯片与云。', ['label 2']],
    ['en', 'First, we cut costs. Second, we hired engineers. Finally, we expanded abroad. Then we rested.', ['sequence 3']],
    ['en', 'Firstly, open the weights. Secondly, publish the data card. Lastly, invite audits.', ['sequence 3']],
    ['zh', '首先，降低推理成本；其次，提高交付效率；再次，完善生态；最后，扩大海外市场。', ['sequence 4']],
    ['zh', '欧洲有三大优势：工业基础雄厚；监管经验丰富；人才储备充足。', ['semicolons 3 of 3']],
    ['en', 'The report names three risks: energy prices rise; chip exports stall; and talent leaves.', ['semicolons 3 of 3']],
    ['zh', '今天欧洲企业最关心两个问题：技术自主可控、本地数据隐私安全，开源模型恰好是最优解决方案。', ['counted 2 of 2']],
    ['en', 'European enterprises focus on two core priorities: technological sovereignty and local data privacy.', ['counted 2 of 2']],
    ['zh', '公司业务覆盖能源、芯片、模型和应用。', ['series 4']],
    ['zh', '平台已接入数据、算力、模型等多类资源。', ['series 3']],
    ['en', 'The fund invests in energy, chips, models, and applications.', ['series 4']],
    ['en', 'The fund invests in energy, chips and models.', ['series 3']],
    ['de', 'Der Fonds investiert in Energie, Chips, Modelle und Anwendungen.', ['series 4']],
    ['fr', "Le fonds investit dans l'énergie, les puces et les modèles.", ['series 3']],
    ['es', 'El fondo invierte en energía, chips, modelos y aplicaciones.', ['series 4']],
  ])('%s: %s', (lang, text, expected) => {
    expect(shapes(text, lang)).toEqual(expected);
  });
});

describe('listsOf: announced counts', () => {
  it.each([
    ['zh', '核心内容可总结为6点:\n降本:算力成本下降\n增效:推理效率提升\n出海:欧洲市场扩张\n开源:模型全面开放\n合规:满足当地法规\n生态:伙伴共建', ['label 6 of 6']],
    ['zh', '集团发布五项承诺：\n1. 开放模型权重\n2. 数据本地存储\n3. 公开安全报告\n4. 支持中小企业\n5. 培养本地人才', ['decimal-dot 5 of 5']],
    ['zh', '我们有以下三点建议。第一，扩大开源；第二，深化合作；第三，加强监管。', ['zh-ordinal 3 of 3']],
    ['en', 'Follow the following 3 steps:\n1. Download the weights\n2. Verify the checksum\n3. Deploy on premises', ['decimal-dot 3 of 3']],
    ['en', 'The full AI stack has four layers:\nEnergy layer: cheap power.\nInfrastructure layer: chips and clusters.', ['label 2 of 4']],
    ['en', 'The board made five recommendations. First, publish the audit. Second, open the data room.', ['sequence 2 of 5']],
    ['en', 'The stack has four layers:\nEnergy layer: cheap, clean power.', ['label 1 of 4']],
  ])('%s: %s', (lang, text, expected) => {
    expect(shapes(text, lang)).toEqual(expected);
  });

  it.each([
    ['zh', '未来三年，集团累计投入超 3800 亿元人民币，全部用于算力与模型研发。'],
    ['zh', '这两个问题都很复杂，需要时间慢慢解决。'],
    ['zh', '公司成立于 2009 年，三年后开始盈利，五年后进入欧洲市场。'],
    ['zh', '他说:未来两年是关键窗口期，必须抓住。'],
    ['en', 'Alibaba committed to investing over RMB 380 billion across three years, fully dedicated to AI.'],
    ['en', 'Two things matter here. The rest is noise.'],
    ['en', 'Version 2.5 ships in May. Over the next three years: we grow.'],
    ['en', 'He was the first to arrive and the second to leave.'],
    ['zh', '这是全球第一，也是唯一一家覆盖全栈的公司。'],
    ['zh', '主持人：欢迎来到节目。\n嘉宾：谢谢邀请。\n主持人：我们开始吧。'],
    // Two items are no series; one comma and "and" only between very short items.
    ['zh', '能源和芯片是两大基础。'],
    ['en', 'Services are open to enterprises across all regions, including European small and medium businesses.'],
    ['en', 'We came, we saw what the market needed, and we built a product for it.'],
    ['en', 'Supported versions are 1.8, 1.9 and 2.0.'],
  ])('no list in %s: %s', (lang, text) => {
    expect(shapes(text, lang)).toEqual([]);
  });
});

describe('listsOf: nesting, restarts, gaps', () => {
  it.each([
    ['zh', '1. 能源\n   a) 电力\n   b) 储能\n2. 芯片\n3. 模型', ['decimal-dot 3 [1>letter-paren 2]']],
    ['en', 'Energy layer: solar; wind; hydro.\nChip layer: GPUs and CPUs.', ['label 2 [1>semicolons 3]']],
    ['en', '1. Build\n   - racks\n   - cooling\n2. Train\n   - data\n   - models', ['decimal-dot 2 [1>bullet- 2; 2>bullet- 2]']],
    ['zh', '第一，基础设施：算力；网络；存储。第二，模型。', ['zh-ordinal 2 [1>semicolons 3]']],
    ['en', '1. Plan\n2. Build\n1. Test\n2. Ship\n3. Review', ['decimal-dot 2', 'decimal-dot 3']],
    ['zh', '1. 能源\n2. 芯片\n4. 应用', ['decimal-dot 3 gaps 3']],
    ['zh', '第一，能源；第二，芯片；第四，应用。', ['zh-ordinal 3 gaps 3']],
    ['en', '2. Chips\n3. Models', ['decimal-dot 2 gaps 1']],
    ['zh', '首先，降低成本；再次，完善生态；最后，扩大市场。', ['sequence 3 gaps 2']],
    ['en', '- Energy\n- Chips\n\nBetween the lists.\n- Models\n- Apps', ['bullet- 2', 'bullet- 2']],
  ])('%s: %s', (lang, text, expected) => {
    expect(shapes(text, lang)).toEqual(expected);
  });
});

describe('listsOf: other languages', () => {
  it.each([
    ['ja', '課題は二つある。第一に、コストを下げる。第二に、速度を上げる。', ['ja-ordinal 2 of 2']],
    ['ja', 'まず、データを集める。次に、モデルを学習する。最後に、評価する。', ['sequence 3']],
    ['de', 'Es gibt drei Risiken: Energiepreise steigen; Chipexporte stocken; Fachkräfte fehlen.', ['semicolons 3 of 3']],
    ['de', 'Erstens senken wir die Kosten. Zweitens stellen wir Ingenieure ein. Schließlich expandieren wir.', ['sequence 3']],
    ['fr', 'Premièrement, réduire les coûts. Deuxièmement, embaucher des ingénieurs. Enfin, croître.', ['sequence 3']],
    ['es', 'En primer lugar, reducir costes. En segundo lugar, contratar ingenieros. Por último, crecer.', ['sequence 3']],
    ['ko', '1. 에너지\n2. 반도체\n3. 모델', ['decimal-dot 3']],
  ])('%s: %s', (lang, text, expected) => {
    expect(shapes(text, lang)).toEqual(expected);
  });
});

describe('listsOf: item texts and lines', () => {
  it('keeps marker words, drops marker symbols and separators', () => {
    expect(texts('两大挑战：第一，芯片受限；第二，电力昂贵。', 'zh')).toEqual(['第一，芯片受限', '第二，电力昂贵']);
    expect(texts('Steps: 1) cut costs, 2) hire engineers.', 'en')).toEqual(['cut costs', 'hire engineers']);
    expect(texts('Three risks: prices; exports; and talent.', 'en')).toEqual(['prices', 'exports', 'talent']);
  });

  it('gives each item the input line of its part', () => {
    const [list] = listsOf(segmentOf('The stack has four layers:\nEnergy layer: power.\nInfrastructure layer: chips.', 28), 'en');
    expect(list?.announced?.line).toBe(28);
    expect(list?.items.map((item) => item.line)).toEqual([29, 30]);
  });
});


describe('listsOf on the seed article', () => {
  it('reads the Chinese-only summary (lines 8-14) as a complete list of the 6 points it announces', () => {
    const lists = listsOf(seedSegment(8, 14), 'zh');
    // Point 2 holds "...全链路能力;叠加..." after its label's colon: a semicolon run, nested, whose
    // first clause lists 能源、芯片/基础设施、模型、应用 and 芯片、云计算、… inline; points 4-6 hold series too.
    expect(lists.map(shape)).toEqual(['label 6 of 6 [2>semicolons 2 [1>series 4; 1>series 5]; 4>series 3; 5>series 4; 6>series 4]']);
    expect(lists[0]!.items.map((item) => item.line)).toEqual([9, 10, 11, 12, 13, 14]);
    expect(lists[0]!.announced?.line).toBe(8);
  });

  it('reads the four layers of the source (lines 26-27) and the two of the target (28-30)', () => {
    const [layers] = listsOf(seedSegment(26, 27), 'zh');
    // The fourth layer lists its scenes inline: 电商、即时零售、本地生活、地图、文旅.
    expect(shape(layers!)).toBe('zh-ordinal 4 of 4 [4>series 5]');
    expect(layers!.items[2]!.text).toMatch(/^第三层是模型层:通义千问\(Qwen\)/);
    expect(layers!.items[3]!.text).toMatch(/^第四层是应用层:/);
    expect(listsOf(seedSegment(28, 30), 'en').map(shape)).toEqual(['label 2 of 4']);
  });

  it.each([[20, 21], [38, 39], [41, 42]])('finds no list in the pair at lines %i/%i', (source, target) => {
    expect(listsOf(seedSegment(source, source), 'zh')).toEqual([]);
    expect(listsOf(seedSegment(target, target), 'en')).toEqual([]);
  });

  it.each([
    [23, 24, ['series 4']],
    [32, 33, ['counted 2 of 2']],
  ])('finds the same lists on both sides of lines %i/%i', (source, target, expected) => {
    expect(listsOf(seedSegment(source, source), 'zh').map(shape)).toEqual(expected);
    expect(listsOf(seedSegment(target, target), 'en').map(shape)).toEqual(expected);
  });

  it('finds the series of lines 35/36 on both sides, except where the English joins three long items with one comma', () => {
    expect(listsOf(seedSegment(35, 35), 'zh').map(shape)).toEqual(['series 4', 'semicolons 2 [1>series 3; 2>series 3]', 'series 3']);
    expect(listsOf(seedSegment(36, 36), 'en').map(shape)).toEqual(['series 4', 'semicolons 2 [1>series 3]', 'series 3']);
  });
});
