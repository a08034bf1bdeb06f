// numeric-drift on realistic sentence pairs in every language pair the tool claims (zh, ja, de,
// fr, es <-> en, zh <-> ja): news, finance, technical documentation, UI strings, legal text, dates,
// times, percentages, currencies, ranges, approximations, ordinals, fractions, number words and
// scale words. One line per pair: the faithful translation must give no finding, the drifted one
// (a quantity changed, dropped or added) one finding. Pairs the rule still gets wrong are listed
// in KNOWN_GAPS with the reason, and tested to stay wrong so that a fix shows up here.
//
// Also property tests of laws that hold for any value: a number written with any grouping and
// decimal convention of its language reads as its value, scale words and digits round-trip
// between languages, clock times written the way each language writes them agree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuantities, matchQuantities } from '../src/analyse/quantity/index.js';
import { checkDrift, linePair } from './support/numeric-drift.js';

const findings = (source: string, target: string, sourceLang: string, targetLang: string) =>
  checkDrift(linePair(source, target, sourceLang, targetLang)).length;

/** [source lang, target lang, source, faithful target, drifted target or null]. */
type Row = [string, string, string, string, string | null];

const PAIRS: Row[] = [
  // zh -> en
  ['zh', 'en', '公司全年营收达到 3800 亿元人民币，同比增长 12%。', 'Annual revenue reached RMB 380 billion, up 12% year on year.', 'Annual revenue reached RMB 38 billion, up 12% year on year.'],
  ['zh', 'en', '该厂去年生产了 56 万片芯片。', 'The plant produced 560,000 chips last year.', 'The plant produced 56,000 chips last year.'],
  ['zh', 'en', '全国人口约为 14.1 亿。', 'The national population is about 1.41 billion.', 'The national population is about 14.1 billion.'],
  ['zh', 'en', '第三季度净利润为 25 亿元。', 'Net profit in the third quarter was 2.5 billion yuan.', 'Net profit in the second quarter was 2.5 billion yuan.'],
  ['zh', 'en', '会议将于 2025年2月3日 在北京举行。', 'The meeting will be held in Beijing on February 3, 2025.', 'The meeting will be held in Beijing on March 2, 2025.'],
  ['zh', 'en', '失业率下降了一半。', 'The unemployment rate fell by half.', 'The unemployment rate fell by a third.'],
  ['zh', 'en', '销量比去年翻了一番。', 'Sales doubled from last year.', 'Sales tripled from last year.'],
  ['zh', 'en', '19世纪末，这座城市只有两万人。', 'At the end of the 19th century the city had only 20,000 people.', 'At the end of the 18th century the city had only 20,000 people.'],
  ['zh', 'en', '这种风格流行于 90 年代。', 'This style was popular in the 1990s.', 'This style was popular in the 1980s.'],
  ['zh', 'en', '项目总投资约 1.2 万亿元。', 'Total investment in the project is about 1.2 trillion yuan.', 'Total investment in the project is about 12 trillion yuan.'],
  ['zh', 'en', '价格在 5 至 8 元之间。', 'The price is between 5 and 8 yuan.', 'The price is between 5 and 9 yuan.'],
  ['zh', 'en', '请在 30 分钟内完成支付。', 'Please complete payment within 30 minutes.', 'Please complete payment within 15 minutes.'],
  ['zh', 'en', '已选择 3 个文件。', '3 files selected.', '4 files selected.'],
  ['zh', 'en', '该款手机售价 3999 元。', 'The phone sells for 3,999 yuan.', 'The phone sells for 3,990 yuan.'],
  ['zh', 'en', '近十年来，出口增长了三倍。', 'Over the past ten years, exports have tripled.', 'Over the past ten years, exports have doubled.'],
  ['zh', 'en', '约三分之二的受访者表示支持。', 'About two thirds of respondents expressed support.', 'About one third of respondents expressed support.'],
  ['zh', 'en', '营收增长了 15.6%。', 'Revenue grew 15.6%.', 'Revenue grew 16.5%.'],
  ['zh', 'en', '数十亿美元的资金流入了该市场。', 'Billions of dollars flowed into the market.', 'Millions of dollars flowed into the market.'],
  ['zh', 'en', '该公司 2024 财年收入为 500 亿美元。', 'The company had revenue of $50 billion in FY2024.', 'The company had revenue of $50 billion in FY2023.'],
  ['zh', 'en', '十几名工人受伤。', 'More than ten workers were injured.', null],
  ['zh', 'en', '比赛于晚上 8 点开始。', 'The match starts at 8 p.m.', 'The match starts at 9 p.m.'],
  ['zh', 'en', '他在第二轮比赛中被淘汰。', 'He was eliminated in the second round.', 'He was eliminated in the third round.'],
  ['zh', 'en', '每月费用为 ¥１２０。', 'The monthly fee is ¥120.', 'The monthly fee is ¥210.'],
  ['zh', 'en', '大约一百人参加了会议。', 'About a hundred people attended the meeting.', 'About a thousand people attended the meeting.'],
  ['zh', 'en', '面积为 960 万平方公里。', 'The area is 9.6 million square kilometres.', 'The area is 96 million square kilometres.'],
  ['zh', 'en', '共有 12 个成员国签署了协议。', 'A dozen member states signed the agreement.', 'Eleven member states signed the agreement.'],
  ['zh', 'en', '本协议自签署之日起 30 日内生效。', 'This agreement takes effect within 30 days of signing.', 'This agreement takes effect within 60 days of signing.'],
  ['zh', 'en', '气温降至零下 5 摄氏度。', 'The temperature dropped to minus 5 degrees Celsius.', 'The temperature dropped to minus 15 degrees Celsius.'],
  // en -> zh
  ['en', 'zh', 'The company employs 45,000 people worldwide.', '该公司在全球雇用 4.5 万名员工。', '该公司在全球雇用 45 万名员工。'],
  ['en', 'zh', 'Sales reached $2.3 billion in 2023.', '2023 年销售额达到 23 亿美元。', '2023 年销售额达到 2.3 亿美元。'],
  ['en', 'zh', 'The file is larger than 2 GB.', '文件大于 2 GB。', '文件大于 4 GB。'],
  ['en', 'zh', 'Prices rose by half over two years.', '两年内价格上涨了一半。', '两年内价格上涨了一倍。'],
  ['en', 'zh', 'Q3 revenue was up 7%.', '第三季度收入增长 7%。', '第四季度收入增长 7%。'],
  ['en', 'zh', 'Nearly 300 million users signed up.', '近 3 亿用户注册。', '近 30 亿用户注册。'],
  ['en', 'zh', 'The update will be released on March 15.', '更新将于 3 月 15 日发布。', '更新将于 5 月 13 日发布。'],
  ['en', 'zh', 'About a dozen engineers worked on it.', '大约十几名工程师参与了这项工作。', null],
  ['en', 'zh', 'Delete 5 selected items?', '删除选中的 5 个项目？', '删除选中的 3 个项目？'],
  ['en', 'zh', 'Step 2 of 4', '第 2 步，共 4 步', '第 2 步，共 5 步'],
  // zh <-> ja
  ['zh', 'ja', '营业额为 1.5 万亿日元。', '売上高は 1.5 兆円だった。', '売上高は 15 兆円だった。'],
  ['ja', 'zh', '来場者は 3万人を超えた。', '参观人数超过 3 万人。', '参观人数超过 30 万人。'],
  ['ja', 'zh', '2025年4月1日から施行する。', '自 2025年4月1日起施行。', '自 2025年1月4日起施行。'],
  // ja -> en
  ['ja', 'en', '売上高は 1兆2,340億円となった。', 'Revenue came to ¥1.234 trillion.', 'Revenue came to ¥12.34 trillion.'],
  ['ja', 'en', '参加者は約 5 千人だった。', 'There were about 5,000 participants.', 'There were about 500 participants.'],
  ['ja', 'en', '価格は半分になった。', 'The price was cut in half.', 'The price was cut by a third.'],
  ['ja', 'en', '価格は 50% 下がった。', 'The price fell by half.', null],
  ['ja', 'en', '受付は 9時〜17時です。', 'Reception is open from 9:00 to 17:00.', 'Reception is open from 9:00 to 18:00.'],
  ['ja', 'en', '第３四半期の利益は増加した。', 'Profit rose in the third quarter.', 'Profit rose in the fourth quarter.'],
  ['ja', 'en', 'ファイルを ３ 件削除しました。', 'Deleted 3 files.', 'Deleted 2 files.'],
  ['ja', 'en', '1990年代に急成長した。', 'It grew rapidly in the 1990s.', 'It grew rapidly in the 1980s.'],
  ['ja', 'en', '人口は 1億2,500万人。', 'The population is 125 million.', 'The population is 12.5 million.'],
  ['ja', 'en', '3割引きで販売中。', 'On sale at 30% off.', 'On sale at 20% off.'],
  ['ja', 'en', '20世紀初頭に建てられた。', 'It was built in the early 20th century.', 'It was built in the early 19th century.'],
  ['ja', 'en', '約 10〜15 分かかります。', 'It takes about 10 to 15 minutes.', 'It takes about 10 to 20 minutes.'],
  ['ja', 'en', '二度目の挑戦で成功した。', 'He succeeded on his second attempt.', 'He succeeded on his third attempt.'],
  ['ja', 'en', '市場規模は数兆円に達する。', 'The market is worth trillions of yen.', 'The market is worth billions of yen.'],
  // en -> ja
  ['en', 'ja', 'The bridge is 1.2 km long.', '橋の長さは 1.2 km です。', '橋の長さは 12 km です。'],
  ['en', 'ja', 'Over 20,000 people attended.', '2万人以上が参加した。', '20万人以上が参加した。'],
  ['en', 'ja', 'Profit doubled to ¥50 billion.', '利益は 2 倍の 500 億円になった。', '利益は 2 倍の 50 億円になった。'],
  // de -> en
  ['de', 'en', 'Der Umsatz stieg auf 1.000 Euro.', 'Revenue rose to 1,000 euros.', 'Revenue rose to 1.000 euros.'],
  ['de', 'en', 'Die Bank meldete einen Gewinn von 2,5 Mrd. Euro.', 'The bank reported a profit of €2.5 billion.', 'The bank reported a profit of €25 billion.'],
  ['de', 'en', 'Das Projekt kostet 3,4 Mio. Euro.', 'The project costs €3.4 million.', 'The project costs €3.4 billion.'],
  ['de', 'en', 'Die Inflation lag bei 2,3 Prozent.', 'Inflation stood at 2.3 percent.', 'Inflation stood at 3.2 percent.'],
  ['de', 'en', 'Die Stadt hat 1 234 567 Einwohner.', 'The city has 1,234,567 inhabitants.', 'The city has 1,234,576 inhabitants.'],
  ['de', 'en', 'Das Treffen findet am 3. Februar 2025 statt.', 'The meeting takes place on February 3, 2025.', 'The meeting takes place on February 2, 2025.'],
  ['de', 'en', 'In den 1990er Jahren wuchs die Firma stark.', 'The firm grew strongly in the 1990s.', 'The firm grew strongly in the 1980s.'],
  ['de', 'en', 'Die Zahl der Nutzer hat sich verdoppelt.', 'The number of users has doubled.', 'The number of users has tripled.'],
  ['de', 'en', 'Etwa die Hälfte der Befragten stimmte zu.', 'About half of respondents agreed.', 'About a third of respondents agreed.'],
  ['de', 'en', 'Der Vertrag läuft drei Jahre.', 'The contract runs for three years.', 'The contract runs for two years.'],
  ['de', 'en', 'Die Temperatur beträgt 21,5 °C.', 'The temperature is 21.5 °C.', 'The temperature is 25.1 °C.'],
  ['de', 'en', 'Im 19. Jahrhundert wurde die Brücke gebaut.', 'The bridge was built in the 19th century.', 'The bridge was built in the 18th century.'],
  ['de', 'en', 'Drei-Wege-Vergleich starten', 'Start three-way comparison', null],
  ['de', 'en', 'Das Dutzend Eier kostet 3 Euro.', 'A dozen eggs cost 3 euros.', 'A dozen eggs cost 4 euros.'],
  ['de', 'en', 'Die Frist beträgt zwei Wochen.', 'The deadline is two weeks.', 'The deadline is three weeks.'],
  ['de', 'en', 'Der Kurs fiel um ein Viertel.', 'The price fell by a quarter.', 'The price fell by a third.'],
  ['de', 'en', 'Das Gesetz tritt am 1. Januar in Kraft.', 'The law takes effect on January 1.', 'The law takes effect on January 10.'],
  ['de', 'en', 'Die Schulden belaufen sich auf 1,2 Billionen Euro.', 'Debt amounts to €1.2 trillion.', 'Debt amounts to €1.2 billion.'],
  // en -> de
  ['en', 'de', 'Three-Way Merge', 'Dreiwege-Zusammenführung', null],
  ['en', 'de', 'Wait between checks', 'Wartezeit zwischen zwei Prüfungen', null],
  ['en', 'de', 'The company earned $4.5 billion.', 'Das Unternehmen verdiente 4,5 Milliarden Dollar.', 'Das Unternehmen verdiente 4,5 Millionen Dollar.'],
  ['en', 'de', 'Download 2.5 MB of data?', '2,5 MB an Daten herunterladen?', '25 MB an Daten herunterladen?'],
  ['en', 'de', 'Sales rose 12.5% to 1,500 units.', 'Der Absatz stieg um 12,5 % auf 1.500 Einheiten.', 'Der Absatz stieg um 12,5 % auf 1.050 Einheiten.'],
  ['en', 'de', 'Twice as many people voted.', 'Doppelt so viele Menschen stimmten ab.', 'Dreimal so viele Menschen stimmten ab.'],
  ['en', 'de', 'One in four households owns a car.', 'Jeder vierte Haushalt besitzt ein Auto.', 'Jeder dritte Haushalt besitzt ein Auto.'],
  ['en', 'de', 'Backups older than 30 days are deleted.', 'Sicherungen, die älter als 30 Tage sind, werden gelöscht.', 'Sicherungen, die älter als 3 Tage sind, werden gelöscht.'],
  ['en', 'de', 'The population tripled in the 20th century.', 'Im 20. Jahrhundert verdreifachte sich die Bevölkerung.', 'Im 20. Jahrhundert verdoppelte sich die Bevölkerung.'],
  ['en', 'de', 'It costs 0.99 euros per month.', 'Es kostet 0,99 Euro pro Monat.', 'Es kostet 9,99 Euro pro Monat.'],
  // fr -> en
  ['fr', 'en', 'Le chiffre d’affaires atteint 2,5 milliards d’euros.', 'Revenue reached €2.5 billion.', 'Revenue reached €2.5 million.'],
  ['fr', 'en', 'La ville compte 2 150 000 habitants.', 'The city has 2,150,000 inhabitants.', 'The city has 2,510,000 inhabitants.'],
  ['fr', 'en', 'Le taux de chômage est de 7,3 %.', 'The unemployment rate is 7.3%.', 'The unemployment rate is 3.7%.'],
  ['fr', 'en', 'La réunion aura lieu le 3 février 2025.', 'The meeting will take place on February 3, 2025.', 'The meeting will take place on February 13, 2025.'],
  ['fr', 'en', 'Environ la moitié des salariés sont en télétravail.', 'About half of employees work remotely.', 'About a quarter of employees work remotely.'],
  ['fr', 'en', 'Une douzaine de personnes ont été blessées.', 'A dozen people were injured.', 'Twenty people were injured.'],
  ['fr', 'en', 'Les ventes ont doublé en deux ans.', 'Sales doubled in two years.', 'Sales doubled in three years.'],
  ['fr', 'en', 'Au XIXe siècle, la ville s’est industrialisée.', 'In the 19th century the city industrialised.', 'In the 18th century the city industrialised.'],
  ['fr', 'en', 'Le projet coûte 1,2 million d’euros.', 'The project costs €1.2 million.', 'The project costs €12 million.'],
  ['fr', 'en', 'La dette publique dépasse 3 000 milliards d’euros.', 'Public debt exceeds €3 trillion.', 'Public debt exceeds €3 billion.'],
  ['fr', 'en', 'Il reste quinze minutes.', 'Fifteen minutes remain.', 'Fifty minutes remain.'],
  ['fr', 'en', 'Le prix a triplé depuis les années 1990.', 'The price has tripled since the 1990s.', 'The price has doubled since the 1990s.'],
  ['fr', 'en', 'Le magasin ouvre à 9 h 30.', 'The shop opens at 9:30.', 'The shop opens at 9:00.'],
  // en -> fr
  ['en', 'fr', 'The plant will create 1,200 jobs.', 'L’usine créera 1 200 emplois.', 'L’usine créera 2 100 emplois.'],
  ['en', 'fr', 'The budget is €4.7 billion.', 'Le budget est de 4,7 milliards d’euros.', 'Le budget est de 4,7 millions d’euros.'],
  ['en', 'fr', 'Free up 3.5 GB of space.', 'Libérez 3,5 Go d’espace.', 'Libérez 5,3 Go d’espace.'],
  ['en', 'fr', 'First prize went to a team of four.', 'Le premier prix est allé à une équipe de quatre.', 'Le deuxième prix est allé à une équipe de quatre.'],
  // es -> en
  ['es', 'en', 'La empresa facturó 3.500 millones de euros.', 'The company had sales of €3.5 billion.', 'The company had sales of €35 billion.'],
  ['es', 'en', 'La deuda supera el billón de euros.', 'The debt exceeds one trillion euros.', 'The debt exceeds one billion euros.'],
  ['es', 'en', 'El PIB creció un 2,4 %.', 'GDP grew 2.4%.', 'GDP grew 4.2%.'],
  ['es', 'en', 'La ciudad tiene 1.200.000 habitantes.', 'The city has 1,200,000 inhabitants.', 'The city has 120,000 inhabitants.'],
  ['es', 'en', 'El evento será el 3 de febrero de 2025.', 'The event will be on February 3, 2025.', 'The event will be on March 3, 2025.'],
  ['es', 'en', 'Una docena de países firmaron el acuerdo.', 'A dozen countries signed the agreement.', 'Ten countries signed the agreement.'],
  ['es', 'en', 'La mitad de los encuestados votó que sí.', 'Half of those surveyed voted yes.', 'A third of those surveyed voted yes.'],
  ['es', 'en', 'El proyecto costará 2 mil millones de dólares.', 'The project will cost $2 billion.', 'The project will cost $2 million.'],
  ['es', 'en', 'Las ventas se duplicaron en el siglo XXI.', 'Sales doubled in the 21st century.', 'Sales doubled in the 20th century.'],
  ['es', 'en', 'La reunión dura dos horas y media.', 'The meeting lasts two and a half hours.', 'The meeting lasts three and a half hours.'],
  ['es', 'en', 'Tenemos un 15 % de descuento.', 'We have a 15% discount.', 'We have a 50% discount.'],
  ['es', 'en', 'El país tiene 47 millones de habitantes.', 'The country has 47 million inhabitants.', 'The country has 4.7 million inhabitants.'],
  ['es', 'en', 'Las exportaciones se triplicaron en la década de 1990.', 'Exports tripled in the 1990s.', 'Exports doubled in the 1990s.'],
  // en -> es
  ['en', 'es', 'The government announced $1.5 trillion in spending.', 'El gobierno anunció un gasto de 1,5 billones de dólares.', 'El gobierno anunció un gasto de 1.500 billones de dólares.'],
  ['en', 'es', 'Revenue hit $3 billion.', 'Los ingresos alcanzaron 3.000 millones de dólares.', 'Los ingresos alcanzaron 3 billones de dólares.'],
  ['en', 'es', '5 new messages', '5 mensajes nuevos', '6 mensajes nuevos'],
  ['en', 'es', 'Battery at 20%.', 'Batería al 20 %.', 'Batería al 2 %.'],
  ['en', 'es', 'The second edition was published in 1998.', 'La segunda edición se publicó en 1998.', 'La tercera edición se publicó en 1998.'],
  ['en', 'es', 'Thousands of people marched.', 'Miles de personas marcharon.', 'Millones de personas marcharon.'],
  // de/fr/es ordinals, legal, etc.
  ['de', 'en', 'Gemäß § 5 Abs. 2 haftet der Mieter.', 'Under section 5(2) the tenant is liable.', null],
  ['fr', 'en', 'Conformément à l’article 12, le contrat est résilié.', 'Under Article 12, the contract is terminated.', 'Under Article 13, the contract is terminated.'],
  ['es', 'en', 'Según el artículo 3, el plazo es de 10 días hábiles.', 'Under Article 3, the deadline is 10 working days.', 'Under Article 3, the deadline is 15 working days.'],
  ['zh', 'en', '根据第十二条规定，合同终止。', 'Under Article 12, the contract is terminated.', 'Under Article 21, the contract is terminated.'],
  ['zh', 'en', '本次更新修复了 3 个漏洞。', 'This update fixes three bugs.', 'This update fixes two bugs.'],
  ['en', 'zh', 'Your trial ends in 14 days.', '您的试用将在 14 天后结束。', '您的试用将在 7 天后结束。'],
  ['zh', 'en', '一次性付清', 'Pay in full at once', null],
  ['en', 'zh', 'ind', '一次', null],
  ['en', 'zh', 'dind', '二次', null],
  ['en', 'zh', 'tind', '三次', null],
];

