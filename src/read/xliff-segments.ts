// XLIFF 1.2 segmentation, as Okapi, Trados Studio (.sdlxliff) and memoQ write it: the
// <seg-source> copy of the source and the <target> mark each sentence with
// `<mrk mtype="seg" mid="…">`, and the marks of one mid translate each other. Text
// between the marks (white space, a code between sentences) belongs to no segment.
import { InlineText, type XmlTag } from './xml-stream.js';

/** One `<mrk mtype="seg">`: its mid, the line of the `<mrk>`, and its text. */
export interface MarkedSegment {
  mid?: string;
  line: number;
  text: string;
}

/** The text of a <seg-source> or 1.2 <target>, and the segments its seg marks hold. */
export class SegmentedText extends InlineText {
  private readonly marks: { mid?: string; line: number; start: number; end?: number }[] = [];
  /** For each element open inside the collected one, the index of the mark it opened. */
  private readonly opened: (number | undefined)[] = [];
  /** A seg mark is open: one inside it (not valid XLIFF) is text of the outer one. */
  private inMark = false;

  override open(tag: XmlTag): void {
    super.open(tag);
    const starts = !this.inMark && tag.name === 'mrk' && tag.attributes.mtype === 'seg';
    if (starts) this.marks.push({ mid: tag.attributes.mid, line: tag.line, start: this.value.length });
    this.inMark ||= starts;
    this.opened.push(starts ? this.marks.length - 1 : undefined);
  }

  override close(): boolean {
    if (super.close()) return true;
    const mark = this.opened.pop();
    if (mark !== undefined) {
      this.marks[mark]!.end = this.value.length;
      this.inMark = false;
    }
    return false;
  }

  /** The marked segments in document order; none when the text is not segmented. */
  get segments(): MarkedSegment[] {
    return this.marks.map(({ mid, line, start, end }) => ({ mid, line, text: this.value.slice(start, end) }));
  }
}

/** A target segment for each source segment (undefined where the target lacks it). */
export type SegmentPairing = { source: MarkedSegment; target?: MarkedSegment }[];

/**
 * Pairs the segments of a <seg-source> with those of its <target> by mid (by position for
 * marks without one). An absent or blank target leaves every segment untranslated; a
 * target mark the source lacks, or a target with text but no marks (segmented otherwise,
 * or joined), gives undefined: the unit is then paired whole, as it reads.
 */
export function pairSegments(source: MarkedSegment[], target: { text: string; segments: MarkedSegment[] } | undefined): SegmentPairing | undefined {
  const key = (segment: MarkedSegment, index: number) => segment.mid ?? `#${index}`;
  if (!target || target.text.trim() === '') return source.map((segment) => ({ source: segment }));
  const targets = new Map(target.segments.map((segment, index) => [key(segment, index), segment]));
  const sourceKeys = new Set(source.map(key));
  if (targets.size === 0 || [...targets.keys()].some((mid) => !sourceKeys.has(mid))) return undefined;
  return source.map((segment, index) => ({ source: segment, target: targets.get(key(segment, index)) }));
}
