// A monotone aligner for two sequences (sentences of a pair, paragraphs of two files):
// the dynamic programme of Gale and Church over "beads" that join a few consecutive
// items of one side to a few of the other. What the items are and what a bead costs is
// the caller's (see align-cost.ts); this module only finds the cheapest chain of beads.
//
// The programme runs in a band around the diagonal, so that time and memory grow with
// n·band rather than n·m: 100,000 paragraphs per side fit in a few tens of megabytes.
// When the best path touches the band's edge, the band was too narrow to be sure of the
// optimum, and the programme runs again with a band twice as wide.

/** How many items of each side one bead joins. */
export interface Move {
  source: number;
  target: number;
}

/**
 * 1-1 first (ties go to it); then merges and splits, then the null moves (an item with no
 * counterpart). 1-3 and 3-1 go beyond Gale-Church's set because Chinese runs clauses
 * together with commas where English writes two or three sentences.
 */
export const MOVES: readonly Move[] = [
  { source: 1, target: 1 },
  { source: 1, target: 2 },
  { source: 2, target: 1 },
  { source: 2, target: 2 },
  { source: 1, target: 3 },
  { source: 3, target: 1 },
  { source: 1, target: 0 },
  { source: 0, target: 1 },
];

/**
 * Gale and Church's own moves, for paragraphs: they merge or split in twos at most
 * (sentences need more, see MOVES), and each move fewer is a pass fewer over every cell.
 */
export const PARAGRAPH_MOVES: readonly Move[] = [
  { source: 1, target: 1 },
  { source: 1, target: 2 },
  { source: 2, target: 1 },
  { source: 1, target: 0 },
  { source: 0, target: 1 },
];

/** Items [sourceStart, sourceEnd) of the source joined to [targetStart, targetEnd) of the target; one side may be empty. */
export interface Bead {
  sourceStart: number;
  sourceEnd: number;
  targetStart: number;
  targetEnd: number;
}

/** The cost of a bead; Infinity forbids it. */
export type BeadCost = (sourceStart: number, sourceEnd: number, targetStart: number, targetEnd: number) => number;

export interface AlignOptions {
  moves?: readonly Move[];
  /** Half-width of the first band around the diagonal, in items (default 32). */
  band?: number;
}

const NONE = 255;

/** The cheapest chain of beads covering both sequences, in order. */
export function alignSequences(sourceCount: number, targetCount: number, cost: BeadCost, options: AlignOptions = {}): Bead[] {
  const moves = options.moves ?? MOVES;
  const longest = Math.max(sourceCount, targetCount);
  // The band must let a path climb the steepest part of the diagonal from row to row.
  const slope = sourceCount === 0 ? targetCount : Math.ceil(targetCount / sourceCount);
  let halfWidth = Math.max(options.band ?? 32, slope + 1);
  for (;;) {
    const band = new Band(sourceCount, targetCount, halfWidth);
    const { beads, touchesEdge } = runBand(band, cost, moves);
    if (!touchesEdge || halfWidth >= longest) return beads;
    halfWidth *= 2;
  }
}

/** The cells of row i (source items consumed) are the target counts lo(i)..hi(i). */
class Band {
  /** Where each row's back-pointers start in the flat array. */
  readonly rowStart: Float64Array;
  readonly cells: number;

  constructor(
    readonly rows: number,
    readonly columns: number,
    readonly halfWidth: number,
  ) {
    this.rowStart = new Float64Array(rows + 2);
    for (let i = 0; i <= rows; i++) this.rowStart[i + 1] = this.rowStart[i]! + this.hi(i) - this.lo(i) + 1;
    this.cells = this.rowStart[rows + 1]!;
  }

  lo(i: number): number {
    if (this.rows === 0) return 0;
    return Math.max(0, Math.floor((i * this.columns) / this.rows) - this.halfWidth);
  }

  hi(i: number): number {
    if (this.rows === 0) return this.columns;
    return Math.min(this.columns, Math.ceil((i * this.columns) / this.rows) + this.halfWidth);
  }

  /** Whether cell (i, j) lies on an edge of the band that is not an edge of the matrix. */
  isInnerEdge(i: number, j: number): boolean {
    return (j === this.lo(i) && j > 0) || (j === this.hi(i) && j < this.columns);
  }
}

function runBand(band: Band, cost: BeadCost, moves: readonly Move[]): { beads: Bead[]; touchesEdge: boolean } {
  const { rows, columns } = band;
  const back = new Uint8Array(band.cells).fill(NONE);
  const depth = Math.max(...moves.map((move) => move.source)) + 1;
  // Costs of the last `depth` rows only: back-pointers are all the path needs.
  const width = 2 * band.halfWidth + 3;
  const totals = Array.from({ length: depth }, () => new Float64Array(width));
  const totalAt = (i: number, j: number): number => {
    if (i < 0 || j < band.lo(i) || j > band.hi(i)) return Infinity;
    return totals[i % depth]![j - band.lo(i)]!;
  };

  for (let i = 0; i <= rows; i++) {
    const lo = band.lo(i);
    const hi = band.hi(i);
    const row = totals[i % depth]!;
    row.fill(Infinity);
    for (let j = lo; j <= hi; j++) {
      if (i === 0 && j === 0) {
        row[0] = 0;
        continue;
      }
      let best = Infinity;
      let bestMove = NONE;
      for (let k = 0; k < moves.length; k++) {
        const { source, target } = moves[k]!;
        const i0 = i - source;
        const j0 = j - target;
        if (j0 < 0) continue;
        // A move within this row reads the cell just written to its left.
        const before = source === 0 ? (j0 >= lo ? row[j0 - lo]! : Infinity) : totalAt(i0, j0);
        if (before === Infinity) continue;
        const total = before + cost(i0, i, j0, j);
        if (total < best) {
          best = total;
          bestMove = k;
        }
      }
      row[j - lo] = best;
      back[band.rowStart[i]! + j - lo] = bestMove;
    }
  }

  const beads: Bead[] = [];
  let touchesEdge = false;
  let i = rows;
  let j = columns;
  while (i > 0 || j > 0) {
    touchesEdge ||= band.isInnerEdge(i, j);
    const move = moves[back[band.rowStart[i]! + j - band.lo(i)]!];
    if (!move) throw new Error(`alignSequences: no path reaches (${i}, ${j})`);
    beads.push({ sourceStart: i - move.source, sourceEnd: i, targetStart: j - move.target, targetEnd: j });
    i -= move.source;
    j -= move.target;
  }
  return { beads: beads.reverse(), touchesEdge };
}
