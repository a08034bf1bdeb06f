// Reports are safe: segments, ids and language tags holding markup, control characters
// and lone surrogates go through the built command line into every report format. Each
// report must still parse as what it claims to be, and carry no markup, terminal sequence
// or control character of the input's making.
import { readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../src/check/index.js';
import { CLIENT_SCRIPT } from '../src/report/html/client-script.js';
import { FORMATTERS } from '../src/report/index.js';
import type { Report } from '../src/report/report.js';
import { writeInput } from './bad-inputs/formats.js';
import { runOn } from './bad-inputs/run.js';
import { scratchDir } from './support/cli.js';

/** Everything a report must neutralise, in one string. */
const PAYLOAD = [
  '\u0000',
  '\u001b[31mred\u001b[0m',
  '\u001b]0;title\u0007',
  '\u009b2J',
  ']]>',
  '</testcase>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '\ud800 \udfff',
  `"double" 'single' &amp;`,
].join(' ');

/** Control characters no report may carry raw (tab and line feed are layout). */
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

const RECORDS = [
  // numeric-drift (3 ≠ 5) with the payload in both excerpts and in the pair id.
  { id: `p1 ${PAYLOAD}`, source: `公司去年一共卖出了 3 台服务器。${PAYLOAD}`, target: `Last year the company sold 5 servers. ${PAYLOAD}`, sourceLang: 'zh', targetLang: 'en' },
  // untranslated, whose message names the target language: the payload is in the message too.
  { id: `p2 ${PAYLOAD}`, source: 'Please save the file before you close the window.', target: 'Please save the file before you close the window.', sourceLang: 'en', targetLang: `de ${PAYLOAD}` },
];

const reports = new Map<string, string>();
const FORMATS = ['json', 'jsonl', 'text', 'markdown', 'github', 'sarif', 'junit', 'html'];

beforeAll(async () => {
  const input = writeInput(scratchDir(), 'jsonl', RECORDS.map((record) => JSON.stringify(record)).join('\n') + '\n');
  await Promise.all(
    FORMATS.map(async (format) => {
      // NO_COLOR set and not a terminal: the two reasons a report has no colour.
      const run = await runOn(input, { format, args: ['--fail-on', 'never'], env: { NO_COLOR: '1' } });
      expect(run.code, `${format}: ${run.stderr}`).toBe(0);
      reports.set(format, readFileSync(run.output, 'utf8'));
    }),
  );
});

const report = (format: string) => reports.get(format)!;

describe('hostile segments in every report format', () => {
  it('the findings carry the payload (nothing dropped on the way)', () => {
    const json = JSON.parse(report('json')) as Report;
    expect(json.findings.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(['numeric-drift', 'untranslated']));
    expect(json.findings.some((finding) => finding.source?.excerpt.includes('</testcase>'))).toBe(true);
    expect(json.findings.some((finding) => finding.message.includes(']]>'))).toBe(true);
    for (const line of report('jsonl').trimEnd().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('sarif: valid JSON, the payload only inside strings', () => {
    const sarif = JSON.parse(report('sarif')) as { version: string; runs: { results: { message: { text: string } }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.some((result) => result.message.text.includes('<script>'))).toBe(true);
    expect(report('sarif')).not.toMatch(RAW_CONTROL);
  });

  it('junit: parses with saxes; markup stays text, characters XML cannot hold are replaced', () => {
    const names: string[] = [];
    const texts: string[] = [];
    const parser = new SaxesParser();
    parser.on('opentag', (tag) => {
      if (tag.name === 'testcase') names.push(String(tag.attributes.name));
    });
    parser.on('text', (text) => texts.push(text));
    parser.write(report('junit')).close();
    expect(names.filter((name) => name.includes('</testcase>') && name.includes(']]>') && name.includes(`"double" 'single'`))).toHaveLength(2);
    for (const name of names) expect(name).not.toMatch(/[\u0000\u001b\ud800-\udfff]/);
    expect(names.join('')).toContain('\ufffd');
  });

  for (const format of ['text', 'markdown', 'github']) {
    it(`${format}: no control character from the input, shown escaped instead`, () => {
      expect(report(format)).not.toMatch(RAW_CONTROL);
      // Markdown escapes the backslash and bracket of the escape in turn.
      expect(report(format)).toMatch(/\\+x1b\\?\[31mred/);
    });
  }

  it('markdown: markup and links escaped', () => {
    expect(report('markdown')).not.toMatch(/<script|<img|(?<!\\)\]\(javascript:/i);
    expect(report('markdown')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(report('markdown')).toContain('\\[x\\](javascript:alert(1))');
    expect(report('markdown')).toContain('&amp;amp;');
  });

  it('github: every line one workflow command', () => {
    for (const line of report('github').trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning|notice) file=/);
  });

  it('text with colour on: only our own colour sequences reach the terminal', () => {
    const json = JSON.parse(report('json')) as Report;
    const coloured = FORMATTERS.get('text')!.render(json, { rules: RULES.map((rule) => rule.meta), failOn: 'error', color: true });
    expect(coloured).toMatch(/\u001b\[31m/);
    expect(coloured.replace(/\u001b\[(?:1|2|22|31|33|36|39)m/g, '')).not.toMatch(RAW_CONTROL);
  });

  it('html: no script but ours, no event handler, no javascript: URL', () => {
    const html = report('html');
    const scripts = [...html.matchAll(/<script\b[^>]*>([^]*?)<\/script>/gi)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![1]).toBe(CLIENT_SCRIPT);
    const outside = html.replace(scripts[0]![0], '');
    expect(outside).not.toMatch(/<script/i);
    // Attribute values are quoted and escaped, so each name="value" parses on its own.
    for (const [tag, attributes] of outside.matchAll(/<[a-zA-Z][\w-]*\b([^>]*)>/g)) {
      for (const [, name, value] of attributes!.matchAll(/\s([\w:-]+)(?:="([^"]*)")?/g)) {
        expect(name, tag).not.toMatch(/^on/i);
        expect(value ?? '', tag).not.toMatch(/^\s*javascript:/i);
      }
    }
    expect(outside).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  // Reported to the lead: src/report/html/escape.ts escapes markup but passes control
  // characters through, so `cat report.html` in a terminal runs the input's escape
  // sequences. Passes once the HTML escaping shows or drops them.
  it('html: no control character from the input', () => {
    expect(report('html')).not.toMatch(RAW_CONTROL);
  });
});