/** Short phrases and terms: [source lang, target lang, source, target, a finding expected]. */
const PHRASES: [string, string, string, string, boolean][] = [
  ['fr', 'en', 'Le budget s’élève à 1 234,5 millions d’euros.', 'The budget is €1,234.5 million.', false],
  ['fr', 'en', 'Le budget s’élève à 1\u202f234,5 millions d’euros.', 'The budget is €1,234.5 million.', false],
  ['fr', 'en', 'Il y a 12\u00a0000 participants.', 'There are 12,000 participants.', false],
  ['de', 'en', 'Es kamen 12.000 Besucher.', '12,000 visitors came.', false],
  ['de', 'en', 'Der Preis beträgt 1.234,56 €.', 'The price is €1,234.56.', false],
  ['es', 'en', 'La deuda asciende a 1,2 billones de euros.', 'Debt amounts to €1.2 trillion.', false],
  ['es', 'en', 'La deuda asciende a 1,2 billones de euros.', 'Debt amounts to €1.2 billion.', true],
  ['en', 'es', 'They invested $5 billion.', 'Invirtieron 5 mil millones de dólares.', false],
  ['en', 'es', 'They invested $5 billion.', 'Invirtieron 5 billones de dólares.', true],
  ['ja', 'en', '売上は前年の半分だった。', 'Sales were 50% of the previous year.', false],
  ['zh', 'en', '第三季度营收增长。', 'Q3 revenue grew.', false],
  ['zh', 'en', '第三季度营收增长。', 'Q2 revenue grew.', true],
  ['zh', 'en', '2024 财年营收增长。', 'FY2024 revenue grew.', false],
  ['zh', 'en', '19世纪', '19th century', false],
  ['zh', 'en', '19世纪', '18th century', true],
  ['ja', 'en', '１２３人が参加した。', '123 people took part.', false],
  ['ja', 'en', '２０２５年２月３日', 'February 3, 2025', false],
  ['zh', 'ja', '约 3 亿人', '約3億人', false],
  ['zh', 'ja', '约 3 亿人', '約3万人', true],
  ['ja', 'en', '約3億円', 'about ¥300 million', false],
  ['ja', 'en', '価格は 1,000〜2,000 円です。', 'The price is ¥1,000 to ¥2,000.', false],
  ['en', 'fr', 'twice a week', 'deux fois par semaine', false],
  ['en', 'de', 'twice a week', 'zweimal pro Woche', false],
  ['en', 'es', 'twice a week', 'dos veces por semana', false],
  ['en', 'ja', 'twice a week', '週に2回', false],
  ['en', 'zh', 'twice a week', '每周两次', false],
  ['en', 'de', 'half an hour', 'eine halbe Stunde', false],
  ['en', 'fr', 'half an hour', 'une demi-heure', false],
  ['en', 'es', 'half an hour', 'media hora', false],
  ['en', 'ja', 'half an hour', '30分', false],
  ['en', 'zh', 'half an hour', '半小时', false],
  ['en', 'fr', 'a dozen eggs', 'une douzaine d’œufs', false],
  ['en', 'de', 'a dozen eggs', 'ein Dutzend Eier', false],
  ['en', 'es', 'a dozen eggs', 'una docena de huevos', false],
  ['en', 'de', 'Every fourth household', 'Jeder vierte Haushalt', false],
  ['en', 'de', 'One in three households', 'Jeder dritte Haushalt', false],
  ['en', 'es', 'One in three households', 'Uno de cada tres hogares', false],
  ['en', 'fr', 'One in three households', 'Un ménage sur trois', false],
  ['en', 'zh', 'One in three households', '三分之一的家庭', false],
  ['en', 'ja', 'One in three households', '3世帯に1世帯', false],
  ['de', 'en', 'Zweijahresvertrag', 'two-year contract', false],
  ['de', 'en', 'Dreizimmerwohnung', 'three-room flat', false],
  ['en', 'de', 'Two-factor authentication', 'Zwei-Faktor-Authentifizierung', false],
  ['en', 'de', 'Two-factor authentication', 'Zweifaktor-Authentifizierung', false],
  ['de', 'en', 'zwischen zwei und fünf Jahren', 'between two and five years', false],
  ['de', 'en', 'zwischen zwei und fünf Jahren', 'between two and six years', true],
  ['fr', 'en', 'entre deux et cinq ans', 'between two and five years', false],
  ['en', 'fr', 'Switch between windows', 'Basculer entre deux fenêtres', false],
  ['en', 'es', 'Switch between windows', 'Cambiar entre dos ventanas', false],
  ['ja', 'en', '10時30分に開始', 'Starts at 10:30', false],
  ['ja', 'en', '10時30分に開始', 'Starts at 11:30', true],
  ['zh', 'en', '上午 10 点 30 分开始', 'Starts at 10:30 a.m.', false],
  ['de', 'en', 'Beginn um 9 Uhr', 'Starts at 9:00', false],
  ['de', 'en', 'Beginn um 9.30 Uhr', 'Starts at 9:30', false],
  ['fr', 'en', 'Début à 14 h', 'Starts at 2 p.m.', false],
  ['fr', 'en', 'Début à 14 h', 'Starts at 14:00', false],
  ['en', 'ja', '50% off', '半額', false],
  ['zh', 'en', '二十世纪九十年代', 'the 1990s', false],
  ['zh', 'en', '上世纪80年代', 'the 1980s', false],
  ['fr', 'en', 'les années 1990', 'the 1990s', false],
  ['en', 'zh', 'quadratic equation', '二次方程', false],
  ['en', 'zh', 'He came three times.', '他来了三次。', false],
  ['en', 'zh', 'He came twice.', '他来了三次。', true],
  ['en', 'zh', 'the third time', '第三次', false],
  ['en', 'zh', 'the second time', '第三次', true],
  ['es', 'en', 'el siglo XIX', 'the 19th century', false],
  ['es', 'en', 'el siglo XIX', 'the 18th century', true],
  ['fr', 'en', 'au XXe siècle', 'in the 20th century', false],
  ['fr', 'en', 'au XXe siècle', 'in the 21st century', true],
  ['en', 'de', 'tripled', 'verdreifachten sich', false],
  ['de', 'en', 'Mio.', 'million', false],
  ['de', 'en', 'Der Umsatz lag bei 3,2 Mio. Euro.', 'Sales were €3.2m.', false],
  ['en', 'fr', 'Sales were €3.2bn.', 'Les ventes ont atteint 3,2 Md€.', false],
  ['en', 'fr', 'Sales were €3.2bn.', 'Les ventes ont atteint 3,2 milliards d’euros.', false],
  ['zh', 'en', '2025年2月3日', '3 February 2025', false],
  ['zh', 'en', '2025年2月3日', '2/3/2025', false],
  ['de', 'en', '03.02.2025', 'February 3, 2025', false],
  ['fr', 'en', '03/02/2025', 'February 3, 2025', false],
  ['es', 'en', 'tres cuartos de la población', 'three quarters of the population', false],
  ['fr', 'en', 'les trois quarts de la population', 'three quarters of the population', false],
  ['de', 'en', 'drei Viertel der Bevölkerung', 'three quarters of the population', false],
  ['ja', 'en', '4分の3の人口', 'three quarters of the population', false],
  ['zh', 'en', '四分之三的人口', 'three quarters of the population', false],
  ['zh', 'en', '约有三成', 'about 30%', false],
  ['en', 'zh', 'a third of', '三分之一', false],
  ['zh', 'en', '数百万人', 'millions of people', false],
  ['ja', 'en', '数百万人', 'millions of people', false],
  ['ja', 'en', '数十人', 'dozens of people', false],
  ['de', 'en', 'Dutzende Menschen', 'dozens of people', false],
  ['fr', 'en', 'des dizaines de personnes', 'dozens of people', false],
  ['es', 'en', 'decenas de personas', 'dozens of people', false],
  ['fr', 'en', 'des centaines de personnes', 'hundreds of people', false],
  ['es', 'en', 'cientos de personas', 'hundreds of people', false],
  ['es', 'en', 'miles de personas', 'thousands of people', false],
  ['de', 'en', 'Tausende Menschen', 'thousands of people', false],
  ['zh', 'en', '上千人', 'thousands of people', false],
  ['ja', 'en', '数千人', 'thousands of people', false],
  ['ja', 'en', '1万5千人', '15,000 people', false],
  ['zh', 'en', '一万五千人', '15,000 people', false],
  ['zh', 'en', '一万五', '15,000', false],
  ['zh', 'en', '1.5万', '15,000', false],
  ['ja', 'en', '1.5万人', '15,000 people', false],
  ['zh', 'en', '两千五百万', '25 million', false],
  ['ja', 'en', '3兆円', '¥3 trillion', false],
  ['zh', 'en', '3 兆瓦', '3 MW', false],
  ['zh', 'en', '营收 3.5 万亿元', 'revenue of 3.5 trillion yuan', false],
  ['en', 'de', 'the 1990s', 'die 1990er', false],
  ['en', 'de', 'the 1990s', 'die Neunzigerjahre', false],
  ['en', 'fr', 'the 2nd floor', 'le 2e étage', false],
  ['en', 'es', 'the 2nd floor', 'el 2.º piso', false],
  ['en', 'de', 'two thirds', 'zwei Drittel', false],
  ['en', 'fr', 'two thirds', 'deux tiers', false],
  ['en', 'es', 'two thirds', 'dos tercios', false],
  ['en', 'es', 'two thirds', 'las dos terceras partes', false],
  ['en', 'ja', 'two thirds', '3分の2', false],
  ['en', 'fr', '3 times faster', 'trois fois plus rapide', false],
  ['en', 'de', '3 times faster', 'dreimal schneller', false],
  ['en', 'es', '3 times faster', 'tres veces más rápido', false],
  ['en', 'zh', '3 times faster', '快 3 倍', false],
  ['en', 'ja', '3 times faster', '3倍高速', false],
];

