// The text itself, side by side: per input, in document order, sections as headings, every
// pair in two columns with its marks and findings, unpaired blocks in place, quiet runs folded.
import { SEVERITIES, type Finding, type InputInfo, type SideName } from '../../model.js';
import { plural, type DocumentItem } from '../report.js';
import type { AttachedFindings, ItemView } from './attach.js';
import { escapeHtml } from './escape.js';
import { renderFindingNotes } from './finding-notes.js';
import { foldQuietRuns, type Run } from './fold.js';
import { languageName } from './languages.js';
import { renderMarkedText } from './marked-text.js';
import { pairMarks, type SideMarks } from './marks.js';
import type { LangPair } from './quantity-diff.js';
import { OTHER_SIDE } from './sides.js';

const NO_MARKS: SideMarks = { source: [], target: [] };

export function renderDocument(attached: AttachedFindings, inputs: readonly InputInfo[]): string {
  const itemsOf = groupBy(attached.items, (view) => view.inputIndex);
  const looseOf = groupBy(attached.loose, (finding) => finding.input);
  const sections = inputs.map((input, index) => renderInput(input, index, itemsOf.get(index) ?? [], looseOf.get(input.path) ?? []));
  const known = new Set(inputs.map((input) => input.path));
  const stray = attached.loose.filter((finding) => !known.has(finding.input));
  if (stray.length) sections.push(`<section class="input"><h2>Other findings</h2>${renderLoose(stray, { source: 'und', target: 'und' })}</section>`);
  return sections.join('\n');
}

function groupBy<T, K>(values: readonly T[], key: (value: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const value of values) {
    const group = groups.get(key(value));
    if (group) group.push(value);
    else groups.set(key(value), [value]);
  }
  return groups;
}

function renderInput(input: InputInfo, index: number, items: readonly ItemView[], loose: readonly Finding[]): string {
  const langs: LangPair = { source: input.sourceLang, target: input.targetLang };
  const pairs = items.filter((view) => view.item.kind === 'pair').length;
  const heading = `input-${index + 1}`;
  return (
    `<section class="input" aria-labelledby="${heading}">` +
    `<h2 id="${heading}" class="input-title">${escapeHtml(input.path)}</h2>` +
    `<p class="input-meta">${escapeHtml(input.format)} · ${escapeHtml(languageName(input.sourceLang))} → ${escapeHtml(languageName(input.targetLang))} · ${plural(pairs, 'pair')}</p>` +
    renderLoose(loose, langs) +
    `<div class="column-heads" aria-hidden="true"><span lang="${escapeHtml(langs.source)}">source · ${escapeHtml(languageName(langs.source))}</span>` +
    `<span lang="${escapeHtml(langs.target)}">target · ${escapeHtml(languageName(langs.target))}</span></div>` +
    renderRuns(foldQuietRuns(items)) +
    '</section>'
  );
}

function renderLoose(findings: readonly Finding[], langs: LangPair): string {
  if (findings.length === 0) return '';
  return `<div class="item flagged loose" data-worst="${worst(findings)}"><p class="item-head">Findings not tied to one pair</p>${renderFindingNotes(findings, langs)}</div>`;
}

function renderRuns(runs: readonly Run[]): string {
  let section: string | undefined;
  // A heading is due whenever the section changes, inside a folded run too.
  const renderItems = (items: readonly ItemView[], folded: boolean) =>
    items
      .map((view) => {
        const heading = view.item.section !== undefined && view.item.section !== section ? `<h3 class="section-title">${escapeHtml(view.item.section)}</h3>` : '';
        section = view.item.section ?? section;
        return heading + renderItem(view, folded);
      })
      .join('');
  return runs
    .map((run) => {
      if (!run.folded) return renderItems(run.items, false);
      const pairs = run.items.filter((view) => view.item.kind === 'pair').length;
      return (
        `<details class="fold"><summary>${plural(pairs, 'pair')} without findings <span class="fold-lines">${lineSpan(run.items)}</span></summary>` +
        `${renderItems(run.items, true)}</details>`
      );
    })
    .join('');
}

function renderItem(view: ItemView, folded: boolean): string {
  const { item, findings } = view;
  const classes = ['item', item.kind, findings.length ? 'flagged' : ''].filter(Boolean).join(' ');
  const worstAttribute = findings.length ? ` data-worst="${worst(findings)}"` : '';
  const body = item.kind === 'pair' ? renderPair(item, findings, folded) : renderUnpaired(item, findings);
  return `<article class="${classes}" id="${view.anchor}"${worstAttribute}>${body}</article>`;
}

/** Folded pairs have no findings: their text goes unmarked, which keeps large reports fast and small. */
function renderPair(item: Extract<DocumentItem, { kind: 'pair' }>, findings: readonly Finding[], folded: boolean): string {
  const langs = { source: item.sourceLang, target: item.targetLang };
  const marks = folded ? NO_MARKS : pairMarks({ source: { text: item.source.text, lang: langs.source }, target: { text: item.target.text, lang: langs.target } }, findings);
  return (
    `<p class="item-head"><span class="pair-id">${escapeHtml(item.id)}</span> <span class="lines">source line ${item.source.line} · target line ${item.target.line}</span></p>` +
    `<div class="sides">${side('source', langs.source, renderMarkedText(item.source.text, marks.source))}${side('target', langs.target, renderMarkedText(item.target.text, marks.target))}</div>` +
    renderFindingNotes(findings, langs)
  );
}

function renderUnpaired(item: Extract<DocumentItem, { kind: 'unpaired' }>, findings: readonly Finding[]): string {
  const text = side(item.side, item.lang, escapeHtml(item.text));
  const absent = `<div class="side absent ${OTHER_SIDE[item.side]}"><span>${item.side === 'source' ? 'no translation' : 'no source text'}</span></div>`;
  const langs = item.side === 'source' ? { source: item.lang, target: 'und' } : { source: 'und', target: item.lang };
  return (
    `<p class="item-head"><span class="unpaired-badge">unpaired ${item.side}</span> <span class="lines">line ${item.line}</span></p>` +
    `<div class="sides">${item.side === 'source' ? text + absent : absent + text}</div>` +
    renderFindingNotes(findings, langs)
  );
}

function side(name: SideName, lang: string, html: string): string {
  return `<div class="side ${name}" lang="${escapeHtml(lang)}">${html}</div>`;
}

function worst(findings: readonly Finding[]): string {
  return SEVERITIES.find((severity) => findings.some((finding) => finding.severity === severity)) ?? 'info';
}

function lineSpan(items: readonly ItemView[]): string {
  const first = lineOf(items[0]!.item);
  const last = lineOf(items.at(-1)!.item);
  return first === last ? `line ${first}` : `lines ${first}–${last}`;
}

function lineOf(item: DocumentItem): number {
  return item.kind === 'pair' ? item.source.line : item.line;
}
