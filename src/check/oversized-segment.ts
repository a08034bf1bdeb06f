import { defineRule } from './rule.js';

interface Options {
  /** A pair with a side longer than this (UTF-16 code units) is not analysed by the other rules. */
  maxChars: number;
}

/** The limit the engine applies even when this rule is off: a budget, not only a report. */
export const DEFAULT_MAX_CHARS = 10_000;

const LONG_PARAGRAPH = '这是一段用来说明预算的超长文字，整篇文章被粘贴成了一个段落，没有任何分段。';

export default defineRule<Options>({
  meta: {
    id: 'oversized-segment',
    summary: 'A pair too long to audit: the other rules skip it.',
    explanation:
      'Sentence alignment, list detection and quantity matching take time that grows faster than the length of a ' +
      'segment, so a whole document pasted into one unit (or a hostile record in a corpus) could stall a CI job for ' +
      'hours. A pair with a side longer than `maxChars` (default 10,000 characters) is therefore not analysed by the ' +
      'other rules; this rule says so, so that nothing is skipped silently. Split the text into paragraphs or ' +
      'sentences, or raise `maxChars` knowing that the cost grows with the square of the length.',
    defaultSeverity: 'info',
    defaultOptions: { maxChars: DEFAULT_MAX_CHARS },
    optionsSchema: {
      type: 'object',
      properties: { maxChars: { type: 'integer', minimum: 1 } },
      additionalProperties: false,
    },
    example: {
      source: LONG_PARAGRAPH.repeat(Math.ceil((DEFAULT_MAX_CHARS + 1) / LONG_PARAGRAPH.length)),
      target: 'This long text explains the budget: a whole article pasted as one paragraph, with no breaks.',
      sourceLang: 'zh',
      targetLang: 'en',
    },
  },
  checkPair(pair, { options }) {
    const sourceChars = pair.source.text.length;
    const targetChars = pair.target.text.length;
    if (Math.max(sourceChars, targetChars) <= options.maxChars) return [];
    const format = (count: number) => count.toLocaleString('en-US');
    return [
      {
        message:
          `pair too long to audit (source ${format(sourceChars)}, target ${format(targetChars)} characters; the limit is ` +
          `${format(options.maxChars)}): the other rules skipped it. Split it into paragraphs, or raise maxChars.`,
        details: { sourceChars, targetChars, maxChars: options.maxChars },
      },
    ];
  },
});
