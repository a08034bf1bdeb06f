// Shows what differs between a drifted quantity and its counterpart ("$53 billion" vs
// "$35 billion", "10 亿" vs "10 billion"): word-level, so a number or a scale word lights up
// as a whole rather than as scattered characters.
import { lazyRequire } from '../../lazy-require.js';

const loadDiff = lazyRequire<typeof import('diff')>('diff');
import { escapeHtml } from './escape.js';

export interface LangPair {
  source: string;
  target: string;
}

export function renderQuantityDiff(source: string, target: string, langs: LangPair): string {
  const changes = loadDiff().diffWordsWithSpace(source, target);
  const side = (keep: 'removed' | 'added', tag: 'del' | 'ins') =>
    changes
      .filter((change) => !(keep === 'removed' ? change.added : change.removed))
      .map((change) => (change[keep] ? `<${tag}>${escapeHtml(change.value)}</${tag}>` : escapeHtml(change.value)))
      .join('');
  return (
    `<span class="quantity-diff"><span class="diff-side" lang="${escapeHtml(langs.source)}">${side('removed', 'del')}</span>` +
    `<span class="diff-arrow" aria-label="versus">→</span>` +
    `<span class="diff-side" lang="${escapeHtml(langs.target)}">${side('added', 'ins')}</span></span>`
  );
}
