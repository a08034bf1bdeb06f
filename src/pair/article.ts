// Turns the blocks of a bilingual article into segment pairs. Within a section, a run of
// blocks in the leading language followed by a run in the other is a text and its
// translation; so are a section wholly in one language and the next section wholly in the
// other (the whole text, then the whole translation, each under its own heading). The two
// runs are matched paragraph by paragraph (article-align.ts); blocks with no counterpart
// are reported unpaired.
import { baseLanguage, dominantScript, scriptOfLanguage } from '../analyse/language.js';
import type { AuditItem, Segment, SegmentPair } from '../model.js';
import type { Block } from '../read/article-blocks.js';
import { labelRecurringSpeakers, sectionName } from '../read/article-blocks.js';
import { matchBlocks, translates, type Side } from './article-align.js';
import { blockLanguages, candidateLanguages, withShortExchanges } from './article-languages.js';

export interface ArticleOptions {
  path: string;
  sourceLang?: string;
  targetLang?: string;
}

interface Run {
  lang: string;
  /** The section's number (0 before the first heading) and its name. */
  section: number;
  sectionName?: string;
  /** The heading that opened the section, as written. */
  heading?: string;
  blocks: Block[];
}

export function* pairArticle(blocks: Block[], options: ArticleOptions): Generator<AuditItem> {
  const candidates = candidateLanguages(options.sourceLang, options.targetLang);
  labelRecurringSpeakers(blocks);
  const article = withShortExchanges(blocks, candidates);
  const { runs, disables } = contentRuns(article, blockLanguages(article, candidates));
  const meets = meetings(runs);
  const { lead, sourceLang, targetLang } = languagePair(runs, meets, options);
  let pairCount = 0;
  for (const { source, target, run } of withLeftoversPaired(pieces(runs, meets, lead, sourceLang, targetLang))) {
    const place = { input: options.path, ...(run.sectionName ? { section: run.sectionName } : {}) };
    if (source.blocks.length > 0 && target.blocks.length > 0) {
      const pair: SegmentPair = { id: `p${++pairCount}`, ...place, sourceLang, targetLang, source: segmentOf(source.blocks), target: segmentOf(target.blocks) };
      const suppressed = [...source.blocks, ...target.blocks].flatMap((block) => disables.get(block) ?? []);
      if (suppressed.length) pair.suppressed = suppressed;
      yield { kind: 'pair', pair };
    } else {
      const side = source.blocks.length > 0 ? 'source' : 'target';
      const { lang, blocks: alone } = side === 'source' ? source : target;
      yield { kind: 'unpaired', unpaired: { ...place, side, lang, segment: segmentOf(alone) } };
    }
  }
}

/** Blocks matched as text and translation, or left alone (the other side empty), with the run that places them. */
interface Piece {
  source: Side;
  target: Side;
  run: Run;
}

/** The runs matched: each leading run with the run it meets, paragraph by paragraph; other runs alone. */
function pieces(runs: Run[], meets: Set<Run>, lead: string, sourceLang: string, targetLang: string): Piece[] {
  const follower = lead === sourceLang ? targetLang : sourceLang;
  const result: Piece[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const next = runs[i + 1];
    // The leading language's run pairs with the run after it; a run in a third language
    // pairs too, so that language checks can report it rather than losing it.
    if (run.lang !== follower && next && meets.has(run) && next.lang !== lead) {
      const [source, target] = run.lang === targetLang ? [next, run] : [run, next];
      for (const match of matchBlocks(source, target)) {
        result.push({ source: { lang: source.lang, blocks: match.source }, target: { lang: target.lang, blocks: match.target }, run });
      }
      i++;
    } else if (run.lang === targetLang) {
      result.push({ source: { lang: sourceLang, blocks: [] }, target: run, run });
    } else {
      result.push({ source: run, target: { lang: targetLang, blocks: [] }, run });
    }
  }
  return result;
}

