// XLIFF 1.2 (<file source-language target-language>, <trans-unit>) and 2.0 (<xliff srcLang
// trgLang>, <unit> holding one or more <segment>s). One pair per 2.0 segment, and per 1.2
// trans-unit or, when its <seg-source> marks segments (`<mrk mtype="seg" mid>`: Okapi,
// Trados, memoQ), per marked segment (xliff-segments.ts); a unit with several segments
// gives them ids `<unit id>/<segment id, mid or n>`. Only <source>/<target> directly
// under a trans-unit or segment count: the copies in <alt-trans>, <ignorable> and
// module elements (mtc:match) are not the translation. Units marked translate="no" are
// skipped: nothing is expected of them.
//
// Lines: source.line is the line of <trans-unit>/<unit> (the contract's unit start), or
// of <segment> / the <seg-source> <mrk> for the pairs of a unit with several; target.line
// is the line of <target> (of its <mrk> when segmented), so that an editor jumps to the
// text to fix.
import type { ReadOptions, Reader } from './reader.js';
import { PHRASE_NAMESPACE, PHRASE_TAGS, textTagsToPlaceholders, type TextTags } from './text-tags.js';
import { segmentAt, suppressionsIn, unitsToItems, type Unit } from './units.js';
import { pairSegments, SegmentedText, type MarkedSegment } from './xliff-segments.js';
import { expectRoot, InlineText, readXml, xmlRootIs, type XmlTag, type XmlVisitor } from './xml-stream.js';

interface Side {
  line: number;
  text: string;
  /** The element's own xml:lang (Okapi writes `<target xml:lang="de-de">`), over the file's. */
  lang?: string;
}

interface SegmentDraft {
  id?: string;
  /** Line of <segment>; of the trans-unit for 1.2. */
  line: number;
  source?: Side;
  target?: Side;
}

interface OpenUnit {
  id?: string;
  line: number;
  translate: boolean;
  segments: SegmentDraft[];
  suppressed: string[];
  /** 1.2: the segments <seg-source> and <target> mark, if they mark any. */
  marked?: { source?: MarkedSegment[]; target?: MarkedSegment[] };
}

/** Parents under which <source> and <target> are the unit's own text. */
const SEGMENT_PARENTS = new Set(['trans-unit', 'segment']);
/** Parents under which a <note> belongs to the unit (1.2 directly, 2.0 inside <notes>). */
const NOTE_PARENTS = new Set(['trans-unit', 'notes']);

class XliffVisitor implements XmlVisitor {
  private languages: { source?: string; target?: string } = {};
  private unit?: OpenUnit;
  private side?: { name: 'source' | 'target' | 'seg-source'; line: number; text: InlineText; lang?: string };
  private note?: InlineText;
  /** The textual tags of the tool that wrote the file (Phrase), if it writes them. */
  private textTags?: TextTags;

  constructor(
    private readonly options: ReadOptions,
    private readonly emit: (unit: Unit) => void,
  ) {}

  open(tag: XmlTag): void {
    if (this.side) return this.side.text.open(tag);
    if (this.note) return this.note.open(tag);
    expectRoot(tag, 'xliff', this.options.path);
    const { attributes } = tag;
    switch (tag.name) {
      case 'xliff':
        this.languages = { source: attributes.srcLang, target: attributes.trgLang };
        if (Object.values(attributes).includes(PHRASE_NAMESPACE)) this.textTags = PHRASE_TAGS;
        break;
      case 'file':
        this.languages = {
          source: attributes['source-language'] ?? this.languages.source,
          target: attributes['target-language'] ?? this.languages.target,
        };
        break;
      case 'trans-unit':
      case 'unit':
        this.unit = {
          id: attributes.id,
          line: tag.line,
          translate: attributes.translate !== 'no',
          // A 1.2 trans-unit is its own single segment.
          segments: tag.name === 'trans-unit' ? [{ line: tag.line }] : [],
          suppressed: [],
        };
        break;
      case 'segment':
        if (this.unit && tag.parent === 'unit') this.unit.segments.push({ id: attributes.id, line: tag.line });
        break;
      case 'source':
      case 'target':
      case 'seg-source': {
        if (!this.unit || !SEGMENT_PARENTS.has(tag.parent)) break;
        // A 1.2 target may be segmented like its seg-source.
        const text = tag.parent === 'trans-unit' && tag.name !== 'source' ? new SegmentedText(this.options.path, tag) : new InlineText(this.options.path, tag);
        this.side = { name: tag.name, line: tag.line, text, lang: attributes['xml:lang'] };
        break;
      }
      case 'note':
        if (this.unit && NOTE_PARENTS.has(tag.parent)) this.note = new InlineText(this.options.path, tag);
        break;
    }
  }

