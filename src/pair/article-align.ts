// Matches the blocks of two runs that translate each other (the paragraphs of one language
// and those of the other): paragraph by paragraph where the aligner can tell them apart, so
// that a paragraph with no translation is reported alone and the paragraphs after it still
// meet their own translations. A speaker's turn and a list with the line introducing it
// stay whole: their paragraphs are translated as one.
import { alignSequences, PARAGRAPH_MOVES } from '../analyse/align.js';
import { beadCost, type LengthExpectation } from '../analyse/align-cost.js';
import { UnitBuilder } from '../analyse/align-units.js';
import { lengthPrior, loadRulePack, type RulePack } from '../config/rule-pack.js';
import { leadingLabel, type Block } from '../read/article-blocks.js';

export interface Side {
  lang: string;
  blocks: Block[];
}

/** Source blocks and the target blocks that translate them; one side is empty for blocks with no counterpart. */
export interface Match {
  source: Block[];
  target: Block[];
}

const INTRODUCES_LIST = /[:：]\s*$/u;
/**
 * Above this many turns on a side (a corpus saved as one text file), the cheap signals
 * only, as for parallel files: lengths and digits align paragraphs, and words and
 * quantities cost about a millisecond a paragraph (measured: 3.4 s for 3,000 against 3,000).
 */
const THOROUGH_MAX_TURNS = 1000;

/** The bundled pack's length factors: what a language pair's lengths should be, before this document says. */
let bundledPack: RulePack | undefined;

export function matchBlocks(source: Side, target: Side): Match[] {
  const whole = [{ source: source.blocks, target: target.blocks }];
  const sourceTurns = turnsOf(source.blocks);
  const targetTurns = turnsOf(target.blocks);
  if (sourceTurns.length === 1 && targetTurns.length === 1) return whole;
  const thorough = Math.max(sourceTurns.length, targetTurns.length) <= THOROUGH_MAX_TURNS;
  const builder = new UnitBuilder(source.lang, target.lang, { words: thorough, quantities: thorough });
  const unitsOf = (turns: Block[][], lang: string) => turns.map((turn) => builder.unit(turn.map((block) => block.text).join('\n'), lang));
  const cost = beadCost(unitsOf(sourceTurns, source.lang), unitsOf(targetTurns, target.lang), lengthsOf(source, target));
  const beads = alignSequences(sourceTurns.length, targetTurns.length, cost, { moves: PARAGRAPH_MOVES });
  const matches: Match[] = [];
  for (const bead of beads) {
    const match = { source: sourceTurns.slice(bead.sourceStart, bead.sourceEnd).flat(), target: targetTurns.slice(bead.targetStart, bead.targetEnd).flat() };
    const last = matches.at(-1);
    // Neighbouring blocks without counterpart on the same side are one stretch left untranslated.
    if (last && ((last.target.length === 0 && match.target.length === 0) || (last.source.length === 0 && match.source.length === 0))) {
      last.source.push(...match.source);
      last.target.push(...match.target);
    } else {
      matches.push(match);
    }
  }
  // Runs that share nothing a translation keeps are still the text and its translation by
  // their place: one pair, for the checks to say what is wrong with it.
  return matches.some((match) => match.source.length > 0 && match.target.length > 0) ? matches : whole;
}

/**
 * Whether two stretches are a text and its translation by what they share: their bead
 * costs less than half of leaving one of them out. Two stretches that each lost their
 * partner sit side by side by accident too, so a plausible length alone is not enough.
 */
export function translates(source: Side, target: Side): boolean {
  const builder = new UnitBuilder(source.lang, target.lang);
  const unitOf = (side: Side) => builder.unit(side.blocks.map((block) => block.text).join('\n'), side.lang);
  const cost = beadCost([unitOf(source)], [unitOf(target)], lengthsOf(source, target));
  return cost(0, 1, 0, 1) < cost(0, 1, 0, 0) / 2;
}

function lengthsOf(source: Side, target: Side): LengthExpectation {
  bundledPack ??= loadRulePack();
  return lengthPrior(bundledPack, source.lang, target.lang);
}

/** Blocks grouped into what is translated as one: a turn (a label and the unlabelled paragraphs after it), a list with its introduction. */
function turnsOf(blocks: Block[]): Block[][] {
  const turns: Block[][] = [];
  for (const block of blocks) {
    const turn = turns.at(-1);
    if (turn && continues(turn, block)) turn.push(block);
    else turns.push([block]);
  }
  return turns;
}

/** Whether a block continues a turn: an item of the list the turn introduces, or an unlabelled paragraph after a label. */
export function continues(turn: Block[], block: Block): boolean {
  const last = turn.at(-1)!;
  const item = block.listItem === true || (!block.opensTurn && leadingLabel(block.text) !== undefined);
  if (item && (last.listItem || INTRODUCES_LIST.test(last.text))) return true;
  return !block.opensTurn && turn[0]!.opensTurn === true;
}
