import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import tmx from '../src/read/tmx.js';
import { PLACEHOLDER } from '../src/read/xml-stream.js';
import { findingsOf, pairById, readAll, readError, scratchFile, utf16 } from './read-helpers.js';

const SAMPLE = 'samples/glossary-ui.tmx';

function tmxOf(body: string, header = '<header srclang="en" datatype="plaintext"/>'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n${header}\n<body>\n${body}\n</body>\n</tmx>\n`;
}

describe('tmx reader on the sample', () => {
  it('pairs each tu: ids, lines of <tu> and of the target <seg>, languages from xml:lang', async () => {
    const { pairs } = await readAll(tmx, { path: SAMPLE });
    expect(pairs.map((pair) => [pair.id, pair.source.line, pair.target.line])).toEqual([
      ['save', 7, 9],
      ['storage-limit', 11, 13],
      ['upload-batch', 15, 17],
      ['keep-changes', 19, 24],
      ['new-messages', 27, 29],
      ['trial-length', 34, 37],
      ['max-size', 39, 42],
      ['p9', 44, 47],
      ['price', 49, 51],
    ]);
    for (const pair of pairs) {
      expect(pair).toMatchObject({ input: SAMPLE, sourceLang: 'en', targetLang: 'de' });
      expect(pair.source.parts).toEqual([{ line: pair.source.line, text: pair.source.text }]);
    }
    const storage = pairById(pairs, 'storage-limit');
    expect(storage.source.text).toBe('Each workspace can store up to 25 million files.');
    expect(storage.target.text).toBe('Jeder Arbeitsbereich kann bis zu 2,5 Mio. Dateien speichern.');
  });

  it('turns inline codes into placeholders and keeps the text they wrap', async () => {
    const { pairs } = await readAll(tmx, { path: SAMPLE });
    expect(pairById(pairs, 'keep-changes').source.text).toBe(`Click ${PLACEHOLDER}Save${PLACEHOLDER} to keep your changes.`);
    expect(pairById(pairs, 'new-messages').target.text).toBe(`Sie haben ${PLACEHOLDER} neue Nachrichten.`);
  });

  it('reports a tu with one variant as an untranslated source', async () => {
    const { unpaired } = await readAll(tmx, { path: SAMPLE });
    expect(unpaired).toEqual([
      {
        input: SAMPLE,
        side: 'source',
        lang: 'en',
        segment: { line: 31, text: 'Deleted files stay in the trash for 30 days.', parts: [{ line: 31, text: 'Deleted files stay in the trash for 30 days.' }] },
      },
    ]);
  });

  it('reads suppressions from <note> and <prop type="x-bitext-audit-disable">', async () => {
    const { pairs } = await readAll(tmx, { path: SAMPLE });
    expect(pairs.filter((pair) => pair.suppressed).map((pair) => [pair.id, pair.suppressed])).toEqual([
      ['trial-length', ['numeric-drift']],
      ['p9', ['length-anomaly']],
    ]);
  });

  it('reports the untranslated units at their lines (unpaired-segment)', async () => {
    expect(await findingsOf(tmx, { path: SAMPLE }, 'unpaired-segment')).toEqual([['unpaired-segment', 31, undefined]]);
  });
});

describe('tmx languages', () => {
  const multilingual = tmxOf(
    '<tu tuid="a"><tuv xml:lang="en-GB"><seg>Two apples</seg></tuv><tuv xml:lang="fr-FR"><seg>Deux pommes</seg></tuv><tuv xml:lang="de-DE"><seg>Zwei Äpfel</seg></tuv></tu>',
  );

  it('takes the first other variant as the target, or the one in the declared target language', async () => {
    const path = scratchFile('multi.tmx', multilingual);
    expect((await readAll(tmx, { path })).pairs[0]).toMatchObject({ sourceLang: 'en', targetLang: 'fr', target: { text: 'Deux pommes' } });
    expect((await readAll(tmx, { path, targetLang: 'de' })).pairs[0]).toMatchObject({ targetLang: 'de', target: { text: 'Zwei Äpfel' } });
  });

  it('takes the source variant from the declared source language before srclang', async () => {
    const path = scratchFile('multi.tmx', multilingual);
    const [pair] = (await readAll(tmx, { path, sourceLang: 'de-DE', targetLang: 'en' })).pairs;
    expect(pair).toMatchObject({ sourceLang: 'de', targetLang: 'en', source: { text: 'Zwei Äpfel' }, target: { text: 'Two apples' } });
  });

  it('detects the languages when the file names none', async () => {
    const units = Array.from({ length: 8 }, (_, i) => `<tu><tuv><seg>今年的销售额增长了百分之${i + 10}，超过了市场预期。</seg></tuv><tuv><seg>Sales grew by ${i + 10} percent this year, beating market expectations.</seg></tuv></tu>`);
    const path = scratchFile('bare.tmx', tmxOf(units.join('\n'), '<header datatype="plaintext" srclang="*all*"/>'));
    const { pairs } = await readAll(tmx, { path });
    expect(pairs).toHaveLength(8);
    expect(pairs.every((pair) => pair.sourceLang === 'zh' && pair.targetLang === 'en')).toBe(true);
    expect(pairs.map((pair) => pair.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8']);
  });
});

describe('tmx encodings and size', () => {
  it.each(['le', 'be'] as const)('reads UTF-16 %s with a byte-order mark like UTF-8', async (endian) => {
    const text = readFileSync(SAMPLE, 'utf8').replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const expected = await readAll(tmx, { path: SAMPLE });
    const path = scratchFile(`utf16${endian}.tmx`, utf16(text, endian));
    const actual = await readAll(tmx, { path });
    expect(actual.items.length).toBe(expected.items.length);
    expect(actual.pairs.map((pair) => [pair.id, pair.source, pair.target])).toEqual(expected.pairs.map((pair) => [pair.id, pair.source, pair.target]));
  });

  it('counts lines the same with CRLF line endings', async () => {
    const path = scratchFile('crlf.tmx', readFileSync(SAMPLE, 'utf8').replace(/\n/g, '\r\n'));
    const { pairs } = await readAll(tmx, { path });
    expect(pairById(pairs, 'max-size')).toMatchObject({ source: { line: 39 }, target: { line: 42 } });
  });

  it('streams a 20,000-unit memory chunk by chunk, keeping ids and lines', async () => {
    const count = 20_000;
    const units = Array.from(
      { length: count },
      (_, i) => `<tu tuid="u${i}">\n<tuv xml:lang="zh"><seg>第 ${i} 号仓库存放了 ${i * 3} 箱货物。</seg></tuv>\n<tuv xml:lang="en"><seg>Warehouse ${i} holds ${i * 3} crates.</seg></tuv>\n</tu>`,
    );
    const path = scratchFile('large.tmx', tmxOf(units.join('\n'), '<header srclang="zh" datatype="plaintext"/>'));
    let pairs = 0;
    let last: { id: string; line: number; target: string } | undefined;
    for await (const item of tmx.read({ path })) {
      if (item.kind !== 'pair') continue;
      pairs++;
      last = { id: item.pair.id, line: item.pair.source.line, target: item.pair.target.text };
    }
    expect(pairs).toBe(count);
    // Four lines of preamble, then four lines per unit.
    expect(last).toEqual({ id: `u${count - 1}`, line: 5 + 4 * (count - 1), target: `Warehouse ${count - 1} holds ${(count - 1) * 3} crates.` });
  });
});

describe('tmx errors', () => {
  it('reports a tag closed out of order with file, line and column', async () => {
    const path = scratchFile('bad.tmx', tmxOf('<tu tuid="a">\n<tuv xml:lang="en"><seg>Hello</tuv>\n</tu>'));
    const error = await readError(tmx, { path });
    expect(error.message).toMatch(new RegExp(`^${path}:6:\\d+: malformed XML: `));
  });

  it('reports an element never closed where it opened', async () => {
    const path = scratchFile('cut.tmx', '<tmx version="1.4"><header srclang="en"/><body>\n  <tu tuid="a">\n<tuv xml:lang="en"><seg>Hello</seg></tuv>\n');
    const error = await readError(tmx, { path });
    expect(error.message).toBe(`${path}:2:3: malformed XML: <tu> is never closed`);
  });

  it('refuses entity declarations, so that no entity is expanded (billion laughs)', async () => {
    const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n');
    const path = scratchFile('laughs.tmx', `<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY lol0 "lol">\n${laughs}\n]>\n<tmx><body><tu><tuv xml:lang="en"><seg>&lol9;</seg></tuv></tu></body></tmx>`);
    const error = await readError(tmx, { path });
    expect(error.message).toMatch(/entity declarations are refused/);
    expect(error.place).toMatchObject({ file: path });
  });

  it('never reads a file an external entity points at', async () => {
    const secret = scratchFile('secret.txt', 'TOP SECRET');
    const declared = scratchFile('xxe.tmx', `<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file://${secret}">]>\n<tmx><body><tu><tuv xml:lang="en"><seg>&xxe;</seg></tuv><tuv xml:lang="de"><seg>x</seg></tuv></tu></body></tmx>`);
    expect((await readError(tmx, { path: declared })).message).not.toContain('TOP SECRET');
    const undeclared = scratchFile('undeclared.tmx', tmxOf('<tu><tuv xml:lang="en"><seg>a &xxe; b</seg></tuv><tuv xml:lang="de"><seg>x</seg></tuv></tu>'));
    expect((await readError(tmx, { path: undeclared })).message).toMatch(new RegExp(`^${undeclared}:5:\\d+: malformed XML: undefined entity`));
  });

  it('refuses another XML format', async () => {
    const path = scratchFile('not.tmx', '<?xml version="1.0"?>\n<xliff version="1.2"></xliff>');
    expect((await readError(tmx, { path })).message).toBe(`${path}:2:1: not a <tmx> document: the root element is <xliff>`);
  });

  it('reports invalid UTF-8 with its byte offset', async () => {
    const bytes = Buffer.concat([Buffer.from(tmxOf('<tu><tuv xml:lang="en"><seg>caf')), Buffer.from([0xe9]), Buffer.from('</seg></tuv></tu>')]);
    const path = scratchFile('latin1.tmx', bytes);
    expect((await readError(tmx, { path })).message).toMatch(/invalid UTF-8 at byte offset \d+/);
  });
});

describe('tmx sniffing', () => {
  it.each([
    ['<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">', true],
    ['<!-- exported -->\n<tmx version="1.4">', true],
    ['<?xml version="1.0"?>\n<xliff version="1.2">', false],
    ['A note about <tmx> files', false],
  ])('%j -> %s', (head, expected) => {
    expect(tmx.sniff(head)).toBe(expected);
  });
});
