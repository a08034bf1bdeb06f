// Turns the blocks of a bilingual article into segment pairs: within a section, a run of
// source-language blocks followed by a run of target-language blocks is one pair.
import { baseLanguage, DEFAULT_CANDIDATES, detectLanguage, dominantScript, scriptOfLanguage } from '../analyse/language.js';
import type { AuditItem, Segment, SegmentPair, UnpairedSegment } from '../model.js';
import type { Block } from '../read/article-blocks.js';
import { sectionName } from '../read/article-blocks.js';

export interface ArticleOptions {
  path: string;
  sourceLang?: string;
  targetLang?: string;
}

interface Run {
  lang: string;
  section?: string;
  blocks: Block[];
  disables: string[];
}

export function* pairArticle(blocks: Block[], options: ArticleOptions): Generator<AuditItem> {
  const langs = blockLanguages(blocks, options);
  const runs = contentRuns(blocks, langs);
  const { lead, sourceLang, targetLang } = languagePair(runs, options);
  const follower = lead === sourceLang ? targetLang : sourceLang;
  let pairCount = 0;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const next = runs[i + 1];
    // The leading language's run pairs with the run after it; a run in a third language
    // pairs too, so that language checks can report it rather than losing it.
    const pairsWithNext = run.lang !== follower && next && next.section === run.section && next.lang !== lead && next.lang !== run.lang;
    if (pairsWithNext) {
      const [source, target] = run.lang === targetLang ? [next, run] : [run, next];
      const pair: SegmentPair = {
        id: `p${++pairCount}`,
        input: options.path,
        ...(run.section ? { section: run.section } : {}),
        sourceLang,
        targetLang,
        source: segmentOf(source.blocks),
        target: segmentOf(target.blocks),
      };
      const suppressed = [...run.disables, ...next.disables];
      if (suppressed.length) pair.suppressed = suppressed;
      yield { kind: 'pair', pair };
      i++;
      continue;
    }
    const unpaired: UnpairedSegment = {
      input: options.path,
      ...(run.section ? { section: run.section } : {}),
      side: run.lang === targetLang ? 'target' : 'source',
      lang: run.lang,
      segment: segmentOf(run.blocks),
    };
    yield { kind: 'unpaired', unpaired };
  }
}

function segmentOf(blocks: Block[]): Segment {
  const parts = blocks.map(({ line, text }) => ({ line, text }));
  return { line: parts[0]!.line, text: parts.map((part) => part.text).join('\n'), parts };
}

/**
 * The language of every content block: a declared one (marker, label) first; else the
 * script decides, and where several candidates share a script (Latin), franc decides
 * over all the document's blocks of that script together, unless the document has only
 * that script, in which case each block is judged between the two languages most seen.
 */
function blockLanguages(blocks: Block[], options: ArticleOptions): Map<Block, string> {
  const declared = [options.sourceLang, options.targetLang].filter((lang): lang is string => Boolean(lang)).map(baseLanguage);
  const candidates = declared.length === 2 ? declared : [...new Set([...declared, ...DEFAULT_CANDIDATES])];
  const content = blocks.filter((block) => block.kind === 'content');
  const langs = new Map<Block, string>();
  const undecided = new Map<string, Block[]>();
  for (const block of content) {
    if (block.declaredLang) {
      langs.set(block, block.declaredLang);
      continue;
    }
    const script = dominantScript(block.text);
    if (!script) continue;
    const inScript = candidates.filter((lang) => scriptOfLanguage(lang) === script);
    if (inScript.length <= 1) {
      const lang = inScript[0] ?? detectLanguage(block.text, candidates);
      if (lang) langs.set(block, lang);
    } else {
      undecided.set(script, [...(undecided.get(script) ?? []), block]);
    }
  }
  const scripts = new Set(content.map((block) => dominantScript(block.text)).filter(Boolean));
  for (const [script, group] of undecided) {
    const inScript = candidates.filter((lang) => scriptOfLanguage(lang) === script);
    if (scripts.size > 1) {
      // One language per script: detected on all of that script's text at once.
      const lang = detectLanguage(group.map((block) => block.text).join('\n'), inScript) ?? inScript[0]!;
      for (const block of group) langs.set(block, lang);
      continue;
    }
    const votes = new Map<string, number>();
    for (const block of group) {
      const lang = detectLanguage(block.text, inScript) ?? inScript[0]!;
      votes.set(lang, (votes.get(lang) ?? 0) + block.text.length);
    }
    const top = [...votes].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([lang]) => lang);
    for (const block of group) langs.set(block, detectLanguage(block.text, top) ?? top[0]!);
  }
  return langs;
}

/** Content blocks grouped into runs of one language within one section. */
function contentRuns(blocks: Block[], langs: Map<Block, string>): Run[] {
  const runs: Run[] = [];
  let section: string | undefined;
  let boundary = true;
  let disables: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' || block.kind === 'break') {
      if (block.kind === 'heading') section = sectionName(block.text) || section;
      boundary = true;
      continue;
    }
    if (block.kind === 'comment') {
      disables.push(...(block.disables ?? []));
      continue;
    }
    const lang = langs.get(block);
    if (block.kind !== 'content' || !lang) continue;
    const last = runs.at(-1);
    if (!boundary && last && last.lang === lang) {
      last.blocks.push(block);
      last.disables.push(...disables);
    } else {
      runs.push({ lang, ...(section ? { section } : {}), blocks: [block], disables });
    }
    disables = [];
    boundary = false;
  }
  return runs;
}

/**
 * The leading language is the one whose runs come first where two languages meet; it is
 * the source unless the user said otherwise. The other language is the one most seen.
 */
function languagePair(runs: Run[], options: ArticleOptions): { lead: string; sourceLang: string; targetLang: string } {
  const leads = new Map<string, number>();
  const chars = new Map<string, number>();
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const next = runs[i + 1];
    chars.set(run.lang, (chars.get(run.lang) ?? 0) + run.blocks.reduce((sum, block) => sum + block.text.length, 0));
    if (next && next.section === run.section && next.lang !== run.lang) leads.set(run.lang, (leads.get(run.lang) ?? 0) + 1);
  }
  const byLeads = [...leads].sort((a, b) => b[1] - a[1]).map(([lang]) => lang);
  const byChars = [...chars].sort((a, b) => b[1] - a[1]).map(([lang]) => lang);
  const lead = byLeads[0] ?? byChars[0] ?? 'und';
  const other = byChars.find((lang) => lang !== lead) ?? 'und';
  const declaredSource = options.sourceLang && baseLanguage(options.sourceLang);
  const declaredTarget = options.targetLang && baseLanguage(options.targetLang);
  const sourceLang = declaredSource || (declaredTarget === lead ? other : lead);
  const targetLang = declaredTarget || (sourceLang === lead ? other : lead);
  return { lead, sourceLang, targetLang };
}
