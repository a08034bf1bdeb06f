// Bad input through every reader, by the built command line. Each case either is refused
// (exit 2, one stderr line naming file:line[:column], no stack, no report, nothing left
// behind) or audited; which one is in each test's name, and in README.md § Bad input.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../src/read/index.js';
import { MAX_UNIT_CHARS } from '../src/read/text-stream.js';
import { scratchDir } from './support/cli.js';
import { DRIFTING_PAIRS, FORMATS, jsonlBrokenAt, mixLineEndings, render, writeInput, type Format, type InputFiles, type TextPair } from './bad-inputs/formats.js';
import { expectAudited, expectRefused, findingLines, runOn, type ReportRun } from './bad-inputs/run.js';

/** Formats whose empty file is a valid, empty document. */
const EMPTY_IS_VALID: readonly Format[] = ['article', 'parallel', 'po', 'jsonl'];

/** 1-based line and column of `index` in a text whose lines end in `\n`. */
function placeOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

/** An input of DRIFTING_PAIRS in `format`, each file's text encoded by `encode`. */
function writeEncoded(format: Format, encode: (text: string) => Uint8Array): InputFiles {
  const { source, target } = render(format, DRIFTING_PAIRS);
  return writeInput(scratchDir(), format, encode(source), target === undefined ? undefined : encode(target));
}

const lfLines = new Map<Format, Promise<ReturnType<typeof findingLines>>>();

/** The finding lines of DRIFTING_PAIRS as a UTF-8 file with LF endings: what other encodings and endings must give. */
function utf8FindingLines(format: Format): Promise<ReturnType<typeof findingLines>> {
  if (!lfLines.has(format)) {
    const lines = runOn(writeEncoded(format, (text) => Buffer.from(text))).then((run) => findingLines(expectAudited(run)));
    lfLines.set(format, lines);
  }
  return lfLines.get(format)!;
}

const utf16le = (text: string) => Buffer.from(text, 'utf16le');
/** UTF-8 but for the é, written as the ISO-8859-1 byte 0xE9 (the texts hold no NUL to mistake for it). */
const latin1E = (text: string) => Buffer.from(text.replace('é', '\u0000')).map((byte) => (byte === 0 ? 0xe9 : byte));
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

describe.concurrent('empty files', () => {
  for (const format of EMPTY_IS_VALID) {
    it(`${format}: audited as an empty document (0 pairs, exit 0)`, async () => {
      const run = await runOn(writeInput(scratchDir(), format, '', ''));
      const report = expectAudited(run);
      expect(run.code).toBe(0);
      expect(report.summary.pairs).toBe(0);
      expect(report.findings).toEqual([]);
    });
  }
  for (const format of ['csv', 'tsv'] as const) {
    it(`${format}: refused at line 1, where the header row belongs`, async () => {
      const input = writeInput(scratchDir(), format, '');
      expectRefused(await runOn(input), input, { line: 1 }, /no header row with source and target columns/);
    });
  }
  for (const format of ['tmx', 'xliff'] as const) {
    it(`${format}: refused at 1:1, no root element`, async () => {
      const input = writeInput(scratchDir(), format, '');
      expectRefused(await runOn(input), input, { line: 1, column: 1 }, /malformed XML: document must contain a root element/);
    });
  }
});

describe.concurrent('binary files', () => {
  // A PNG's first bytes: the NUL at byte 8 is at line 3 (after \r\n and \n), column 1.
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0xff, 0xd8]);
  for (const format of FORMATS) {
    it(`${format}: refused at the first NUL byte, with its byte offset`, async () => {
      const input = writeInput(scratchDir(), format, png, png);
      expectRefused(await runOn(input), input, { line: 3, column: 1 }, /binary file \(NUL byte at byte offset 8\), not text/);
    });
  }
  it('parallel: a binary target is refused, naming the target', async () => {
    const { source } = render('parallel', DRIFTING_PAIRS);
    const input = writeInput(scratchDir(), 'parallel', source, png);
    expectRefused(await runOn(input), input, { file: input.target, line: 3, column: 1 }, /binary file/);
  });
});

