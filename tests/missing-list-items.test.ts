import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LengthModel } from '../src/analyse/length-model.js';
import { auditFiles } from '../src/audit-files.js';
import { RULES } from '../src/check/index.js';
import rule from '../src/check/missing-list-items.js';
import type { PairScratch, RuleResult } from '../src/check/rule.js';
import type { Segment, SegmentPair } from '../src/model.js';
import { SEED_PATH, seedSegment } from './support/seed.js';

/** A segment whose lines are parts starting at `firstLine`, as the article reader makes them. */
function segmentOf(text: string, firstLine: number): Segment {
  return { line: firstLine, text, parts: text.split('\n').map((part, index) => ({ line: firstLine + index, text: part })) };
}

function pairOf(sourceLang: string, source: string | Segment, targetLang: string, target: string | Segment): SegmentPair {
  return {
    id: 'p1',
    input: 'test.md',
    sourceLang,
    targetLang,
    source: typeof source === 'string' ? segmentOf(source, 1) : source,
    target: typeof target === 'string' ? segmentOf(target, 101) : target,
  };
}

const lengths = new LengthModel({ ratio: 1, spread: 0.2, weight: 5, noise: 6.8, minChars: 40 });

function check(pair: SegmentPair): { results: RuleResult[]; scratch: PairScratch } {
  const scratch: PairScratch = { claimedQuantities: { source: new Set(), target: new Set() } };
  const results = rule.checkPair!(pair, { options: rule.meta.defaultOptions, lengths, scratch, state: undefined });
  return { results, scratch };
}

/** The parts of a result's details a table states: counts, announced, and which items are missing where. */
function summary(result: RuleResult) {
  const details = result.details as {
    sourceItems: number;
    targetItems: number;
    announced?: number;
    missing: { side: string; index: number; gap?: true }[];
  };
  return {
    kind: result.kind,
    sourceItems: details.sourceItems,
    targetItems: details.targetItems,
    announced: details.announced,
    missing: details.missing.map((entry) => `${entry.side}:${entry.index}${entry.gap ? ' gap' : ''}`),
  };
}

describe('missing-list-items: complete lists are no finding', () => {
  it.each([
    [
      'inline semicolons (zh) as one line per item (en)',
      'zh',
      '公司明年有三项重点：扩大欧洲数据中心；开放更多轻量模型；与本地制造企业共建联合实验室。',
      'en',
      "The company's three priorities for next year:\nExpand its European data centres.\nRelease more lightweight models.\nBuild joint labs with local manufacturers.",
    ],
    [
      '第一/第二/第三 as First/Second/Third',
      'zh',
      '我想强调三点。第一，算力成本正在快速下降；第二，开源模型的质量已接近闭源模型；第三，行业数据才是真正的壁垒。',
      'en',
      'I want to stress three points. First, the cost of compute is falling fast. Second, open models now come close to closed ones. Third, industry data is the real moat.',
    ],
    [
      '一、二、三 lines as numbered lines',
      'zh',
      '一、建设区域算力枢纽\n二、完善数据跨境规则\n三、培育本地开发者生态',
      'en',
      '1. Build regional computing hubs\n2. Improve rules for cross-border data\n3. Grow a local developer community',
    ],
    [
      'circled numbers as lettered items',
      'zh',
      '评估报告列出了主要风险：①电价上涨；②高端芯片出口受限；③熟练工程师短缺。',
      'en',
      'The assessment lists the main risks: (a) rising power prices, (b) export limits on advanced chips and (c) a shortage of skilled engineers.',
    ],
    [
      'label lines as bullets',
      'zh',
      '能源层：低成本绿色电力。\n基础设施层：自研芯片与云。\n模型层：开源大模型。',
      'en',
      '- Energy: low-cost green power.\n- Infrastructure: in-house chips and cloud.\n- Models: open foundation models.',
    ],
    [
      'an announced count met on both sides',
      'zh',
      '整个产业链分为四层：第一层是能源层；第二层是基础设施层；第三层是模型层；第四层是应用层。',
      'en',
      'The industry has four layers:\n1. Energy\n2. Infrastructure\n3. Models\n4. Applications',
    ],
    [
      'two concerns joined by 、 and by "and"',
      'zh',
      '欧洲客户最关心两个问题：供应链安全、本地数据合规，这也是我们在法兰克福建厂的原因。',
      'en',
      'European customers care most about two issues: supply-chain security and local data compliance, which is why we are building a plant in Frankfurt.',
    ],
    [
      'sequence words both ways',
      'zh',
      '首先，我们把模型权重交付到客户本地；其次，客户自行完成微调；最后，所有推理都在客户机房内进行。',
      'en',
      'Firstly, we deliver the model weights to the customer. Secondly, the customer fine-tunes them. Lastly, all inference runs in the customer’s own data centre.',
    ],
    [
      'en to zh: numbered items as enclosed CJK numerals',
      'en',
      'The pilot has three stages: 1) data collection, 2) model training, 3) field testing.',
      'zh',
      '试点分三个阶段：（一）数据采集；（二）模型训练；（三）现场测试。',
    ],
    [
      'nested lists complete on both sides',
      'en',
      '1. Hardware\n   a) GPUs\n   b) Network\n2. Software\n   a) Drivers\n   b) Compilers',
      'zh',
      '1. 硬件\n   a) GPU\n   b) 网络\n2. 软件\n   a) 驱动\n   b) 编译器',
    ],
  ])('%s', (_name, sourceLang, source, targetLang, target) => {
    expect(check(pairOf(sourceLang, source, targetLang, target)).results).toEqual([]);
  });
});

