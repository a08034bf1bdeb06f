import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/check/index.js';
import rule from '../src/check/numeric-drift.js';
import { loadRulePack, severityOf } from '../src/config/rule-pack.js';
import type { Segment, SegmentPair } from '../src/model.js';
import { checkDrift, driftOf, type Drift } from './support/numeric-drift.js';
import { SEED_PATH } from './support/seed.js';

function segmentOf(text: string, firstLine: number): Segment {
  return { line: firstLine, text, parts: text.split('\n').map((part, index) => ({ line: firstLine + index, text: part })) };
}

function pairOf(source: string, target: string, sourceLang: string, targetLang: string): SegmentPair {
  return { id: 'p1', input: 'test.md', sourceLang, targetLang, source: segmentOf(source, 1), target: segmentOf(target, 101) };
}


const faithfulZhEn: [string, string][] = [
  ['公司 2024 年营收 1,234 亿元，同比增长 8.5%。', "The company's 2024 revenue was RMB 123.4 billion, up 8.5% year on year."],
  ['该项目总投资约 45 亿美元，预计 2027 年投产。', 'The project will cost about $4.5 billion and is expected to start production in 2027.'],
  ['全球用户已突破 3 亿。', 'Global users have passed 300 million.'],
  ['员工人数从 1.2 万人增加到 1.8 万人。', 'Headcount grew from 12,000 to 18,000.'],
  ['市场份额提高了 3 个百分点，达到 21%。', 'Market share rose 3 percentage points to 21%.'],
  ['三分之一的订单来自海外。', 'One third of orders came from abroad.'],
  ['利润翻了一番。', 'Profit doubled.'],
  ['该公司计划在未来五年内招聘 5000 名工程师。', 'The company plans to hire 5,000 engineers over the next five years.'],
  ['2025 年 3 月 15 日，新工厂正式开业。', 'On March 15, 2025, the new plant officially opened.'],
  ['第三季度净利润为 12 亿元。', 'Third-quarter net profit was 1.2 billion yuan.'],
  ['新电池的续航里程达到 700 公里。', 'The new battery gives a range of 700 km.'],
  ['门店数量超过 3,500 家，覆盖 200 多个城市。', 'It has more than 3,500 stores in over 200 cities.'],
  ['平均工资约为每月 8000 元。', 'The average wage is about 8,000 yuan a month.'],
  ['数百万家庭将从中受益。', 'Millions of households will benefit.'],
  ['这是一笔数十亿美元的投资。', 'It is an investment worth billions of dollars.'],
  ['预计 2030 年市场规模将达到 1.5 万亿美元。', 'The market is expected to reach $1.5 trillion by 2030.'],
  ['这座大桥全长 55 公里，耗时 9 年建成。', 'The bridge is 55 kilometres long and took nine years to build.'],
  ['研发投入占营收的 15%。', 'R&D spending accounts for 15% of revenue.'],
  ['超过一半的受访者支持这项政策。', 'More than half of respondents support the policy.'],
  ['该基金规模为 500 亿元人民币。', 'The fund is worth RMB 50 billion.'],
  ['我们在 20 个国家设有 45 个办事处。', 'We have 45 offices in 20 countries.'],
  ['2023 年至 2025 年间，出口增长了 40%。', 'Between 2023 and 2025, exports grew by 40%.'],
  ['大部分设备将在 5 至 10 年内更换。', 'Most equipment will be replaced within 5 to 10 years.'],
  ['客户满意度达到 92.5%。', 'Customer satisfaction reached 92.5%.'],
  ['股价单日下跌 7%，市值蒸发约 300 亿美元。', 'The share price fell 7% in one day, wiping about $30 billion off its market value.'],
  ['他在公司工作了 25 年。', 'He has worked at the company for 25 years.'],
  ['这款芯片采用 3 纳米工艺，集成 250 亿个晶体管。', 'The chip uses a 3 nm process and packs 25 billion transistors.'],
  ['上半年销量同比增长两成。', 'First-half sales rose 20% year on year.'],
  ['每年可减少碳排放 120 万吨。', 'It cuts carbon emissions by 1.2 million tonnes a year.'],
  ['会议将于 6 月 18 日在巴黎举行。', 'The meeting will be held in Paris on June 18.'],
  ['这一数字是十年前的三倍。', 'The figure is three times what it was a decade ago.'],
  ['中国有约 14 亿人口。', 'China has a population of about 1.4 billion.'],
  ['第一层是能源，第二层是芯片。', 'The first layer is energy, the second is chips.'],
  ['阿里巴巴推出了 Qwen3 系列模型。', 'Alibaba launched the Qwen 3 model family.'],
  ['两家公司合并后将拥有 8 万名员工。', 'After the merger the two companies will have 80,000 employees.'],
  ['这笔交易价值 2.5 亿欧元。', 'The deal is worth €250 million.'],
  ['订单量在 11 月增长了 35%。', 'Orders rose 35% in November.'],
  ['数十年来，该地区的人口一直在减少。', "The region's population has been shrinking for decades."],
  ['单价从 120 元降至 99 元。', 'The unit price fell from 120 yuan to 99 yuan.'],
  ['上千名志愿者参与了活动。', 'Thousands of volunteers took part.'],
];

