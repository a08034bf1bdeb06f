import json from './json.js';
import markdown from './markdown.js';
import type { Formatter } from './report.js';
import text from './text.js';

/** Every report format, by name. */
export const FORMATTERS: ReadonlyMap<string, Formatter> = new Map([json, text, markdown].map((formatter) => [formatter.name, formatter]));