describe('missing-list-items: counts and lists that are no finding', () => {
  it.each([
    ['a duration', 'zh', '未来三年，集团将累计投入超过 3800 亿元。', 'en', 'Over the next three years the group will invest more than RMB 380 billion.'],
    ['a count with prose after it', 'zh', '这两个问题都很复杂，需要时间解决。', 'en', 'Both problems are complex and will take time to solve.'],
    ['a list rendered as prose', 'zh', '我们关注三件事：成本；速度；质量。', 'en', 'We care about cost, speed and quality.'],
    ['a count whose items are prose on the other side', 'en', 'We face two risks: prices and talent.', 'zh', '我们面临的风险来自价格和人才。'],
    ['a dialogue', 'zh', '主持人：欢迎。\n嘉宾：谢谢。\n主持人：开始吧。', 'en', 'Host: Welcome.\nGuest: Thank you.'],
    ['ordinals in prose', 'zh', '第一季度营收增长 10%，第二季度增长 12%。', 'en', 'Revenue grew 10% in the first quarter and 12% in the second.'],
    ['a quoted count', 'zh', '他说：“我们有三个目标。”随后介绍了公司的历史。', 'en', "He said: 'We have three goals.' He then described the company's history."],
    ['reasons split into sentences', 'zh', '原因有两个：成本下降；需求上升。', 'en', 'There are two reasons. Costs fell and demand rose.'],
    ['time and place', 'zh', '会议时间：10:30；地点：上海。', 'en', 'Time: 10:30; venue: Shanghai.'],
  ])('%s', (_name, sourceLang, source, targetLang, target) => {
    expect(check(pairOf(sourceLang, source, targetLang, target)).results).toEqual([]);
  });
});