/** Sentences in the style of news and annual reports, faithfully translated. */
const faithfulReports: [string, string, string, string][] = [
  ['zh', 'en', '截至 2024 年底，平台注册用户达 5.6 亿，日活跃用户超过 1 亿。', 'By the end of 2024, the platform had 560 million registered users and more than 100 million daily active users.'],
  ['zh', 'en', '这家成立于 1987 年的企业，如今在全球 170 多个国家和地区开展业务，员工约 20.7 万。', 'Founded in 1987, the company operates in more than 170 countries and regions and employs about 207,000 people.'],
  ['zh', 'en', '新能源汽车渗透率已达 35%，比去年同期提高 10 个百分点。', 'New energy vehicles now account for 35% of sales, 10 percentage points higher than a year earlier.'],
  ['zh', 'en', '一季度实现营收 2,000 亿元，同比增长 7%。', 'First-quarter revenue was 200 billion yuan, up 7% year on year.'],
  ['zh', 'en', '前三季度累计交付新车 30 万辆。', 'In the first three quarters it delivered 300,000 new vehicles.'],
  ['zh', 'en', '项目历时两年半，投资 12.5 亿元。', 'The project took two and a half years and cost 1.25 billion yuan.'],
  ['zh', 'en', '这是我们第二次举办峰会，参会人数增加了一倍。', 'This is the second time we have hosted the summit, and attendance has doubled.'],
  ['zh', 'en', '数以万计的游客涌入这座城市。', 'Tens of thousands of tourists poured into the city.'],
  ['zh', 'en', '该模型拥有 1750 亿个参数。', 'The model has 175 billion parameters.'],
  ['zh', 'en', '中国是全球第二大经济体。', "China is the world's second-largest economy."],
  ['zh', 'en', '二期工程预计投资 150 亿元。', 'The second phase is expected to cost 15 billion yuan.'],
  ['zh', 'en', '2025 年，项目累计发电 31 亿千瓦时。', 'In 2025 the project generated 3.1 billion kilowatt-hours.'],
  ['en', 'zh', 'Sales rose 4% to $12.3bn in the three months to June.', '截至 6 月的三个月内，销售额增长 4%，达到 123 亿美元。'],
  ['en', 'zh', 'One in three adults is overweight.', '三分之一的成年人超重。'],
  ['en', 'zh', 'The 5G network covers 95% of the population.', '5G 网络覆盖了 95% 的人口。'],
  ['en', 'zh', 'Over the next decade, demand is expected to double.', '预计未来十年需求将翻一番。'],
  ['en', 'zh', "It is the company's third acquisition this year.", '这是该公司今年的第三次收购。'],
];

