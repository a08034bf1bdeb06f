import { describe, expect, it } from 'vitest';
import { extractQuantities, quantitiesOf, type ExtractedQuantity } from '../src/analyse/quantity/index.js';

interface Brief {
  text: string;
  kind?: string;
  value: number;
  unit?: string;
  approx?: true;
  min?: number;
  max?: number;
  weak?: true;
}

/** The fields a table states; kind only when it is not a plain number. */
function brief(quantity: ExtractedQuantity): Brief {
  const out: Brief = { text: quantity.text, value: quantity.value };
  if (quantity.kind !== 'number') out.kind = quantity.kind;
  if (quantity.unit !== undefined) out.unit = quantity.unit;
  if (quantity.approx) out.approx = true;
  if (quantity.min !== undefined) {
    out.min = quantity.min;
    out.max = quantity.max;
  }
  if (quantity.weak) out.weak = true;
  return out;
}

const extract = (lang: string, text: string) => extractQuantities(text, lang).map(brief);

describe('quantity extraction: digits and separators', () => {
  it.each<[string, string, Brief[]]>([
    ['en', 'It cost 1,234.5 dollars.', [{ text: '1,234.5 dollars', value: 1234.5, unit: 'USD' }]],
    ['en', 'A ratio of 1.500 and 12,345,678 units.', [{ text: '1.500', value: 1.5 }, { text: '12,345,678', value: 12345678 }]],
    ['en', 'Scores of 1,5 and 2.', [{ text: '1', value: 1 }, { text: '5', value: 5 }, { text: '2', value: 2 }]],
    ['de', 'Es kostet 1.234,5 Euro, also 1.500 Euro weniger als 2,75 Mio. Euro.', [
      { text: '1.234,5 Euro', value: 1234.5, unit: 'EUR' },
      { text: '1.500 Euro', value: 1500, unit: 'EUR' },
      { text: '2,75 Mio. Euro', value: 2_750_000, unit: 'EUR', approx: true },
    ]],
    ['fr', 'Un total de 1\u202f234,5 tonnes et 10 000 salariés.', [
      { text: 'Un', value: 1, weak: true },
      { text: '1\u202f234,5 tonnes', value: 1234.5, unit: 't' },
      { text: '10 000', value: 10000 },
    ]],
    ['de', 'Ein Preis von 1\'234.50 Franken.', [{ text: 'Ein', value: 1, weak: true }, { text: "1'234.50 Franken", value: 1234.5, unit: 'CHF' }]],
    ['zh', '全年销量 1,500 万台，均价 3.5 万元。', [{ text: '1,500 万', value: 15_000_000 }, { text: '3.5 万元', value: 35000, unit: 'CNY' }]],
    ['zh', '营收１２３４５元，增长３．５％。', [{ text: '１２３４５元', value: 12345, unit: 'CNY' }, { text: '３．５％', kind: 'percent', value: 3.5, unit: '%' }]],
    ['en', 'Glued to a word: this$50 trillion opportunity.', [{ text: '$50 trillion', value: 5e13, unit: 'USD' }]],
  ])('%s: %s', (lang, text, expected) => {
    expect(extract(lang, text)).toEqual(expected);
  });
});