  text(text: string): void {
    (this.side?.text ?? this.note)?.text(text);
  }

  close(name: string): void {
    if (this.side) {
      const side = this.side;
      if (!side.text.close()) return;
      const segment = this.unit?.segments.at(-1);
      if (side.text instanceof SegmentedText && this.unit) {
        const marked = side.text.segments.map((mark) => ({ ...mark, text: textTagsToPlaceholders(mark.text, this.textTags) }));
        this.unit.marked = { ...this.unit.marked, [side.name === 'target' ? 'target' : 'source']: marked };
      }
      if (segment && side.name !== 'seg-source') segment[side.name] = { line: side.line, text: textTagsToPlaceholders(side.text.value, this.textTags), lang: side.lang };
      this.side = undefined;
    } else if (this.note) {
      if (!this.note.close()) return;
      this.unit?.suppressed.push(...suppressionsIn(this.note.value));
      this.note = undefined;
    } else if ((name === 'trans-unit' || name === 'unit') && this.unit) {
      if (this.unit.translate) this.unitsOf(this.unit).forEach(this.emit);
      this.unit = undefined;
    }
  }

  private unitsOf(unit: OpenUnit): Unit[] {
    const segments = markedDrafts(unit) ?? unit.segments;
    const several = segments.length > 1;
    const suppressed = [...new Set(unit.suppressed)];
    return segments.flatMap((segment, index) => {
      if (!segment.source) return [];
      return [
        {
          id: several && unit.id !== undefined ? `${unit.id}/${segment.id ?? index + 1}` : unit.id,
          source: segmentAt(several ? segment.line : unit.line, segment.source.text),
          target: segment.target && segmentAt(segment.target.line, segment.target.text),
          sourceLang: segment.source.lang ?? this.languages.source,
          targetLang: segment.target?.lang ?? this.languages.target,
          suppressed,
        },
      ];
    });
  }
}

/** A 1.2 trans-unit's drafts, one per segment its <seg-source> marks; undefined to pair it whole. */
function markedDrafts(unit: OpenUnit): SegmentDraft[] | undefined {
  const [whole] = unit.segments;
  if (!whole?.source || !unit.marked?.source?.length) return undefined;
  const target = whole.target && { text: whole.target.text, segments: unit.marked.target ?? [] };
  const pairing = pairSegments(unit.marked.source, target);
  return pairing?.map(({ source, target: translated }) => ({
    id: source.mid,
    line: source.line,
    source: { line: source.line, text: source.text, lang: whole.source!.lang },
    target: translated && { line: translated.line, text: translated.text, lang: whole.target!.lang },
  }));
}

const xliff: Reader = {
  format: 'xliff',
  // Trados (.sdlxliff), memoQ (.mqxliff) and Phrase (.mxliff) write XLIFF 1.2 under their own extensions.
  extensions: ['xlf', 'xliff', 'sdlxliff', 'mqxliff', 'mxliff'],
  sniff: (head) => xmlRootIs(head, 'xliff'),
  read: (options) => unitsToItems(readXml<Unit>(options.path, (emit) => new XliffVisitor(options, emit), options.onBytes), options),
};

export default xliff;