/**
 * Two stretches left alone side by side, one in each language, are a text and its
 * translation after all when the aligner finds them one (a paragraph whose translation was
 * put before it, in an article that puts it after).
 */
function withLeftoversPaired(pieces: Piece[]): Piece[] {
  const result: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const next = pieces[i + 1];
    if (next && next.run.section === piece.run.section) {
      const source = [piece, next].find((candidate) => candidate.target.blocks.length === 0);
      const target = [piece, next].find((candidate) => candidate.source.blocks.length === 0);
      if (source && target && translates(source.source, target.target)) {
        result.push({ source: source.source, target: target.target, run: piece.run });
        i++;
        continue;
      }
    }
    result.push(piece);
  }
  return result;
}

function segmentOf(blocks: Block[]): Segment {
  const parts = blocks.map(({ line, text }) => ({ line, text }));
  return { line: parts[0]!.line, text: parts.map((part) => part.text).join('\n'), parts };
}

/**
 * Content blocks grouped into runs of one language within one section, and the rules a
 * suppression comment before a block disables for it.
 */
function contentRuns(blocks: Block[], langs: Map<Block, string>): { runs: Run[]; disables: Map<Block, string[]> } {
  const runs: Run[] = [];
  const disables = new Map<Block, string[]>();
  let section = 0;
  let name: string | undefined;
  let heading: string | undefined;
  let boundary = true;
  let pending: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' || block.kind === 'break') {
      if (block.kind === 'heading') {
        section++;
        name = sectionName(block.text) || name;
        heading = block.text;
      }
      boundary = true;
      continue;
    }
    if (block.kind === 'comment') {
      pending.push(...(block.disables ?? []));
      continue;
    }
    const lang = langs.get(block);
    if (block.kind !== 'content' || !lang) continue;
    if (pending.length) disables.set(block, pending);
    pending = [];
    const last = runs.at(-1);
    if (!boundary && last && last.lang === lang) last.blocks.push(block);
    else runs.push({ lang, section, ...(name ? { sectionName: name } : {}), ...(heading ? { heading } : {}), blocks: [block] });
    boundary = false;
  }
  return { runs, disables };
}

/**
 * The runs that meet the run after them as text and translation: two languages side by
 * side in one section, or two sections each wholly in one language whose headings are in
 * their own language (`中文版` then `English version`).
 */
function meetings(runs: Run[]): Set<Run> {
  const runsInSection = new Map<number, number>();
  for (const run of runs) runsInSection.set(run.section, (runsInSection.get(run.section) ?? 0) + 1);
  const alone = (run: Run) => runsInSection.get(run.section) === 1;
  const meeting = new Set<Run>();
  for (let i = 0; i + 1 < runs.length; i++) {
    const run = runs[i]!;
    const next = runs[i + 1]!;
    if (next.lang === run.lang) continue;
    const languageSections = alone(run) && alone(next) && next.heading !== undefined && !headedIn(next, run.lang);
    if (next.section === run.section || languageSections) meeting.add(run);
  }
  return meeting;
}

/**
 * Whether a run's heading is, by its script, in the other language (`中文版` over English
 * text). Between two languages of one script a heading is too short to tell.
 */
function headedIn(run: Run, otherLang: string): boolean {
  const script = dominantScript(run.heading ?? '');
  return script === scriptOfLanguage(otherLang) && script !== scriptOfLanguage(run.lang);
}

/**
 * The leading language is the one whose runs come first where two languages meet; it is
 * the source unless the user said otherwise. The other language is the one most seen.
 */
function languagePair(runs: Run[], meets: Set<Run>, options: ArticleOptions): { lead: string; sourceLang: string; targetLang: string } {
  const leads = new Map<string, number>();
  const chars = new Map<string, number>();
  for (const run of runs) {
    chars.set(run.lang, (chars.get(run.lang) ?? 0) + run.blocks.reduce((sum, block) => sum + block.text.length, 0));
    if (meets.has(run)) leads.set(run.lang, (leads.get(run.lang) ?? 0) + 1);
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