const driftedZhEn: [string, string, Drift][] = [
  ['公司营收增长 12%。', 'Revenue grew 21%.', { kind: 'mismatch', mismatched: [['12%', '21%']] }],
  ['该项目投资 45 亿美元。', 'The project costs $5.4 billion.', { kind: 'mismatch', mismatched: [['45 亿美元', '$5.4 billion']] }],
  ['全球用户已突破 3 亿。', 'Global users have passed 30 million.', { kind: 'mismatch', mismatched: [['3 亿', '30 million']] }],
  ['全球下载量突破 10 亿次。', 'Downloads passed 10 billion.', { kind: 'mismatch', mismatched: [['10 亿', '10 billion']] }],
  ['员工人数达到 1.5 万人。', 'Headcount reached 1,500.', { kind: 'mismatch', mismatched: [['1.5 万', '1,500']] }],
  ['市场规模为 3 万亿美元。', 'The market is worth $3 billion.', { kind: 'mismatch', mismatched: [['3 万亿美元', '$3 billion']] }],
  ['该基金规模为 500 亿元人民币。', 'The fund is worth $50 billion.', { kind: 'mismatch', mismatched: [['500 亿元人民币', '$50 billion']] }],
  ['这条公路全长 55 公里。', 'The road is 55 miles long.', { kind: 'mismatch', mismatched: [['55 公里', '55 miles']] }],
  ['市场份额提高了 3 个百分点。', 'Market share rose 3%.', { kind: 'mismatch', mismatched: [['3 个百分点', '3%']] }],
  [
    '公司 2024 年营收 1,234 亿元，同比增长 8.5%。',
    "The company's 2024 revenue was RMB 123.4 billion.",
    { kind: 'missing', missingInTarget: ['8.5%'] },
  ],
  ['门店超过 3,500 家，覆盖 200 多个城市。', 'It has more than 3,500 stores.', { kind: 'missing', missingInTarget: ['200 多'] }],
  ['我们在 20 个国家设有 45 个办事处。', 'We have offices in 20 countries.', { kind: 'missing', missingInTarget: ['45'] }],
  ['利润增长了 30%。', 'Profit grew 30% to $2 billion.', { kind: 'missing', missingInSource: ['$2 billion'] }],
  ['新工厂已开业。', 'The new plant, which cost $1.2 billion, has opened.', { kind: 'missing', missingInSource: ['$1.2 billion'] }],
  ['2025 年 3 月 15 日，新工厂开业。', 'On March 16, 2025, the new plant opened.', { kind: 'mismatch', mismatched: [['2025 年 3 月 15 日', 'March 16, 2025']] }],
  ['会议将于 6 月 18 日举行。', 'The meeting will be held on July 18.', { kind: 'mismatch', mismatched: [['6 月 18 日', 'July 18']] }],
  ['预计 2027 年投产。', 'Production is expected to start in 2028.', { kind: 'mismatch', mismatched: [['2027 年', '2028']] }],
  ['研发投入占营收的 15%。', 'R&D spending accounts for 1.5% of revenue.', { kind: 'mismatch', mismatched: [['15%', '1.5%']] }],
  ['上半年销量增长两成。', 'Sales rose 12% in the first half.', { kind: 'mismatch', mismatched: [['两成', '12%']] }],
  ['超过一半的受访者支持。', 'More than a third of respondents support it.', { kind: 'mismatch', mismatched: [['一半', 'a third']] }],
  ['设备将在 5 至 10 年内更换。', 'Equipment will be replaced within 5 to 15 years.', { kind: 'mismatch', mismatched: [['5 至 10 年', '5 to 15 years']] }],
  ['价格在 100 到 200 元之间。', 'Prices range from 100 to 250 yuan.', { kind: 'mismatch', mismatched: [['100 到 200 元', '100 to 250 yuan']] }],
  ['上千亿的投入显得成本极高。', 'Multi-billion-dollar investment looks costly.', { kind: 'mismatch', mismatched: [['上千亿', 'Multi-billion-dollar']] }],
  ['数百万用户已经注册。', 'Thousands of users have signed up.', { kind: 'mismatch', mismatched: [['数百万', 'Thousands']] }],
  ['这是一笔数十亿美元的投资。', 'It is an investment worth millions of dollars.', { kind: 'mismatch', mismatched: [['数十亿美元', 'millions of dollars']] }],
  ['利润翻了一番。', 'Profit tripled.', { kind: 'mismatch', mismatched: [['翻了一番', 'tripled']] }],
  ['处理速度提升了 3 倍。', 'Processing speed improved fivefold.', { kind: 'mismatch', mismatched: [['3 倍', 'fivefold']] }],
  ['第三季度净利润为 12 亿元。', 'Fourth-quarter net profit was 1.2 billion yuan.', { kind: 'mismatch', mismatched: [['第三季度', 'Fourth-quarter']] }],
  ['平均工资约为每月 8000 元。', 'The average wage is about 6,000 yuan a month.', { kind: 'mismatch', mismatched: [['8000 元', '6,000 yuan']] }],
  ['这座大桥耗时 9 年建成。', 'The bridge took six years to build.', { kind: 'mismatch', mismatched: [['9 年', 'six years']] }],
  ['他在公司工作了 25 年。', 'He has worked there for 52 years.', { kind: 'mismatch', mismatched: [['25 年', '52 years']] }],
  ['市值蒸发约 300 亿美元。', 'About $3 billion was wiped off its market value.', { kind: 'mismatch', mismatched: [['300 亿美元', '$3 billion']] }],
  ['中国有约 14 亿人口。', 'China has a population of about 14 billion.', { kind: 'mismatch', mismatched: [['14 亿', '14 billion']] }],
  ['每年可减少碳排放 120 万吨。', 'It cuts carbon emissions by 12 million tonnes a year.', { kind: 'mismatch', mismatched: [['120 万吨', '12 million tonnes']] }],
  ['两家公司将拥有 8 万名员工。', 'The two companies will have 8,000 employees.', { kind: 'mismatch', mismatched: [['8 万', '8,000']] }],
  ['这笔交易价值 2.5 亿欧元。', 'The deal is worth €2.5 billion.', { kind: 'mismatch', mismatched: [['2.5 亿欧元', '€2.5 billion']] }],
  ['订单量在 11 月增长了 35%。', 'Orders rose 35% in December.', { kind: 'mismatch', mismatched: [['11 月', 'December']] }],
  [
    '项目总投资 80 亿欧元，预计 2026 年完工，可创造 3000 个就业岗位。',
    'The project will cost €8 billion and be finished in 2026.',
    { kind: 'missing', missingInTarget: ['3000'] },
  ],
  ['这款芯片采用 3 纳米工艺，集成 250 亿个晶体管。', 'The chip packs 25 billion transistors.', { kind: 'missing', missingInTarget: ['3 纳米'] }],
  ['单价从 120 元降至 99 元。', 'The unit price fell to 99 yuan.', { kind: 'missing', missingInTarget: ['120 元'] }],
];