describe('quantity extraction: Chinese and Japanese numerals', () => {
  it.each<[string, string, Brief[]]>([
    ['zh', '两千五百万', [{ text: '两千五百万', value: 25_000_000 }]],
    ['zh', '十二万零三百零五', [{ text: '十二万零三百零五', value: 120_305 }]],
    ['zh', '壹佰贰拾叁万元', [{ text: '壹佰贰拾叁万元', value: 1_230_000, unit: 'CNY' }]],
    ['zh', '3.5 万亿', [{ text: '3.5 万亿', value: 3.5e12 }]],
    ['zh', '1.2 万名员工', [{ text: '1.2 万', value: 12000 }]],
    ['zh', '一万五', [{ text: '一万五', value: 15000 }]],
    ['zh', '五万三千亿', [{ text: '五万三千亿', value: 5.3e12 }]],
    // 二十多万: two hundred thousand and more, short of three hundred thousand.
    ['zh', '二十多万人', [{ text: '二十多万', kind: 'vague', value: 200_000, approx: true, min: 200_000, max: 300_000 }]],
    ['zh', '十几名工人，百余家企业，千余人，十几万', [
      { text: '十几', kind: 'vague', value: 10, approx: true, min: 10, max: 20 },
      { text: '百余', kind: 'vague', value: 100, approx: true, min: 100, max: 200 },
      { text: '千余', kind: 'vague', value: 1000, approx: true, min: 1000, max: 2000 },
      { text: '十几万', kind: 'vague', value: 100_000, approx: true, min: 100_000, max: 200_000 },
    ]],
    ['zh', '两个问题、三大优势、四层', [{ text: '两', value: 2 }, { text: '三', value: 3 }, { text: '四', value: 4 }]],
    ['zh', '56 万片芯片，10 亿次下载', [{ text: '56 万', value: 560_000 }, { text: '10 亿', value: 1e9 }]],
    ['zh', '发电 31 亿千瓦时，全长 5 千米，装机 1.8 吉瓦，120 万吨', [
      { text: '31 亿千瓦时', value: 3.1e9, unit: 'kWh' },
      { text: '5 千米', value: 5, unit: 'km' },
      { text: '1.8 吉瓦', value: 1.8, unit: 'GW' },
      { text: '120 万吨', value: 1_200_000, unit: 't' },
    ]],
    ['zh', '二期工程与五六十人', [{ text: '二', value: 2, weak: true }, { text: '五六十', kind: 'vague', value: 50, min: 50, max: 70 }]],
    ['ja', '人口は 1億2千万人、予算は 3兆円。', [{ text: '1億2千万', value: 1.2e8 }, { text: '3兆円', value: 3e12, unit: 'JPY' }]],
    ['ja', '約 2,500 億円', [{ text: '2,500 億円', value: 2.5e11, unit: 'JPY', approx: true }]],
  ])('%s: %s', (lang, text, expected) => {
    expect(extract(lang, text)).toEqual(expected);
  });

  it('keeps 一 used as an article, and numerals inside words, out of the amounts', () => {
    expect(extract('zh', '这是一个统一的标准，也是唯一的一套方法，三星和四川。').filter((quantity) => !quantity.weak)).toEqual([]);
    expect(extract('zh', '百姓、千问和百度')).toEqual([]);
  });
});

