// What the marks in the text mean, in words: colour is never the only cue.
import type { MarkKind } from './marks.js';

const MEANINGS: [MarkKind, string, string][] = [
  ['quantity-matched', '30 公里', 'quantity matched'],
  ['quantity-drifted', '530 亿', 'quantity changed'],
  ['quantity-missing', '56 万', 'quantity missing'],
  ['entity-missing', 'Qwen', 'name or term missing'],
  ['list-missing', '第三层…', 'list item missing'],
  ['sentence-missing', '全球范围内…', 'sentence untranslated'],
];

export function renderLegend(): string {
  const entries = MEANINGS.map(([kind, sample, meaning]) => `<li><mark class="mark ${kind}" lang="zh">${sample}</mark> ${meaning}</li>`);
  return `<ul class="legend" aria-label="What the marks mean">${entries.join('')}</ul>`;
}