const faithfulEnZh: [string, string][] = [
  ['Revenue rose 12.3% to RMB 123.45 billion.', '营收增长 12.3%，达到 1,234.5 亿元人民币。'],
  ['The company employs more than 25,000 people.', '公司员工超过 2.5 万人。'],
  ['Completion is expected in Q3 2026, with a total investment of €8 billion.', '预计 2026 年第三季度完工，总投资 80 亿欧元。'],
  ['The user base has quadrupled to 300 million.', '用户规模翻了两番，达到 3 亿。'],
  ['We plan to invest $10 billion over the next 3 to 5 years.', '我们计划在未来 3 至 5 年内投资 100 亿美元。'],
  ['The share rose from 15% in 2019 to 27% in 2023.', '这一比例从 2019 年的 15% 上升到 2023 年的 27%。'],
  ['Two-thirds of respondents work more than 50 hours a week.', '三分之二的受访者每周工作超过 50 小时。'],
  ['Market share fell by 2 percentage points to 18%.', '市场份额下降 2 个百分点，至 18%。'],
  ['He was born in 1990 and is 35 years old.', '他出生于 1990 年，今年 35 岁。'],
  ['Sales reached 2.3 million units in the first half.', '上半年销量达到 230 万台。'],
  ['The bank cut its rate by 25 basis points.', '该银行降息 25 个基点。'],
  ['About 40% of the energy comes from renewables.', '约 40% 的能源来自可再生能源。'],
  ['The plant will produce 500,000 vehicles a year.', '该工厂每年将生产 50 万辆汽车。'],
  ['Hundreds of millions of people use the app every day.', '每天有数亿人使用这款应用。'],
  ['The deal closed on February 28, 2025.', '交易于 2025 年 2 月 28 日完成。'],
  ['Prices have doubled since 2020.', '自 2020 年以来，价格翻了一番。'],
  ['The fund raised $1.2 billion from 40 investors.', '该基金从 40 家投资者处募集了 12 亿美元。'],
  ['Inflation eased to 2.4% in May.', '5 月通胀率回落至 2.4%。'],
  ['The company has 3,200 employees in 12 countries.', '公司在 12 个国家拥有 3,200 名员工。'],
  ['Output fell by a quarter.', '产量下降了四分之一。'],
  ['The bridge is 1.2 km long.', '大桥长 1.2 公里。'],
  ['Exports grew 6.1% year on year in the third quarter.', '第三季度出口同比增长 6.1%。'],
  ['More than 10,000 people attended.', '超过一万人参加。'],
  ['Tuition costs $45,000 a year.', '学费每年 4.5 万美元。'],
  ['The vaccine is 95% effective.', '该疫苗有效率为 95%。'],
  ['Thousands of flights were cancelled.', '数千架次航班被取消。'],
  ['The loan carries an interest rate of 3.85%.', '该贷款利率为 3.85%。'],
  ['Shipments are expected to triple by 2028.', '预计到 2028 年出货量将达到现在的三倍。'],
  ['The park covers 2,500 square kilometres.', '公园占地 2500 平方公里。'],
  ['A fifth of adults smoke.', '五分之一的成年人吸烟。'],
  ['The meeting lasted three hours.', '会议持续了三个小时。'],
  ['Sales of 1.5 million units, up 12%.', '销量 150 万台，增长 12%。'],
  ['The population is about 1.4 billion.', '人口约 14 亿。'],
  ['The team grew from eight to 20 people.', '团队从 8 人扩大到 20 人。'],
  ['The tower is 632 metres tall.', '这座塔高 632 米。'],
  ['Interest costs rose to $2.1 billion in 2024.', '2024 年利息支出升至 21 亿美元。'],
  ['Nearly half of the budget went to defence.', '近一半的预算用于国防。'],
  ['The firm was founded in 1999 and listed in 2014.', '该公司成立于 1999 年，2014 年上市。'],
];

