// The html report without a browser: escaping, the Content-Security-Policy, structure, marks.
// What only a browser can tell (no script runs, filters, keyboard) is in tests/browser/.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/model.js';
import { attachFindings } from '../src/report/html/attach.js';
import { lengthSeries } from '../src/report/html/chart.js';
import { CLIENT_SCRIPT } from '../src/report/html/client-script.js';
import { foldQuietRuns } from '../src/report/html/fold.js';
import { FORMATTERS } from '../src/report/index.js';
import type { DocumentItem, FormatContext, Report } from '../src/report/report.js';
import { generatedReport, HOSTILE } from './browser/fixtures.js';

const CONTEXT: FormatContext = { rules: [], failOn: 'error', color: false };
const INPUT = 'docs/interview.md';

function render(report: Report): string {
  return FORMATTERS.get('html')!.render(report, CONTEXT);
}

const pair = (id: string, section: string, line: number, source: string, target: string): DocumentItem => ({
  kind: 'pair', id, input: INPUT, section, sourceLang: 'zh', targetLang: 'en', source: { line, text: source }, target: { line: line + 2, text: target },
});

const finding = (ruleId: string, severity: Finding['severity'], pairId: string | null, line: number, details: Record<string, unknown>, message = `${ruleId} message`): Finding => ({
  ruleId, severity, message, input: INPUT, pairId, source: { line, excerpt: '' }, details,
});

/** A small interview: an unpaired introduction, three pairs in two sections, an untranslated closing line. */
function interview(): Report {
  const document: DocumentItem[] = [
    { kind: 'unpaired', input: INPUT, section: '开场', side: 'source', lang: 'zh', line: 3, text: '编辑:米奇 来源:财经会议圈' },
    pair('p1', '开场', 5, '累计投入超 3800 亿元人民币(折合 530 亿美元)。整个产业链分为四层:第一层是能源层;第二层是基础设施层;第三层是模型层;第四层是应用层。',
      'Alibaba committed over RMB 380 billion ($35 billion). The stack has four layers: energy; infrastructure.'),
    pair('p2', '四层战略', 9, '全球下载量突破 10 亿次。', 'Global downloads exceed 10 billion.'),
    pair('p3', '四层战略', 13, '开源生态就是企业的安全备份。', 'Open-source ecosystems act as a safety backup.'),
    { kind: 'unpaired', input: INPUT, section: '四层战略', side: 'target', lang: 'en', line: 17, text: 'Thank you.' },
  ];
  const findings = [
    finding('unpaired-segment', 'info', null, 3, { side: 'source', chars: 12 }, 'zh text at line 3 has no translation'),
    finding('numeric-drift', 'error', 'p1', 5, { missingInTarget: [], missingInSource: [], mismatched: [{ source: { text: '530 亿美元', value: 53e9 }, target: { text: '$35 billion', value: 35e9 } }] }),
    finding('missing-list-items', 'error', 'p1', 5, { sourceItems: 4, targetItems: 2, missing: [{ index: 3, text: '第三层是模型层', side: 'target' }, { index: 4, text: '第四层是应用层', side: 'target' }] }),
    finding('length-anomaly', 'warning', 'p1', 5, { ratio: 1.1, expectedRatio: 3.2, score: -4 }),
    finding('numeric-drift', 'error', 'p2', 9, { missingInTarget: [], missingInSource: [], mismatched: [{ source: { text: '10 亿', value: 1e9 }, target: { text: '10 billion', value: 1e10 } }] }),
    { ...finding('unpaired-segment', 'info', null, 17, { side: 'target', chars: 10 }), source: undefined, target: { line: 17, excerpt: 'Thank you.' } },
  ];
  return {
    schemaVersion: 1,
    tool: { name: 'bitext-audit', version: '0.1.0' },
    inputs: [{ path: INPUT, format: 'article', sourceLang: 'zh', targetLang: 'en' }],
    summary: { pairs: 3, findings: { error: 3, warning: 1, info: 2 }, byRule: { 'numeric-drift': 2, 'missing-list-items': 1, 'length-anomaly': 1, 'unpaired-segment': 2 }, coverage: { sourceChars: 120, pairedSourceChars: 108, ratio: 0.9 } },
    findings,
    document,
  };
}

