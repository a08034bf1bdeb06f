// numeric-drift on real gettext catalogs: sentences from the Debian translations of coreutils,
// diffutils, findutils, dpkg, tar and bash (zh_CN, es, it, pt_BR, de, fr, ja), shortened to the
// sentence that matters. Silent rows once made false alarms (vague amounts alone, number words
// of languages without data, words for a colon, binary, the same date in another order, an
// example repeated verbatim); the drifted rows are real mistakes in those catalogs and must
// still be caught, stated as the finding lists them.
import { describe, expect, it } from 'vitest';
import { checkDrift, driftOf, linePair, type Drift } from './support/numeric-drift.js';

type Row = [what: string, sourceLang: string, targetLang: string, source: string, target: string];

const drift = ([, sourceLang, targetLang, source, target]: Row) => driftOf(checkDrift(linePair(source, target, sourceLang, targetLang)));

const SILENT: Row[] = [
  // Vague amounts from a few, with no digit: never missing or added on their own.
  ['unit names, not durations (for hours)', 'en', 'zh', "'s' for seconds (the default), 'm' for minutes, 'h' for hours or 'd' for days.", '"s" 代表秒（默认）、"m" 代表分、"h" 代表小时、"d" 代表天。'],
  ['unit names in Japanese', 'en', 'ja', "'s' for seconds (the default), 'm' for minutes, 'h' for hours or 'd' for days.", "秒を表す 's' (デフォルト)、分を表す 'm'、時間を表す 'h'、日を表す 'd'。"],
  ['varias veces for many times', 'en', 'es', '-l, --count-links     count sizes many times if hard linked', '-l, --count-links     cuenta los tamaños varias veces si hay enlaces fuertes'],
  ['整数倍 is an integer multiple', 'en', 'zh', 'invalid input (length must be multiple of 4 characters)', '无效的输入（长度必须为 4 字符的整数倍）'],
  ['周数年 is the week-numbering year', 'en', 'zh', '%G   year of ISO week number (see %V); normally useful only with %V', '%G   ISO 周数年（参见 %V）；一般只和 %V 一起使用'],
  ['第几周 asks which week', 'en', 'zh', '%U   week number of year, with Sunday as first day of week (00..53)', '%U   一年中的第几周，以周日为每周第一天 (00..53)'],
  ['第几日 asks which day', 'en', 'zh', '%j   day of year (001..366)', '%j   一年中的第几日 (001..366)'],
  ['個数分 is "as many as there are"', 'en', 'ja', '-l, --count-links     count sizes many times if hard linked', '-l, --count-links     ハードリンクされた場合その個数分サイズを数える'],
  // Number words of Italian, Portuguese and Dutch.
  ['due for two', 'en', 'it', 'With no arguments, exchanges the top two directories.', 'Senza argomenti scambia le prime due directory in cima.'],
  ['tre colonne for three-column', 'en', 'it', 'With no options, produce three-column output.', 'Senza opzioni, genera un output a tre colonne.'],
  ['tre volte for three times', 'en', 'it', '(can be repeated up to three times)', '(può essere repetuta fino a tre volte)'],
  ['dois for two', 'en', 'pt', 'With no arguments, exchanges the top two directories.', 'Com nenhum argumento, efetua troca do topo entre dois diretórios.'],
  ['três vezes for three times', 'en', 'pt', '(can be repeated up to three times)', '(pode ser repetido até três vezes)'],
  ['um a quatro for one to four', 'en', 'pt', 'HHHH can be one to four hex digits.', 'HHHH pode ter um a quatro dígitos hexa.'],
  ['um dos dois for either', 'en', 'pt', 'Either may be omitted.', 'Um dos dois pode ser omitido.'],
  ['twee for two', 'en', 'nl', 'With no arguments, exchanges the top two directories.', 'Zonder argumenten worden de bovenste twee mappen verwisseld.'],
  ['die beiden for the two', 'en', 'de', 'With no arguments, exchanges the top two directories.', 'Ohne Argumente werden die beiden oberen Einträge vertauscht.'],
  // Words that hold a numeral and are no amount.
  ['due punti is a colon', 'en', 'it', 'no colon separator in version number', 'non è presente nulla dopo i due punti nel numero di versione'],
  ['dois-pontos is a colon', 'en', 'pt', '%s: missing colon separator', '%s faltando separador dois-pontos'],
  ['dos puntos is a colon', 'en', 'es', "'%s' must be followed by a colon", "'%s' debe estar seguido por dos puntos"],
  ['deux-points is a colon', 'en', 'fr', 'Alternative directory names in CDPATH are separated by a colon (:).', 'Les noms de répertoires alternatifs dans CDPATH sont séparés par un deux-point « : ».'],
  ['in base otto for octal', 'en', 'it', '--%s requires a positive octal argument', '--%s richiede un numero positivo in base otto come argomento'],
  ['un % is a literal percent sign', 'en', 'it', '%%   a literal %', '%%   un % letterale'],
  ['um % is a literal percent sign', 'en', 'pt', '%%   a literal %', '%%   um % literal'],
  ['0 byte is the NUL byte (Nullbyte)', 'en', 'de', '-z, --null-data           a data line ends in 0 byte, not newline', '-z, --null-data           Eine Zeile endet mit Nullbyte, nicht Newline'],
  ['0 byte is the NUL byte (octet nul)', 'en', 'fr', '-z, --null-data           a data line ends in 0 byte, not newline', '-z, --null-data           finir les lignes de données par un octet nul, pas une saut de ligne'],
  ['column three is a position (la troisième)', 'en', 'fr', 'Column one contains lines unique to FILE1, column two contains lines unique to FILE2, and column three contains lines common to both files.', 'La première colonne contient les lignes uniques de FICHIER1, la deuxième contient les lignes uniques de FICHIER2 et la troisième contient les lignes communes aux deux fichiers.'],
  ['二元 is binary', 'en', 'zh', '%s: binary operator expected', '%s: 需要二元运算符'],
  ['double, a data type', 'en', 'es', 'double', 'doble'],
  ['double, a data type in Japanese', 'en', 'ja', 'double', 'ダブル'],
  ['doubled colons', 'en', 'zh', 'Please remove the current directory from your $PATH (that is, remove ".", doubled colons, or leading or trailing colons)', '请从您的 $PATH 变量中删除当前目录(即删除“.”，冒号或其前后的东西)'],
  ['in the first place', 'en', 'it', "or by not setting the times in the first place (METHOD='system')", "o impostando l'orario all'inizio (METODO=\"system\")"],
  ['the first time', 'en', 'pt', 'probably due to problems configuring them the first time.', 'provavelmente devido a problemas ao configurá-los pela primeira vez.'],
  // Times and dates written another way.
  ['11:11:04 PM is 下午 11时11分04秒', 'en', 'zh', "%r   locale's 12-hour clock time (e.g., 11:11:04 PM)", '%r   当前区域设置中 12 小时制钟表时间（例如：下午 11时11分04秒）'],
  ['9AM is 09:00 Uhr', 'en', 'de', 'Show the local time for 9AM next Friday on the west coast of the US', 'Die lokale Zeit für 09:00 Uhr nächsten Freitag in Los Angeles anzeigen:'],
  ['9AM is 午前9時', 'en', 'ja', 'Show the local time for 9AM next Friday on the west coast of the US', 'ローカル時間の次の金曜日午前9時を米国西海岸のタイムゾーンで表示する場合'],
  ['12/31/99 is 31.12.99', 'en', 'de', "%x   locale's date representation (e.g., 12/31/99)", '%x   Datumsdarstellung der Lokale (z. B. 31.12.99)'],
  ['12/31/99 is 31-12-1999', 'en', 'pt', "%x   locale's date representation (e.g., 12/31/99)", '%x   representação da data na localidade (por exemplo, 31-12-1999)'],
  ['12/31/99 is 1999年12月31日', 'en', 'zh', "%x   locale's date representation (e.g., 12/31/99)", '%x   当前区域设置的日期表示法（例如：1999年12月31日）'],
  ['an RFC 5322 date repeated verbatim', 'en', 'ja', 'Example: Mon, 14 Aug 2006 02:34:56 -0600', '例: Mon, 14 Aug 2006 02:34:56 -0600'],
  ['an RFC 5322 date repeated verbatim in Portuguese', 'en', 'pt', 'Example: Mon, 14 Aug 2006 02:34:56 -0600', 'Exemplo: Mon, 14 Aug 2006 02:34:56 -0600'],
  ['sizes grouped with dots after a unit (MB 1.000.000)', 'en', 'de', 'suffixes: kB 1000, K 1024, MB 1,000,000, M 1,048,576, GB 1,000,000,000, G 1,073,741,824, and so on', 'Anhänge: kB 1000, K 1024, MB 1.000.000, M 1.048.576, GB 1.000.000.000, G 1.073.741.824, und so weiter'],
  ['1 桁目 is the first column', 'en', 'ja', "[-]onocr      don't print CR at first column", '[-]onocr      1 桁目の復帰 (CR) を表示しない'],
  ['binary sizes repeated verbatim', 'en', 'ja', 'iec  accept optional single letter suffix: 1K = 1024, 1M = 1048576, ...', 'iec  1文字の接尾辞を付けることができる 1K = 1024, 1M = 1048576, ...'],
];

