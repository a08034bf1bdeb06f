import { describe, expect, it } from 'vitest';
import xliff from '../src/read/xliff.js';
import { PLACEHOLDER } from '../src/read/xml-stream.js';
import { findingsOf, pairById, readAll, readError, scratchFile } from './read-helpers.js';

const SAMPLE_12 = 'samples/app-strings.xlf';
const SAMPLE_20 = 'samples/app-strings-2.0.xlf';

describe('xliff 1.2 sample', () => {
  it('pairs each trans-unit: ids, lines of <trans-unit> and <target>, languages from <file>', async () => {
    const { pairs } = await readAll(xliff, { path: SAMPLE_12 });
    expect(pairs.map((pair) => [pair.id, pair.source.line, pair.target.line])).toEqual([
      ['welcome', 5, 7],
      ['storage-used', 9, 11],
      ['sync-every', 13, 15],
      ['open-file', 20, 22],
      ['greeting', 24, 26],
      ['discount', 34, 36],
      ['retention', 39, 41],
      ['upload-hint', 43, 45],
    ]);
    expect(pairs.every((pair) => pair.sourceLang === 'en' && pair.targetLang === 'fr' && pair.input === SAMPLE_12)).toBe(true);
    expect(pairById(pairs, 'storage-used').target.text).toBe('Vous utilisez 4,5 Go de vos 50 Go de stockage.');
  });

  it('takes the target, not an <alt-trans> candidate', async () => {
    const { pairs } = await readAll(xliff, { path: SAMPLE_12 });
    expect(pairById(pairs, 'sync-every').target.text).toBe('Les fichiers sont synchronisés régulièrement.');
  });

  it('keeps the text of <g>, replaces <x> and <ph> by placeholders', async () => {
    const { pairs } = await readAll(xliff, { path: SAMPLE_12 });
    expect(pairById(pairs, 'open-file').source.text).toBe('Open report.pdf in a new window');
    expect(pairById(pairs, 'greeting').source.text).toBe(`Hello ${PLACEHOLDER}, you have ${PLACEHOLDER} unread messages.`);
    expect(pairById(pairs, 'greeting').target.text).toBe(`Bonjour ${PLACEHOLDER}, vous avez ${PLACEHOLDER} messages non lus.`);
  });

  it('reports a unit without <target> as untranslated and skips translate="no"', async () => {
    const { unpaired } = await readAll(xliff, { path: SAMPLE_12 });
    expect(unpaired.map((unit) => [unit.side, unit.lang, unit.segment.line, unit.segment.text])).toEqual([
      ['source', 'en', 28, 'Invite up to 5 colleagues for free.'],
    ]);
  });

  it('reads suppressions from <note>', async () => {
    const { pairs } = await readAll(xliff, { path: SAMPLE_12 });
    expect(pairs.filter((pair) => pair.suppressed).map((pair) => [pair.id, pair.suppressed])).toEqual([['discount', ['numeric-drift']]]);
  });

  it('reports the untranslated units at their lines (unpaired-segment)', async () => {
    expect(await findingsOf(xliff, { path: SAMPLE_12 }, 'unpaired-segment')).toEqual([['unpaired-segment', 28, undefined]]);
  });
});

