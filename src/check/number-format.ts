import { hasSingleQuotes, imbalances } from '../analyse/brackets.js';
import { formatData, numberStyleIssues } from '../analyse/number-style.js';
import type { RuleResult } from './rule.js';
import { defineRule } from './rule.js';

/** Characters of context either side of an unbalanced mark, in `details.text`. */
const CONTEXT = 12;
/** Marks a translation may have made of the source's single quotes (`'%s'` -> "%s"). */
const DOUBLE_QUOTES = '"“”„«»';

export default defineRule({
  meta: {
    id: 'number-format',
    summary: 'Numbers spaced or punctuated against the target language, or unbalanced brackets and quotes.',
    explanation:
      'Checks the typography of the target text. An amount glued to the word before it (`this$50`) or a scale word ' +
      'glued to its number (`50trillion`); a percent sign spaced against the language (`50 %` in English or Chinese, ' +
      '`50%` in French, which writes a narrow no-break space); decimal and thousands marks of another locale that ' +
      'change the meaning (`1,234.5` in German reads as one and a bit; a single mark, `1,234`, may be either and is let ' +
      'be); and brackets or quotation marks that do not pair up in the target while they do in the source (any ' +
      'pairing style counts: “…”, „…“, « … », »…«; list labels such as `1)` and straight single quotes, which cannot be ' +
      'told from apostrophes, do not). The percent style comes from rules/lang/<lang>/format.yaml, the decimal mark from ' +
      'numbers.yaml. Glued amounts and wrong separators are usually slips of editing; fix the spacing or marks as the ' +
      'message says.',
    defaultSeverity: 'warning',
    kinds: {
      glued: 'an amount glued to a word',
      percent: 'a percent sign spaced against the language',
      separators: 'decimal or thousands marks of another locale',
      brackets: 'unbalanced brackets or quotes',
    },
    defaultOptions: {},
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    example: {
      source: '抓住 50 万亿级机遇,必须持续、不计周期的大额投入。',
      target: 'Capturing this$50 trillion opportunity requires sustained, long-cycle massive investment.',
      sourceLang: 'zh',
      targetLang: 'en',
    },
  },
  checkPair(pair) {
    const { text } = pair.target;
    const results: RuleResult[] = numberStyleIssues(text, pair.targetLang).map((issue) => ({
      kind: issue.kind,
      message: `target writes "${issue.text}": ${issue.advice}`,
      details: { text: issue.text },
      sides: ['target'],
    }));
    const targetMarks = imbalances(text, formatData(pair.targetLang).quotes).filter(
      (imbalance) => !(DOUBLE_QUOTES.includes(imbalance.mark) && hasSingleQuotes(pair.source.text)),
    );
    if (targetMarks.length > 0 && imbalances(pair.source.text, formatData(pair.sourceLang).quotes).length === 0) {
      const marks = targetMarks.map((imbalance) => imbalance.mark);
      const first = targetMarks[0]!;
      results.push({
        kind: 'brackets',
        message: `target has unbalanced ${marks.map((mark) => `"${mark}"`).join(', ')} where the source's brackets and quotes pair up`,
        details: { text: text.slice(Math.max(0, first.index - CONTEXT), first.index + CONTEXT + 1), marks },
        sides: ['target'],
      });
    }
    return results;
  },
});