describe('quantity extraction: scales, words and suffixes', () => {
  it.each<[string, string, Brief[]]>([
    ['en', '$25bn, 3.5m users, 10k', [
      { text: '$25bn', value: 2.5e10, unit: 'USD' },
      { text: '3.5m', value: 3.5e6 },
      { text: '10k', value: 10000 },
    ]],
    ['en', 'one hundred and five, twenty-five, two thousand and twenty', [
      { text: 'one hundred and five', value: 105 },
      { text: 'twenty-five', value: 25 },
      { text: 'two thousand and twenty', value: 2020 },
    ]],
    ['en', 'a dozen eggs, a million users, ninety-nine problems', [
      { text: 'a dozen', value: 12 },
      { text: 'a million', value: 1e6 },
      { text: 'ninety-nine', value: 99 },
    ]],
    ['en', 'one of them', [{ text: 'one', value: 1, weak: true }]],
    ['de', 'dreiundzwanzig, zweihundertfünfzigtausend, eine Milliarde', [
      { text: 'dreiundzwanzig', value: 23 },
      { text: 'zweihundertfünfzigtausend', value: 250_000 },
      { text: 'eine Milliarde', value: 1e9 },
    ]],
    ['fr', 'mille milliards', [{ text: 'mille milliards', value: 1e12 }]],
    ['fr', 'quatre-vingt-dix-sept, soixante et onze, deux milliards', [
      { text: 'quatre-vingt-dix-sept', value: 97 },
      { text: 'soixante et onze', value: 71 },
      { text: 'deux milliards', value: 2e9 },
    ]],
    ['es', 'tres mil millones, ciento veinte mil, 2 billones', [
      { text: 'tres mil millones', value: 3e9 },
      { text: 'ciento veinte mil', value: 120_000 },
      { text: '2 billones', value: 2e12 },
    ]],
    ['en', 'The tennis team', []],
    ['en', 'two and a half years, one in three adults, grew by a third to, a third option', [
      { text: 'two and a half years', value: 2.5, unit: 'year' },
      { text: 'one in three', kind: 'fraction', value: 1 / 3, unit: 'fraction' },
      { text: 'a third', kind: 'fraction', value: 1 / 3, unit: 'fraction' },
    ]],
    ['de', 'zweieinhalb Jahre, einer von drei', [
      { text: 'zweieinhalb Jahre', value: 2.5, unit: 'year' },
      { text: 'einer von drei', kind: 'fraction', value: 1 / 3, unit: 'fraction' },
    ]],
    ['zh', '两年半，上世纪 80 年代，数以万计', [
      { text: '两年半', value: 2.5, unit: 'year' },
      { text: '上世纪 80 年代', kind: 'date', value: 1980, unit: 'decade' },
      { text: '数以万计', kind: 'vague', value: 1e4, min: 1e4, max: 1e5 },
    ]],
  ])('%s: %s', (lang, text, expected) => {
    expect(extract(lang, text)).toEqual(expected);
  });

  it('reads 100m as 100 million or 100 metres, and $3.5m as money only', () => {
    const [sprint, deal] = extractQuantities('A 100m sprint and a $3.5m deal.', 'en');
    expect(sprint).toMatchObject({ value: 1e8, alternatives: [{ value: 100, unit: 'm', step: 1 }] });
    expect(deal!.alternatives).toBeUndefined();
  });
});

describe('quantity extraction: percent, fractions, multiples', () => {
  it.each<[string, string, Brief[]]>([
    ['zh', '百分之三十，三成，2 个百分点，千分之五', [
      { text: '百分之三十', kind: 'percent', value: 30, unit: '%' },
      { text: '三成', kind: 'percent', value: 30, unit: '%' },
      { text: '2 个百分点', kind: 'percent', value: 2, unit: 'pp' },
      { text: '千分之五', kind: 'percent', value: 5, unit: '‰' },
    ]],
    ['en', '30 percent, 4.5 percentage points, 25 basis points', [
      { text: '30 percent', kind: 'percent', value: 30, unit: '%' },
      { text: '4.5 percentage points', kind: 'percent', value: 4.5, unit: 'pp' },
      { text: '25 basis points', kind: 'percent', value: 0.25, unit: 'pp' },
    ]],
    ['zh', '三分之一，一半', [
      { text: '三分之一', kind: 'fraction', value: 1 / 3, unit: 'fraction' },
      { text: '一半', kind: 'fraction', value: 0.5, unit: 'fraction' },
    ]],
    ['en', 'one third, two-thirds, half, a quarter of it, 1/4', [
      { text: 'one third', kind: 'fraction', value: 1 / 3, unit: 'fraction' },
      { text: 'two-thirds', kind: 'fraction', value: 2 / 3, unit: 'fraction' },
      { text: 'half', kind: 'fraction', value: 0.5, unit: 'fraction' },
      { text: 'a quarter', kind: 'fraction', value: 0.25, unit: 'fraction' },
      { text: '1/4', kind: 'fraction', value: 0.25, unit: 'fraction' },
    ]],
    ['zh', '3 倍，翻一番，翻两番', [
      { text: '3 倍', kind: 'multiple', value: 3, unit: 'times' },
      { text: '翻一番', kind: 'multiple', value: 2 },
      { text: '翻两番', kind: 'multiple', value: 4 },
    ]],
    ['en', 'threefold, doubled, twice, 10x', [
      { text: 'threefold', kind: 'multiple', value: 3, unit: 'times' },
      { text: 'doubled', kind: 'multiple', value: 2 },
      { text: 'twice', kind: 'multiple', value: 2 },
      { text: '10x', kind: 'multiple', value: 10, unit: 'times' },
    ]],
  ])('%s: %s', (lang, text, expected) => {
    expect(extract(lang, text)).toEqual(expected);
  });
});

