import { scriptOfLanguage, type Script } from '../analyse/language.js';
import type { SegmentPair, SideName } from '../model.js';
import { defineRule, type RuleResult } from './rule.js';

type Edge = 'start' | 'end';

const LEADING_BLANKS = /^[ \t\u00a0\u202f]+/u;
const TRAILING_BLANKS = /[ \t\u00a0\u202f]+$/u;
/** Scripts written without spaces between words: a space at a message's edge has nothing to part there. */
const UNSPACED_SCRIPTS: ReadonlySet<Script> = new Set(['Han', 'Kana', 'Thai']);
const OTHER: Record<SideName, SideName> = { source: 'target', target: 'source' };

export default defineRule<Record<string, never>>({
  meta: {
    id: 'whitespace-drift',
    summary: 'A line break or a space at the start or end of one side that the other lacks.',
    explanation:
      'Programs join messages with what comes before and after them: a message that starts or ends with a line ' +
      'break (`"Done.\\n"`) lays out the output, and one that ends with a space (`"Name: "`) parts it from the value ' +
      'that follows. A translation that drops or adds either breaks the layout (`Name:Anna`, a blank line too many). ' +
      'A leading or trailing line break on one side only is what `msgfmt --check` rejects in a PO file (kind ' +
      '`newline`); a leading or trailing space or tab on one side only is kind `space`. A space is not missing from a ' +
      'side written without spaces between words (Chinese, Japanese, Thai: `"Name: "` as `"名称："`). Segments of ' +
      'articles and parallel files are trimmed when read, so this rule speaks about translation files (PO, XLIFF, ' +
      'TMX, CSV, JSONL). Restore the break or the space.',
    defaultSeverity: 'warning',
    kinds: {
      newline: 'a line break at the start or end of one side only',
      space: 'a space or tab at the start or end of one side only',
    },
    defaultOptions: {},
    optionsSchema: { type: 'object', additionalProperties: false },
    example: {
      source: 'Backup finished.\n',
      target: 'Sicherung abgeschlossen.',
      sourceLang: 'en',
      targetLang: 'de',
    },
  },
  checkPair(pair) {
    const results: RuleResult[] = [];
    for (const edge of ['start', 'end'] as const) {
      const newline = { source: hasNewline(pair.source.text, edge), target: hasNewline(pair.target.text, edge) };
      if (newline.source !== newline.target) {
        results.push(finding('newline', edge, newline.source ? 'source' : 'target'));
        continue;
      }
      const blank = { source: hasBlank(pair.source.text, edge), target: hasBlank(pair.target.text, edge) };
      if (blank.source === blank.target) continue;
      const has: SideName = blank.source ? 'source' : 'target';
      if (!isUnspaced(pair, OTHER[has])) results.push(finding('space', edge, has));
    }
    return results;
  },
});

function hasNewline(text: string, edge: Edge): boolean {
  return edge === 'start' ? text.startsWith('\n') || text.startsWith('\r\n') : text.endsWith('\n');
}

function hasBlank(text: string, edge: Edge): boolean {
  return (edge === 'start' ? LEADING_BLANKS : TRAILING_BLANKS).test(text);
}

function isUnspaced(pair: SegmentPair, side: SideName): boolean {
  return UNSPACED_SCRIPTS.has(scriptOfLanguage(side === 'source' ? pair.sourceLang : pair.targetLang));
}

function finding(kind: 'newline' | 'space', edge: Edge, has: SideName): RuleResult {
  const what = kind === 'newline' ? 'a line break' : 'a space';
  const lacking = OTHER[has];
  return {
    kind,
    message: `the ${has} ${edge === 'start' ? 'starts' : 'ends'} with ${what} and the ${lacking} does not: the program's output loses its layout. Make both ${edge === 'start' ? 'start' : 'end'} alike.`,
    details: { edge, side: has, [kind === 'newline' ? 'newline' : 'space']: true },
    sides: [lacking],
  };
}