/** Faithful (F) or drifted (D) texts the rule still gets wrong, keyed by the target (or `source → target`), with why. */
const KNOWN_GAPS = new Map<string, string>([
]);

const known = (source: string, target: string) => KNOWN_GAPS.has(target) || KNOWN_GAPS.has(`${source} → ${target}`);

describe('numeric-drift on realistic sentence pairs', () => {
  for (const [sourceLang, targetLang, source, faithful, drifted] of PAIRS) {
    const label = `${sourceLang}→${targetLang} ${source}`;
    (known(source, faithful) ? it.fails : it)(`faithful: ${label} = ${faithful}`, () => {
      expect(findings(source, faithful, sourceLang, targetLang)).toBe(0);
    });
    if (drifted !== null) {
      (known(source, drifted) ? it.fails : it)(`drifted: ${label} ≠ ${drifted}`, () => {
        expect(findings(source, drifted, sourceLang, targetLang)).toBe(1);
      });
    }
  }
});

describe('numeric-drift on short phrases and terms', () => {
  for (const [sourceLang, targetLang, source, target, drift] of PHRASES) {
    (known(source, target) ? it.fails : it)(`${sourceLang}→${targetLang} ${source} ${drift ? '≠' : '='} ${target}`, () => {
      expect(findings(source, target, sourceLang, targetLang)).toBe(drift ? 1 : 0);
    });
  }
});

