// The length picture: every pair a point (source length against target length, both on log
// scales, where a constant ratio is a straight diagonal), the band of expected ratios drawn,
// and anomalies marked and linked to their pair. Inline SVG, styled by the page's CSS.
import { textLength } from '../../analyse/length-model.js';
import type { Finding } from '../../model.js';
import type { ItemView } from './attach.js';
import { escapeHtml } from './escape.js';
import { expectedRatio } from './finding-details.js';
import { languageName } from './languages.js';

export interface LengthPoint {
  anchor: string;
  pairId: string;
  sourceChars: number;
  targetChars: number;
  /** The length-anomaly finding on this pair, if any. */
  anomaly?: Finding;
}

export interface LengthSeries {
  sourceLang: string;
  targetLang: string;
  points: LengthPoint[];
  /** Expected target/source ratio: the length-anomaly rule's, else this document's median. */
  expectedRatio: number;
  expectedFrom: 'rule' | 'median';
}

/** The pairs of the document grouped by language pair, since each has its own expected ratio. */
export function lengthSeries(items: readonly ItemView[]): LengthSeries[] {
  const groups = new Map<string, { sourceLang: string; targetLang: string; points: LengthPoint[]; ruleRatios: number[] }>();
  for (const view of items) {
    const { item } = view;
    if (item.kind !== 'pair') continue;
    const key = `${item.sourceLang}>${item.targetLang}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { sourceLang: item.sourceLang, targetLang: item.targetLang, points: [], ruleRatios: [] }));
    const anomaly = view.findings.find((finding) => finding.ruleId === 'length-anomaly');
    const ruleRatio = anomaly && expectedRatio(anomaly);
    if (ruleRatio) group.ruleRatios.push(ruleRatio);
    group.points.push({
      anchor: view.anchor,
      pairId: item.id,
      sourceChars: textLength(item.source.text),
      targetChars: textLength(item.target.text),
      ...(anomaly ? { anomaly } : {}),
    });
  }
  return [...groups.values()].map(({ ruleRatios, ...group }) => {
    const fromRule = ruleRatios.length > 0;
    const ratios = group.points.filter((point) => point.sourceChars > 0 && point.targetChars > 0).map((point) => point.targetChars / point.sourceChars);
    return { ...group, expectedRatio: median(fromRule ? ruleRatios : ratios) ?? 1, expectedFrom: fromRule ? 'rule' : 'median' };
  });
}

const WIDTH = 640;
const HEIGHT = 380;
const MARGIN = { left: 58, right: 18, top: 14, bottom: 46 };
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;

/**
 * @param band half-width of the expected band in ln(ratio): a pair outside it deviates by more
 *   than the length-anomaly rule's least reportable deviation.
 */
export function renderLengthChart(series: LengthSeries, band: number, id: string): string {
  const x = logScale(series.points.map((point) => point.sourceChars), PLOT_WIDTH, false);
  const y = logScale(series.points.map((point) => point.targetChars), PLOT_HEIGHT, true);
  const ratio = series.expectedRatio;
  const bandEdge = (chars: number, sign: number) => y.at(chars * ratio * Math.exp(sign * band));
  const [low, high] = x.domain;
  const bandPolygon = [
    [x.at(low), bandEdge(low, -1)],
    [x.at(high), bandEdge(high, -1)],
    [x.at(high), bandEdge(high, 1)],
    [x.at(low), bandEdge(low, 1)],
  ];
  const quiet = series.points.filter((point) => !point.anomaly);
  const anomalies = series.points.filter((point) => point.anomaly);
  const factor = Math.exp(band).toFixed(2);
  const source = languageName(series.sourceLang);
  const target = languageName(series.targetLang);
  const expected = `expected ratio ${ratio.toFixed(2)} (${series.expectedFrom === 'rule' ? 'the length-anomaly model' : 'median of these pairs'}), band ×÷${factor}`;
  return (
    `<figure class="chart"><svg class="length-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">Length of every pair: ${escapeHtml(source)} against ${escapeHtml(target)}</title>` +
    `<desc id="${id}-desc">${series.points.length} pairs, ${anomalies.length} length anomalies; ${escapeHtml(expected)}</desc>` +
    axes(x, y, source, target) +
    `<svg x="${MARGIN.left}" y="${MARGIN.top}" width="${PLOT_WIDTH}" height="${PLOT_HEIGHT}" viewBox="0 0 ${PLOT_WIDTH} ${PLOT_HEIGHT}">` +
    `<polygon class="band" points="${bandPolygon.map(([px, py]) => `${round(px!)},${round(py!)}`).join(' ')}"/>` +
    `<line class="expected" x1="${round(x.at(low))}" y1="${round(y.at(low * ratio))}" x2="${round(x.at(high))}" y2="${round(y.at(high * ratio))}"/>` +
    // One path of zero-length round-capped strokes draws thousands of dots in a few bytes each.
    `<path class="points" d="${quiet.map((point) => `M${round(x.at(point.sourceChars))} ${round(y.at(point.targetChars))}h0`).join('')}"/>` +
    anomalies.map((point) => anomalyPoint(point, x.at(point.sourceChars), y.at(point.targetChars))).join('') +
    '</svg></svg>' +
    `<figcaption>Each dot is a pair (log scales); the shaded band is the ${escapeHtml(expected)}. ` +
    `<span class="legend-anomaly">Red dots</span> are length anomalies: select one to go to its pair.</figcaption></figure>`
  );
}

function anomalyPoint(point: LengthPoint, cx: number, cy: number): string {
  const finding = point.anomaly!;
  const label = `${point.pairId}: ${point.sourceChars} → ${point.targetChars} characters`;
  return (
    `<a href="#${point.anchor}" class="anomaly" data-rule="${escapeHtml(finding.ruleId)}" data-severity="${escapeHtml(finding.severity)}">` +
    `<title>${escapeHtml(label)}</title><circle cx="${round(cx)}" cy="${round(cy)}" r="6"/></a>`
  );
}

interface Scale {
  domain: [number, number];
  at(value: number): number;
  ticks: number[];
}

/** Extra room around the data on each axis, as a factor: points never sit on the frame. */
const PADDING = 1.3;
/** The narrowest range an axis shows (a factor): one pair alone still gets a readable scale. */
const MIN_SPAN = 4;

/** A log10 scale around the values (lengths below 1 count as 1), with ticks at 1, 2 and 5 times powers of ten. */
function logScale(values: readonly number[], length: number, flip: boolean): Scale {
  let lowest = Infinity;
  let highest = 0;
  for (const value of values) {
    lowest = Math.min(lowest, Math.max(1, value));
    highest = Math.max(highest, Math.max(1, value));
  }
  if (!Number.isFinite(lowest)) [lowest, highest] = [1, 1];
  const widen = Math.sqrt(Math.max(1, MIN_SPAN / ((highest * PADDING) / (lowest / PADDING))));
  const low = Math.max(1, lowest / PADDING / widen);
  const high = highest * PADDING * widen;
  const [logLow, logHigh] = [Math.log10(low), Math.log10(high)];
  return {
    domain: [low, high],
    ticks: ticksBetween(low, high),
    at(value) {
      const share = (Math.log10(Math.max(1, value)) - logLow) / (logHigh - logLow);
      return (flip ? 1 - share : share) * length;
    },
  };
}

/** Powers of ten over many decades, 1-2-5 over a few, finer within one. */
function ticksBetween(low: number, high: number): number[] {
  const decades = Math.log10(high / low);
  const steps = decades > 3 ? [1] : decades > 1 ? [1, 2, 5] : [1, 2, 3, 5, 7];
  const ticks: number[] = [];
  for (let decade = 10 ** Math.floor(Math.log10(low)); decade <= high; decade *= 10) {
    for (const step of steps) if (decade * step >= low && decade * step <= high) ticks.push(decade * step);
  }
  return ticks;
}

function axes(x: Scale, y: Scale, source: string, target: string): string {
  const left = MARGIN.left;
  const top = MARGIN.top;
  const bottom = top + PLOT_HEIGHT;
  const vertical = x.ticks.map((tick) => {
    const px = round(left + x.at(tick));
    return `<line class="grid" x1="${px}" y1="${top}" x2="${px}" y2="${bottom}"/><text class="tick" x="${px}" y="${bottom + 16}" text-anchor="middle">${tickLabel(tick)}</text>`;
  });
  const horizontal = y.ticks.map((tick) => {
    const py = round(top + y.at(tick));
    return `<line class="grid" x1="${left}" y1="${py}" x2="${left + PLOT_WIDTH}" y2="${py}"/><text class="tick" x="${left - 8}" y="${py + 4}" text-anchor="end">${tickLabel(tick)}</text>`;
  });
  return (
    `<g aria-hidden="true">${vertical.join('')}${horizontal.join('')}` +
    `<text class="axis-label" x="${left + PLOT_WIDTH / 2}" y="${HEIGHT - 8}" text-anchor="middle">source length, characters (${escapeHtml(source)})</text>` +
    `<text class="axis-label" transform="translate(14 ${top + PLOT_HEIGHT / 2}) rotate(-90)" text-anchor="middle">target length (${escapeHtml(target)})</text></g>`
  );
}

function tickLabel(value: number): string {
  return value >= 1e6 ? `${value / 1e6}M` : value >= 1e3 ? `${value / 1e3}k` : String(value);
}

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
