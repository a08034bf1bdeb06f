// Two plain-text files, one per language (`--target`), aligned automatically: paragraphs
// (blank-line separated) or, in a file without blank lines between its text, lines. The
// aligner (analyse/align.ts) joins them with Gale-Church costs for 1-1, 1-2, 2-1, 1-0 and
// 0-1 using the language pair's expected length ratio, strengthened by numbers,
// Latin-script names and list markers (and, in documents, words: the zh–en lexicon or
// cognates).
// Blocks with no counterpart become unpaired items, reported by unpaired-segment.
//
// Line numbers: each side of a pair carries the lines of its own file, so for parallel
// input `target.line` is a line of the target file, not of the source file.
//
// Memory: both files are read whole to be aligned (alignment needs both sequences), so
// memory grows with their size: about 3.5 KB per pair of 200-character paragraphs, some
// 350 MB at the peak for 100,000 of them (measured). Time and the alignment's own memory
// stay linear through the band around the diagonal. Larger corpora belong in TMX or JSONL.
import { alignSequences, PARAGRAPH_MOVES, type Bead } from '../analyse/align.js';
import { beadCost, type LengthExpectation } from '../analyse/align-cost.js';
import { UnitBuilder } from '../analyse/align-units.js';
import { detectCollectiveLanguage } from '../analyse/language.js';
import { baseLanguageOf } from './language-tag.js';
import { LengthModel } from '../analyse/length-model.js';
import { lengthPrior, loadRulePack } from '../config/rule-pack.js';
import { AuditError } from '../errors.js';
import type { AuditItem, Segment, TextPart } from '../model.js';
import type { ReadOptions, Reader } from './reader.js';
import { numberedLines } from './text-stream.js';

/**
 * Above this many blocks per side, the cheap signals only (digits as written, no words):
 * parsing every paragraph's quantities and matching its words through the band would cost
 * minutes on a corpus, and lengths and digits suffice to align paragraphs.
 */
const THOROUGH_MAX_BLOCKS = 5000;
/**
 * Blocks of each file aligned first, with the language pair's prior, to learn this
 * document's own length ratio and spread (a translator's style moves the ratio by a third
 * either way); the whole files are then aligned with what was learnt.
 */
const CALIBRATION_BLOCKS = 2000;

const parallel: Reader = {
  format: 'parallel',
  // Never chosen by extension or content: a .txt of both languages is an article.
  extensions: [],
  sniff: () => false,
  async *read(options: ReadOptions) {
    const { path, targetPath } = options;
    if (!targetPath) throw new AuditError('parallel input needs the translation as a second file (--target <file>)', { file: path });
    const source = await readBlocks(path);
    const target = await readBlocks(targetPath);
    const sourceLang = options.sourceLang ? baseLanguageOf(options.sourceLang) : detectSide(source);
    const targetLang = options.targetLang ? baseLanguageOf(options.targetLang) : detectSide(target);
    const beads = alignBlocks(source, target, sourceLang, targetLang);
    let pairCount = 0;
    for (const bead of beads) {
      const sourceBlocks = source.slice(bead.sourceStart, bead.sourceEnd);
      const targetBlocks = target.slice(bead.targetStart, bead.targetEnd);
      if (sourceBlocks.length > 0 && targetBlocks.length > 0) {
        const pair = { id: `p${++pairCount}`, input: path, sourceLang, targetLang, source: joined(sourceBlocks), target: joined(targetBlocks) };
        yield { kind: 'pair', pair } satisfies AuditItem;
        continue;
      }
      const side = sourceBlocks.length > 0 ? 'source' : 'target';
      const segment = joined(side === 'source' ? sourceBlocks : targetBlocks);
      const lang = side === 'source' ? sourceLang : targetLang;
      yield { kind: 'unpaired', unpaired: { input: path, side, lang, segment } } satisfies AuditItem;
    }
  },
};

export default parallel;

/**
 * The blocks of one file: its paragraphs when blank lines separate its text, else its
 * lines (a file of one sentence per line, as aligned corpora are kept).
 */
export async function readBlocks(path: string): Promise<Segment[]> {
  const paragraphs: TextPart[][] = [];
  let current: TextPart[] = [];
  for await (const { line, text } of numberedLines(path)) {
    if (text.trim() === '') {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else {
      current.push({ line, text });
    }
  }
  if (current.length > 0) paragraphs.push(current);
  const blocks = paragraphs.length === 1 ? paragraphs[0]!.map((part) => [part]) : paragraphs;
  return blocks.map(segmentOf);
}

/** Aligns the blocks of the two files, in a band around the diagonal. */
export function alignBlocks(source: Segment[], target: Segment[], sourceLang: string, targetLang: string): Bead[] {
  const prior = lengthPrior(loadRulePack(), sourceLang, targetLang);
  const thorough = Math.max(source.length, target.length) <= THOROUGH_MAX_BLOCKS;
  const builder = new UnitBuilder(sourceLang, targetLang, { words: thorough, quantities: thorough });
  const sourceUnits = source.map((block) => builder.unit(block.text, sourceLang));
  const targetUnits = target.map((block) => builder.unit(block.text, targetLang));
  const align = (sourceCount: number, targetCount: number, lengths: LengthExpectation) =>
    alignSequences(sourceCount, targetCount, beadCost(sourceUnits, targetUnits, lengths), { moves: PARAGRAPH_MOVES });

  const calibration = align(Math.min(source.length, CALIBRATION_BLOCKS), Math.min(target.length, CALIBRATION_BLOCKS), prior);
  const model = new LengthModel(prior);
  for (const bead of calibration) {
    if (bead.sourceEnd - bead.sourceStart !== 1 || bead.targetEnd - bead.targetStart !== 1) continue;
    model.observe(sourceUnits[bead.sourceStart]!.chars, targetUnits[bead.targetStart]!.chars);
  }
  const { mu, tau } = model.centre();
  return align(source.length, target.length, { ratio: Math.exp(mu), spread: tau, noise: prior.noise });
}

function detectSide(blocks: Segment[]): string {
  return detectCollectiveLanguage(blocks.map((block) => block.text)) ?? 'und';
}

function segmentOf(parts: TextPart[]): Segment {
  return { line: parts[0]!.line, text: parts.map((part) => part.text).join('\n'), parts };
}

function joined(blocks: Segment[]): Segment {
  return segmentOf(blocks.flatMap((block) => block.parts));
}