// ---- laws that hold for any value ----

/** Groups of three digits joined by `group`, as a language writes an integer. */
function grouped(n: number, group: string): string {
  const digits = String(n);
  const parts: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) parts.unshift(digits.slice(Math.max(0, end - 3), end));
  return parts.join(group);
}

/** Every grouping and decimal convention each language writes numbers with. */
const CONVENTIONS: { lang: string; groups: string[]; decimal: string }[] = [
  { lang: 'en', groups: [','], decimal: '.' },
  { lang: 'de', groups: ['.', ' ', '\u00a0', '\u202f'], decimal: ',' },
  { lang: 'fr', groups: [' ', '\u00a0', '\u202f'], decimal: ',' },
  { lang: 'es', groups: ['.', ' ', '\u00a0'], decimal: ',' },
  { lang: 'zh', groups: [','], decimal: '.' },
  { lang: 'ja', groups: [','], decimal: '.' },
];

describe('laws', () => {
  it('a number written with any grouping and decimal convention of its language reads as its value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10_000, max: 999_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.boolean(),
        fc.constantFrom(...CONVENTIONS),
        fc.nat(),
        (whole, cents, withDecimals, { lang, groups, decimal }, pick) => {
          const group = groups[pick % groups.length]!;
          const written = grouped(whole, group) + (withDecimals ? decimal + String(cents).padStart(2, '0') : '');
          const value = withDecimals ? whole + cents / 100 : whole;
          const found = extractQuantities(`Total: ${written}.`, lang);
          expect(found.map((quantity) => quantity.value), `${lang} ${JSON.stringify(written)}`).toEqual([value]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('in German, Spanish and French a dot or space after one to three digits groups thousands (1.000 is a thousand)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.constantFrom('de', 'es'), (head, lang) => {
        const written = `${head}.000`;
        expect(extractQuantities(`Es kostet ${written} Euro.`, lang).map((quantity) => quantity.value), `${lang} ${written}`).toEqual([head * 1000]);
      }),
    );
  });

  /** A mantissa a.d and a scale (1e6, 1e9, 1e12) as each language writes it. */
  const SCALES = [1e6, 1e9, 1e12] as const;
  const scaleWriters: Record<string, (a: number, d: number, scale: (typeof SCALES)[number]) => string> = {
    en: (a, d, scale) => `${a}.${d} ${{ 1e6: 'million', 1e9: 'billion', 1e12: 'trillion' }[scale]}`,
    de: (a, d, scale) => `${a},${d} ${{ 1e6: 'Mio.', 1e9: 'Milliarden', 1e12: 'Billionen' }[scale]}`,
    fr: (a, d, scale) => `${a},${d} ${{ 1e6: 'millions', 1e9: 'milliards', 1e12: 'billions' }[scale]}`,
    es: (a, d, scale) => (scale === 1e9 ? `${grouped(a * 1000 + d * 100, '.')} millones` : `${a},${d} ${scale === 1e6 ? 'millones' : 'billones'}`),
    zh: (a, d, scale) => (scale === 1e6 ? `${a * 100 + d * 10} 万` : scale === 1e9 ? `${a * 10 + d} 亿` : `${a}.${d} 万亿`),
    ja: (a, d, scale) => (scale === 1e6 ? `${a * 100 + d * 10}万` : scale === 1e9 ? `${a * 10 + d}億` : `${a}.${d}兆`),
  };
  const others = ['de', 'fr', 'es', 'zh', 'ja'];

  it('scale words and digits round-trip between English and every other language; a wrong scale is a finding', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom(0, 1, 2),
        fc.constantFrom(...others),
        (a, d, index, lang) => {
          const scale = SCALES[index]!;
          const english = `Revenue reached ${scaleWriters.en!(a, d, scale)}.`;
          const same = `${scaleWriters[lang]!(a, d, scale)}`;
          expect(findings(english, same, 'en', lang), `${english} = ${same}`).toBe(0);
          expect(findings(same, english, lang, 'en'), `${same} = ${english}`).toBe(0);
          const other = SCALES[(index + 1) % SCALES.length]!;
          const wrong = `${scaleWriters[lang]!(a, d, other)}`;
          expect(findings(english, wrong, 'en', lang), `${english} ≠ ${wrong}`).toBe(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  /** A clock time as each language writes it. */
  const clocks: Record<string, (h: number, m: number) => string> = {
    en: (h, m) => `at ${h}:${String(m).padStart(2, '0')}`,
    ja: (h, m) => `${h}時${m}分に`,
    zh: (h, m) => `${h} 点 ${m} 分`,
    fr: (h, m) => `à ${h} h ${String(m).padStart(2, '0')}`,
    de: (h, m) => `um ${h}.${String(m).padStart(2, '0')} Uhr`,
  };

  it('a clock time agrees across the ways languages write it; other minutes are a finding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 1, max: 58 }), fc.constantFrom('ja', 'zh', 'fr', 'de'), (h, m, lang) => {
        const english = `The train leaves ${clocks.en!(h, m)}.`;
        expect(findings(clocks[lang]!(h, m), english, lang, 'en'), `${clocks[lang]!(h, m)} = ${english}`).toBe(0);
        expect(findings(clocks[lang]!(h, m + 1), english, lang, 'en'), `${clocks[lang]!(h, m + 1)} ≠ ${english}`).toBe(1);
      }),
    );
  });

  const roman = (n: number) =>
    ([[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']] as const).reduce((out, [size, letters]) => {
      while (n >= size) {
        out += letters;
        n -= size;
      }
      return out;
    }, '');
  const englishOrdinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

  it('a century in Roman numerals (XIXe siècle, siglo XIX) is the ordinal century; another one is a finding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 21 }), fc.boolean(), (n, french) => {
        const source = french ? `Au ${roman(n)}e siècle, la ville a grandi.` : `En el siglo ${roman(n)} la ciudad creció.`;
        const lang = french ? 'fr' : 'es';
        expect(findings(source, `In the ${englishOrdinal(n)} century the city grew.`, lang, 'en')).toBe(0);
        expect(findings(source, `In the ${englishOrdinal(n - 1)} century the city grew.`, lang, 'en')).toBe(1);
      }),
    );
  });

  it('full-width digits read as the digits they are', () => {
    const wide = (text: string) => text.replace(/[0-9,.]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), fc.constantFrom('zh', 'ja'), (n, lang) => {
        const written = wide(grouped(n, ','));
        expect(findings(`参加者は${written}人。`, `There were ${grouped(n, ',')} participants.`, lang, 'en'), written).toBe(0);
      }),
    );
  });

  it('matching is symmetric: a faithful pair read the other way round gives no finding either', () => {
    for (const [sourceLang, targetLang, source, faithful] of PAIRS) {
      if (known(source, faithful)) continue;
      const there = matchQuantities(extractQuantities(source, sourceLang), extractQuantities(faithful, targetLang));
      const back = matchQuantities(extractQuantities(faithful, targetLang), extractQuantities(source, sourceLang));
      expect(back.mismatched.length + back.missingInTarget.length + back.missingInSource.length, `${faithful} → ${source}`).toBe(
        there.mismatched.length + there.missingInTarget.length + there.missingInSource.length,
      );
    }
  });
});