describe('missing-list-items: partial lists are findings', () => {
  it.each([
    {
      name: 'zh inline ordinals, en announces four and gives two label lines',
      pair: pairOf(
        'zh',
        '产业链分为四层：第一层是能源层：电力充足；第二层是基础设施层：自研芯片；第三层是模型层：开源模型；第四层是应用层：电商场景。',
        'en',
        'The chain has four layers:\nEnergy layer: ample power.\nInfrastructure layer: in-house chips.',
      ),
      expected: { kind: 'missing', sourceItems: 4, targetItems: 2, announced: 4, missing: ['target:3', 'target:4'] },
    },
    {
      name: 'en numbered recommendations, zh gives three of five',
      pair: pairOf(
        'en',
        'The panel made five recommendations:\n1. Publish the audit.\n2. Open the data room.\n3. Hire a safety officer.\n4. Report incidents within 72 hours.\n5. Review the policy every year.',
        'zh',
        '专家组提出五项建议：\n1. 公开审计报告。\n2. 开放数据室。\n3. 聘请安全官。',
      ),
      expected: { kind: 'missing', sourceItems: 5, targetItems: 3, announced: 5, missing: ['target:4', 'target:5'] },
    },
    {
      name: 'a middle bullet dropped, found by its anchors',
      pair: pairOf(
        'zh',
        '• Qwen 模型下载量突破 10 亿次\n• 平头哥累计交付 56 万片芯片\n• 阿里云覆盖 29 个地域',
        'en',
        '• Qwen models passed 1 billion downloads\n• Alibaba Cloud covers 29 regions',
      ),
      expected: { kind: 'missing', sourceItems: 3, targetItems: 2, announced: undefined, missing: ['target:2'] },
    },
    {
      name: 'a target with an item the source lacks',
      pair: pairOf(
        'en',
        'Two goals:\n- lower costs\n- faster delivery',
        'zh',
        '两个目标：\n- 降低成本\n- 加快交付\n- 扩大出口',
      ),
      expected: { kind: 'missing', sourceItems: 2, targetItems: 3, announced: 2, missing: ['source:3'] },
    },
    {
      name: 'a count translated higher than the items given',
      pair: pairOf('zh', '欧洲有三大优势：工业基础雄厚；监管经验丰富；人才储备充足。', 'en', 'Europe has four strengths: a strong industrial base; deep regulatory experience; ample talent.'),
      expected: { kind: 'announced', sourceItems: 3, targetItems: 3, announced: 3, missing: [] },
    },
    {
      name: 'a source numbering gap that the target fills',
      pair: pairOf('zh', '1. 能源\n2. 芯片\n4. 应用', 'en', '1. Energy\n2. Chips\n3. Models\n4. Applications'),
      expected: { kind: 'missing', sourceItems: 3, targetItems: 4, announced: undefined, missing: ['source:3'] },
    },
    {
      name: 'the same numbering gap on both sides',
      pair: pairOf('zh', '1、能源\n2、芯片\n4、应用', 'en', '1. Energy\n2. Chips\n4. Applications'),
      expected: { kind: 'gap', sourceItems: 3, targetItems: 3, announced: undefined, missing: ['source:3 gap', 'target:3 gap'] },
    },
    {
      name: 'sequence words, one step dropped',
      pair: pairOf(
        'zh',
        '首先，2025 年替换 600 辆车；其次，2026 年覆盖近郊；再次，建设 900 个充电桩；最后，2027 年完成全部改造。',
        'en',
        'First, 600 buses are replaced in 2025. Second, suburban routes follow in 2026. Finally, the rest is converted in 2027.',
      ),
      expected: { kind: 'missing', sourceItems: 4, targetItems: 3, announced: undefined, missing: ['target:3'] },
    },
    {
      name: 'label lines, the last one dropped',
      pair: pairOf(
        'en',
        'Energy: cheap green power.\nChips: 560,000 GPUs delivered.\nModels: over 300 open models.',
        'zh',
        '能源：廉价绿色电力。\n芯片：已交付 56 万片 GPU。',
      ),
      expected: { kind: 'missing', sourceItems: 3, targetItems: 2, announced: undefined, missing: ['target:3'] },
    },
    {
      name: 'a semicolon run with one item fewer',
      pair: pairOf(
        'zh',
        '合作分四个方向：联合研发；人才培养；标准制定；市场推广。',
        'en',
        'The partnership has four strands: joint research; training; standard setting.',
      ),
      expected: { kind: 'missing', sourceItems: 4, targetItems: 3, announced: 4, missing: ['target:4'] },
    },
    {
      name: 'the following 3 steps, two translated',
      pair: pairOf(
        'en',
        'Follow the following 3 steps:\n1. Download the weights.\n2. Verify the checksum.\n3. Deploy on premises.',
        'zh',
        '请按以下三个步骤操作：\n1. 下载模型权重。\n2. 校验文件。',
      ),
      expected: { kind: 'missing', sourceItems: 3, targetItems: 2, announced: 3, missing: ['target:3'] },
    },
  ])('$name', ({ pair, expected }) => {
    expect(check(pair).results.map(summary)).toEqual([expected]);
  });

  it('reports a shorter nested list with the item it is nested in', () => {
    const { results } = check(
      pairOf('en', '1. Hardware\n   a) GPUs\n   b) Network\n   c) Storage\n2. Software', 'zh', '1. 硬件\n   a) GPU\n   b) 网络\n2. 软件'),
    );
    expect(results.map(summary)).toEqual([{ kind: 'missing', sourceItems: 3, targetItems: 2, announced: undefined, missing: ['target:3'] }]);
    expect(results[0]!.details.nestedIn).toEqual([1]);
    expect(results[0]!.message).toMatch(/^in the list inside item 1: /);
  });

  it('points at the lines where the lists start and names the missing items in the message', () => {
    const pair = pairOf(
      'zh',
      segmentOf('产业链分为四层：第一层是能源层；第二层是基础设施层；第三层是模型层；第四层是应用层。', 26),
      'en',
      segmentOf('The chain has four layers:\nEnergy layer.\nInfrastructure layer.', 28),
    );
    const [result] = check(pair).results;
    expect(result).toMatchObject({ sourceLine: 26, targetLine: 28, kind: 'missing' });
    expect(result!.message).toMatch(/^source lists 4 items, target only 2; missing in target: 3 \(第三层是模型层\), 4 \(第四层是应用层\); both sides announce 4\. /);
  });
});


