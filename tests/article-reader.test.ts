import { describe, expect, it } from 'vitest';
import { classifyLine, labelRecurringSpeakers } from '../src/read/article-blocks.js';
import article from '../src/read/article.js';
import type { AuditItem } from '../src/model.js';
import { SEED } from './support/seed.js';


async function itemsOf(path: string, options: { sourceLang?: string; targetLang?: string } = {}): Promise<AuditItem[]> {
  const items: AuditItem[] = [];
  for await (const item of article.read({ path, ...options })) items.push(item);
  return items;
}

describe('classifyLine', () => {
  it.each([
    ['# 项目概况', 'heading', '项目概况'],
    ['蔡崇信(中文):很多行业分析师习惯用企业 IT 支出去测算 AI 空间。', 'content', '很多行业分析师习惯用企业 IT 支出去测算 AI 空间。'],
    ['英文原文:Most analysts measure AI market size.', 'content', 'Most analysts measure AI market size.'],
    ['English: The project lies 30 km off the coast.', 'content', 'The project lies 30 km off the coast.'],
    ['主持人:欧洲企业担心数据出境,开源模型如何彻底规避风险?', 'content', '欧洲企业担心数据出境,开源模型如何彻底规避风险?'],
    ['Q: How long did the construction take?', 'content', 'How long did the construction take?'],
    ['编辑:米奇 来源:财经会议圈', 'aside', '编辑:米奇 来源:财经会议圈'],
    ['Author: Jane Doe', 'aside', 'Author: Jane Doe'],
    ['为伟大思想而生!', 'aside', '为伟大思想而生!'],
    ['AI 产业落地:制造业是下一个爆发赛道,欧洲深度合作', 'heading', 'AI 产业落地:制造业是下一个爆发赛道,欧洲深度合作'],
    ['- Energy', 'content', '- Energy'],
    ['1. 能源层', 'content', '1. 能源层'],
    ['---', 'break', ''],
    ['Energy layer: China provides efficient, low-cost green energy supply.', 'content', 'Energy layer: China provides efficient, low-cost green energy supply.'],
    ['**Original:** Three years after most offices reopened, 28% of working days are still worked from home.', 'content', 'Three years after most offices reopened, 28% of working days are still worked from home.'],
    ['**Q**: How much does it cost?', 'content', 'How much does it cost?'],
    ['【译文】为什么城市需要更多的树', 'heading', '为什么城市需要更多的树'],
    ['English: Thank you.', 'content', 'Thank you.'],
    ['英文原文：Three new metro lines', 'content', 'Three new metro lines'],
    ['> People consistently overestimate their ability to predict the future.', 'content', 'People consistently overestimate their ability to predict the future.'],
    ['*Again and again, the author reminds readers that admitting uncertainty is a skill.*', 'content', 'Again and again, the author reminds readers that admitting uncertainty is a skill.'],
    ['*Emphasis* opens this sentence, and it goes on without any more of it.', 'content', '*Emphasis* opens this sentence, and it goes on without any more of it.'],
    ['https://example.com/a', 'heading', 'https://example.com/a'],
    ['Français : Le plan comporte trois volets :', 'content', 'Le plan comporte trois volets :'],
  ])('%s -> %s', (line, kind, text) => {
    const block = classifyLine(1, line);
    expect(block.kind).toBe(kind);
    expect(block.text).toBe(text);
  });

  it('takes the language from markers and speaker labels', () => {
    expect(classifyLine(1, '英文原文:Our core strategy.').declaredLang).toBe('en');
    expect(classifyLine(1, '蔡崇信(中文):我们的核心战略。').declaredLang).toBe('zh');
    expect(classifyLine(1, '蔡崇信(中文):我们的核心战略。').speaker).toBe('蔡崇信');
  });

  it('marks what opens a turn, list items, and short lines that may pair with their neighbour', () => {
    expect(classifyLine(1, '主持人：回收的经济性如何？').opensTurn).toBe(true);
    expect(classifyLine(1, '全球范围内，同时完整覆盖算力的科技公司非常稀少。').opensTurn).toBeUndefined();
    expect(classifyLine(1, '- 14 号线，从机场至东站，全长 32 公里；').listItem).toBe(true);
    expect(classifyLine(1, '谢谢大家。')).toMatchObject({ kind: 'aside', short: true });
    expect(classifyLine(1, '3,000 GW')).toMatchObject({ kind: 'heading', short: true });
    expect(classifyLine(1, '3000 吉瓦')).toMatchObject({ kind: 'heading', short: true });
    expect(classifyLine(1, '(Applause)').short).toBeUndefined();
    expect(classifyLine(1, '中文版').short).toBeUndefined();
  });

  it('takes off a leading label that recurs, as a speaker\'s, and leaves one seen once', () => {
    const blocks = [
      'Anna Weber: Our cities were built to get rid of rain as fast as possible.',
      'Anna Weber: Unsere Städte wurden gebaut, um Regen so schnell wie möglich loszuwerden.',
      'Energy layer: China provides efficient, low-cost green energy supply.',
      'https://example.com/report is where the full report can be read.',
      'https://example.com/data is where the data can be downloaded.',
    ].map((line, i) => classifyLine(i + 1, line));
    labelRecurringSpeakers(blocks);
    expect(blocks.map((block) => [block.speaker, block.opensTurn, block.text.slice(0, 12)])).toEqual([
      ['Anna Weber', true, 'Our cities w'],
      ['Anna Weber', true, 'Unsere Städt'],
      [undefined, undefined, 'Energy layer'],
      [undefined, undefined, 'https://exam'],
      [undefined, undefined, 'https://exam'],
    ]);
  });

  it('reads suppression comments', () => {
    expect(classifyLine(1, '<!-- bitext-audit-disable numeric-drift, length-anomaly -->').disables).toEqual(['numeric-drift', 'length-anomaly']);
    expect(classifyLine(1, '<!-- bitext-audit-disable -->').disables).toEqual(['*']);
  });
});

