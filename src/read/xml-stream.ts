// Streams an XML file through saxes for the TMX and XLIFF readers: chunks from
// decodedChunks (BOM, UTF-16) go in, the reader's visitor sees elements and text, and
// the units it emits come out after each chunk, so a 500 MB file is never held whole.
//
// Safety: saxes never reads a DTD or anything external and knows only the five
// predefined entities, so entity expansion ("billion laughs") and external entities
// cannot happen; a DOCTYPE that declares entities is refused up front with a clear
// message rather than failing later at the first use of one.
import type { SaxesParser } from 'saxes';
import { lazyRequire } from '../lazy-require.js';
import { AuditError, type ErrorPlace } from '../errors.js';
import { otherEncoding } from './decode.js';
import { decodedChunks, MAX_UNIT_CHARS, tooLong, type ByteCounter } from './text-stream.js';

const loadSaxes = lazyRequire<typeof import('saxes')>('saxes');

export interface XmlTag {
  /** Local name: any namespace prefix removed (`mtc:match` -> `match`). */
  name: string;
  /** Attributes by their name as written (`xml:lang`, `srcLang`). */
  attributes: Record<string, string>;
  /** Local name of the enclosing element; '' for the root. */
  parent: string;
  /** 1-based line and column of the tag's `<` (column 0: not known). */
  line: number;
  column: number;
}

export interface XmlVisitor {
  open(tag: XmlTag): void;
  /** Character data and CDATA, entities already replaced. */
  text(text: string): void;
  close(name: string): void;
}

/** Where an open element started, for errors about it and for `XmlTag`. */
interface OpenElement {
  name: string;
  line: number;
  column: number;
}

/**
 * Parses the XML file at `path` and yields what the visitor emits, in order. The
 * visitor may throw AuditError; any other parse failure becomes an AuditError with
 * the file, line and column.
 */
export async function* readXml<T>(path: string, createVisitor: (emit: (unit: T) => void) => XmlVisitor, onBytes?: ByteCounter): AsyncGenerator<T> {
  const ready: T[] = [];
  const visitor = createVisitor((unit) => ready.push(unit));
  const parser = new (loadSaxes().SaxesParser)({ position: true, xmlns: false });
  const open: OpenElement[] = [];
  let starting: OpenElement | undefined;
  let lastClosed: OpenElement | undefined;

  parser.on('doctype', (doctype) => {
    const declaration = /<!ENTITY/i.exec(doctype);
    if (declaration) {
      throw new AuditError('DOCTYPE declares entities; entity declarations are refused (never expanded)', declarationPlace(path, parser, doctype, declaration.index));
    }
  });
  // saxes holds a text node, comment or tag whole until it ends: bounded like a line of text.
  let reportedAt = 0;
  const reported = () => {
    reportedAt = parser.position;
  };
  parser.on('opentagstart', (tag) => {
    reported();
    starting = tagStart(parser, tag.name);
  });
  parser.on('opentag', (tag) => {
    const { name, line, column } = starting!; // saxes reports the start of every tag before the whole of it
    const parent = open.length > 0 ? open[open.length - 1]!.name : '';
    visitor.open({ name, attributes: tag.attributes, parent, line, column });
    open.push(starting!);
  });
  parser.on('closetag', (tag) => {
    reported();
    lastClosed = open.pop();
    visitor.close(localName(tag.name));
  });
  parser.on('text', (text) => {
    reported();
    visitor.text(text);
  });
  parser.on('cdata', (text) => {
    reported();
    visitor.text(text);
  });
  parser.on('comment', reported);

  /** The chunk being parsed and where it starts, to find a bare `&` in it after an error. */
  let current: ParsedChunk = { chunk: '', line: 1, column: 0, position: 0 };
  // Counted here: between writes, saxes's position is off by the length of the last chunk.
  let written = 0;
  try {
    for await (const chunk of decodedChunks(path, onBytes, declaredEncoding)) {
      if (chunk !== '') current = { chunk, line: parser.line, column: parser.column, position: written };
      written += chunk.length;
      parser.write(chunk);
      if (parser.position - reportedAt > MAX_UNIT_CHARS) throw tooLong('text, comment or tag', { file: path, line: parser.line });
      yield* ready.splice(0);
    }
    parser.close();
  } catch (error) {
    throw error instanceof AuditError ? error : malformed(path, parser, { open, lastClosed, current, reportedAt }, error);
  }
  yield* ready.splice(0);
}

