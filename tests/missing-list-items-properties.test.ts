import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LengthModel } from '../src/analyse/length-model.js';
import rule from '../src/check/missing-list-items.js';
import type { PairScratch } from '../src/check/rule.js';
import type { SegmentPair } from '../src/model.js';

// Property tests: a list laid out any way on either side is no finding when complete, and
// names exactly the dropped items when the translation drops some.

type Lang = 'zh' | 'en';

/** Items of a city's investment plan; `{v}` is a quantity that anchors each item across languages. */
const TASKS: Record<Lang, string>[] = [
  { zh: '建设 {v} 个充电站', en: 'build {v} charging stations' },
  { zh: '培训 {v} 名工程师', en: 'train {v} engineers' },
  { zh: '采购 {v} 辆电动公交车', en: 'buy {v} electric buses' },
  { zh: '开放 {v} 个基础模型', en: 'release {v} foundation models' },
  { zh: '新增 {v} 条夜班线路', en: 'add {v} night routes' },
  { zh: '招聘 {v} 名研究人员', en: 'hire {v} researchers' },
];
const VALUES = [12, 25, 38, 47, 53, 66];
const ZH_NUMERALS = ['一', '二', '三', '四', '五', '六'];
const EN_NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six'];
const EN_ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth'];
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi'];

/** How a side lays out its items after the announcement; `inline` layouts stay on its line. */
interface Layout {
  name: string;
  inline: boolean;
  render(items: string[]): string;
}

const LAYOUTS: Record<Lang, Layout[]> = {
  zh: [
    { name: '第一', inline: true, render: (items) => items.map((item, i) => `第${ZH_NUMERALS[i]}，${item}`).join('；') + '。' },
    { name: '一是', inline: true, render: (items) => items.map((item, i) => `${ZH_NUMERALS[i]}是${item}`).join('，') + '。' },
    { name: '①', inline: true, render: (items) => items.map((item, i) => `${String.fromCharCode(0x2460 + i)}${item}`).join('；') + '。' },
    { name: '（一）', inline: true, render: (items) => items.map((item, i) => `（${ZH_NUMERALS[i]}）${item}`).join('；') + '。' },
    { name: '；', inline: true, render: (items) => items.join('；') + '。' },
    { name: '1.', inline: false, render: (items) => items.map((item, i) => `${i + 1}. ${item}`).join('\n') },
    { name: '1、', inline: false, render: (items) => items.map((item, i) => `${i + 1}、${item}`).join('\n') },
    { name: '一、', inline: false, render: (items) => items.map((item, i) => `${ZH_NUMERALS[i]}、${item}`).join('\n') },
    { name: '•', inline: false, render: (items) => items.map((item) => `• ${item}`).join('\n') },
  ],
  en: [
    { name: '1)', inline: true, render: (items) => items.map((item, i) => `${i + 1}) ${item}`).join(', ') + '.' },
    { name: '(a)', inline: true, render: (items) => items.map((item, i) => `(${String.fromCharCode(0x61 + i)}) ${item}`).join('; ') + '.' },
    { name: ';', inline: true, render: (items) => items.map((item, i) => (i === items.length - 1 ? `and ${item}` : item)).join('; ') + '.' },
    { name: 'First,', inline: true, render: (items) => items.map((item, i) => `${EN_ORDINALS[i]}, ${item}.`).join(' ') },
    { name: '1.', inline: false, render: (items) => items.map((item, i) => `${i + 1}. ${item.charAt(0).toUpperCase()}${item.slice(1)}`).join('\n') },
    { name: 'i.', inline: false, render: (items) => items.map((item, i) => `${ROMAN[i]}. ${item}`).join('\n') },
    { name: '-', inline: false, render: (items) => items.map((item) => `- ${item}`).join('\n') },
  ],
};

function announce(lang: Lang, count: number, layout: Layout, items: string[]): string {
  const head = lang === 'zh' ? `明年的计划包括${ZH_NUMERALS[count - 1]}项任务：` : `Next year's plan has ${EN_NUMBERS[count - 1]} tasks:`;
  return head + (layout.inline ? ' ' : '\n') + layout.render(items);
}

function itemsOf(lang: Lang, tasks: readonly number[]): string[] {
  return tasks.map((task) => TASKS[task]![lang].replace('{v}', String(VALUES[task])));
}

function segmentOf(text: string, firstLine: number) {
  return { line: firstLine, text, parts: text.split('\n').map((part, index) => ({ line: firstLine + index, text: part })) };
}

const lengths = new LengthModel({ ratio: 1, spread: 0.2, weight: 5, noise: 6.8, minChars: 40 });

function findings(sourceLang: Lang, source: string, targetLang: Lang, target: string) {
  const pair: SegmentPair = {
    id: 'p1',
    input: 'property.md',
    sourceLang,
    targetLang,
    source: segmentOf(source, 1),
    target: segmentOf(target, 20),
  };
  const scratch: PairScratch = { claimedQuantities: { source: new Set(), target: new Set() } };
  return rule.checkPair!(pair, { options: rule.meta.defaultOptions, lengths, scratch, state: undefined });
}

/** A list of 2..6 tasks, a layout per side, a direction, and which items the translation keeps (at least 2). */
const scenario = fc.integer({ min: 2, max: 6 }).chain((count) =>
  fc.record({
    count: fc.constant(count),
    zhLayout: fc.integer({ min: 0, max: LAYOUTS.zh.length - 1 }),
    enLayout: fc.integer({ min: 0, max: LAYOUTS.en.length - 1 }),
    zhFirst: fc.boolean(),
    kept: fc.subarray([...Array(count).keys()], { minLength: 2 }),
  }),
);

function render(args: { count: number; zhLayout: number; enLayout: number; zhFirst: boolean; kept: number[] }) {
  const [sourceLang, targetLang]: [Lang, Lang] = args.zhFirst ? ['zh', 'en'] : ['en', 'zh'];
  const layoutOf = (lang: Lang) => LAYOUTS[lang][lang === 'zh' ? args.zhLayout : args.enLayout]!;
  const all = [...Array(args.count).keys()];
  return {
    sourceLang,
    targetLang,
    source: announce(sourceLang, args.count, layoutOf(sourceLang), itemsOf(sourceLang, all)),
    target: announce(targetLang, args.count, layoutOf(targetLang), itemsOf(targetLang, args.kept)),
  };
}

describe('missing-list-items properties', () => {
  it('finds nothing in a complete list, whatever the layout on each side', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(scenario, (args) => {
        const { sourceLang, source, targetLang, target } = render({ ...args, kept: [...Array(args.count).keys()] });
        expect(findings(sourceLang, source, targetLang, target)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('names exactly the items the translation drops', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(scenario, (args) => {
        const { sourceLang, source, targetLang, target } = render(args);
        const dropped = [...Array(args.count).keys()].filter((index) => !args.kept.includes(index));
        const results = findings(sourceLang, source, targetLang, target);
        expect(results).toHaveLength(dropped.length === 0 ? 0 : 1);
        if (dropped.length === 0) return;
        expect(results[0]!.details).toMatchObject({ sourceItems: args.count, targetItems: args.kept.length, announced: args.count });
        const missing = results[0]!.details.missing as { index: number; side: string }[];
        expect(missing.map((entry) => [entry.side, entry.index])).toEqual(dropped.map((index) => ['target', index + 1]));
      }),
      { numRuns: 200 },
    );
  });
});
