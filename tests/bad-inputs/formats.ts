// Well-formed inputs of every format, written for these tests: pairs of strings go in,
// files come out, each string escaped the way its format requires. The bad-input suite
// starts from them and breaks one thing; the fuzz tests put random text inside them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FORMATS = ['article', 'parallel', 'tmx', 'xliff', 'po', 'csv', 'tsv', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

export interface TextPair {
  source: string;
  target: string;
}

/** An input on disk: the file, and for `parallel` the translation beside it. */
export interface InputFiles {
  format: Format;
  path: string;
  target?: string;
}

/** Pairs every format audits to a numeric-drift finding each (3 ≠ 5, 8 ≠ 9, 12 ≠ 21). */
export const DRIFTING_PAIRS: readonly TextPair[] = [
  { source: '公司去年一共卖出了 3 台服务器和许多配件。', target: 'Last year the company sold 5 servers and many accessories.' },
  { source: '新工厂明年将雇用 8 名工程师负责生产线。', target: 'Next year the new plant will hire 9 engineers for the line.' },
  { source: '项目团队在过去一年里完成了 12 个重要版本。', target: 'Over the past year the project team shipped 21 major releases.' },
];

/** Characters XML 1.0 cannot hold, even escaped: left out of random text put in XML. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xml(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const PO_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A PO string body: C escapes, other control characters as octal. */
function po(text: string): string {
  return text.replace(/[\\"\n\r\t]|[\u0000-\u001F\u007F]/g, (char) => PO_ESCAPES[char] ?? `\\${char.charCodeAt(0).toString(8).padStart(3, '0')}`);
}

const csvField = (text: string) => `"${text.replace(/"/g, '""')}"`;
/** TSV fields hold no tabs or line breaks (IANA text/tab-separated-values). */
const tsvField = (text: string) => text.replace(/[\t\r\n]/g, ' ');

/** The text of an input holding `pairs`; for `parallel`, of the source file (see `render`). */
const RENDER: Record<Exclude<Format, 'parallel'>, (pairs: readonly TextPair[]) => string> = {
  article: (pairs) => pairs.map(({ source, target }) => `${source}\n\n${target}\n`).join('\n'),
  tmx: (pairs) =>
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n' +
    '<header srclang="zh" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="none" creationtool="tests" creationtoolversion="1"/>\n<body>\n' +
    pairs
      .map(({ source, target }, index) =>
        `<tu tuid="${index + 1}">\n  <tuv xml:lang="zh"><seg>${xml(source)}</seg></tuv>\n  <tuv xml:lang="en"><seg>${xml(target)}</seg></tuv>\n</tu>\n`,
      )
      .join('') +
    '</body>\n</tmx>\n',
  xliff: (pairs) =>
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n' +
    '<file source-language="zh" target-language="en" datatype="plaintext" original="tests">\n<body>\n' +
    pairs
      .map(({ source, target }, index) => `<trans-unit id="${index + 1}">\n  <source>${xml(source)}</source>\n  <target>${xml(target)}</target>\n</trans-unit>\n`)
      .join('') +
    '</body>\n</file>\n</xliff>\n',
  po: (pairs) =>
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"X-Source-Language: zh\\n"\n"Language: en\\n"\n' +
    pairs.map(({ source, target }) => `\nmsgid "${po(source)}"\nmsgstr "${po(target)}"\n`).join(''),
  csv: (pairs) => 'source,target\n' + pairs.map(({ source, target }) => `${csvField(source)},${csvField(target)}\n`).join(''),
  tsv: (pairs) => 'source\ttarget\n' + pairs.map(({ source, target }) => `${tsvField(source)}\t${tsvField(target)}\n`).join(''),
  jsonl: (pairs) => pairs.map((pair) => `${JSON.stringify(pair)}\n`).join(''),
};

/** The file texts of an input holding `pairs`: `target` only for `parallel`. */
export function render(format: Format, pairs: readonly TextPair[]): { source: string; target?: string } {
  if (format === 'parallel') {
    return { source: pairs.map((pair) => `${pair.source}\n`).join('\n'), target: pairs.map((pair) => `${pair.target}\n`).join('\n') };
  }
  return { source: RENDER[format](pairs) };
}

export const EXTENSION: Record<Format, string> = {
  article: 'txt',
  parallel: 'zh.txt',
  tmx: 'tmx',
  xliff: 'xlf',
  po: 'po',
  csv: 'csv',
  tsv: 'tsv',
  jsonl: 'jsonl',
};

/** Writes file contents (text as UTF-8, or bytes) as an input of `format` in `dir`. */
export function writeInput(dir: string, format: Format, source: string | Uint8Array, target?: string | Uint8Array, name = 'input'): InputFiles {
  const path = join(dir, `${name}.${EXTENSION[format]}`);
  writeFileSync(path, source);
  if (format !== 'parallel') return { format, path };
  const targetPath = join(dir, `${name}.en.txt`);
  writeFileSync(targetPath, target ?? '');
  return { format, path, target: targetPath };
}

/** Writes a well-formed input of `format` holding `pairs`. */
export function writePairs(dir: string, format: Format, pairs: readonly TextPair[], name?: string): InputFiles {
  const { source, target } = render(format, pairs);
  return writeInput(dir, format, source, target, name);
}

/** The command-line arguments that audit an input in its format. */
export function inputArgs(input: InputFiles): string[] {
  return [input.path, '--input-format', input.format, ...(input.target ? ['--target', input.target] : [])];
}

/** JSONL of `total` records with line `broken` cut off mid-string, at column 21. */
export function jsonlBrokenAt(broken: number, total: number): string {
  const records = Array.from({ length: total }, (_, index) => JSON.stringify({ source: `第 ${index + 1} 行有 ${index + 1} 个字。`, target: `Line ${index + 1} has ${index + 2} characters.` }));
  records[broken - 1] = records[broken - 1]!.slice(0, 20);
  return `${records.join('\n')}\n`;
}

/** Lines of a text as the readers count them: `\r\n`, `\r` and `\n` each end one. */
export function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

/**
 * The same text with CRLF, CR and LF line endings in turn. A CR is never put before an
 * empty line ending in LF, which would read as one CRLF and lose a line.
 */
export function mixLineEndings(text: string): string {
  const lines = text.split('\n');
  return lines
    .map((line, index) => {
      if (index === lines.length - 1) return line;
      const ending = ['\r\n', '\r', '\n'][index % 3]!;
      return line + (ending === '\r' && lines[index + 1] === '' ? '\r\n' : ending);
    })
    .join('');
}