/**
 * The encoding an XML declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`), for
 * a file without a byte-order mark: older memories and XLIFF files are Latin-1 or
 * Windows-1252, and XML readers honour the declaration.
 */
function declaredEncoding(head: Uint8Array): string | undefined {
  const declaration = new TextDecoder('latin1').decode(head.subarray(0, 256));
  return otherEncoding(/^<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(declaration)?.[1]);
}

/**
 * The line and column of `<` of a tag whose name was just read: saxes has consumed the
 * name and the character after it. When that character was a line break (`<tu` then a
 * newline), the tag began on the previous line at a column saxes no longer knows.
 */
function tagStart(parser: SaxesParser, qualifiedName: string): OpenElement {
  const name = localName(qualifiedName);
  if (parser.column === 0) return { name, line: parser.line - 1, column: 0 };
  return { name, line: parser.line, column: Math.max(1, parser.column - qualifiedName.length - 1) };
}

/**
 * Where a declaration inside a DOCTYPE starts. saxes reports the DOCTYPE when its `>` is
 * read, with its text (line breaks normalised to `\n`), so count back from there; the
 * column is known when the declaration starts a later line than `<!DOCTYPE` itself.
 */
function declarationPlace(path: string, parser: SaxesParser, doctype: string, index: number): ErrorPlace {
  const line = parser.line - (doctype.slice(index).match(/\n/g)?.length ?? 0);
  const lineStart = doctype.lastIndexOf('\n', index);
  return lineStart < 0 ? { file: path, line } : { file: path, line, column: index - lineStart };
}