const driftedEnZh: [string, string, Drift][] = [
  ['Revenue rose 12.3% to RMB 123.45 billion.', '营收增长 13.2%，达到 1,234.5 亿元人民币。', { kind: 'mismatch', mismatched: [['12.3%', '13.2%']] }],
  ['The company employs more than 25,000 people.', '公司员工超过 25 万人。', { kind: 'mismatch', mismatched: [['25,000', '25 万']] }],
  ['Total investment is €8 billion.', '总投资 8 亿欧元。', { kind: 'mismatch', mismatched: [['€8 billion', '8 亿欧元']] }],
  ['The user base has grown to 300 million.', '用户规模达到 30 亿。', { kind: 'mismatch', mismatched: [['300 million', '30 亿']] }],
  ['We plan to invest $10 billion.', '我们计划投资 100 亿元人民币。', { kind: 'mismatch', mismatched: [['$10 billion', '100 亿元人民币']] }],
  ['Market share fell by 2 percentage points.', '市场份额下降了 2%。', { kind: 'mismatch', mismatched: [['2 percentage points', '2%']] }],
  ['He was born in 1990.', '他出生于 1909 年。', { kind: 'mismatch', mismatched: [['1990', '1909 年']] }],
  ['The deal closed on February 28, 2025.', '交易于 2025 年 3 月 28 日完成。', { kind: 'mismatch', mismatched: [['February 28, 2025', '2025 年 3 月 28 日']] }],
  ['Prices have doubled since 2020.', '自 2020 年以来，价格翻了两番。', { kind: 'mismatch', mismatched: [['doubled', '翻了两番']] }],
  ['The fund raised $1.2 billion from 40 investors.', '该基金从 40 家投资者处募集了 1.2 亿美元。', { kind: 'mismatch', mismatched: [['$1.2 billion', '1.2 亿美元']] }],
  ['Inflation eased to 2.4% in May.', '5 月通胀率回落至 4.2%。', { kind: 'mismatch', mismatched: [['2.4%', '4.2%']] }],
  ['The company has 3,200 employees in 12 countries.', '公司在 21 个国家拥有 3,200 名员工。', { kind: 'mismatch', mismatched: [['12', '21']] }],
  ['Output fell by a quarter.', '产量下降了三分之一。', { kind: 'mismatch', mismatched: [['a quarter', '三分之一']] }],
  ['The bridge is 1.2 km long.', '大桥长 1.2 英里。', { kind: 'mismatch', mismatched: [['1.2 km', '1.2 英里']] }],
  ['Exports grew 6.1% in the third quarter.', '第二季度出口增长 6.1%。', { kind: 'mismatch', mismatched: [['third quarter', '第二季度']] }],
  ['More than 10,000 people attended.', '超过一千人参加。', { kind: 'mismatch', mismatched: [['10,000', '一千']] }],
  ['Tuition costs $45,000 a year.', '学费每年 45 万美元。', { kind: 'mismatch', mismatched: [['$45,000', '45 万美元']] }],
  ['Thousands of flights were cancelled.', '数百架次航班被取消。', { kind: 'mismatch', mismatched: [['Thousands', '数百']] }],
  ['Hundreds of millions of people use the app.', '数千万人使用这款应用。', { kind: 'mismatch', mismatched: [['Hundreds of millions', '数千万']] }],
  ['The park covers 2,500 square kilometres.', '公园占地 2500 平方米。', { kind: 'mismatch', mismatched: [['2,500 square kilometres', '2500 平方米']] }],
  ['The meeting lasted three hours.', '会议持续了三天。', { kind: 'mismatch', mismatched: [['three hours', '三天']] }],
  ['Sales of 1.5 million units, up 12%.', '销量 150 万台。', { kind: 'missing', missingInTarget: ['12%'] }],
  ['The population is about 1.4 billion.', '人口约 1.4 亿。', { kind: 'mismatch', mismatched: [['1.4 billion', '1.4 亿']] }],
  ['The tower is 632 metres tall and opened in 2012.', '这座塔高 632 米。', { kind: 'missing', missingInTarget: ['2012'] }],
  ['Interest costs rose to $2.1 billion in 2024.', '利息支出升至 21 亿美元。', { kind: 'missing', missingInTarget: ['2024'] }],
  ['Nearly half of the budget went to defence.', '近三成的预算用于国防。', { kind: 'mismatch', mismatched: [['half', '三成']] }],
  ['The firm was founded in 1999.', '该公司成立于 1999 年，员工 300 人。', { kind: 'missing', missingInSource: ['300'] }],
  ['The loan carries an interest rate of 3.85%.', '该贷款利率为 3.58%。', { kind: 'mismatch', mismatched: [['3.85%', '3.58%']] }],
  ['The vaccine is 95% effective.', '该疫苗有效率为 59%。', { kind: 'mismatch', mismatched: [['95%', '59%']] }],
  ['Shipments will triple by 2028.', '到 2028 年出货量将翻一番。', { kind: 'mismatch', mismatched: [['triple', '翻一番']] }],
  ['Sales reached 2.3 million units in the first half.', '下半年销量达到 230 万台。', { kind: 'mismatch', mismatched: [['first half', '下半年']] }],
  ['The plant will produce 500,000 vehicles a year.', '该工厂每年将生产 5 万辆汽车。', { kind: 'mismatch', mismatched: [['500,000', '5 万']] }],
  [
    'About 40% of the energy comes from renewables.',
    '约 40% 的能源来自可再生能源，高于 2020 年的 25%。',
    { kind: 'missing', missingInSource: ['2020 年', '25%'] },
  ],
  ['The bank cut its rate by 25 basis points.', '该银行降息 50 个基点。', { kind: 'mismatch', mismatched: [['25 basis points', '50 个基点']] }],
  ['A fifth of adults smoke.', '四分之一的成年人吸烟。', { kind: 'mismatch', mismatched: [['A fifth', '四分之一']] }],
  ['Two-thirds of respondents work more than 50 hours a week.', '三分之二的受访者每周工作超过 40 小时。', { kind: 'mismatch', mismatched: [['50 hours', '40 小时']] }],
  ['The firm listed in 2014.', '该公司于 2004 年上市。', { kind: 'mismatch', mismatched: [['2014', '2004 年']] }],
  ['The team grew from 8 to 20 people.', '团队从 8 人扩大到 200 人。', { kind: 'mismatch', mismatched: [['20', '200']] }],
];

