import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemOrdinal, sentenceSpans, sentencesOf } from '../src/analyse/sentences.js';
import { segment } from './support/audit.js';

const split = (text: string, lang: string) => sentenceSpans(text, lang).map(({ start, end }) => text.slice(start, end));

describe('sentenceSpans', () => {
  it.each([
    {
      name: 'German hard-wrapped before a capitalised noun or pronoun (e2fsprogs)',
      lang: 'de',
      text: 'Der vorhandene Platz reicht nicht zur Rettung verlorener Dateien!\nVerschieben sie Daten von dem Dateisystem auf ein anderes und lassen\nSie dann e2fsck noch einmal laufen.',
      sentences: [
        'Der vorhandene Platz reicht nicht zur Rettung verlorener Dateien!',
        'Verschieben sie Daten von dem Dateisystem auf ein anderes und lassen\nSie dann e2fsck noch einmal laufen.',
      ],
    },
    {
      name: 'German template lines ending with a placeholder stay apart (coreutils stat)',
      lang: 'de',
      text: 'Zugriff: %x\nModifiziert: %y\nGeändert: %z\nGeburt: %w\n',
      sentences: ['Zugriff: %x', 'Modifiziert: %y', 'Geändert: %z', 'Geburt: %w'],
    },
    {
      name: 'Japanese hard-wrapped mid-word and after 、 (coreutils ls)',
      lang: 'ja',
      text: 'FORMAT が FORMAT1<newline>FORMAT2 の場合、 FORMAT1 は最近でない時間\nのファイルに適用されます。\nどちらも指定されていない場合は /tmp (非推奨)、\nからの相対パスと解釈される。',
      sentences: [
        'FORMAT が FORMAT1<newline>FORMAT2 の場合、 FORMAT1 は最近でない時間\nのファイルに適用されます。',
        'どちらも指定されていない場合は /tmp (非推奨)、\nからの相対パスと解釈される。',
      ],
    },
    {
      name: 'a wrapped line ending in a closing bracket or quote (bash pushd, popd)',
      lang: 'pt',
      text: "Movimenta a pilha (a contar da esquerda, iniciando com zero)\n\t\testá no topo.\nEntfernt den Eintrag, der von `dirs'\n\tangezeigt wird.",
      sentences: ["Movimenta a pilha (a contar da esquerda, iniciando com zero)\n\t\testá no topo.", "Entfernt den Eintrag, der von `dirs'\n\tangezeigt wird."],
    },
    {
      name: 'Chinese table rows, a line ending with a placeholder, and a paragraph break stay apart',
      lang: 'zh',
      text: '  整数1 -eq 整数2         <整数1> 等于 <整数2>\n  整数1 -ge 整数2         <整数1> 大于等于 <整数2>\n\n报告程序错误到: %s\n报告翻译错误到: <i18n-zh@googlegroups.com>\n\n退出状态：',
      sentences: ['整数1 -eq 整数2         <整数1> 等于 <整数2>', '整数1 -ge 整数2         <整数1> 大于等于 <整数2>', '报告程序错误到: %s', '报告翻译错误到: <i18n-zh@googlegroups.com>', '退出状态：'],
    },
    {
      name: 'a placeholder table whose rows start in lower case after a closing quote (coreutils printf)',
      lang: 'en',
      text: '  %%      a single "%"\n  %b      ARGUMENT as a string with escapes interpreted',
      sentences: ['%%      a single "%"', '%b      ARGUMENT as a string with escapes interpreted'],
    },
    {
      name: 'an English line with no full stop before a capital is a heading of its own',
      lang: 'en',
      text: 'Available options\nUse --help to list them.',
      sentences: ['Available options', 'Use --help to list them.'],
    },
    {
      name: 'glued sentences with no space after the period',
      lang: 'en',
      text: 'Controlling every segment lets us build sustainable moats.The full AI stack has four layers:',
      sentences: ['Controlling every segment lets us build sustainable moats.', 'The full AI stack has four layers:'],
    },
    {
      name: 'a glued sentence starting with an acronym, or after one',
      lang: 'en',
      text: 'That view is far too narrow.AI creates a new unit of value. It comes from industrial AI.Alibaba has partners.',
      sentences: ['That view is far too narrow.', 'AI creates a new unit of value.', 'It comes from industrial AI.', 'Alibaba has partners.'],
    },
    {
      name: 'abbreviations, initialisms and decimals',
      lang: 'en',
      text: 'Mr. Smith moved to the U.S. in 2020 and paid 3.5 million, e.g. for chips. See Fig. 3 and No. 5 for details.',
      sentences: ['Mr. Smith moved to the U.S. in 2020 and paid 3.5 million, e.g. for chips.', 'See Fig. 3 and No. 5 for details.'],
    },
    {
      name: 'dotted names that are no sentence ends',
      lang: 'en',
      text: 'We host it on ASP.NET at www.Example.com for now. Then we move.',
      sentences: ['We host it on ASP.NET at www.Example.com for now.', 'Then we move.'],
    },
    {
      name: 'Chinese full stops, question and exclamation marks, closing quotes',
      lang: 'zh',
      text: '真的吗？是的！他说：“我们明天出发。”然后就走了。',
      sentences: ['真的吗？', '是的！', '他说：“我们明天出发。”', '然后就走了。'],
    },
    {
      name: 'list items run together with ；, and the count that announces them',
      lang: 'zh',
      text: '整个产业链分为三层：第一层是能源层：供给充足；第二层是基础设施层：自研芯片；第三层是模型层。',
      sentences: ['整个产业链分为三层：', '第一层是能源层：供给充足；', '第二层是基础设施层：自研芯片；', '第三层是模型层。'],
    },
    {
      name: 'a ； between ordinary clauses, and a ： that announces no list',
      lang: 'zh',
      text: '集团正式承诺：未来三年累计投入超 3800 亿元；这是历史上最大的一笔投入。',
      sentences: ['集团正式承诺：未来三年累计投入超 3800 亿元；这是历史上最大的一笔投入。'],
    },
    {
      name: 'half-width punctuation in Chinese text',
      lang: 'zh',
      text: '分为两类:一是硬件;二是软件。',
      sentences: ['分为两类:', '一是硬件;', '二是软件。'],
    },
    {
      name: 'a usage line whose arguments repeat (`[OPTION]...`) is one sentence',
      lang: 'en',
      text: 'Usage: %s [OPTION]... [FILE]...\nSort lines of text files.',
      sentences: ['Usage: %s [OPTION]... [FILE]...', 'Sort lines of text files.'],
    },
    {
      name: 'a translated usage line, arguments in capitals',
      lang: 'de',
      text: 'Aufruf: cp [OPTION]... [-T] QUELLE ZIEL',
      sentences: ['Aufruf: cp [OPTION]... [-T] QUELLE ZIEL'],
    },
    {
      name: 'a Chinese usage line, arguments translated',
      lang: 'zh',
      text: '用法：%s [选项]... 首数 尾数',
      sentences: ['用法：%s [选项]... 首数 尾数'],
    },
    {
      name: 'an ellipsis that ends a sentence still ends it',
      lang: 'en',
      text: 'Copy FILES... Then quit. Loading... Done.',
      sentences: ['Copy FILES...', 'Then quit.', 'Loading...', 'Done.'],
    },
  ])('$name', ({ text, lang, sentences }) => {
    expect(split(text, lang)).toEqual(sentences);
  });

  it('returns trimmed, ordered spans that cover every non-space character', () => {
    const piece = fc.constantFrom('Mr.', 'U.S.', 'word', 'Word', '3.5', '.', '!', '?', ' ', '  ', '。', '；', '第二', '：', '“', '”', 'moats.The', 'e.g.', '\t', '你好', 'AI');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const spans = sentenceSpans(text, 'en');
        let previousEnd = 0;
        for (const { start, end } of spans) {
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(end).toBeGreaterThan(start);
          expect(text.slice(start, end)).toBe(text.slice(start, end).trim());
          previousEnd = end;
        }
        const covered = spans.map(({ start, end }) => text.slice(start, end)).join('');
        expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });
});