const DRIFTED: [...Row, Drift][] = [
  [
    'a digit dropped from a gibibyte (diffutils)',
    'en',
    'zh',
    'GB 1,000,000,000, G 1,073,741,824, and so on for T, P, E, Z, Y.',
    'GB=1,000,000,000、G=107,374,182， 还有 T、P、E、Z、Y，如此类推。',
    { kind: 'missing', missingInTarget: ['1,073,741,824'], missingInSource: ['107,374,182'] },
  ],
  [
    'an example year changed (coreutils)',
    'en',
    'de',
    'Example: Mon, 14 Aug 2006 02:34:56 -0600',
    'Beispiel: Mon, 14 Aug 2008 02:34:56 -0600',
    { kind: 'missing', missingInTarget: ['14 Aug 2006'], missingInSource: ['2008'] },
  ],
  [
    'a permission bound changed (dpkg)',
    'en',
    'pt',
    'control directory has bad permissions %03lo (must be >=0755 and <=0775)',
    'diretório de controle possui permissões ruins %03lo (devem ser >=0755 e <=0755)',
    { kind: 'mismatch', mismatched: [['0775', '0755']] },
  ],
  [
    'a permission bound changed (dpkg, French)',
    'en',
    'fr',
    "maintainer script '%.50s' has bad permissions %03lo (must be >=0555 and <=0775)",
    'le script « %.50s » du responsable n\'a pas les bonnes permissions %03lo (doit être >=0755 et <=0775)',
    { kind: 'mismatch', mismatched: [['0555', '0755']] },
  ],
  [
    'an option -0 written -O (findutils)',
    'en',
    'de',
    'by default quotes are special to xargs unless you use the -0 option',
    'per Vorgabe sind Anführungszeichen für xargs bestimmt, sofern Sie nicht die Option -O verwenden',
    { kind: 'missing', missingInTarget: ['0'] },
  ],
  // Realistic variants of the rows above: a number word or a vague amount that changed.
  [
    'two translated as three in Italian',
    'en',
    'it',
    'With no arguments, exchanges the top two directories.',
    'Senza argomenti scambia le prime tre directory in cima.',
    { kind: 'missing', missingInTarget: ['two'], missingInSource: ['tre'] },
  ],
  [
    'three times translated as twice in Portuguese',
    'en',
    'pt',
    '(can be repeated up to three times)',
    '(pode ser repetido até duas vezes)',
    { kind: 'mismatch', mismatched: [['three times', 'duas vezes']] },
  ],
  [
    'a few days translated as three weeks',
    'zh',
    'en',
    '几天后，备份会被自动删除。',
    'The backup is deleted automatically after three weeks.',
    { kind: 'mismatch', mismatched: [['几天', 'three weeks']] },
  ],
  [
    'a date of another day',
    'en',
    'zh',
    "%x   locale's date representation (e.g., 12/31/99)",
    '%x   当前区域设置的日期表示法（例如：1999年12月30日）',
    { kind: 'mismatch', mismatched: [['12/31/99', '1999年12月30日']] },
  ],
];

describe('numeric-drift on real catalog messages', () => {
  it.each(SILENT)('no finding: %s', (...row) => {
    expect(drift(row)).toBeUndefined();
  });

  it.each(DRIFTED)('finding: %s', (...row) => {
    const expected = row[5];
    expect(drift(row.slice(0, 5) as Row)).toEqual(expected);
  });
});