describe('article pairing on the seed', () => {
  it('pairs the seven translated sections and keeps the rest unpaired', async () => {
    const items = await itemsOf(SEED);
    const pairs = items.flatMap((item) => (item.kind === 'pair' ? [item.pair] : []));
    expect(pairs.map((p) => [p.source.line, p.target.line])).toEqual([
      [20, 21], [23, 24], [26, 28], [32, 33], [35, 36], [38, 39], [41, 42],
    ]);
    expect(pairs.every((p) => p.sourceLang === 'zh' && p.targetLang === 'en')).toBe(true);
    const unpaired = items.flatMap((item) => (item.kind === 'unpaired' ? [item.unpaired] : []));
    expect(unpaired.map((u) => [u.side, u.segment.parts.map((part) => part.line)])).toEqual([
      ['source', [8, 9, 10, 11, 12, 13, 14]],
      ['source', [17]],
      ['source', [44, 45, 46]],
    ]);
  });

  it('joins the four-layer section many-to-many and strips markers', async () => {
    const items = await itemsOf(SEED);
    const layers = items.find((item) => item.kind === 'pair' && item.pair.source.line === 26);
    expect(layers?.kind).toBe('pair');
    if (layers?.kind !== 'pair') return;
    expect(layers.pair.source.parts.map((part) => part.line)).toEqual([26, 27]);
    expect(layers.pair.target.parts.map((part) => part.line)).toEqual([28, 29, 30]);
    expect(layers.pair.source.text.startsWith('我们的核心战略')).toBe(true);
    expect(layers.pair.target.text.startsWith('Our core strategy')).toBe(true);
    expect(layers.pair.section).toBe('四层全栈 AI 战略(阿里核心差异化优势)');
  });

  it('lets --source-lang name the original without changing what pairs', async () => {
    const items = await itemsOf(SEED, { sourceLang: 'en' });
    const pairs = items.flatMap((item) => (item.kind === 'pair' ? [item.pair] : []));
    expect(pairs.every((p) => p.sourceLang === 'en' && p.targetLang === 'zh')).toBe(true);
    expect(pairs.map((p) => [p.source.line, p.target.line])).toEqual([
      [21, 20], [24, 23], [28, 26], [33, 32], [36, 35], [39, 38], [42, 41],
    ]);
    const unpaired = items.flatMap((item) => (item.kind === 'unpaired' ? [item.unpaired] : []));
    expect(unpaired.every((u) => u.side === 'target' && u.lang === 'zh')).toBe(true);
  });
});
