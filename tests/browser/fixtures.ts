// Inputs for the HTML report tests: a generated report of any size, and an article whose
// every segment tries to run script or load something.
import type { Summary } from '../../src/audit.js';
import type { Finding } from '../../src/model.js';
import type { DocumentItem, Report } from '../../src/report/report.js';

const INPUT = 'generated/corpus.txt';
const SOURCE = '东海海上风电项目位于距离海岸约 30 公里的海域,共安装 120 台风机,总装机容量为 1.8 吉瓦。';
const TARGET = 'The East Sea offshore wind project lies about 30 kilometres off the coast and has 120 turbines with a total capacity of 1.8 gigawatts.';

/** Every this many pairs: a new section, a length anomaly, a numeric drift, an unpaired block. */
const EVERY = { section: 50, anomaly: 97, drift: 211, unpaired: 500 };

/**
 * A report as the engine would give the html formatter, with `pairs` pairs and findings
 * scattered through them, built directly so that its size and timing depend on the
 * formatter alone.
 */
export function generatedReport(pairs: number): Report {
  const document: DocumentItem[] = [];
  const findings: Finding[] = [];
  let line = 1;
  for (let index = 1; index <= pairs; index++) {
    const section = `第 ${Math.ceil(index / EVERY.section)} 节`;
    const id = `p${index}`;
    const anomaly = index % EVERY.anomaly === 0;
    const source = { line, text: `${index}. ${SOURCE.repeat(1 + (index % 4))}` };
    const target = { line: line + 2, text: `${index}. ${(anomaly ? TARGET.slice(0, 40) : TARGET.repeat(1 + (index % 4))).replace('120', index % EVERY.drift === 0 ? '210' : '120')}` };
    document.push({ kind: 'pair', id, input: INPUT, section, sourceLang: 'zh', targetLang: 'en', source, target });
    const at = { input: INPUT, pairId: id, section, source: { line: source.line, excerpt: source.text.slice(0, 40) }, target: { line: target.line, excerpt: target.text.slice(0, 40) } };
    if (anomaly) {
      findings.push({ ...at, ruleId: 'length-anomaly', severity: 'warning', message: 'length ratio 0.4 where 2.9 is expected', details: { ratio: 0.4, expectedRatio: 2.9, score: -5 } });
    }
    if (index % EVERY.drift === 0) {
      const mismatch = { source: { text: '120 台', value: 120 }, target: { text: '210 turbines', value: 210 } };
      findings.push({ ...at, ruleId: 'numeric-drift', severity: 'error', message: 'source says 120 台, target says 210 turbines', details: { missingInTarget: [], missingInSource: [], mismatched: [mismatch] } });
    }
    line += 4;
    if (index % EVERY.unpaired === 0) {
      document.push({ kind: 'unpaired', input: INPUT, section, side: 'source', lang: 'zh', line, text: SOURCE });
      findings.push({ ruleId: 'unpaired-segment', severity: 'info', message: `zh text at line ${line} has no translation`, input: INPUT, pairId: null, section, source: { line, excerpt: SOURCE }, details: { side: 'source', chars: SOURCE.length } });
      line += 2;
    }
  }
  return {
    schemaVersion: 1,
    tool: { name: 'bitext-audit', version: '0.0.0-test' },
    inputs: [{ path: INPUT, format: 'article', sourceLang: 'zh', targetLang: 'en' }],
    summary: summaryOf(pairs, findings),
    findings,
    document,
  };
}

function summaryOf(pairs: number, findings: readonly Finding[]): Summary {
  const summary: Summary = { pairs, findings: { error: 0, warning: 0, info: 0 }, byRule: {}, coverage: { sourceChars: 0, pairedSourceChars: 0, ratio: 0.98 } };
  for (const finding of findings) {
    summary.findings[finding.severity]++;
    summary.byRule[finding.ruleId] = (summary.byRule[finding.ruleId] ?? 0) + 1;
  }
  return summary;
}

/** Payloads a segment may hold; the page must show each literally and run or load none. */
export const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '[x](javascript:window.__pwned=1)',
  '</textarea><svg onload="window.__pwned=1">',
  '<a href="javascript:window.__pwned=1">click</a>',
  '<img src="https://example.invalid/pixel.png">',
  '<link rel="stylesheet" href="https://example.invalid/x.css">',
  '</style></script><!-- "quotes" \'single\' & ampersands',
] as const;

/** A bilingual article (zh then en paragraphs under headings) with the payloads everywhere, and an unpaired block. */
export function hostileArticle(): string {
  return [
    `# 恶意输入测试 ${HOSTILE[0]}`,
    '',
    `第一段包含脚本 ${HOSTILE[0]},还有图片 ${HOSTILE[1]},以及正常的文字,一共有 3 个问题需要检查。`,
    '',
    `The first paragraph holds a script ${HOSTILE[0]}, an image ${HOSTILE[1]} and ordinary text, 3 problems to check in all.`,
    '',
    `## 链接 ${HOSTILE[2]}`,
    '',
    `第二段有一个链接 ${HOSTILE[2]} 和 ${HOSTILE[3]} 还有 ${HOSTILE[4]},并且引用了 ${HOSTILE[5]}。`,
    '',
    `The second paragraph has a link ${HOSTILE[2]} and ${HOSTILE[3]} and ${HOSTILE[4]}, and refers to ${HOSTILE[5]}.`,
    '',
    `## 没有翻译的段落 ${HOSTILE[6]}`,
    '',
    `这一段没有翻译,它包含 ${HOSTILE[6]} 和 ${HOSTILE[7]},用来检查未配对的文字也被正确转义。`,
    '',
  ].join('\n');
}