/** An error place at a tag, leaving out a column that is not known. */
function placeOf(path: string, { line, column }: { line: number; column: number }): ErrorPlace {
  return column > 0 ? { file: path, line, column } : { file: path, line };
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/**
 * An AuditError for what saxes rejected. Its column counts the character just read, so
 * it is already 1-based. An element left open at the end is reported where it opened,
 * which is where the fix goes; one skipped by an end tag is named.
 */
function malformed(path: string, parser: SaxesParser, { open, lastClosed, current, reportedAt }: ParseState, error: unknown): AuditError {
  const message = error instanceof Error ? error.message : String(error);
  const reason = message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
  // saxes reads a bare `&` (R&D) as the start of an entity name running to the next `;` or
  // the end of the file, where it fails: point at the `&`. Nothing is reported after
  // such an `&` (its "name" swallows the tags), which tells it from one in a comment.
  if (/^(?:unclosed tag|disallowed character in entity name)/.test(reason)) {
    const ampersand = bareAmpersand(current, parser, reportedAt);
    if (ampersand) return new AuditError('malformed XML: a bare & (write &amp; for the character itself)', { file: path, ...ampersand });
  }
  const unclosed = /^unclosed tag/.test(reason) ? open.at(-1) : undefined;
  if (unclosed) {
    return new AuditError(`malformed XML: <${unclosed.name}> is never closed`, placeOf(path, unclosed));
  }
  const place = { file: path, line: parser.line, column: Math.max(1, parser.column) };
  if (/^unexpected close tag/.test(reason) && lastClosed) {
    // saxes has just closed the element this end tag skipped over.
    return new AuditError(`malformed XML: <${lastClosed.name}> from line ${lastClosed.line} is not closed before this end tag`, place);
  }
  return new AuditError(`malformed XML: ${reason}`, place);
}

/** `&` that starts no entity or character reference: the character written unescaped. */
const BARE_AMPERSAND = /&(?![A-Za-z_:][\w.:\u00B7-\uFFFF-]*;|#[0-9]+;|#x[0-9A-Fa-f]+;)/g;

/** A chunk given to saxes, the parser's line and column before it, and its offset in the text. */
interface ParsedChunk {
  chunk: string;
  line: number;
  column: number;
  position: number;
}

/** What readXml knows when saxes fails. */
interface ParseState {
  open: OpenElement[];
  lastClosed: OpenElement | undefined;
  current: ParsedChunk;
  /** The parser's position at its last event. */
  reportedAt: number;
}

/**
 * The line and column of the first bare `&` in the current chunk after the parser's last
 * event and before its position, if there is one. Counts line breaks as saxes does
 * (`\r\n`, `\r` and `\n` each end one line).
 */
function bareAmpersand(current: ParsedChunk, parser: SaxesParser, reportedAt: number): { line: number; column: number } | undefined {
  const { chunk } = current;
  let { line, column } = current;
  let scanned = 0;
  for (const match of chunk.matchAll(BARE_AMPERSAND)) {
    const position = current.position + match.index;
    if (position >= parser.position) return undefined;
    if (position < reportedAt) continue;
    for (; scanned < match.index; scanned++) {
      const code = chunk.charCodeAt(scanned);
      if (code === 10 && chunk.charCodeAt(scanned - 1) === 13) continue;
      if (code === 10 || code === 13) [line, column] = [line + 1, 0];
      else column++;
    }
    return { line, column: column + 1 };
  }
  return undefined;
}

/**
 * Inline codes whose content is markup, not text (TMX bpt/ept/ph/it/ut, XLIFF 1.2
 * x/bx/ex/ph/bpt/ept/it, XLIFF 2.0 ph/sc/ec). Each becomes one PLACEHOLDER and its
 * content, including any `sub` flow inside it, is dropped.
 */
const CODES = new Set(['bpt', 'ept', 'ph', 'it', 'ut', 'x', 'bx', 'ex', 'sc', 'ec']);

/**
 * U+FFFC OBJECT REPLACEMENT CHARACTER stands for an inline code. A marker rather than
 * nothing because dropping a code can fuse what it separated: `10<ph/>20` must not read
 * as the number 1020, nor `Click<x/>here` as one word; it also keeps the count of codes
 * comparable between the sides. Paired codes that wrap text (g, pc, mrk, hi) leave no
 * marker: their text is kept as it reads.
 */
export const PLACEHOLDER = '\uFFFC';

/**
 * Collects the text of one segment element (`<seg>`, `<source>`, `<target>`) from the
 * visitor's calls; more than MAX_UNIT_CHARS ends the run at the element.
 */
export class InlineText {
  private collected = '';
  /** Elements open inside the collected one. */
  private depth = 0;
  /** The depth of the code whose content is being dropped, 0 when none. */
  private dropping = 0;

  /** `element` is the collected element, in the file at `path`. */
  constructor(
    private readonly path: string,
    private readonly element: XmlTag,
  ) {}

  open(tag: XmlTag): void {
    this.depth++;
    if (this.dropping) return;
    if (CODES.has(tag.name)) {
      this.collected += PLACEHOLDER;
      this.dropping = this.depth;
    } else if (tag.name === 'cp') {
      // XLIFF 2.0 `<cp hex="0007"/>`: a character XML cannot carry literally.
      const code = Number.parseInt(tag.attributes.hex ?? '', 16);
      if (Number.isInteger(code) && code >= 0 && code <= 0x10ffff) this.collected += String.fromCodePoint(code);
    }
  }

  text(text: string): void {
    if (this.dropping) return;
    this.collected += text;
    if (this.collected.length > MAX_UNIT_CHARS) throw tooLong(`<${this.element.name}>`, placeOf(this.path, this.element));
  }

  /** Returns true when the collected element itself closes, and its text is complete. */
  close(): boolean {
    if (this.depth === 0) return true;
    if (this.dropping === this.depth) this.dropping = 0;
    this.depth--;
    return false;
  }

  get value(): string {
    return this.collected;
  }
}

/** Whether `head`, the start of a file, is XML whose root element is `name` (sniffing). */
export function xmlRootIs(head: string, name: string): boolean {
  const prolog = /^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*)*/i.exec(head)?.[0] ?? '';
  return new RegExp(`^<(?:[\\w.-]+:)?${name}[\\s/>]`).test(head.slice(prolog.length));
}

/** Refuses a file whose root element belongs to another format (`--input-format tmx` on an XLIFF file). */
export function expectRoot(tag: XmlTag, name: string, path: string): void {
  if (tag.parent === '' && tag.name !== name) {
    throw new AuditError(`not a <${name}> document: the root element is <${tag.name}>`, placeOf(path, tag));
  }
}
