// Inline codes some tools write as plain text inside the segment rather than as XML
// elements: Phrase (Memsource) `.mxliff` files (`{1>Export<1}`, `{2}`, `{b>bold<b}`) and
// OmegaT's project memories (`<f0>45 minutes</f0>`, `<x1/>`, escaped as text). Each
// becomes one PLACEHOLDER, as an XML inline code does, so that a tag's number is never
// read as a quantity and tags do not count as words.
import { PLACEHOLDER } from './xml-stream.js';

/** A tool's textual tag syntax. */
export type TextTags = RegExp;

/** Phrase: paired `{1>` ... `<1}` or `{b>` ... `<b}`, standalone `{1}`. */
export const PHRASE_TAGS: TextTags = /\{[a-z0-9]{1,6}>|<[a-z0-9]{1,6}\}|\{\d{1,4}\}/gi;
/** OmegaT: a letter or two and a number, opening, closing or empty (`<f0>`, `</f0>`, `<x1/>`). */
export const OMEGAT_TAGS: TextTags = /<\/?[a-z]{1,2}\d{1,4}\/?>/gi;
/** The XML namespace that marks a Phrase `.mxliff` file. */
export const PHRASE_NAMESPACE = 'http://www.memsource.com/mxlf/2.0';

/** `text` with each of its textual tags replaced by a placeholder; as it is when the file uses none. */
export function textTagsToPlaceholders(text: string, tags: TextTags | undefined): string {
  return tags ? text.replace(tags, PLACEHOLDER) : text;
}