describe.concurrent('invalid UTF-8', () => {
  // The é of "café" written as ISO-8859-1 (0xE9): never replaced by U+FFFD, refused where it is.
  const pairs = [...DRIFTING_PAIRS.slice(0, 2), { source: '我们在咖啡馆里讨论了 4 个新的产品方向。', target: 'We discussed 6 new product directions in the café.' }];
  for (const format of FORMATS) {
    it(`${format}: refused at the byte's line and column, with its byte offset`, async () => {
      const { source, target } = render(format, pairs);
      const text = target ?? source;
      const at = text.indexOf('é');
      const bytes = latin1E(text);
      const input = writeInput(scratchDir(), format, target === undefined ? bytes : source, target === undefined ? undefined : bytes);
      const offset = Buffer.byteLength(text.slice(0, at));
      expectRefused(await runOn(input), input, { file: target === undefined ? input.path : input.target, ...placeOf(text, at) }, new RegExp(`invalid UTF-8 at byte offset ${offset}$`));
    });
  }

  it('article: placed exactly after 64 KiB chunks of CJK text cut mid-character', async () => {
    const text = '敏捷的棕色狐狸跳过了那只懒狗，然后继续向前奔跑。\n'.repeat(5000) + '坏字节在此';
    const bytes = Buffer.concat([Buffer.from(text), Buffer.from([0xe4, 0x41]), Buffer.from('\n')]);
    const input = writeInput(scratchDir(), 'article', bytes);
    expectRefused(await runOn(input), input, { line: 5001, column: 6 }, new RegExp(`invalid UTF-8 at byte offset ${Buffer.byteLength(text)}$`));
  });

  it('article with CRLF, CR and LF endings: refused on the right line, CRLFs cut by chunk boundaries counted once', async () => {
    // The first line ends in CRLF with the CR the last byte of the first 64 KiB chunk.
    const lf = `${'a'.repeat(65535)}\n${'A line of text in English, long enough to count.\n\n'.repeat(3000)}Café`;
    const mixed = latin1E(mixLineEndings(lf));
    expect([mixed[65535], mixed[65536]]).toEqual([13, 10]);
    const input = writeInput(scratchDir(), 'article', mixed);
    expectRefused(await runOn(input), input, { line: 6002, column: 4 }, new RegExp(`invalid UTF-8 at byte offset ${mixed.indexOf(0xe9)}$`));
  });

  it('jsonl: a character cut by the end of the file is refused where it starts', async () => {
    const text = `${JSON.stringify(DRIFTING_PAIRS[0])}\n{"source":"`;
    const input = writeInput(scratchDir(), 'jsonl', Buffer.concat([Buffer.from(text), Buffer.from([0xe4, 0xb8])]));
    expectRefused(await runOn(input), input, { line: 2, column: 12 }, new RegExp(`invalid UTF-8 at byte offset ${Buffer.byteLength(text)}$`));
  });
});

describe.concurrent('UTF-16', () => {
  for (const format of FORMATS) {
    it(`${format}: without a byte-order mark, refused at 1:1 (little and big endian)`, async () => {
      for (const encode of [utf16le, utf16be]) {
        const input = writeEncoded(format, encode);
        expectRefused(await runOn(input), input, { line: 1, column: 1 }, /looks like UTF-16 without a byte-order mark/);
      }
    });
    it(`${format}: with a byte-order mark, audited like the UTF-8 file`, async () => {
      const withBom = expectAudited(await runOn(writeEncoded(format, (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(text)]))));
      expect(findingLines(withBom)).toEqual(await utf8FindingLines(format));
    });
  }

  it('article: UTF-16 of CJK text alone (NULs only in line breaks and 一) is still recognised', async () => {
    const input = writeInput(scratchDir(), 'article', utf16le('这是一个测试。一二三，一个一个来。\n'.repeat(40)));
    expectRefused(await runOn(input), input, { line: 1, column: 1 }, /looks like UTF-16 without a byte-order mark/);
  });
});