describe('quantity extraction: ranges, approximations, vague magnitudes', () => {
  it.each<[string, string, Brief[]]>([
    ['zh', '5 至 10 亿', [{ text: '5 至 10 亿', kind: 'range', value: 5e8, min: 5e8, max: 1e9 }]],
    ['en', '5-10%', [{ text: '5-10%', kind: 'range', value: 5, unit: '%', min: 5, max: 10 }]],
    ['en', 'between 5 and 10 million', [{ text: '5 and 10 million', kind: 'range', value: 5e6, min: 5e6, max: 1e7 }]],
    ['de', 'zwischen 5 und 10 Prozent', [{ text: '5 und 10 Prozent', kind: 'range', value: 5, unit: '%', min: 5, max: 10 }]],
    ['zh', '约 250 亿，近 3000 人，超 100 万，逾 50 家，300 多人，三十余家，1000 人以上，50 岁左右', [
      { text: '250 亿', value: 2.5e10, approx: true },
      { text: '3000', value: 3000, approx: true },
      { text: '100 万', value: 1e6, approx: true },
      { text: '50', value: 50, approx: true },
      { text: '300 多', kind: 'vague', value: 300, approx: true, min: 300, max: 400 },
      { text: '三十余', kind: 'vague', value: 30, approx: true, min: 30, max: 40 },
      { text: '1000', value: 1000, approx: true },
      { text: '50 岁', value: 50, unit: 'year', approx: true },
    ]],
    ['en', 'about 5, over 300, more than 20, nearly 40, up to 60, 300+', [
      { text: '5', value: 5, approx: true },
      { text: '300', value: 300, approx: true },
      { text: '20', value: 20, approx: true },
      { text: '40', value: 40, approx: true },
      { text: '60', value: 60, approx: true },
      { text: '300+', value: 300, approx: true },
    ]],
    ['zh', '数十亿，上千亿，几百万，万亿级，数十年，五六十人', [
      { text: '数十亿', kind: 'vague', value: 1e9, min: 1e9, max: 1e10 },
      { text: '上千亿', kind: 'vague', value: 1e11, min: 1e11, max: 1e12 },
      { text: '几百万', kind: 'vague', value: 1e6, min: 1e6, max: 1e7 },
      { text: '万亿级', kind: 'vague', value: 1e12, min: 1e12, max: 1e13 },
      { text: '数十年', kind: 'vague', value: 10, unit: 'year', min: 10, max: 100 },
      { text: '五六十', kind: 'vague', value: 50, min: 50, max: 70 },
    ]],
    ['en', 'billions of dollars, multi-billion, tens of thousands, several million, a trillion-dollar market, decades', [
      { text: 'billions of dollars', kind: 'vague', value: 1e9, unit: 'USD', min: 1e9, max: 1e10 },
      { text: 'multi-billion', kind: 'vague', value: 2e9, min: 2e9, max: 1e10 },
      { text: 'tens of thousands', kind: 'vague', value: 1e4, min: 1e4, max: 1e5 },
      { text: 'several million', kind: 'vague', value: 2e6, min: 2e6, max: 1e7 },
      { text: 'a trillion-dollar', value: 1e12, unit: 'USD' },
      { text: 'decades', kind: 'vague', value: 10, unit: 'year', min: 10, max: 100 },
    ]],
    ['en', 'the trillion-dollar question', [{ text: 'trillion-dollar', kind: 'vague', value: 1e12, unit: 'USD', min: 1e12, max: 1e13 }]],
  ])('%s: %s', (lang, text, expected) => {
    expect(extract(lang, text)).toEqual(expected);
  });
});