describe('numeric-drift: zh → en', () => {
  it.each(faithfulZhEn)('no finding: %s', (source, target) => {
    expect(driftOf(checkDrift(pairOf(source, target, 'zh', 'en')))).toBeUndefined();
  });
  it.each(driftedZhEn)('finding: %s / %s', (source, target, expected) => {
    expect(driftOf(checkDrift(pairOf(source, target, 'zh', 'en')))).toEqual(expected);
  });
});

describe('numeric-drift: report and news sentences', () => {
  it.each(faithfulReports)('no finding (%s → %s): %s', (sourceLang, targetLang, source, target) => {
    expect(driftOf(checkDrift(pairOf(source, target, sourceLang, targetLang)))).toBeUndefined();
  });
});

describe('numeric-drift: en → zh', () => {
  it.each(faithfulEnZh)('no finding: %s', (source, target) => {
    expect(driftOf(checkDrift(pairOf(source, target, 'en', 'zh')))).toBeUndefined();
  });
  it.each(driftedEnZh)('finding: %s / %s', (source, target, expected) => {
    expect(driftOf(checkDrift(pairOf(source, target, 'en', 'zh')))).toEqual(expected);
  });
});

describe('numeric-drift: the seed article', () => {
  const lines = readFileSync(SEED_PATH, 'utf8').split('\n');
  const side = (numbers: number[]) =>
    numbers.map((number) => lines[number - 1]!.replace(/^蔡崇信\(中文\)[:：]/, '').replace(/^英文原文[:：]/, '')).join('\n');
  const seedPair = (source: number[], target: number[]): SegmentPair => ({
    ...pairOf(side(source), side(target), 'zh', 'en'),
    source: segmentOf(side(source), source[0]!),
    target: segmentOf(side(target), target[0]!),
  });

  it('reports 上千亿 against multi-billion, and matches $100 trillion, $50 trillion twice, half and decades', () => {
    const results = checkDrift(seedPair([20], [21]));
    expect(driftOf(results)).toEqual({ kind: 'mismatch', mismatched: [['上千亿', 'multi-billion-dollar']] });
    expect(results[0]!.message).toContain('`上千亿` (100,000,000,000 to 1,000,000,000,000)');
    expect(results[0]!).toMatchObject({ sourceLine: 20, targetLine: 21 });
  });

  it.each([
    [[23], [24]],
    [[32], [33]],
    [[35], [36]],
    [[38], [39]],
    [[41], [42]],
  ])('no finding on the pair at lines %j / %j', (source, target) => {
    expect(checkDrift(seedPair(source, target))).toEqual([]);
  });

  it('reports 300 + and 10 亿 missing from the layer list, and nothing for 第一层 … 第四层 or 56 万片', () => {
    const results = checkDrift(seedPair([26, 27], [28, 29, 30]));
    expect(driftOf(results)).toEqual({ kind: 'missing', missingInTarget: ['300 +', '10 亿'] });
    expect(results[0]!.details).toMatchObject({
      missingInTarget: [
        { text: '300 +', value: 300, approx: true },
        { text: '10 亿', value: 1_000_000_000 },
      ],
    });
    expect(results[0]!.sourceLine).toBe(26);
  });

  it('leaves quantities another rule claimed to that rule', () => {
    const pair = seedPair([26, 27], [28, 29, 30]);
    const claimed = new Set([String(pair.source.text.indexOf('300 +')), String(pair.source.text.indexOf('10 亿'))]);
    expect(checkDrift(pair, { claimedQuantities: { source: claimed, target: new Set() } })).toEqual([]);
  });
});