/** The items and headings of the page in order, as one line each: the page's outline. */
function outline(html: string): string[] {
  const entries = html.matchAll(/<h3 class="section-title">([^<]*)<\/h3>|<article class="([^"]*)" id="[^"]*"[^>]*>(?:<p class="item-head">(?:<span class="pair-id">([^<]*)<\/span>|<span class="unpaired-badge">([^<]*)<\/span>))?|<details class="fold"><summary>([^<]*)/g);
  return [...entries].map(([, heading, classes, pairId, unpaired, fold]) =>
    heading !== undefined ? `## ${heading}` : fold !== undefined ? `[fold] ${fold.trim()}` : `${classes} ${pairId ?? unpaired}`,
  );
}

describe('html report structure', () => {
  it('shows every item in document order, sections as headings, unpaired blocks marked', () => {
    expect(outline(render(interview()))).toEqual([
      '## 开场',
      'item unpaired flagged unpaired source',
      'item pair flagged p1',
      '## 四层战略',
      'item pair flagged p2',
      'item pair p3',
      'item unpaired flagged unpaired target',
    ]);
  });

  it('gives an unpaired block an empty, labelled other side', () => {
    const html = render(interview());
    expect(html).toMatch(/<div class="side source" lang="zh">编辑:米奇 来源:财经会议圈<\/div><div class="side absent target"><span>no translation<\/span><\/div>/);
    expect(html).toMatch(/<div class="side absent source"><span>no source text<\/span><\/div><div class="side target" lang="en">Thank you.<\/div>/);
  });

  it('attaches findings to their pair, unpaired findings to their block, the rest to the input', () => {
    const report = interview();
    report.findings.push(finding('inconsistency', 'warning', 'p99', 40, {}, 'a finding about a pair the document does not have'));
    const { items, loose } = attachFindings(report.document!, report.findings, [INPUT]);
    expect(items.map((view) => view.findings.map((found) => found.ruleId))).toEqual([
      ['unpaired-segment'],
      ['numeric-drift', 'missing-list-items', 'length-anomaly'],
      ['numeric-drift'],
      [],
      ['unpaired-segment'],
    ]);
    expect(loose.map((found) => found.pairId)).toEqual(['p99']);
    expect(render(report)).toContain('Findings not tied to one pair');
  });

  it('keeps inputs apart: the same pair id in two inputs gets each its own findings and anchor', () => {
    const report = interview();
    const other = 'docs/other.md';
    report.inputs.push({ path: other, format: 'article', sourceLang: 'zh', targetLang: 'en' });
    report.document!.push({ ...(report.document![1] as Extract<DocumentItem, { kind: 'pair' }>), input: other, section: '另一篇' });
    report.findings.push({ ...finding('untranslated', 'warning', 'p1', 5, {}), input: other });
    const { items } = attachFindings(report.document!, report.findings, [INPUT, other]);
    expect(items.map((view) => [view.inputIndex, view.findings.length])).toEqual([[0, 1], [0, 3], [0, 1], [0, 0], [0, 1], [1, 1]]);
    const html = render(report);
    expect(new Set(html.match(/id="item-\d+"/g)).size).toBe(6);
    expect(html.indexOf('<h2 id="input-2" class="input-title">docs/other.md</h2>')).toBeLessThan(html.indexOf('untranslated message'));
  });

  it('renders every finding exactly once, with a note per finding', () => {
    const report = interview();
    expect(render(report).match(/<li class="finding"/g)).toHaveLength(report.findings.length);
  });

  it('counts findings by rule and severity, and shows coverage', () => {
    const html = render(interview());
    expect(html).toMatch(/<tr><th scope="row"><code>numeric-drift<\/code><\/th><td class="num error">2<\/td>/);
    expect(html).toContain('<strong>90%</strong> of the source text has a translation');
  });

  it('names the input, its format and languages', () => {
    expect(render(interview())).toContain('article · Chinese (zh) → English (en) · 3 pairs');
  });

  it('still renders findings when the report has no document', () => {
    const report = interview();
    delete report.document;
    expect(render(report).match(/<li class="finding"/g)).toHaveLength(report.findings.length);
  });
});

