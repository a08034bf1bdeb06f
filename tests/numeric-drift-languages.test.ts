import { describe, expect, it } from 'vitest';
import { checkDrift, driftOf, linePair, type Drift } from './support/numeric-drift.js';

const check = (source: string, target: string, sourceLang: string, targetLang: string) => checkDrift(linePair(source, target, sourceLang, targetLang));


/** Per language pair: faithful translations (no finding) and drifted ones (the finding expected). */
const suites: { name: string; sourceLang: string; targetLang: string; faithful: [string, string][]; drifted: [string, string, Drift][] }[] = [
  {
    name: 'ja → en',
    sourceLang: 'ja',
    targetLang: 'en',
    faithful: [
      ['売上高は前年比 8.5% 増の 1兆2,340億円となった。', 'Revenue rose 8.5% year on year to ¥1.234 trillion.'],
      ['従業員数は約 3万2千人。', 'The company has about 32,000 employees.'],
      ['新制度は 2025年4月1日に施行される。', 'The new system takes effect on April 1, 2025.'],
      ['第3四半期の営業利益は 450 億円だった。', 'Third-quarter operating profit was ¥45 billion.'],
      ['人口は約 1億2千万人。', 'The population is about 120 million.'],
      ['市場シェアは 2 ポイント上昇して 24% になった。', 'Market share rose 2 percentage points to 24%.'],
      ['3割の企業が賃上げを見送った。', '30% of companies held off on pay rises.'],
      ['新工場には 500 億円を投資する。', 'It will invest ¥50 billion in the new plant.'],
      ['過去 10 年間で売上は 2 倍になった。', 'Sales have doubled over the past 10 years.'],
      ['会議は 6 月 18 日にパリで開かれる。', 'The meeting will be held in Paris on June 18.'],
      ['全体の 3 分の 1 が海外向けだ。', 'One third of the total goes overseas.'],
      ['数千億円規模の投資が必要だ。', 'Investment worth hundreds of billions of yen is needed.'],
      ['令和7年度の予算は 115 兆円。', 'The budget for fiscal 2025 is ¥115 trillion.'],
      ['東京から大阪まで約 500 キロメートル。', 'Osaka is about 500 km from Tokyo.'],
      ['応募者は 1,200 人を超えた。', 'More than 1,200 people applied.'],
      ['利益率は 12.5% に改善した。', 'The profit margin improved to 12.5%.'],
    ],
    drifted: [
      ['売上高は 8.5% 増加した。', 'Revenue rose 5.8%.', { kind: 'mismatch', mismatched: [['8.5%', '5.8%']] }],
      ['従業員数は約 3万2千人。', 'The company has about 3,200 employees.', { kind: 'mismatch', mismatched: [['3万2千', '3,200']] }],
      ['新制度は 2025年4月1日に施行される。', 'The new system takes effect on April 10, 2025.', { kind: 'mismatch', mismatched: [['2025年4月1日', 'April 10, 2025']] }],
      ['第3四半期の営業利益は 450 億円。', 'Second-quarter operating profit was ¥45 billion.', { kind: 'mismatch', mismatched: [['第3四半期', 'Second-quarter']] }],
      ['人口は約 1億2千万人。', 'The population is about 12 million.', { kind: 'mismatch', mismatched: [['1億2千万', '12 million']] }],
      ['新工場には 500 億円を投資する。', 'It will invest $50 billion in the new plant.', { kind: 'mismatch', mismatched: [['500 億円', '$50 billion']] }],
      ['3割の企業が賃上げを見送った。', '13% of companies held off on pay rises.', { kind: 'mismatch', mismatched: [['3割', '13%']] }],
      ['全体の 3 分の 1 が海外向けだ。', 'A quarter of the total goes overseas.', { kind: 'mismatch', mismatched: [['3 分の 1', 'A quarter']] }],
      ['市場シェアは 2 ポイント上昇した。', 'Market share rose 2%.', { kind: 'mismatch', mismatched: [['2 ポイント', '2%']] }],
      ['会議は 6 月 18 日に開かれる。', 'The meeting will be held on June 8.', { kind: 'mismatch', mismatched: [['6 月 18 日', 'June 8']] }],
      ['過去 10 年間で売上は 2 倍になった。', 'Sales have tripled over the past 10 years.', { kind: 'mismatch', mismatched: [['2 倍', 'tripled']] }],
      ['応募者は 1,200 人を超え、倍率は 4 倍だった。', 'More than 1,200 people applied.', { kind: 'missing', missingInTarget: ['4 倍'] }],
      ['利益率は 12.5% に改善した。', 'The profit margin improved to 12.5%, from 9% a year earlier.', { kind: 'missing', missingInSource: ['9%'] }],
      ['新工場には 500 億円を投資する。', 'It will invest ¥500 billion in the new plant.', { kind: 'mismatch', mismatched: [['500 億円', '¥500 billion']] }],
      ['数千億円規模の投資が必要だ。', 'Investment worth billions of yen is needed.', { kind: 'mismatch', mismatched: [['数千億円', 'billions of yen']] }],
      ['東京から大阪まで約 500 キロメートル。', 'Osaka is about 500 miles from Tokyo.', { kind: 'mismatch', mismatched: [['500 キロメートル', '500 miles']] }],
    ],
  },
  {
    name: 'de → en',
    sourceLang: 'de',
    targetLang: 'en',
    faithful: [
      ['Der Umsatz stieg um 8,5 % auf 12,3 Milliarden Euro.', 'Revenue rose 8.5% to €12.3 billion.'],
      ['Das Unternehmen beschäftigt rund 45.000 Mitarbeiter.', 'The company employs around 45,000 people.'],
      ['Die Anlage kostet 1,2 Mrd. Euro und soll 2027 in Betrieb gehen.', 'The plant costs €1.2 billion and is due to start operating in 2027.'],
      ['Am 18. Juni 2026 findet die Konferenz statt.', 'The conference takes place on June 18, 2026.'],
      ['Im dritten Quartal sank der Gewinn um 3 Prozent.', 'Profit fell 3% in the third quarter.'],
      ['Der Marktanteil stieg um 2 Prozentpunkte auf 21 Prozent.', 'Market share rose 2 percentage points to 21%.'],
      ['Zwei Drittel der Befragten sind zufrieden.', 'Two-thirds of respondents are satisfied.'],
      ['Die Strecke ist 350 Kilometer lang.', 'The route is 350 km long.'],
      ['Die Zahl der Nutzer hat sich verdoppelt.', 'The number of users has doubled.'],
      ['Zwischen 2020 und 2024 wuchs der Export um 40 %.', 'Between 2020 and 2024, exports grew by 40%.'],
      ['Mehrere Millionen Haushalte sind betroffen.', 'Several million households are affected.'],
      ['Die Firma hat dreiundzwanzig Standorte.', 'The firm has twenty-three sites.'],
      ['Das Budget beträgt 3,5 Millionen Euro.', 'The budget is €3.5 million.'],
      ['Die Inflation lag im Mai bei 2,4 %.', 'Inflation was 2.4% in May.'],
      ['Rund die Hälfte der Energie stammt aus erneuerbaren Quellen.', 'About half of the energy comes from renewables.'],
      ['Die Bauzeit beträgt vier Jahre.', 'Construction takes four years.'],
    ],
    drifted: [
      ['Der Umsatz stieg auf 12,3 Milliarden Euro.', 'Revenue rose to €12.3 trillion.', { kind: 'mismatch', mismatched: [['12,3 Milliarden Euro', '€12.3 trillion']] }],
      ['Die Schulden betragen 2,5 Billionen Euro.', 'Debt stands at €2.5 billion.', { kind: 'mismatch', mismatched: [['2,5 Billionen Euro', '€2.5 billion']] }],
      ['Das Unternehmen beschäftigt rund 45.000 Mitarbeiter.', 'The company employs around 4,500 people.', { kind: 'mismatch', mismatched: [['45.000', '4,500']] }],
      ['Die Anlage soll 2027 in Betrieb gehen.', 'The plant is due to start operating in 2029.', { kind: 'mismatch', mismatched: [['2027', '2029']] }],
      ['Am 18. Juni 2026 findet die Konferenz statt.', 'The conference takes place on July 18, 2026.', { kind: 'mismatch', mismatched: [['18. Juni 2026', 'July 18, 2026']] }],
      ['Im dritten Quartal sank der Gewinn um 3 Prozent.', 'Profit fell 3% in the fourth quarter.', { kind: 'mismatch', mismatched: [['dritten Quartal', 'fourth quarter']] }],
      ['Der Marktanteil stieg um 2 Prozentpunkte.', 'Market share rose 2%.', { kind: 'mismatch', mismatched: [['2 Prozentpunkte', '2%']] }],
      ['Zwei Drittel der Befragten sind zufrieden.', 'Three quarters of respondents are satisfied.', { kind: 'mismatch', mismatched: [['Zwei Drittel', 'Three quarters']] }],
      ['Die Strecke ist 350 Kilometer lang.', 'The route is 350 miles long.', { kind: 'mismatch', mismatched: [['350 Kilometer', '350 miles']] }],
      ['Die Zahl der Nutzer hat sich verdoppelt.', 'The number of users has tripled.', { kind: 'mismatch', mismatched: [['verdoppelt', 'tripled']] }],
      ['Das Budget beträgt 3,5 Millionen Euro.', 'The budget is €35 million.', { kind: 'mismatch', mismatched: [['3,5 Millionen Euro', '€35 million']] }],
      ['Die Firma hat dreiundzwanzig Standorte.', 'The firm has thirty-two sites.', { kind: 'mismatch', mismatched: [['dreiundzwanzig', 'thirty-two']] }],
      ['Die Inflation lag im Mai bei 2,4 %.', 'Inflation was 2.4%.', { kind: 'missing', missingInTarget: ['Mai'] }],
      ['Der Konzern investiert 5 Milliarden Euro in 12 Werke.', 'The group is investing €5 billion.', { kind: 'missing', missingInTarget: ['12'] }],
      ['Die Bauzeit beträgt vier Jahre.', 'Construction takes four years and costs €800 million.', { kind: 'missing', missingInSource: ['€800 million'] }],
      ['Mehrere Millionen Haushalte sind betroffen.', 'Several thousand households are affected.', { kind: 'mismatch', mismatched: [['Mehrere Millionen', 'Several thousand']] }],
    ],
  },
  {
    name: 'fr → en',
    sourceLang: 'fr',
    targetLang: 'en',
    faithful: [
      ["Le chiffre d'affaires a progressé de 8,5 % à 12,3 milliards d'euros.", 'Revenue rose 8.5% to €12.3 billion.'],
      ["L'entreprise emploie environ 45 000 salariés.", 'The company employs about 45,000 people.'],
      ["L'usine coûtera 1,2 milliard d'euros et ouvrira en 2027.", 'The plant will cost €1.2 billion and open in 2027.'],
      ['La conférence aura lieu le 18 juin 2026.', 'The conference will take place on June 18, 2026.'],
      ['Au troisième trimestre, le bénéfice a reculé de 3 %.', 'Profit fell 3% in the third quarter.'],
      ['La part de marché a gagné 2 points de pourcentage.', 'Market share gained 2 percentage points.'],
      ['Les deux tiers des personnes interrogées sont satisfaites.', 'Two-thirds of respondents are satisfied.'],
      ['Le trajet fait 350 kilomètres.', 'The route is 350 km.'],
      ["Le nombre d'utilisateurs a doublé.", 'The number of users has doubled.'],
      ['Entre 2020 et 2024, les exportations ont augmenté de 40 %.', 'Between 2020 and 2024, exports rose 40%.'],
      ['Des millions de foyers sont concernés.', 'Millions of households are affected.'],
      ['La société compte quatre-vingt-dix-sept sites.', 'The company has ninety-seven sites.'],
      ["Le budget s'élève à 3,5 millions d'euros.", 'The budget is €3.5 million.'],
      ["L'inflation était de 2,4 % en mai.", 'Inflation was 2.4% in May.'],
      ["Près de la moitié de l'énergie provient de sources renouvelables.", 'Nearly half of the energy comes from renewables.'],
      ['Les travaux dureront quatre ans.', 'Construction will take four years.'],
    ],
    drifted: [
      ["Le chiffre d'affaires a atteint 12,3 milliards d'euros.", 'Revenue reached €12.3 trillion.', { kind: 'mismatch', mismatched: [["12,3 milliards d'euros", '€12.3 trillion']] }],
      ["La dette atteint 2,5 billions d'euros.", 'Debt stands at €2.5 billion.', { kind: 'mismatch', mismatched: [["2,5 billions d'euros", '€2.5 billion']] }],
      ["L'entreprise emploie environ 45 000 salariés.", 'The company employs about 4,500 people.', { kind: 'mismatch', mismatched: [['45 000', '4,500']] }],
      ["L'usine ouvrira en 2027.", 'The plant will open in 2028.', { kind: 'mismatch', mismatched: [['2027', '2028']] }],
      ['La conférence aura lieu le 18 juin 2026.', 'The conference will take place on June 28, 2026.', { kind: 'mismatch', mismatched: [['18 juin 2026', 'June 28, 2026']] }],
      ['Au troisième trimestre, le bénéfice a reculé.', 'Profit fell in the second quarter.', { kind: 'mismatch', mismatched: [['troisième trimestre', 'second quarter']] }],
      ['La part de marché a gagné 2 points de pourcentage.', 'Market share gained 2%.', { kind: 'mismatch', mismatched: [['2 points de pourcentage', '2%']] }],
      ['Les deux tiers des personnes interrogées sont satisfaites.', 'Half of respondents are satisfied.', { kind: 'mismatch', mismatched: [['deux tiers', 'Half']] }],
      ['Le trajet fait 350 kilomètres.', 'The route is 350 miles.', { kind: 'mismatch', mismatched: [['350 kilomètres', '350 miles']] }],
      ["Le nombre d'utilisateurs a doublé.", 'The number of users has tripled.', { kind: 'mismatch', mismatched: [['doublé', 'tripled']] }],
      ["Le budget s'élève à 3,5 millions d'euros.", 'The budget is €35 million.', { kind: 'mismatch', mismatched: [["3,5 millions d'euros", '€35 million']] }],
      ['La société compte quatre-vingt-dix-sept sites.', 'The company has seventy-nine sites.', { kind: 'mismatch', mismatched: [['quatre-vingt-dix-sept', 'seventy-nine']] }],
      ["L'inflation était de 2,4 % en mai.", 'Inflation was 2.4%.', { kind: 'missing', missingInTarget: ['mai'] }],
      ["Le groupe investit 5 milliards d'euros dans 12 usines.", 'The group is investing €5 billion.', { kind: 'missing', missingInTarget: ['12'] }],
      ['Les travaux dureront quatre ans.', 'Construction will take four years and cost €800 million.', { kind: 'missing', missingInSource: ['€800 million'] }],
      ['Des millions de foyers sont concernés.', 'Thousands of households are affected.', { kind: 'mismatch', mismatched: [['millions', 'Thousands']] }],
    ],
  },
  {
    name: 'es → en',
    sourceLang: 'es',
    targetLang: 'en',
    faithful: [
      ['La inversión asciende a 2.500 millones de dólares.', 'The investment amounts to $2.5 billion.'],
      ['El proyecto costará 3 mil millones de euros.', 'The project will cost €3 billion.'],
      ['La cumbre se celebrará el 18 de junio de 2026.', 'The summit will be held on June 18, 2026.'],
      ['En el tercer trimestre, las ventas crecieron un 4,5 %.', 'Sales grew 4.5% in the third quarter.'],
      ['La empresa tiene ciento veinte mil clientes.', 'The company has 120,000 customers.'],
      ['Miles de millones de personas usan internet.', 'Billions of people use the internet.'],
    ],
    drifted: [
      ['La deuda alcanza 2 billones de euros.', 'Debt reaches €2 billion.', { kind: 'mismatch', mismatched: [['2 billones de euros', '€2 billion']] }],
      ['La inversión asciende a 2.500 millones de dólares.', 'The investment amounts to $2.5 million.', { kind: 'mismatch', mismatched: [['2.500 millones de dólares', '$2.5 million']] }],
      ['La cumbre se celebrará el 18 de junio de 2026.', 'The summit will be held on June 18, 2027.', { kind: 'mismatch', mismatched: [['18 de junio de 2026', 'June 18, 2027']] }],
      ['En el tercer trimestre, las ventas crecieron un 4,5 %.', 'Sales grew 5.4% in the third quarter.', { kind: 'mismatch', mismatched: [['4,5 %', '5.4%']] }],
      ['Entre 5 y 10 empresas participan.', 'Between 5 and 12 companies take part.', { kind: 'mismatch', mismatched: [['5 y 10', '5 and 12']] }],
      ['Las ventas se duplicaron en 2024.', 'Sales tripled in 2024.', { kind: 'mismatch', mismatched: [['duplicaron', 'tripled']] }],
    ],
  },
];