describe('quantity extraction: dates, ordinals, positions', () => {
  it.each<[string, string, Brief[]]>([
    ['zh', '2025 年 2 月，6 月 18 日，二〇二六年，2000 年，三年', [
      { text: '2025 年 2 月', kind: 'date', value: 20250200, unit: 'date' },
      { text: '6 月 18 日', kind: 'date', value: 618, unit: 'date' },
      { text: '二〇二六年', kind: 'date', value: 2026, unit: 'date' },
      { text: '2000 年', kind: 'date', value: 2000, unit: 'date' },
      { text: '三年', value: 3, unit: 'year' },
    ]],
    ['en', 'February 2025, June 18, 18 June 2026, in May, 2025-02-18', [
      { text: 'February 2025', kind: 'date', value: 20250200, unit: 'date' },
      { text: 'June 18', kind: 'date', value: 618, unit: 'date' },
      { text: '18 June 2026', kind: 'date', value: 20260618, unit: 'date' },
      { text: 'May', kind: 'date', value: 500, unit: 'date' },
      { text: '2025-02-18', kind: 'date', value: 20250218, unit: 'date' },
    ]],
    ['en', 'May we start?', []],
    ['de', 'am 18. Juni 2026', [{ text: '18. Juni 2026', kind: 'date', value: 20260618, unit: 'date' }]],
    ['es', 'el 18 de junio de 2026', [{ text: '18 de junio de 2026', kind: 'date', value: 20260618, unit: 'date' }]],
    ['ja', '令和7年4月', [{ text: '令和7年4月', kind: 'date', value: 20250400, unit: 'date' }]],
    ['zh', '第三季度，三季度，第一层，第二，第三方', [
      { text: '第三季度', kind: 'ordinal', value: 3, unit: 'quarter' },
      { text: '三季度', kind: 'ordinal', value: 3, unit: 'quarter' },
      { text: '第一', kind: 'position', value: 1, weak: true },
      { text: '第二', kind: 'position', value: 2, weak: true },
      { text: '第三', kind: 'position', value: 3, weak: true },
    ]],
    ['en', 'the third quarter, Q3, 21st century, third-party', [
      { text: 'third quarter', kind: 'ordinal', value: 3, unit: 'quarter' },
      { text: 'Q3', kind: 'ordinal', value: 3, unit: 'quarter' },
      { text: '21st century', kind: 'ordinal', value: 21, unit: 'century' },
    ]],
    ['en', 'Layer 1: energy\n2. Chips\nNo. 3', [
      { text: 'Layer 1', kind: 'position', value: 1, weak: true },
      { text: '2.', kind: 'position', value: 2, weak: true },
      { text: 'No. 3', kind: 'position', value: 3, weak: true },
    ]],
  ])('%s: %s', (lang, text, expected) => {
    expect(extract(lang, text)).toEqual(expected);
  });
});

describe('quantity extraction: names, versions, addresses', () => {
  it('turns digits inside names into weak identifiers and skips addresses', () => {
    expect(extract('en', 'Qwen2.5, GPT-4 and wanging0123 wrote to 271684300@qq.com via https://example.com/2025/10.')).toEqual([
      { text: 'Qwen2.5', kind: 'identifier', value: 2.5, weak: true },
      { text: 'GPT-4', kind: 'identifier', value: 4, weak: true },
      { text: 'wanging0123', kind: 'identifier', value: 123, weak: true },
    ]);
  });

  it('treats an acronym and a number as a name, except a currency code', () => {
    expect(extract('en', 'Certified to ISO 9001, priced at RMB 380.')).toEqual([
      { text: 'ISO 9001', kind: 'identifier', value: 9001, weak: true },
      { text: 'RMB 380', value: 380, unit: 'CNY' },
    ]);
  });

  it('reads units glued to digits and currency codes glued to them as amounts', () => {
    expect(extract('en', '100km, 5GWh, RMB380, 2nd')).toEqual([
      { text: '100km', value: 100, unit: 'km' },
      { text: '5GWh', value: 5, unit: 'GWh' },
      { text: 'RMB380', value: 380, unit: 'CNY' },
      { text: '2nd', kind: 'position', value: 2, weak: true },
    ]);
  });
});

