import { unitTableData } from './lexicon.js';

interface UnitInfo {
  dimension: string;
  factor: number;
  sameAs: ReadonlySet<string>;
}

let table: Map<string, UnitInfo> | undefined;

function infoOf(unit: string): UnitInfo | undefined {
  table ??= new Map(
    Object.entries(unitTableData()).map(([id, entry]) => [
      id,
      { dimension: entry.dimension, factor: entry.factor ?? 1, sameAs: new Set(entry.sameAs ?? []) },
    ]),
  );
  return table.get(unit);
}

export function dimensionOf(unit: string | undefined): string | undefined {
  return unit === undefined ? undefined : (infoOf(unit)?.dimension ?? unit);
}

/**
 * Whether two units measure the same thing: one dimension and, for currencies, the same
 * currency or a sign that may stand for it (`¥` for CNY or JPY). No unit fits any unit:
 * translations often leave a unit to the context (`3800 亿元 … 530 亿` / `RMB 380 billion`).
 */
export function unitsCompatible(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a === b) return true;
  const left = infoOf(a);
  const right = infoOf(b);
  if (!left || !right || left.dimension !== right.dimension) return false;
  if (left.dimension !== 'currency') return true;
  return left.sameAs.has(b) || right.sameAs.has(a);
}

/** The value in its dimension's base unit (km to m, years to days, % to a ratio); raw without a unit. */
export function toBase(value: number, unit: string | undefined): number {
  return unit === undefined ? value : value * (infoOf(unit)?.factor ?? 1);
}