describe('missing-list-items on the seed article', () => {
  it('finds the two layers missing from the translation of the four-layer stack, with their quantities', () => {
    const pair = pairOf('zh', seedSegment(26, 27), 'en', seedSegment(28, 30));
    const { results, scratch } = check(pair);
    expect(results).toHaveLength(1);
    const [result] = results;
    const details = result!.details as {
      missing: { index: number; text: string; side: string; line: number; quantities?: { text: string; value: number }[] }[];
    };
    expect(result).toMatchObject({ kind: 'missing', sourceLine: 26, targetLine: 28, details: { sourceItems: 4, targetItems: 2, announced: 4 } });
    expect(details.missing.map((entry) => [entry.index, entry.side, entry.line])).toEqual([[3, 'target', 26], [4, 'target', 26]]);
    expect(details.missing[0]!.text).toMatch(/^第三层是模型层/);
    expect(details.missing[1]!.text).toMatch(/^第四层是应用层/);
    const amounts = details.missing[0]!.quantities!.map((quantity) => quantity.value);
    expect(amounts).toEqual(expect.arrayContaining([300, 1_000_000_000]));
    // Claimed, so that numeric-drift does not report 300 + and 10 亿 again, nor omission the items' sentences.
    const text = pair.source.text;
    for (const written of ['300 +', '10 亿']) expect(scratch.claimedQuantities.source.has(String(text.indexOf(written)))).toBe(true);
    expect(scratch.claimedSpans?.map((span) => [span.side, text.slice(span.start, span.start + 7), span.label])).toEqual([
      ['source', '第三层是模型层', 'list item 3'],
      ['source', '第四层是应用层', 'list item 4'],
    ]);
    expect(result!.message).toContain('300 +');
  });

  it.each([[20, 21], [23, 24], [32, 33], [35, 36], [38, 39], [41, 42]])('finds nothing in the pair at lines %i/%i', (source, target) => {
    expect(check(pairOf('zh', seedSegment(source, source), 'en', seedSegment(target, target))).results).toEqual([]);
  });
});

describe('missing-list-items in the engine', () => {
  it('runs before the rules that would report its quantities or sentences again', () => {
    const ids = RULES.map((each) => each.meta.id);
    for (const later of ['numeric-drift', 'omission', 'length-anomaly']) {
      if (ids.includes(later)) expect(ids.indexOf('missing-list-items')).toBeLessThan(ids.indexOf(later));
    }
  });

  it('finds the one truncated list of samples/list-truncated-zh-en.md', async () => {
    const report = await auditFiles([fileURLToPath(new URL('../samples/list-truncated-zh-en.md', import.meta.url))]);
    const findings = report.findings.filter((finding) => finding.ruleId === 'missing-list-items');
    expect(findings.map((finding) => [finding.source?.line, finding.target?.line, finding.details.sourceItems, finding.details.targetItems])).toEqual([
      [11, 13, 4, 2],
    ]);
  });

  it('finds one list finding in the seed article, at lines 26/28', async () => {
    const report = await auditFiles([fileURLToPath(SEED_PATH)]);
    const findings = report.findings.filter((finding) => finding.ruleId === 'missing-list-items');
    expect(findings.map((finding) => [finding.source?.line, finding.target?.line, finding.severity])).toEqual([[26, 28, 'error']]);
  });
});