for (const suite of suites) {
  describe(`numeric-drift: ${suite.name}`, () => {
    it.each(suite.faithful)('no finding: %s', (source, target) => {
      expect(driftOf(check(source, target, suite.sourceLang, suite.targetLang))).toBeUndefined();
    });
    it.each(suite.drifted)('finding: %s / %s', (source, target, expected) => {
      expect(driftOf(check(source, target, suite.sourceLang, suite.targetLang))).toEqual(expected);
    });
  });
}

describe('numeric-drift: the other direction (en → de, en → fr, en → ja)', () => {
  it.each([
    ['Revenue rose 8.5% to €12.3 billion.', 'Der Umsatz stieg um 8,5 % auf 12,3 Milliarden Euro.', 'de'],
    ['The conference takes place on June 18, 2026.', 'Die Konferenz findet am 18. Juni 2026 statt.', 'de'],
    ['The plant will cost €1.2 billion.', "L'usine coûtera 1,2 milliard d'euros.", 'fr'],
    ['About 120 million people live there.', '約 1億2千万人が住んでいる。', 'ja'],
  ])('no finding: %s', (source, target, targetLang) => {
    expect(check(source, target, 'en', targetLang)).toEqual([]);
  });

  it.each([
    ['Debt stands at €2.5 billion.', 'Die Schulden betragen 2,5 Billionen Euro.', 'de', [['€2.5 billion', '2,5 Billionen Euro']]],
    ['Debt stands at €2.5 billion.', "La dette atteint 2,5 billions d'euros.", 'fr', [['€2.5 billion', "2,5 billions d'euros"]]],
    ['About 120 million people live there.', '約 1億2千人が住んでいる。', 'ja', [['120 million', '1億2千']]],
  ])('finding: %s / %s', (source, target, targetLang, mismatched) => {
    expect(driftOf(check(source, target, 'en', targetLang))).toEqual({ kind: 'mismatch', mismatched });
  });
});