describe.concurrent('mixed line endings (CRLF, CR, LF in turn)', () => {
  for (const format of FORMATS) {
    it(`${format}: audited, every finding on the line it has with LF endings`, async () => {
      const mixed = expectAudited(await runOn(writeEncoded(format, (text) => Buffer.from(mixLineEndings(text)))));
      expect(findingLines(mixed)).toEqual(await utf8FindingLines(format));
      expect((await utf8FindingLines(format)).filter(([rule]) => rule === 'numeric-drift')).toHaveLength(3);
    });
  }
});

describe('a 50 MB single line', () => {
  // Refused as soon as the line passes MAX_UNIT_CHARS, so that time and memory stay
  // bounded whatever the file's size: the run gets a heap too small to hold the line.
  const SMALL_HEAP = { NODE_OPTIONS: '--max-old-space-size=96' };
  const FIFTY_MB = 50 * 2 ** 20;
  const filler = (bytes: number) => 'The quick brown fox jumps over 13 lazy dogs. '.repeat(Math.ceil(bytes / 45)).slice(0, bytes);
  const TOO_LONG = new RegExp(`longer than ${MAX_UNIT_CHARS} characters`);

  const cases: [Format, (line: string) => string, { line: number; column?: number }][] = [
    ['article', (line) => line, { line: 1, column: MAX_UNIT_CHARS + 1 }],
    ['parallel', (line) => line, { line: 1, column: MAX_UNIT_CHARS + 1 }],
    ['jsonl', (line) => JSON.stringify({ source: line, target: 'x' }), { line: 1, column: MAX_UNIT_CHARS + 1 }],
    ['po', (line) => `msgid "${line}"\nmsgstr "x"`, { line: 1, column: MAX_UNIT_CHARS + 1 }],
    ['csv', (line) => `source,target\n"${line}",x`, { line: 2 }],
    ['tsv', (line) => `source\ttarget\n${line}\tx`, { line: 2 }],
    ['tmx', (line) => `<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>${line}</seg></tuv></tu></body></tmx>`, { line: 1 }],
    ['xliff', (line) => `<xliff version="1.2"><file source-language="en"><body><trans-unit id="1"><source>${line}</source></trans-unit></body></file></xliff>`, { line: 1 }],
  ];
  for (const [format, wrap, place] of cases) {
    it(`${format}: refused where the line (record, text) passes ${MAX_UNIT_CHARS} characters, in a small heap`, async () => {
      const dir = scratchDir();
      try {
        const input = writeInput(dir, format, wrap(filler(FIFTY_MB)), 'x\n');
        expectRefused(await runOn(input, { env: SMALL_HEAP }), input, place, TOO_LONG);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it('csv: an unclosed quote near the top does not buffer the rest of a large file', async () => {
    const dir = scratchDir();
    try {
      const input = writeInput(dir, 'csv', `source,target\n"a,b\n${filler(4 * 2 ** 20).replace(/\. /g, '.\n')}\n`);
      expectRefused(await runOn(input, { env: SMALL_HEAP }), input, { line: 2 }, /record longer than/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.concurrent('deeply nested XML', () => {
  const DEPTH = 100_000;
  const nested = (text: string) => `${'<g>'.repeat(DEPTH)}${text}${'</g>'.repeat(DEPTH)}`;
  const first = DRIFTING_PAIRS[0]!;

  it(`tmx: ${DEPTH} nested <g> in a <seg> are audited (no stack overflow), the text inside read`, async () => {
    const tmx = render('tmx', [first]).source.replace(`<seg>${first.source}</seg>`, `<seg>${nested(first.source)}</seg>`);
    const report = expectAudited(await runOn(writeInput(scratchDir(), 'tmx', tmx)));
    expect(findingLines(report)).toContainEqual(['numeric-drift', 5, 7]);
  });

  it(`xliff: ${DEPTH} nested <g> in a <source> are audited, the text inside read`, async () => {
    const xliff = render('xliff', [first]).source.replace(`<source>${first.source}</source>`, `<source>${nested(first.source)}</source>`);
    const report = expectAudited(await runOn(writeInput(scratchDir(), 'xliff', xliff)));
    expect(findingLines(report)).toContainEqual(['numeric-drift', 5, 7]);
  });

  it(`jsonl: ${DEPTH} nested arrays in an extra field are audited`, async () => {
    const line = JSON.stringify(first).replace(/}$/, `,"extra":${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}`);
    const report = expectAudited(await runOn(writeInput(scratchDir(), 'jsonl', `${line}\n`)));
    expect(findingLines(report)).toContainEqual(['numeric-drift', 1, 1]);
  });
});

describe.concurrent('entities', () => {
  const LAUGHS = ['<!ENTITY lol "lol">', ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `<!ENTITY lol${n} "${`&lol${n === 2 ? '' : n - 1};`.repeat(10)}">`)].join('\n ');
  const secret = () => {
    const dir = scratchDir();
    const token = `secret-${Math.random().toString(36).slice(2)}-${Date.now()}`;
    const path = join(dir, 'secret.txt');
    writeFileSync(path, token);
    return { path, token };
  };
  const withDoctype = (format: 'tmx' | 'xliff', doctype: string, body = (text: string) => text) => {
    const root = format === 'tmx' ? 'tmx' : 'xliff';
    const text = body(render(format, DRIFTING_PAIRS).source).replace('?>\n', `?>\n<!DOCTYPE ${root} ${doctype}>\n`);
    return writeInput(scratchDir(), format, text);
  };
  const expectNoLeak = (run: ReportRun, token: string) => {
    const written = [run.stdout, run.stderr, ...(run.code === 2 ? [] : [readFileSync(run.output, 'utf8')])].join('\n');
    expect(written).not.toContain(token);
  };

  for (const format of ['tmx', 'xliff'] as const) {
    it(`${format}: "billion laughs" refused at the first <!ENTITY, never expanded`, async () => {
      const input = withDoctype(format, `[\n ${LAUGHS}\n]`, (text) => text.replace(DRIFTING_PAIRS[0]!.target, '&lol9;'));
      expectRefused(await runOn(input), input, { line: 3, column: 2 }, /DOCTYPE declares entities; entity declarations are refused/);
    });

    it(`${format}: an external entity (file path and file: URL) refused, the file never read`, async () => {
      const { path, token } = secret();
      for (const system of [path, `file://${path}`]) {
        const input = withDoctype(format, `[ <!ENTITY xxe SYSTEM "${system}"> ]`, (text) => text.replace(DRIFTING_PAIRS[0]!.target, '&xxe;'));
        const run = await runOn(input);
        expectRefused(run, input, { line: 2 }, /DOCTYPE declares entities/);
        expectNoLeak(run, token);
      }
    });

    it(`${format}: an external parameter entity refused, the file never read`, async () => {
      const { path, token } = secret();
      const input = withDoctype(format, `[\n<!ENTITY % p SYSTEM "${path}">\n%p;\n]`);
      const run = await runOn(input);
      expectRefused(run, input, { line: 3, column: 1 }, /DOCTYPE declares entities/);
      expectNoLeak(run, token);
    });

    it(`${format}: an entity from an external DTD refused as undefined where it is used, the DTD never read`, async () => {
      const { path, token } = secret();
      const input = withDoctype(format, `SYSTEM "${path}"`, (text) => text.replace(DRIFTING_PAIRS[0]!.target, '&xxe;'));
      const run = await runOn(input);
      const text = readFileSync(input.path, 'utf8');
      const { line, column } = placeOf(text, text.indexOf('&xxe;'));
      expectRefused(run, input, { line, column: column + '&xxe;'.length - 1 }, /malformed XML: undefined entity/);
      expectNoLeak(run, token);
    });

    it(`${format}: an external DTD no entity needs is audited without reading it`, async () => {
      const { path, token } = secret();
      const run = await runOn(withDoctype(format, `SYSTEM "${path}"`));
      expect(findingLines(expectAudited(run)).filter(([rule]) => rule === 'numeric-drift')).toHaveLength(3);
      expectNoLeak(run, token);
    });
  }
});

describe.concurrent('PO with unterminated strings', () => {
  const header = render('po', []).source;
  const cases: [string, string, { line: number; column: number }][] = [
    ['msgstr', 'msgid "Save"\nmsgstr "Speichern\n\nmsgid "Open"\nmsgstr "Öffnen"\n', { line: 8, column: 18 }],
    ['msgid', 'msgid "Save\nmsgstr "Speichern"\n', { line: 7, column: 12 }],
    ['a continuation line', 'msgid "Save"\nmsgstr ""\n"Spei\n"chern"\n', { line: 9, column: 6 }],
    ['a backslash at the end of the line', 'msgid "Save"\nmsgstr "Speichern\\\n', { line: 8, column: 19 }],
  ];
  for (const [where, entries, place] of cases) {
    it(`${where}: refused at the end of its line`, async () => {
      const input = writeInput(scratchDir(), 'po', `${header}\n${entries}`);
      expectRefused(await runOn(input), input, place, /unterminated string: no closing quote on this line/);
    });
  }
});

describe.concurrent('CSV with unbalanced quotes', () => {
  const [first, second, third] = DRIFTING_PAIRS as [TextPair, TextPair, TextPair];
  const quoted = ({ source, target }: TextPair) => `"${source}","${target}"`;
  const plain = ({ source, target }: TextPair) => `${source},${target}`;
  const csv = (...rows: string[]) => writeInput(scratchDir(), 'csv', `source,target\n${rows.join('\n')}\n`);

  it('a quoted field never closed: refused at the line where its record begins', async () => {
    const input = csv(plain(first), `"${plain(second)}`, plain(third));
    expectRefused(await runOn(input), input, { line: 3 }, /malformed CSV: a quoted field is never closed/);
  });

  it('a quoted field closed on a later line before text: refused at its record, not glued to the next', async () => {
    const input = csv(quoted(first), `"${plain(second)}`, quoted(third));
    expectRefused(await runOn(input), input, { line: 3 }, /malformed CSV: a quoted field runs on past its line and its closing quote is followed by text/);
  });

  it('a quote closed before the delimiter: refused at its record, one field short', async () => {
    const input = csv(quoted(first), `"${second.source},"${second.target}"`, quoted(third));
    expectRefused(await runOn(input), input, { line: 3 }, /malformed CSV: the record has a different number of fields than the header \(expect 2, got 1\)/);
  });

  it('a stray quote inside an unquoted field: audited, the quote read as text', async () => {
    const report = expectAudited(await runOn(csv(quoted(first), `${second.source}",He said "${second.target}`, quoted(third)), { args: ['--include-pairs'] }));
    expect(report.pairs?.map((pair) => [pair.source.line, pair.target.text])).toContainEqual([3, `He said "${second.target}`]);
  });

  it('tsv: quotes are ordinary text, an unbalanced one is audited as such', async () => {
    const tsv = render('tsv', DRIFTING_PAIRS).source.replace(second.target, `"${second.target}`);
    const report = expectAudited(await runOn(writeInput(scratchDir(), 'tsv', tsv)));
    expect(findingLines(report).filter(([rule]) => rule === 'numeric-drift')).toHaveLength(3);
  });
});

describe.concurrent('JSONL broken at line 10,000', () => {
  it('refused at the line and the column where the record breaks off', async () => {
    const input = writeInput(scratchDir(), 'jsonl', jsonlBrokenAt(10_000, 12_000));
    expectRefused(await runOn(input), input, { line: 10_000, column: 21 }, /invalid JSON: Unterminated string/);
  });
});

// The cases above loop over FORMATS: a new reader must join it to be covered.
it('covers every input format', async () => {
  expect([...FORMATS].sort()).toEqual([...FORMAT_NAMES].sort());
});
