import { textLength } from '../analyse/length-model.js';
import { defineRule } from './rule.js';

interface Options {
  /** Runs shorter than this many characters are not reported. */
  minChars: number;
}

export default defineRule<Options>({
  meta: {
    id: 'unpaired-segment',
    summary: 'A block in one language with no counterpart in the other.',
    explanation:
      'Reports runs of blocks (paragraphs, lines, units) that have no translation, or a translation with no source. ' +
      'Such text is not audited by any other rule, and in a bilingual article it usually means a paragraph was never ' +
      'translated or a translation was pasted without its original. Translate the block, or mark it as ' +
      'monolingual by moving it under a heading of its own. The summary\'s coverage says what share of the source ' +
      'characters has a translation.',
    defaultSeverity: 'info',
    defaultOptions: { minChars: 1 },
    optionsSchema: {
      type: 'object',
      properties: { minChars: { type: 'integer', minimum: 0 } },
      additionalProperties: false,
    },
    example: { source: '主持人：欢迎来到今天的节目。', target: '', sourceLang: 'zh', targetLang: 'en' },
  },
  checkUnpaired(unpaired, { options }) {
    const chars = textLength(unpaired.segment.text);
    if (chars < options.minChars) return [];
    const { parts } = unpaired.segment;
    const first = parts[0]?.line ?? unpaired.segment.line;
    const last = parts.at(-1)?.line ?? first;
    const where = first === last ? `line ${first}` : `lines ${first}-${last}`;
    const what = unpaired.side === 'source' ? 'has no translation' : 'has no source text';
    return [
      {
        message: `${unpaired.lang} text at ${where} (${chars} characters) ${what}`,
        details: { side: unpaired.side, chars },
        sides: [unpaired.side],
      },
    ];
  },
});