describe('quantity extraction: offsets and memoisation', () => {
  it('gives UTF-16 offsets of the text in the segment', () => {
    const text = '累计交付 56 万片；已开放 300 + 系列模型';
    for (const quantity of extractQuantities(text, 'zh')) expect(text.slice(quantity.start, quantity.end)).toBe(quantity.text);
  });

  it('extracts a segment once per language', () => {
    const segment = { line: 1, text: '增长 12%', parts: [{ line: 1, text: '增长 12%' }] };
    expect(quantitiesOf(segment, 'zh')).toBe(quantitiesOf(segment, 'zh'));
  });

  it('falls back to digits and symbols for a language without data', () => {
    expect(extract('ru', 'Выручка 1,234 млрд, рост 12%')).toEqual([
      { text: '1,234', value: 1234 },
      { text: '12%', kind: 'percent', value: 12, unit: '%' },
    ]);
  });

  it('reads Korean amounts grouped by 만, 억 and 조, and native numerals before a counter', () => {
    expect(extract('ko', '매출 1,234억 원, 12% 증가')).toEqual([
      { text: '1,234억 원', value: 123_400_000_000, unit: 'KRW' },
      { text: '12%', kind: 'percent', value: 12, unit: '%' },
    ]);
    expect(extract('ko', '계약 금액은 1억 5천만 원이다.')).toEqual([{ text: '1억 5천만 원', value: 150_000_000, unit: 'KRW' }]);
    expect(extract('ko', '사과 세 개를 샀다.')).toEqual([{ text: '세', value: 3 }]);
    // 세 in 세계 and 한 in 투입한다 are inside words: Korean spaces its words.
    expect(extract('ko', '정부는 세계 시장에 2조 원을 투입한다.')).toEqual([{ text: '2조 원', value: 2e12, unit: 'KRW' }]);
  });

  it('reads an hour glued to its mark and minutes as a time (14h30), not as a name', () => {
    expect(extract('fr', 'Rendez-vous à 14h30.')).toEqual([{ text: '14h30', kind: 'time', value: 1430 }]);
  });

  it('joins hours and minutes into one duration', () => {
    expect(extract('en', 'It runs for 1 hour 38 minutes.')).toEqual([{ text: '1 hour 38 minutes', value: 98, unit: 'minute' }]);
    expect(extract('en', 'It took 2 hours and 5 minutes.')).toEqual([{ text: '2 hours and 5 minutes', value: 125, unit: 'minute' }]);
  });

  it.each([
    ['it', 'Tre decimi degli intervistati', 'Tre decimi', 0.3],
    ['pt', 'dois terços dos votos', 'dois terços', 2 / 3],
    ['nl', 'twee derde van de stemmen', 'twee derde', 2 / 3],
    ['en', 'three hundredths of a second', 'three hundredths', 0.03],
  ])('reads tenths, thirds and hundredths in %s: %s', (lang, text, quantity, value) => {
    expect(extract(lang, text)).toEqual([{ text: quantity, kind: 'fraction', value, unit: 'fraction' }]);
  });

  it.each([
    ['en', 'from 10 to 20 May', '20 May'],
    ['de', 'vom 10. bis 20. Mai', '20. Mai'],
    ['fr', 'du 10 au 20 mai', '20 mai'],
  ])('lends the month of a range of days to its first day in %s: %s', (lang, text, second) => {
    expect(extract(lang, text)).toEqual([
      { text: '10', kind: 'date', value: 510, unit: 'date' },
      { text: second, kind: 'date', value: 520, unit: 'date' },
    ]);
  });
});
