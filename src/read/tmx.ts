// TMX 1.4 (and the `lang` attribute of 1.1): each <tu> is a unit, its <tuv>s the language
// variants. The source variant is the one in the source language (declared, else the
// tu's or header's srclang); the target is the first other variant, or the one in the
// declared target language when a multilingual memory holds several. Without a declared
// target language, a tu with several other variants gives one pair per variant, with
// ids `<tuid>@<lang>` (as Okapi reads a multilingual memory: one target per locale).
//
// Lines: source.line is the line of <tu> (the contract's unit start); target.line is the
// line of the target's <seg>, so that an editor jumps straight to the text to fix.
import { baseLanguageOf } from './language-tag.js';
import type { ReadOptions, Reader } from './reader.js';
import { OMEGAT_TAGS, textTagsToPlaceholders, type TextTags } from './text-tags.js';
import { segmentAt, suppressionsIn, unitsToItems, variantFields, type Unit } from './units.js';
import { expectRoot, InlineText, readXml, xmlRootIs, type XmlTag, type XmlVisitor } from './xml-stream.js';

/** A <prop> of this type holds rule ids to suppress for its tu (`bitext-audit-disable` before them is optional). */
const DISABLE_PROP = 'x-bitext-audit-disable';

interface Variant {
  lang?: string;
  /** Line of the variant's <seg>. */
  line: number;
  text: string;
}

interface OpenTu {
  id?: string;
  line: number;
  srclang?: string;
  variants: Variant[];
  suppressed: string[];
}

class TmxVisitor implements XmlVisitor {
  private headerSrclang?: string;
  /** The textual tags of the tool that wrote the memory (OmegaT), if it writes them. */
  private textTags?: TextTags;
  private tu?: OpenTu;
  private variantLang?: string;
  private seg?: { line: number; text: InlineText };
  private comment?: { text: InlineText; bare: boolean };

  constructor(
    private readonly options: ReadOptions,
    private readonly emit: (unit: Unit) => void,
  ) {}

  open(tag: XmlTag): void {
    if (this.seg) return this.seg.text.open(tag);
    if (this.comment) return this.comment.text.open(tag);
    expectRoot(tag, 'tmx', this.options.path);
    const { attributes } = tag;
    switch (tag.name) {
      case 'header':
        this.headerSrclang = attributes.srclang;
        if (attributes.creationtool === 'OmegaT') this.textTags = OMEGAT_TAGS;
        break;
      case 'tu':
        this.tu = { id: attributes.tuid, line: tag.line, srclang: attributes.srclang, variants: [], suppressed: [] };
        break;
      case 'tuv':
        this.variantLang = attributes['xml:lang'] ?? attributes.lang;
        break;
      case 'seg':
        if (this.tu) this.seg = { line: tag.line, text: new InlineText(this.options.path, tag) };
        break;
      case 'note':
        if (this.tu) this.comment = { text: new InlineText(this.options.path, tag), bare: false };
        break;
      case 'prop':
        if (this.tu && attributes.type === DISABLE_PROP) this.comment = { text: new InlineText(this.options.path, tag), bare: true };
        break;
    }
  }

  text(text: string): void {
    (this.seg?.text ?? this.comment?.text)?.text(text);
  }

  close(name: string): void {
    if (this.seg) {
      if (!this.seg.text.close()) return;
      this.tu?.variants.push({ lang: this.variantLang, line: this.seg.line, text: textTagsToPlaceholders(this.seg.text.value, this.textTags) });
      this.seg = undefined;
    } else if (this.comment) {
      if (!this.comment.text.close()) return;
      const { value } = this.comment.text;
      const comment = this.comment.bare && !/^\s*bitext-audit-disable\b/.test(value) ? `bitext-audit-disable ${value}` : value;
      this.tu?.suppressed.push(...suppressionsIn(comment));
      this.comment = undefined;
    } else if (name === 'tuv') {
      this.variantLang = undefined;
    } else if (name === 'tu' && this.tu) {
      this.unitsOf(this.tu).forEach(this.emit);
      this.tu = undefined;
    }
  }

  private unitsOf(tu: OpenTu): Unit[] {
    const srclang = this.options.sourceLang ?? specific(tu.srclang) ?? specific(this.headerSrclang);
    const source = inLanguage(tu.variants, srclang) ?? tu.variants[0];
    if (!source) return [];
    const others = tu.variants.filter((variant) => variant !== source);
    const declared = inLanguage(others, this.options.targetLang);
    // A multilingual memory: one pair per target language, unless the user chose one.
    const targets = declared ? [declared] : this.options.targetLang || others.length <= 1 ? others.slice(0, 1) : others;
    const common = { id: tu.id, source: segmentAt(tu.line, source.text), sourceLang: source.lang ?? srclang, suppressed: [...new Set(tu.suppressed)] };
    if (targets.length === 0) return [common];
    return targets.map((target, index) => ({
      ...common,
      target: segmentAt(target.line, target.text),
      targetLang: target.lang,
      ...variantFields(target.lang, index, targets.length),
    }));
  }
}

/** `*all*` (any language may be the source) says nothing. */
function specific(srclang: string | undefined): string | undefined {
  return srclang === '*all*' ? undefined : srclang;
}

function inLanguage(variants: Variant[], lang: string | undefined): Variant | undefined {
  if (!lang) return undefined;
  const wanted = baseLanguageOf(lang);
  return variants.find((variant) => variant.lang !== undefined && baseLanguageOf(variant.lang) === wanted);
}

const tmx: Reader = {
  format: 'tmx',
  extensions: ['tmx'],
  sniff: (head) => xmlRootIs(head, 'tmx'),
  read: (options) => unitsToItems(readXml<Unit>(options.path, (emit) => new TmxVisitor(options, emit), options.onBytes), options),
};

export default tmx;