describe('itemOrdinal', () => {
  it.each([
    ['第三层是模型层', 3],
    ['第十二条', 12],
    ['二是加强监管', 2],
    ['其四，', 4],
    ['（2）硬件', 2],
    ['(c) software', 3],
    ['⑤ 应用', 5],
    ['7. Seventh', 7],
    ['Secondly, we', 2],
    ['Finally, the', 0],
    ['统一是目标', undefined],
    ['Firstborn children', undefined],
    ['11:00 and later', undefined],
  ])('%s -> %s', (text, ordinal) => {
    expect(itemOrdinal(text)).toBe(ordinal);
  });
});

describe('sentencesOf', () => {
  it('keeps the line of each sentence and its offsets in the segment text', () => {
    const side = segment('First line. Still first.\nSecond line has one sentence.\nThird.', 26);
    const sentences = sentencesOf(side, 'en');
    expect(sentences.map(({ line, text }) => [line, text])).toEqual([
      [26, 'First line.'],
      [26, 'Still first.'],
      [27, 'Second line has one sentence.'],
      [28, 'Third.'],
    ]);
    for (const sentence of sentences) expect(side.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('is memoised per segment and language', () => {
    const side = segment('你好。世界。');
    expect(sentencesOf(side, 'zh')).toBe(sentencesOf(side, 'zh'));
  });
});
