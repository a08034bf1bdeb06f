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
/** What follows the byte offset when the bad byte follows ASCII and starts no UTF-8 sequence, as a legacy encoding's character does. */
const OTHER_ENCODING_HINT = ' \\(a file in another encoding, such as Windows-1252 or GBK\\? save it as UTF-8\\)';
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
      expectRefused(await runOn(input), input, { file: target === undefined ? input.path : input.target, ...placeOf(text, at) }, new RegExp(`invalid UTF-8 at byte offset ${offset}${OTHER_ENCODING_HINT}$`));
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
    expectRefused(await runOn(input), input, { line: 6002, column: 4 }, new RegExp(`invalid UTF-8 at byte offset ${mixed.indexOf(0xe9)}${OTHER_ENCODING_HINT}$`));
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

describe.concurrent('real exports broken', () => {
  // Each export of tests/fixtures/exports broken the way files break in the wild: cut short
  // by a failed transfer, an end tag lost by hand editing, an HTML entity pasted in, saved
  // in another encoding. Refused at the place of the break (the place is computed from the
  // broken text, so that it is the true one), naming what is wrong.
  const EXPORTS = 'tests/fixtures/exports';
  const fixture = (name: string) => readFileSync(join(EXPORTS, name));
  const text = (name: string) => fixture(name).toString('utf8');
  /** The text cut just after the first `marker` (after `skip` earlier ones). */
  const cutAfter = (source: string, marker: string, skip = 0) => {
    let at = -1;
    for (let n = 0; n <= skip; n++) at = source.indexOf(marker, at + 1);
    expect(at, marker).toBeGreaterThanOrEqual(0);
    return source.slice(0, at + marker.length);
  };
  /** 1-based line and column of the first `marker` in `source` (its last character with `end`). */
  const at = (source: string, marker: string, end = false) => {
    const index = source.indexOf(marker);
    expect(index, marker).toBeGreaterThanOrEqual(0);
    return placeOf(source, index + (end ? marker.length - 1 : 0));
  };

  it('okapi .xlf cut off inside a target segment: refused where the open <mrk> starts', async () => {
    const cut = cutAfter(text('okapi-segmented.xlf'), 'No supere los ');
    const input = writeInput(scratchDir(), 'xliff', cut);
    const lastMrk = cut.lastIndexOf('<mrk');
    expectRefused(await runOn(input), input, placeOf(cut, lastMrk), /malformed XML: <mrk> is never closed/);
  });

  it('sdlxliff with a segment end tag lost: refused at the end tag that skips it, naming the mrk', async () => {
    const source = text('trados-studio-2022.sdlxliff');
    const lost = '3.000 Liter pro Stunde.</mrk>';
    const broken = source.replace(lost, '3.000 Liter pro Stunde.');
    const input = writeInput(scratchDir(), 'xliff', broken);
    const endTag = broken.indexOf('</target>', broken.indexOf('3.000 Liter'));
    expectRefused(await runOn(input), input, placeOf(broken, endTag + '</target>'.length - 1), /malformed XML: <mrk> from line 11 is not closed before this end tag/);
  });

  it('mqxliff with an HTML entity (&nbsp;) pasted into a target: refused at the entity', async () => {
    const broken = text('memoq-ja.mqxliff').replace('試用期間はあと', '試用期間は&nbsp;あと');
    const input = writeInput(scratchDir(), 'xliff', broken);
    expectRefused(await runOn(input), input, at(broken, '&nbsp;', true), /malformed XML: undefined entity/);
  });

  it('XLIFF 2.1 with a bare & (R&D) and no ; after it: refused at the &, not at the end of the file', async () => {
    const broken = text('xliff21-multifile.xlf').replace('Logs are kept', 'R&D logs are kept');
    const input = writeInput(scratchDir(), 'xliff', broken);
    expectRefused(await runOn(input), input, at(broken, '&D'), /malformed XML: a bare & \(write &amp; for the character itself\)$/);
  });

  it('sdlxliff with a bare & (Q&A) and a ; further on: refused at the &, not at the ;', async () => {
    const broken = text('trados-studio-2022.sdlxliff').replace('Clean the filter every', 'Q&A: clean the filter; every');
    const input = writeInput(scratchDir(), 'xliff', broken);
    expectRefused(await runOn(input), input, at(broken, '&A'), /malformed XML: a bare & \(write &amp; for the character itself\)$/);
  });

  it('a bare & in XLIFF past the first 64 KiB: refused at the & (chunk offsets counted right)', async () => {
    const many = render('xliff', Array.from({ length: 2000 }, (_, index) => DRIFTING_PAIRS[index % 3]!)).source;
    const broken = many.replace(/Over the past year(?![\s\S]*Over the past year)/, 'Over the past R&D year');
    const input = writeInput(scratchDir(), 'xliff', broken);
    expectRefused(await runOn(input), input, at(broken, '&D'), /malformed XML: a bare & /);
  });

  it('a & in a comment or CDATA is text: an unclosed element after it is reported as such', async () => {
    const broken = text('okapi-segmented.xlf').replace('<body>', '<body><!-- R&D review --><![CDATA[ Q&A ]]>').replace('</xliff>\n', '');
    const input = writeInput(scratchDir(), 'xliff', broken);
    expectRefused(await runOn(input), input, at(broken, '<xliff'), /malformed XML: <xliff> is never closed/);
  });

  it('UTF-16 BE TMX cut in the middle of a character: refused at its byte offset', async () => {
    const bytes = fixture('wordfast-utf16be.tmx');
    const cut = bytes.subarray(0, 1001);
    const input = writeInput(scratchDir(), 'tmx', cut);
    const decoded = new TextDecoder('utf-16be').decode(cut.subarray(2, 1000));
    expectRefused(await runOn(input), input, placeOf(decoded.replace(/\r\n/g, '\n'), decoded.replace(/\r\n/g, '\n').length), /invalid UTF-16BE at byte offset 1000$/);
  });

  it('TMX with a <tuv> end tag misspelt: refused at the misspelt tag', async () => {
    const broken = text('memoq-tm.tmx').replace('</tuv>', '</tvu>');
    const input = writeInput(scratchDir(), 'tmx', broken);
    expectRefused(await runOn(input), input, at(broken, '</tvu>', true), /malformed XML: /);
  });

  it('GB2312 PO cut off inside a continued string: refused at the end of its line', async () => {
    const bytes = fixture('launchpad-zh_CN.gb2312.po');
    const cut = bytes.subarray(0, bytes.indexOf('"After that') + '"After that'.length);
    const input = writeInput(scratchDir(), 'po', cut);
    const lines = new TextDecoder('gb2312').decode(cut).split(/\r\n/);
    expectRefused(await runOn(input), input, { line: lines.length, column: lines.at(-1)!.length + 1 }, /unterminated string: no closing quote on this line/);
  });

  it('PO cut off after a msgid: refused at the msgid that has no msgstr', async () => {
    const cut = cutAfter(text('crowdin-de.po'), '\n', text('crowdin-de.po').split('\n').findIndex((line) => line.startsWith('msgid "Teams')));
    const input = writeInput(scratchDir(), 'po', cut);
    expectRefused(await runOn(input), input, { line: 21 }, /msgid without msgstr/);
  });

  it('PO in GB2312 whose header says UTF-8: refused at the first Chinese character, with its byte offset and a hint', async () => {
    const bytes = Buffer.from(fixture('launchpad-zh_CN.gb2312.po').toString('latin1').replace('charset=GB2312', 'charset=UTF-8'), 'latin1');
    const input = writeInput(scratchDir(), 'po', bytes);
    const first = bytes.findIndex((byte) => byte >= 0x80);
    const place = placeOf(bytes.subarray(0, first).toString('latin1').replace(/\r\n/g, '\n'), first - (bytes.subarray(0, first).toString('latin1').match(/\r\n/g)?.length ?? 0));
    expectRefused(await runOn(input), input, place, new RegExp(`invalid UTF-8 at byte offset ${first}${OTHER_ENCODING_HINT}$`));
  });

  it('CSV saved by Excel in Windows-1252 (’ and é single bytes): refused at the first, with a hint to save it as UTF-8', async () => {
    const source = text('excel-semicolon.csv');
    const bytes = Buffer.from(source.replace(/’/g, '\x92'), 'latin1');
    const input = writeInput(scratchDir(), 'csv', bytes);
    const index = source.indexOf('’');
    const lf = source.slice(0, index).replace(/\r\n/g, '\n');
    expectRefused(await runOn(input), input, placeOf(lf, lf.length), new RegExp(`invalid UTF-8 at byte offset ${index}${OTHER_ENCODING_HINT}$`));
  });

  it('CSV cut off inside a quoted cell over two lines: refused at the line where its record begins', async () => {
    const cut = cutAfter(text('libreoffice-langs.csv'), 'Wait 3 minutes;\r\n');
    const input = writeInput(scratchDir(), 'csv', cut);
    expectRefused(await runOn(input), input, { line: 3 }, /malformed CSV: a quoted field is never closed/);
  });

  it('Excel Unicode text with a lone surrogate: refused at its line and column', async () => {
    const source = fixture('excel-unicode-text.txt').subarray(2).toString('utf16le');
    const broken = source.replace('°C.\t', '\uD800C.\t');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(broken, 'utf16le')]);
    const input = writeInput(scratchDir(), 'csv', bytes);
    const index = broken.indexOf('\uD800');
    expectRefused(await runOn(input), input, placeOf(broken.replace(/\r\n/g, '\n'), index - 1), new RegExp(`invalid UTF-16LE at byte offset ${2 + index * 2}$`));
  });

  it('JSONL cut off inside its last record: refused at the line and the column where it breaks off', async () => {
    const source = text('nllb-mined.jsonl');
    const cut = cutAfter(source, '"laser_score": 1.1872, ');
    const input = writeInput(scratchDir(), 'jsonl', cut);
    const lastLine = cut.split('\n').at(-1)!;
    expectRefused(await runOn(input), input, { line: 2, column: lastLine.length + 1 }, /invalid JSON: /);
  });

  it('an SDL package (zip) saved as .sdlxliff: refused as binary at its first NUL byte', async () => {
    const zip = Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1'), Buffer.from('trados-studio-2022.sdlxliff')]);
    const input = writeInput(scratchDir(), 'xliff', zip);
    expectRefused(await runOn(input), input, { line: 1, column: 6 }, /binary file \(NUL byte at byte offset 5\), not text/);
  });

  it('TMX declaring ISO-8859-1 in its XML declaration, in ISO-8859-1: audited like its UTF-8 copy', async () => {
    const utf8 = text('memoq-tm.tmx').replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0" encoding="ISO-8859-1"?>');
    const latin1 = writeInput(scratchDir(), 'tmx', Buffer.from(utf8, 'latin1'));
    const expected = findingLines(expectAudited(await runOn(writeInput(scratchDir(), 'tmx', utf8))));
    expect(findingLines(expectAudited(await runOn(latin1)))).toEqual(expected);
  });
});

// The cases above loop over FORMATS: a new reader must join it to be covered.
it('covers every input format', async () => {
  expect([...FORMATS].sort()).toEqual([...FORMAT_NAMES].sort());
});
