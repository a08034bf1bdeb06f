import { describe, expect, it } from 'vitest';
import { findingsOf, pair } from './support/audit.js';

const check = (source: string, target: string, sourceLang: string, targetLang: string) =>
  findingsOf('number-format', [pair(source, target, sourceLang, targetLang)]);

describe('number-format', () => {
  describe('valid: no finding', () => {
    it.each([
      ['English amounts and percentages', '全球 GDP 超过 100 万亿美元,增长 45%。', 'Global GDP exceeds $100 trillion, up 45% year on year.', 'zh', 'en'],
      ['a currency prefix with its symbol', '融资 5000 万美元。', 'It raised US$50 million, or HK$390 million.', 'zh', 'en'],
      ['scale abbreviations glued to digits', 'Revenue was $25bn.', 'Der Umsatz lag bei 25 Mrd. $ (32M Nutzer).', 'en', 'de'],
      ['French percent with a narrow no-break space and French grouping', 'Prices rose 12% to 1,234.5 euros.', 'Les prix ont augmenté de 12\u202f% pour atteindre 1\u202f234,5 euros.', 'en', 'fr'],
      ['German decimals and grouping', 'The line cost 1,234.5 million euros.', 'Die Strecke kostete 1.234,5 Millionen Euro.', 'en', 'de'],
      ['an ambiguous single mark', 'It weighs 1,234 kg.', 'Es wiegt 1,234 kg.', 'en', 'de'],
      ['an IP address', 'Connect to 192.168.100.200.', 'Verbinden Sie sich mit 192.168.100.200.', 'en', 'de'],
      ['printf percent signs', 'Progress: %d%%', '进度:%d%%', 'en', 'zh'],
      ['balanced brackets and corner quotes', '他说「我们会继续投入」(见附录)。', 'He said "we will keep investing" (see the appendix).', 'zh', 'en'],
      ['German and French quotation marks', 'Click "Save".', 'Klicken Sie auf „Speichern“ oder »Sichern«.', 'en', 'de'],
      ['guillemets', 'Click "Save".', 'Cliquez sur « Enregistrer ».', 'en', 'fr'],
      ['a list label and mixed-width brackets', '1) 能源层;2) 基础设施层(芯片)', 'a) the energy layer; b) the infrastructure layer (chips)', 'zh', 'en'],
      ['a target unbalanced like its source', 'Step 1 (of 3', 'Schritt 1 (von 3', 'en', 'de'],
      ['single quotes turned into double quotes', "Please run `resize2fs %s", '请运行 "resize2fs %s', 'en', 'zh'],
      ['Chinese amounts without spaces', 'That is $50 trillion.', '这是 50万亿美元。', 'en', 'zh'],
      // Real (procps fr): a colour code before a printf format is no percentage.
      ['printf formats after a digit', '%s~3%#5.1f ~2us,~3%.1f ~2sy', '%s~3%#5.1f ~2ut,~3%.1f ~2sy', 'en', 'fr'],
      // Real (coreutils pt_BR): a language whose marks the bundled data does not give is not held to English ones.
      ['Portuguese grouping, which the bundled data does not describe', "'-BM' prints sizes in units of 1,048,576 bytes", '-BM emite tamanhos em unidades de 1.048.576 bytes', 'en', 'pt'],
      ['Korean amounts and a tight percent sign', 'Sales rose 12% to 1,234.5 billion won.', '매출은 12% 늘어 1,234.5억 원이 되었다.', 'en', 'ko'],
      ['Dutch grouping', 'The bridge cost €1,234,567.', 'De brug kostte € 1.234.567.', 'en', 'nl'],
      ['Italian decimals and grouping', 'The deal is worth €1,234.5 million.', "L'accordo vale 1.234,5 milioni di euro.", 'en', 'it'],
      ['Spanish percent signs, spaced or not (usage varies)', 'Prices rose 3.2% and wages 4%.', 'Los precios subieron un 3,2 % y los salarios un 4%.', 'en', 'es'],
      ['a French time glued to its h', 'Doors open at 2:30 p.m.', 'Ouverture des portes à 14h30.', 'en', 'fr'],
    ])('%s', async (_name, source, target, sourceLang, targetLang) => {
      expect(await check(source, target, sourceLang, targetLang)).toEqual([]);
    });
  });

  describe('invalid: flagged', () => {
    it.each([
      ['an amount glued to a word', '抓住 50 万亿级机遇。', 'Capturing this$50 trillion opportunity requires investment.', 'zh', 'en', 'glued', 'warning', 'this$50'],
      ['a scale word glued to its number', '市场规模达 50 万亿美元。', 'The market is worth $50trillion.', 'zh', 'en', 'glued', 'warning', '50trillion'],
      ['a spaced percent sign in English', '同比增长 45%。', 'Up 45 % year on year.', 'zh', 'en', 'percent', 'info', '45 %'],
      ['a tight percent sign in French', 'Prices rose 12%.', 'Les prix ont augmenté de 12%.', 'en', 'fr', 'percent', 'info', '12%'],
      ['English separators in a German target', 'The line cost 1,234.5 million euros.', 'Die Strecke kostete 1,234.5 Millionen Euro.', 'en', 'de', 'separators', 'warning', '1,234.5'],
      ['German separators in an English target', '该项目耗资 1.234.567 欧元。', 'The project cost 1.234.567 euros.', 'zh', 'en', 'separators', 'warning', '1.234.567'],
      ['a spaced percent sign in Korean', 'Exports rose 5.2%.', '수출은 5.2 % 증가했다.', 'en', 'ko', 'percent', 'info', '5.2 %'],
      ['German separators in a Korean target', 'The project cost 1,234,567 euros.', '사업비는 1.234.567 유로였다.', 'en', 'ko', 'separators', 'warning', '1.234.567'],
      ['English separators in an Italian target', 'The deal is worth €1,234.5 million.', "L'accordo vale 1,234.5 milioni di euro.", 'en', 'it', 'separators', 'warning', '1,234.5'],
      ['a bracket lost in the target', 'Linux root (PPC64LE)', 'Racine Linux (PPC64LE', 'en', 'fr', 'brackets', 'info', 'acine Linux (PPC64LE'],
      ['quotes that do not pair up', 'Are you sure you want to move "%B" to the trash?', 'Möchten Sie %B« wirklich in den Papierkorb verschieben?', 'en', 'de', 'brackets', 'info', 'chten Sie %B« wirklich in'],
    ])('%s', async (_name, source, target, sourceLang, targetLang, kind, severity, text) => {
      const findings = await check(source, target, sourceLang, targetLang);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ severity, details: { text } });
      // About the target, located at the pair: its source line too, where the unit starts.
      expect(findings[0]!.source).toMatchObject({ line: 1 });
      expect(findings[0]!.target).toMatchObject({ line: 1 });
      expect(findings[0]!.message).toContain(kind === 'brackets' ? 'unbalanced' : text);
    });
  });

  it('reports every issue of a target, in order', async () => {
    const findings = await check('增长 45%,投资 50 万亿美元。', 'Up 45 %, with this$50 trillion invested.', 'zh', 'en');
    expect(findings.map((finding) => finding.details.text)).toEqual(['45 %', 'this$50']);
  });
});