/** The rendered article of one pair. */
function articleOf(html: string, pairId: string): string {
  const start = html.indexOf(`<span class="pair-id">${pairId}</span>`);
  return html.slice(start, html.indexOf('</article>', start));
}

describe('html report marks', () => {
  const html = render(interview());
  const article = (pairId: string) => articleOf(html, pairId);

  it('marks drifted quantities on both sides', () => {
    expect(article('p1')).toMatch(/<mark class="mark quantity-drifted" data-rule="numeric-drift" data-severity="error" title="the target says \$35 billion">530 亿美元<\/mark>/);
    expect(article('p1')).toMatch(/<mark class="mark quantity-drifted"[^>]*title="the source says 530 亿美元">\$35 billion<\/mark>/);
    expect(article('p2')).toMatch(/>10 亿<\/mark>/);
    expect(article('p2')).toMatch(/>10 billion<\/mark>/);
  });

  it('marks matched quantities quietly, with no finding to filter them by', () => {
    expect(article('p1')).toMatch(/<mark class="mark quantity-matched" title="matches RMB 380 billion in the target">3800 亿元人民币<\/mark>/);
    expect(article('p1')).toMatch(/<mark class="mark quantity-matched" title="matches 3800 亿元人民币 in the source">RMB 380 billion<\/mark>/);
  });

  it('shows what differs between drifted quantities', () => {
    expect(article('p2')).toContain('<span class="diff-side" lang="zh">10 <del>亿</del></span>');
    expect(article('p2')).toContain('<span class="diff-side" lang="en">10 <ins>billion</ins></span>');
  });

  it('marks the missing list items in the source', () => {
    const source = article('p1').match(/<div class="side source"[^]*?<div class="side target"/)![0];
    expect(source).toMatch(/<mark class="mark list-missing" data-rule="missing-list-items"[^>]*title="list item 3 has no counterpart in the target">第三层是模型层<\/mark>/);
    expect(source).toMatch(/<mark class="mark list-missing"[^>]*>第四层是应用层<\/mark>/);
  });

  it('finds quoted text despite normalised whitespace, and marks each occurrence once', () => {
    const report = interview();
    const p3 = report.document![3] as Extract<DocumentItem, { kind: 'pair' }>;
    p3.source.text = '通义千问(Qwen)开源,通义千问(Qwen)下载。';
    report.findings.push(finding('entity-drift', 'warning', 'p3', 13, { missingInTarget: ['通义千问 (Qwen)', '通义千问 (Qwen)'], missingInSource: [] }));
    const marked = articleOf(render(report), 'p3').match(/<mark class="mark entity-missing"[^>]*>([^<]*)<\/mark>/g);
    expect(marked).toHaveLength(2);
  });
});