describe('numeric-drift: messages, details and options', () => {
  it('says what drifted, why, and what to do', () => {
    const [result] = checkDrift(pairOf('全球下载量突破 10 亿次。', 'Downloads passed 10 billion.', 'zh', 'en'));
    expect(result!.message).toBe(
      'source `10 亿` (1,000,000,000), target `10 billion` (10,000,000,000): 10 times larger, a 亿/billion confusion? ' +
        'A changed figure misinforms readers: correct the translation, or the source if the translation is right.',
    );
  });

  it('names the unit that changed and percent against percentage points', () => {
    expect(checkDrift(pairOf('投资 500 亿元人民币。', 'An investment of $50 billion.', 'zh', 'en'))[0]!.message).toContain('the unit differs (CNY against USD)');
    expect(checkDrift(pairOf('上升 3 个百分点。', 'Up 3%.', 'zh', 'en'))[0]!.message).toContain('percent against percentage points');
  });

  it('flags transposed digits', () => {
    expect(checkDrift(pairOf('增长 15%。', 'Up 51%.', 'zh', 'en'))[0]!.message).toContain('transposed');
  });

  it('gives details exactly in the contract shape', () => {
    const [result] = checkDrift(pairOf('约 250 亿美元，数十亿用户。', 'About $25 billion.', 'zh', 'en'));
    expect(result!.details).toEqual({
      missingInTarget: [{ text: '数十亿', value: 1e9, min: 1e9, max: 1e10 }],
      missingInSource: [],
      mismatched: [],
    });
  });

  it('reports one finding per pair, of kind mismatch when anything changed', () => {
    const results = checkDrift(pairOf('营收 100 亿元，利润 20 亿元，员工 3000 人。', 'Revenue of 100 billion yuan and 3,000 staff.', 'zh', 'en'));
    expect(driftOf(results)).toEqual({ kind: 'mismatch', mismatched: [['100 亿元', '100 billion yuan']], missingInTarget: ['20 亿元'] });
  });

  it('skips the kinds named in ignoreKinds', () => {
    const pair = pairOf('2025 年 3 月 15 日开业。', 'It opened on March 16, 2025.', 'zh', 'en');
    expect(checkDrift(pair)).toHaveLength(1);
    expect(checkDrift(pair, undefined, { ...rule.meta.defaultOptions, ignoreKinds: ['date'] })).toEqual([]);
  });

  it('reports a figure stated twice in the source and once in the target unless countRepeats is off', () => {
    const pair = pairOf('收入 50 亿元，支出也是 50 亿元。', 'Income and spending were both 5 billion yuan.', 'zh', 'en');
    expect(driftOf(checkDrift(pair))).toEqual({ kind: 'missing', missingInTarget: ['50 亿元'] });
    expect(checkDrift(pair, undefined, { ...rule.meta.defaultOptions, countRepeats: false })).toEqual([]);
  });

  it('points at the lines of the first drifted quantities in multi-line segments', () => {
    const results = checkDrift(pairOf('第一段没有数字。\n增长 12%。', 'The first paragraph.\nGrowth of 21%.', 'zh', 'en'));
    expect(results[0]).toMatchObject({ sourceLine: 2, targetLine: 102 });
  });

  it('is registered after missing-list-items and before length-anomaly, with per-kind severities in the default pack', () => {
    const ids = RULES.map((each) => each.meta.id);
    expect(ids.indexOf('numeric-drift')).toBeGreaterThan(ids.indexOf('missing-list-items'));
    expect(ids.indexOf('numeric-drift')).toBeLessThan(ids.indexOf('length-anomaly'));
    const setting = loadRulePack().rules.get('numeric-drift')!;
    expect(severityOf(setting, 'mismatch')).toBe('error');
    expect(severityOf(setting, 'missing')).toBe('warning');
  });

  it('has an explain example that produces a finding', () => {
    const { source, target, sourceLang, targetLang } = rule.meta.example;
    expect(driftOf(checkDrift(pairOf(source, target, sourceLang, targetLang)))).toEqual({ kind: 'mismatch', mismatched: [['10 亿', '10 billion']] });
  });
});
