import { describe, expect, it } from 'vitest';
import { extractQuantities, matchQuantities, sameQuantity, type ExtractedQuantity } from '../src/analyse/quantity/index.js';

/** The one amount (non-weak quantity) a short text states. */
function only(text: string, lang: string): ExtractedQuantity {
  const found = extractQuantities(text, lang).filter((quantity) => !quantity.weak);
  expect(found, text).toHaveLength(1);
  return found[0]!;
}

describe('sameQuantity: equal within the rounding of the less precise side', () => {
  it.each([
    ['530 亿美元', '$53 billion'],
    ['约 14 亿', 'about 1.4 billion'],
    ['3800 亿元人民币', 'RMB 380 billion'],
    ['10 亿次', '1 billion'],
    ['56 万片', '560,000 chips'],
    ['100 万亿', '100 trillion'],
    ['1,234 万', '12.3 million'],
    ['约 56 万', 'about 558,000'],
    ['55.8 万', 'about 560,000'],
    ['2000 年', 'the 2000 bubble'],
    ['18 日', 'the 18'],
    ['一半', '50%'],
    ['三分之一', '33.3%'],
    ['三成', '30 percent'],
    ['十年', 'a decade'],
    ['18 个月', '1.5 years'],
    ['5 公里', '5,000 metres'],
    ['数十亿美元', 'multi-billion-dollar'],
    ['万亿级', 'trillion-dollar'],
    ['几百万', '3 million'],
    ['第三季度', 'Q3'],
    ['2025 年 2 月', 'February 2025'],
    ['6 月 18 日', 'June 18, 2026'],
    ['5 至 10 亿', '500 million to 1 billion'],
    ['¥3,000', '3,000 yen'],
    ['二代产品', 'second-generation products'],
    ['前三季度', 'the first three quarters'],
  ])('%s = %s', (zh, en) => {
    expect(sameQuantity(only(zh, 'zh'), only(en, 'en'))).toBe(true);
  });

  it.each([
    ['14 亿', '1.5 billion'],
    ['14 亿', '1.45 billion'],
    ['3800', '3,750'],
    ['约 250', 'about 240'],
    ['10 亿', '10 billion'],
    ['上千亿', 'multi-billion'],
    ['数百万', 'tens of millions'],
    ['500 美元', '500 euros'],
    ['3 个百分点', '3%'],
    ['5 公里', '5 miles'],
    ['三天', 'three hours'],
    ['第三季度', 'third half'],
    ['2025 年 2 月', 'March 2025'],
    ['5 至 10 亿', '5 to 10 billion'],
    ['5 至 10', '10'],
    ['2025 年 2 月', '2025'],
  ])('%s ≠ %s', (zh, en) => {
    expect(sameQuantity(only(zh, 'zh'), only(en, 'en'))).toBe(false);
  });
});

describe('matchQuantities', () => {
  const match = (zh: string, en: string) => matchQuantities(extractQuantities(zh, 'zh'), extractQuantities(en, 'en'));
  const texts = (quantities: ExtractedQuantity[]) => quantities.map((quantity) => quantity.text);

  it('matches as a multiset: a figure stated twice must be there twice', () => {
    const result = match('50 万亿美元……这 50 万亿美元', 'that $50 trillion');
    expect(result.matched).toHaveLength(1);
    expect(texts(result.missingInTarget)).toEqual(['50 万亿美元']);
    expect(result.missingInSource).toEqual([]);
  });

  it('lets a repeated figure pass when countRepeats is off', () => {
    const result = matchQuantities(extractQuantities('50 万亿美元……这 50 万亿美元', 'zh'), extractQuantities('that $50 trillion', 'en'), {
      countRepeats: false,
    });
    expect(result.missingInTarget).toEqual([]);
  });

  it('finds the best one-to-one assignment, not the first fit', () => {
    // 5 万 could take 50,000 or "about 50,000"; only one assignment matches all three.
    const result = match('约 5 万人，5 万元，4.98 万人', '50,000 yuan, 49,800 people, about 50,000 people');
    expect(result.matched).toHaveLength(3);
  });

  it('accepts amounts converted in brackets when both are there', () => {
    const result = match('投入超 3800 亿元人民币（折合 530 亿美元）', 'over RMB 380 billion ($53 billion)');
    expect(result.matched).toHaveLength(2);
    expect(result.mismatched.length + result.missingInTarget.length + result.missingInSource.length).toBe(0);
  });

  it('matches a range against its ends written apart, and reports the end that changed', () => {
    expect(match('员工从 8 人增加到 20 人', 'from eight to 20 employees').matched).toHaveLength(2);
    const changed = match('8 至 20 人', 'from 8 people to 200');
    expect(changed.mismatched.map((pair) => [pair.source.text, pair.target.text])).toEqual([['20', '200']]);
  });

  it('lets digits in names and list positions excuse the same number on the other side', () => {
    expect(match('发布 Qwen3 模型', 'released the Qwen 3 model').missingInSource).toEqual([]);
    expect(match('第一层是能源层', 'Layer 1: energy').missingInSource).toEqual([]);
    expect(match('2024 年 11 月 5 日至 7 日', 'November 5 to 7, 2024').missingInSource).toEqual([]);
  });

  it('pairs a changed quantity as a mismatch and keeps unrelated ones apart', () => {
    const result = match('营收 100 亿元，员工 3000 人', 'revenue of 100 billion yuan and a 2025 plan');
    expect(result.mismatched.map((pair) => [pair.source.text, pair.target.text])).toEqual([['100 亿元', '100 billion yuan']]);
    expect(texts(result.missingInTarget)).toEqual(['3000']);
    expect(texts(result.missingInSource)).toEqual(['2025']);
  });

  it('never reports weak quantities', () => {
    const result = match('一个第三方的一些问题', 'one of the third-party issues');
    expect(result).toEqual({ matched: [], mismatched: [], missingInTarget: [], missingInSource: [] });
  });
});
