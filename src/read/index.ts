import { extname } from 'node:path';
import { AuditError } from '../errors.js';
import article from './article.js';
import csv from './csv.js';
import jsonl from './jsonl.js';
import parallel from './parallel.js';
import po from './po.js';
import type { Reader } from './reader.js';
import { readHead, STDIN } from './text-stream.js';
import tmx from './tmx.js';
import tsv from './tsv.js';
import xliff from './xliff.js';

/** Every input format, by name. Sniffing tries them in this order, so specific formats come first. */
export const READERS: readonly Reader[] = [tmx, xliff, po, jsonl, csv, tsv, parallel, article];

export const FORMAT_NAMES: readonly string[] = READERS.map((reader) => reader.format);

/** The reader for an input: the named format, else by extension, else by content, else `article`; stdin is JSONL. */
export async function readerFor(path: string, format?: string): Promise<Reader> {
  if (format) {
    const named = READERS.find((reader) => reader.format === format);
    if (!named) throw new AuditError(`unknown input format '${format}' (one of: ${FORMAT_NAMES.join(', ')})`);
    return named;
  }
  // Standard input cannot be read twice to sniff it: it is JSONL unless named otherwise.
  if (path === STDIN) return READERS.find((reader) => reader.format === 'jsonl')!;
  const extension = extname(path).slice(1).toLowerCase();
  const byExtension = READERS.find((reader) => reader.extensions.includes(extension));
  if (byExtension) return byExtension;
  const head = await readHead(path);
  return READERS.find((reader) => reader.sniff(head)) ?? article;
}
