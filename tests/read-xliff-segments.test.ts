// XLIFF 1.2 trans-units segmented with <seg-source> and `<mrk mtype="seg">` (Okapi, Trados,
// memoQ): one pair per marked segment, paired by mid, ids `<unit>/<mid>` as XLIFF 2.0
// segments are named; a unit the target does not segment alike is paired whole.
import { execFileSync } from 'node:child_process';
import { createWriteStream, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import xliff from '../src/read/xliff.js';
import { PLACEHOLDER as P } from '../src/read/xml-stream.js';
import { readAll, scratchFile } from './read-helpers.js';

const unit = (body: string) =>
  '<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="en" target-language="de"><body>\n' +
  `<trans-unit id="u">\n${body}\n</trans-unit>\n</body></file></xliff>\n`;
const segSource = (...marks: string[]) => `<seg-source>${marks.join(' ')}</seg-source>`;
const mrk = (mid: string | undefined, text: string) => `<mrk mtype="seg"${mid === undefined ? '' : ` mid="${mid}"`}>${text}</mrk>`;

/** [what, trans-unit body, pairs as [id, source line, target line, source, target], unpaired sources] */
const CASES: [string, string, [string, number, number, string, string][], string[]][] = [
  [
    'target marks in another order: paired by mid',
    `<source>One 1. Two 2.</source>\n${segSource(mrk('a', 'One 1.'), mrk('b', 'Two 2.'))}\n<target>${mrk('b', 'Zwei 2.')} ${mrk('a', 'Eins 1.')}</target>`,
    [
      ['u/a', 5, 6, 'One 1.', 'Eins 1.'],
      ['u/b', 5, 6, 'Two 2.', 'Zwei 2.'],
    ],
    [],
  ],
  [
    'marks without mid: paired by position',
    `<source>One. Two.</source>\n${segSource(mrk(undefined, 'One.'), mrk(undefined, 'Two.'))}\n<target>${mrk(undefined, 'Eins.')}${mrk(undefined, 'Zwei.')}</target>`,
    [
      ['u/1', 5, 6, 'One.', 'Eins.'],
      ['u/2', 5, 6, 'Two.', 'Zwei.'],
    ],
    [],
  ],
  [
    'a target mark missing or empty: that segment is untranslated',
    `<source>One. Two. Three.</source>\n${segSource(mrk('1', 'One.'), mrk('2', 'Two.'), mrk('3', 'Three.'))}\n<target>${mrk('1', 'Eins.')} ${mrk('3', '')}</target>`,
    [['u/1', 5, 6, 'One.', 'Eins.']],
    ['Two.', 'Three.'],
  ],
  [
    'no target: every segment untranslated, at its mark',
    `<source>One. Two.</source>\n${segSource(mrk('1', 'One.'), mrk('2', 'Two.'))}`,
    [],
    ['One.', 'Two.'],
  ],
  [
    'a target mark the source lacks: the unit paired whole',
    `<source>One. Two.</source>\n${segSource(mrk('1', 'One.'), mrk('2', 'Two.'))}\n<target>${mrk('1', 'Eins.')} ${mrk('9', 'Zwei.')}</target>`,
    [['u', 3, 6, 'One. Two.', 'Eins. Zwei.']],
    [],
  ],
  [
    'an unsegmented target: the unit paired whole',
    `<source>One. Two.</source>\n${segSource(mrk('1', 'One.'), mrk('2', 'Two.'))}\n<target>Eins. Zwei.</target>`,
    [['u', 3, 6, 'One. Two.', 'Eins. Zwei.']],
    [],
  ],
  [
    'one segment: the unit id and line, as an unsegmented unit',
    `<source>One 1.</source>\n${segSource(mrk('7', 'One 1.'))}\n<target>${mrk('7', 'Eins 1.')}</target>`,
    [['u', 3, 6, 'One 1.', 'Eins 1.']],
    [],
  ],
  [
    'marks inside <g>, codes between and inside segments, an inner mrk keeps its text',
    `<source><g id="1">Press <x id="2"/>. Wait 5 s.</g></source>\n<seg-source><g id="1">${mrk('1', 'Press <x id="2"/>.')}<ph id="3">&lt;br/&gt;</ph>${mrk('2', 'Wait 5 s.')}</g></seg-source>\n` +
      `<target><g id="1">${mrk('1', 'Drücken Sie <x id="2"/>.')}<ph id="3">&lt;br/&gt;</ph>${mrk('2', '<mrk mtype="x-sdl-comment">5 s warten.</mrk>')}</g></target>`,
    [
      ['u/1', 5, 6, `Press ${P}.`, `Drücken Sie ${P}.`],
      ['u/2', 5, 6, 'Wait 5 s.', '5 s warten.'],
    ],
    [],
  ],
  [
    'segments over several lines: each side at the line of its own mark',
    `<source>One. Two.</source>\n<seg-source>${mrk('1', 'One.')}\n${mrk('2', 'Two.')}</seg-source>\n<target>${mrk('1', 'Eins.')}\n${mrk('2', 'Zwei.')}</target>`,
    [
      ['u/1', 5, 7, 'One.', 'Eins.'],
      ['u/2', 6, 8, 'Two.', 'Zwei.'],
    ],
    [],
  ],
];

describe('segmented XLIFF 1.2 trans-units', () => {
  it.each(CASES)('%s', async (_, body, pairs, unpaired) => {
    const path = scratchFile('segmented.xlf', unit(body));
    const read = await readAll(xliff, { path });
    expect(read.pairs.map((pair) => [pair.id, pair.source.line, pair.target.line, pair.source.text, pair.target.text])).toEqual(pairs);
    expect(read.unpaired.map((block) => block.segment.text)).toEqual(unpaired);
  });

  it('places untranslated segments at their marks in <seg-source>', async () => {
    const path = scratchFile('lines.xlf', unit(`<source>One. Two.</source>\n<seg-source>${mrk('1', 'One.')}\n${mrk('2', 'Two.')}</seg-source>`));
    expect((await readAll(xliff, { path })).unpaired.map((block) => block.segment.line)).toEqual([5, 6]);
  });
});

describe('streaming', () => {
  // Segments are collected per trans-unit and emitted when it closes: a file larger than
  // the heap is read in it (the built reader, in a child process with a 32 MB heap).
  it('reads a 34 MB segmented file with a 32 MB heap', async () => {
    const path = scratchFile('large.sdlxliff', '');
    const out = createWriteStream(path);
    out.write('<xliff version="1.2"><file source-language="en" target-language="de"><body>\n');
    const units = 60_000;
    for (let i = 0; i < units; i++) {
      const marks = (texts: string[]) => texts.map((text, mid) => mrk(String(mid), text)).join(' ');
      const sentences = [`Unit ${i} holds 3 sentences.`, `The second one has 14 words in it, more or less.`, `The third is short.`];
      const translated = [`Einheit ${i} hat 3 Sätze.`, `Der zweite hat mehr oder weniger 14 Wörter.`, `Der dritte ist kurz.`];
      const ok = out.write(`<trans-unit id="u${i}"><source>${sentences.join(' ')}</source>${segSource(marks(sentences))}<target>${marks(translated)}</target></trans-unit>\n`);
      if (!ok) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    await new Promise<void>((resolve) => out.end('</body></file></xliff>\n', () => resolve()));
    const reader = new URL('../dist/read/xliff.js', import.meta.url).href;
    const script = `const { default: xliff } = await import(${JSON.stringify(reader)}); let n = 0; for await (const item of xliff.read({ path: ${JSON.stringify(path)} })) if (item.kind === 'pair') n++; console.log(n);`;
    try {
      const output = execFileSync(process.execPath, ['--max-old-space-size=32', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: dirname(fileURLToPath(import.meta.url)) });
      expect(Number(output.trim())).toBe(units * 3);
    } finally {
      rmSync(dirname(path), { recursive: true, force: true });
    }
  }, 60_000);
});
