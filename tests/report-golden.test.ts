// Golden files per report format: a change in a report shows up as a diff to review.
// After an intended change: UPDATE_GOLDEN=1 npx vitest run tests/report-golden.test.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditFiles } from '../src/audit-files.js';
import { RULES } from '../src/check/index.js';
import { FORMATTERS } from '../src/report/index.js';

const EXTENSIONS: Record<string, string> = { json: 'json', text: 'txt', markdown: 'md' };
const GOLDEN = new URL('./golden/', import.meta.url);

describe.each(Object.entries(EXTENSIONS))('%s report of the sample article', (format, extension) => {
  it('matches its golden file', async () => {
    const report = await auditFiles(['samples/article-zh-en.md'], { includePairs: format === 'json' });
    const rendered = FORMATTERS.get(format)!.render(report, { rules: RULES.map((rule) => rule.meta), failOn: 'error', color: false });
    const golden = new URL(`article-zh-en.${extension}`, GOLDEN);
    if (process.env.UPDATE_GOLDEN || !existsSync(golden)) writeFileSync(golden, rendered);
    expect(rendered).toBe(readFileSync(golden, 'utf8'));
  });
});

describe('text report colour', () => {
  it('paints severities only when asked', async () => {
    const report = await auditFiles(['samples/article-zh-en.md']);
    const text = FORMATTERS.get('text')!;
    const context = { rules: RULES.map((rule) => rule.meta), failOn: 'error' as const };
    expect(text.render(report, { ...context, color: true })).toContain('\u001b[33mwarning\u001b[39m');
    expect(text.render(report, { ...context, color: false })).not.toContain('\u001b[');
  });
});

describe('markdown escaping', () => {
  it('escapes HTML and Markdown syntax from the input', async () => {
    const report = await auditFiles(['samples/article-zh-en.md']);
    report.findings[0]!.message = '<script>alert(1)</script> *bold* | pipe';
    const rendered = FORMATTERS.get('markdown')!.render(report, { rules: [], failOn: 'error', color: false });
    expect(rendered).toContain('&lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\* \\| pipe');
    expect(rendered).not.toContain('<script>');
  });
});
