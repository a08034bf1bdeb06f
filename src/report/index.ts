import github from './github.js';
import html from './html.js';
import json from './json.js';
import jsonl from './jsonl.js';
import junit from './junit.js';
import markdown from './markdown.js';
import sarif from './sarif.js';
import type { Formatter } from './report.js';
import text from './text.js';

/** Every report format, by name. */
export const FORMATTERS: ReadonlyMap<string, Formatter> = new Map([json, jsonl, text, markdown, sarif, junit, github, html].map((formatter) => [formatter.name, formatter]));