describe('html report safety', () => {
  function hostileReport(): Report {
    const report = interview();
    const payload = HOSTILE.join(' ');
    const [unpaired, p1] = report.document as [Extract<DocumentItem, { kind: 'unpaired' }>, Extract<DocumentItem, { kind: 'pair' }>];
    unpaired.text = payload;
    unpaired.section = payload;
    p1.source.text = payload;
    p1.target.text = payload;
    p1.id = `"><script>window.__pwned=1</script>`;
    p1.sourceLang = '"><img src=x onerror=alert(1)>';
    report.findings[0]!.message = payload;
    report.findings[1]!.details = { missingInTarget: [], missingInSource: [], mismatched: [{ source: { text: payload, value: 1 }, target: { text: HOSTILE[1], value: 2 } }] };
    report.inputs[0]!.path = `</title>${HOSTILE[0]}`;
    return report;
  }

  it('escapes every piece of input text', () => {
    const html = render(hostileReport());
    for (const payload of HOSTILE.filter((text) => /[<>"'&]/.test(text))) expect(html).not.toContain(payload);
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;');
    expect(html).toContain('[x](javascript:window.__pwned=1)');
  });

  it('has no tag but its own: one style, one script, no handlers, no links out', () => {
    const html = render(hostileReport());
    const tags = [...html.matchAll(/<([a-zA-Z][\w-]*)\b([^>]*)>/g)];
    expect(tags.filter(([, name]) => name === 'script')).toHaveLength(1);
    expect(tags.filter(([, name]) => name === 'style')).toHaveLength(1);
    for (const [tag, name, attributes] of tags) {
      expect(['img', 'iframe', 'object', 'embed', 'textarea', 'form', 'base'], tag).not.toContain(name);
      // Attribute values are quoted and escaped, so each name="value" pair parses on its own.
      for (const [, attribute, value] of attributes!.matchAll(/\s([\w:-]+)(?:="([^"]*)")?/g)) {
        expect(attribute, tag).not.toMatch(/^(on.*|style|src|srcdoc|action|formaction)$/i);
        if (attribute === 'href') expect(value, tag).toMatch(/^(#item-\d+|data:,)$/);
      }
    }
  });

  it('allows exactly its inline style and script by hash', () => {
    const html = render(hostileReport());
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)![1]!.replaceAll('&#39;', "'");
    const script = html.match(/<script>([^]*?)<\/script>/)![1]!;
    const style = html.match(/<style>([^]*?)<\/style>/)![1]!;
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`script-src ${sha(script)}`);
    expect(policy).toContain(`style-src ${sha(style)}`);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('ships a client script that parses', () => {
    expect(() => new Function(CLIENT_SCRIPT)).not.toThrow();
  });
});

describe('html report at scale', () => {
  it('folds long runs of pairs without findings, keeping findings and their neighbours open', () => {
    const { items } = attachFindings(generatedReport(300).document!, generatedReport(300).findings, ['generated/corpus.txt']);
    const runs = foldQuietRuns(items);
    const open = runs.filter((run) => !run.folded).flatMap((run) => run.items);
    for (const view of items.filter((candidate) => candidate.findings.length)) {
      const index = items.indexOf(view);
      expect(open).toContain(view);
      expect(open).toContain(items[index - 1]);
      expect(open).toContain(items[index + 1]);
    }
    expect(runs.filter((run) => run.folded).every((run) => run.items.length >= 6)).toBe(true);
    expect(runs.flatMap((run) => run.items)).toEqual(items);
  });

  it('renders 10,000 pairs in well under the time a reviewer would notice', () => {
    const report = generatedReport(10_000);
    const started = performance.now();
    const html = render(report);
    const elapsed = performance.now() - started;
    console.info(`html report of 10,000 pairs: ${Math.round(elapsed)} ms, ${(Buffer.byteLength(html) / 1e6).toFixed(1)} MB`);
    expect(elapsed).toBeLessThan(5000);
    expect(html.match(/<li class="finding"/g)).toHaveLength(report.findings.length);
    expect(html).toMatch(/<details class="fold"><summary>\d+ pairs without findings/);
  });
});

describe('length chart', () => {
  it('takes the expected ratio from length-anomaly findings, else the median of the pairs', () => {
    const report = interview();
    const { items } = attachFindings(report.document!, report.findings, [INPUT]);
    expect(lengthSeries(items)).toMatchObject([{ sourceLang: 'zh', targetLang: 'en', expectedRatio: 3.2, expectedFrom: 'rule' }]);
    const quiet = attachFindings(report.document!, [], [INPUT]).items;
    expect(lengthSeries(quiet)[0]).toMatchObject({ expectedFrom: 'median' });
    expect(lengthSeries(quiet)[0]!.points).toHaveLength(3);
  });

  it('draws every pair, the band, and links anomalies to their pair', () => {
    const html = render(interview());
    expect(html).toMatch(/<polygon class="band" points="[\d., -]+"\/>/);
    expect(html.match(/<path class="points" d="([^"]*)"/)![1]!.match(/M/g)).toHaveLength(2);
    expect(html).toMatch(/<a href="#item-2" class="anomaly" data-rule="length-anomaly" data-severity="warning"><title>p1: /);
  });
});