describe('xliff 2.0 sample', () => {
  it('pairs each segment: unit ids, or unit/segment ids when a unit has several', async () => {
    const { pairs } = await readAll(xliff, { path: SAMPLE_20 });
    expect(pairs.map((pair) => [pair.id, pair.source.line, pair.target.line])).toEqual([
      ['welcome', 4, 7],
      ['storage-used', 10, 13],
      ['plan-summary/s1', 17, 19],
      ['plan-summary/s2', 24, 26],
      ['open-file', 29, 32],
      ['greeting', 35, 38],
      ['discount', 46, 52],
      ['retention', 55, 58],
    ]);
    expect(pairs.every((pair) => pair.sourceLang === 'en' && pair.targetLang === 'zh')).toBe(true);
    expect(pairById(pairs, 'storage-used').target.text).toBe('您已使用 4.5 GB，共 1.5 GB 存储空间。');
  });

  it('keeps the text of <pc>, replaces <ph/> by placeholders, ignores <ignorable>', async () => {
    const { pairs } = await readAll(xliff, { path: SAMPLE_20 });
    expect(pairById(pairs, 'open-file').target.text).toBe('在新窗口中打开report.pdf');
    expect(pairById(pairs, 'greeting').target.text).toBe(`你好，${PLACEHOLDER}，你有 ${PLACEHOLDER} 条未读消息。`);
    expect(pairById(pairs, 'plan-summary/s2').source.text).toBe('Extra seats cost $8 each.');
  });

  it('reports a segment without <target> as untranslated and reads <notes> suppressions', async () => {
    const { pairs, unpaired } = await readAll(xliff, { path: SAMPLE_20 });
    expect(unpaired.map((unit) => [unit.lang, unit.segment.line, unit.segment.text])).toEqual([['en', 41, 'Invite up to 5 colleagues for free.']]);
    expect(pairById(pairs, 'discount').suppressed).toEqual(['numeric-drift']);
  });
});

describe('xliff details', () => {
  it('drops the content of codes, keeps <mrk> text and turns <cp> into its character', async () => {
    const path = scratchFile(
      'inline.xlf',
      '<xliff version="2.0" srcLang="en" trgLang="de"><file id="f"><unit id="u"><segment>' +
        '<source>Press <sc id="1"/>Ctrl<ec startRef="1"/><ph id="2" disp="+"/>S <mrk id="m" translate="no">now</mrk><cp hex="0009"/>!</source>' +
        '<target>Drücken Sie <sc id="1"/>Strg<ec startRef="1"/><ph id="2"/>S <mrk id="m" translate="no">now</mrk>!</target>' +
        '</segment></unit></file></xliff>',
    );
    const [pair] = (await readAll(xliff, { path })).pairs;
    expect(pair!.source.text).toBe(`Press ${PLACEHOLDER}Ctrl${PLACEHOLDER}${PLACEHOLDER}S now\t!`);
  });

  it('drops 1.2 native code content with its <sub> flow', async () => {
    const path = scratchFile(
      'sub.xlf',
      '<xliff version="1.2"><file source-language="en" target-language="fr"><body><trans-unit id="1">' +
        '<source>See <ph id="1">&lt;img alt="<sub>a chart</sub>"/&gt;</ph> 10 km</source><target>Voir <ph id="1">x</ph> 10 km</target>' +
        '</trans-unit></body></file></xliff>',
    );
    const [pair] = (await readAll(xliff, { path })).pairs;
    expect(pair!.source.text).toBe(`See ${PLACEHOLDER} 10 km`);
  });

  it('lets declared languages win over the file', async () => {
    const { pairs } = await readAll(xliff, { path: SAMPLE_12, sourceLang: 'en-GB', targetLang: 'fr-CA' });
    expect(pairs.every((pair) => pair.sourceLang === 'en' && pair.targetLang === 'fr')).toBe(true);
  });

  it('reports an unclosed tag with file, line and column', async () => {
    const path = scratchFile('bad.xlf', '<xliff version="1.2">\n<file source-language="en" target-language="fr"><body>\n<trans-unit id="1"><source>Hi</source>\n<target>Salut</trans-unit>\n</body></file></xliff>');
    const error = await readError(xliff, { path });
    expect(error.message).toMatch(new RegExp(`^${path}:4:\\d+: malformed XML: <target> from line 4 is not closed before this end tag$`));
  });

  it('refuses a TMX file read as XLIFF', async () => {
    const path = scratchFile('tm.xlf', '<tmx version="1.4"><body/></tmx>');
    expect((await readError(xliff, { path })).message).toBe(`${path}:1:1: not a <xliff> document: the root element is <tmx>`);
  });

  it('sniffs XLIFF of either version', () => {
    expect(xliff.sniff('<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">')).toBe(true);
    expect(xliff.sniff('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0">')).toBe(true);
    expect(xliff.sniff('<tmx version="1.4">')).toBe(false);
  });
});
