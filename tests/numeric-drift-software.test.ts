// numeric-drift on software messages (gettext catalogs, UI strings): placeholders, options,
// size units, strftime formats, identical text read by two locales, number words that are
// no figures. The strings are written for these tests, after the patterns that made false
// alarms on real catalogs; each drifted pair must still be caught.
import { describe, expect, it } from 'vitest';
import { maskCode } from '../src/analyse/quantity/code.js';
import { extractQuantities } from '../src/analyse/quantity/index.js';
import { checkDrift, driftOf, linePair, type Drift } from './support/numeric-drift.js';

const check = (source: string, target: string, targetLang: string) => checkDrift(linePair(source, target, 'en', targetLang, 'm1', 'messages.po'));


/** [what the pair shows, English source, translation, target language] */
const faithful: [string, string, string, string][] = [
  // printf, positional and strftime placeholders
  ['a count placeholder', 'Delete %d files?', '%d Dateien löschen?', 'de'],
  ['grouped count placeholders', "Copying file %'d of %'d", "Datei %'d von %'d wird kopiert", 'de'],
  ['positional arguments', 'Device %s is too big (0x%llx blocks) for a block size of %d', 'Das Gerät %1$s ist mit 0x%2$llx Blöcken für eine Blockgröße von %3$d zu groß', 'de'],
  ['positional arguments in Chinese', 'Found a %s partition table on %s', '在 %2$s 上发现一个 %1$s 分区表', 'zh'],
  ['positional arguments in Japanese', 'Read %d bytes from %s', '%2$s から %1$d バイト読み込みました', 'ja'],
  ['C99 length modifiers', 'Wrote %zu bytes to %s', '已向 %2$s 写入 %1$zu 字节', 'zh'],
  ['inttypes macros', 'Zeroed %<PRIu64> bytes at offset %<PRIu64>', '%3$<PRIu64> から %2$<PRIu64> バイトを消去しました', 'ja'],
  ['a padded hex placeholder', 'Checksum 0x%08x does not match', 'Prüfsumme 0x%08x stimmt nicht überein', 'de'],
  ['a hex prefix added before a placeholder', 'Bad partition count [%u].', 'Ungültige Partitionsanzahl [0x%u].', 'de'],
  ['a 12-hour strftime format turned 24-hour', '%a %l:%M %p', '%a %H:%M', 'fr'],
  ['strftime with a date', 'Yesterday at %l:%M %p', 'Hier à %H:%M', 'fr'],
  ['an article before a placeholder (ein %s)', '%s contains a %s file system', '%s enthält ein %s-Dateisystem', 'de'],
  ['an article before a placeholder (un %s)', 'Will not create a %s here', 'Ne créera pas un %s ici', 'fr'],
  ['named and braced placeholders', 'Sync {count} items in {folder}', '{count} Elemente in {folder} synchronisieren', 'de'],
  ['e2fsprogs abbreviations', '@i %i has a bad @b count', "L'@i %i a un nombre de @b invalide", 'fr'],
  // options, metavariables, usage text
  ['number words in option names', ' -d, --two-bytes-decimal   two-byte decimal display', ' -d, --two-bytes-decimal   dezimale Anzeige mit zwei Bytes', 'de'],
  ['an option named after a number, against a counter word', ' -3, --three   show three months around the date', ' -3, --three   显示该日期前后三个月', 'zh'],
  ['an option named after a number, against か月', ' -Y, --twelve   show the next twelve months', ' -Y, --twelve   次の12か月を表示します', 'ja'],
  ['an option named after a number, against German', ' -Y, --twelve   show the next twelve months', ' -Y, --twelve   die nächsten zwölf Monate anzeigen', 'de'],
  ['a one-letter option (M is no million)', ' -M, --move   move a subtree elsewhere', ' -M, --move   déplacer un sous-arbre ailleurs', 'fr'],
  ['a metavariable range', 'cannot parse the --nr <M-N> range', "impossible d'analyser l'intervalle --nr <M-N>", 'fr'],
  ['a list of size suffixes', 'Size in bytes, or with a suffix {K,M,G,T}', 'Taille en octets, ou avec un suffixe {K,M,G,T}', 'fr'],
  ['a usage example with list syntax', 'List format:\n    %1$s -pc 0,3,7-11 700', 'Listenformat:\n    %1$s -pc 0,3,7-11 700', 'de'],
  ['a usage example with octal masks', 'Set it:\n    %1$s -p 03 700', 'Setzen:\n    %1$s -p 03 700', 'fr'],
  // size and rate units, lone letters
  ['megabytes as Mo', 'Maximum attachment size: 10 MB', 'Taille maximale des pièces jointes : 10 Mo', 'fr'],
  ['megabytes as French mebioctets', '512 MB', '512 Mio', 'fr'],
  ['megabits as Mo/s', 'Link speed: 100 Mb/s', 'Débit de la liaison : 100 Mo/s', 'fr'],
  ['megabits as Mbit/s', 'Link speed: 100 Mb/s', 'Verbindungsgeschwindigkeit: 100 Mbit/s', 'de'],
  ['1k blocks as 1 ko', 'Only 1k blocks are supported', 'Seuls les blocs de 1 ko sont pris en charge', 'fr'],
  ['4k sectors as 4 KiB', 'Only 4k sectors are supported', 'Nur Sektoren mit 4 KiB werden unterstützt', 'de'],
  ['MHz is no million', 'CPU max MHz:', 'Fréquence maximale du processeur en MHz :', 'fr'],
  ['a lone M in a name', 'CP/M', 'CP/M', 'fr'],
  ['a lone M and G as unit letters', 'May be followed by M for MiB or G for GiB.', 'Peut être suivi de M pour Mio ou G pour Gio.', 'fr'],
  ['German Mio. is a million', 'Remove 2.5 million rows?', '2,5 Mio. Zeilen entfernen?', 'de'],
  // identical text read by two locales
  ['a bracketed pair in a decimal-comma locale', 'Key length must be in [8,63] characters', 'Die Schlüssellänge muss [8,63] Zeichen betragen', 'de'],
  ['a bracketed pair in French', 'The value must be in [8,63]', 'La valeur doit être dans [8,63]', 'fr'],
  ['32M inside a Chinese sentence', 'Hidden FAT16 <32M', '隐藏的 FAT16 <32M', 'zh'],
  ['32M inside a Japanese sentence', 'DRDOS/sec (FAT-16 < 32M)', 'DRDOS/sec (FAT-16 < 32M)', 'ja'],
  ['a pass name copied as is', 'Pass 1B: rescanning for duplicate blocks', '第 1B 遍：重新扫描重复的块', 'zh'],
  ['a word copied as is', 'Double', 'Double', 'fr'],
  ['a day-first date', 'Timestamps beyond 2038-01-19 are likely wrong', 'Les horodatages au-delà du 19/01/2038 sont probablement faux', 'fr'],
  // number words that are no figures
  ['both against les deux', 'Both options cannot be used together', 'Les deux options ne peuvent pas être utilisées ensemble', 'fr'],
  ['both against toutes deux', 'Both --socket and --listen given', '--socket et --listen ont toutes deux été indiquées', 'fr'],
  ['these two features', 'Those features are not compatible', '这两个特性不兼容', 'zh'],
  ['duplicate against doppelte', 'Ignore duplicate entries', 'Doppelte Einträge ignorieren', 'de'],
  ['duplicate against verdoppeln', 'Duplicate %d items', '%d Objekte verdoppeln', 'de'],
  ['double click against 双击', 'Double-click timeout', '双击超时', 'zh'],
  ['double click in French', 'Double click', 'Double clic', 'fr'],
  ['a two-byte compound against 双字节', 'two-byte hexadecimal display', '双字节十六进制显示', 'zh'],
  ['doubly indirect against doppelt', 'Illegal doubly indirect block', 'Ungültiger doppelt indirekter Block', 'de'],
  ['dual against 2 画面', 'Start in dual-pane view', '常に 2 画面表示で起動', 'ja'],
  ['a single month against 1 か月', 'Show only a single month', '1 か月分だけを表示します', 'ja'],
  ['half-lines is a compound', 'print all half-lines', 'afficher toutes les demi-lignes', 'fr'],
  ['half a screen', 'Left half', '左半屏', 'zh'],
  ['half line feeds', 'permit half line feeds', '半改行を許可します', 'ja'],
  ['zero against 0', 'Symbolic link has zero size', '符号链接大小为 0', 'zh'],
  ['non-zero against 0', 'Exit with a non-zero status', 'Mit einem Status ungleich 0 beenden', 'de'],
  ['percent alone', 'percent', 'pour cent', 'fr'],
  ['hexadecimal, decimal and octal as 16, 10 and 8 進数', 'Display in hexadecimal, decimal or octal', '16進数、10進数、8進数で表示します', 'ja'],
  ['hexadecimal as 十六进制', 'not a valid hex string', '不是有效的十六进制字符串', 'zh'],
  ['hexadecimal as 16진수', 'print the offsets in hexadecimal', '오프셋을 16진수로 출력', 'ko'],
  ['octal as 8진수', 'the mode must be an octal number', '모드는 8진수여야 합니다', 'ko'],
  ['the first day of the week', 'First day of the week', 'Erster Tag der Woche', 'de'],
  ['the first day of the week in French', 'Monday as first day of week', 'lundi comme premier jour de la semaine', 'fr'],
  ['the first day of the week in Japanese', 'Monday as first day of week', '週の開始を月曜日にします', 'ja'],
  ['an ordinal word against 番目', 'Third choice', '3 番目の選択', 'ja'],
  ['an ordinal word against つ目', 'second argument', '2 つ目の値', 'ja'],
  ['one level up', 'Go to the parent folder', '1 つ上のフォルダーに移動します', 'ja'],
  ['per track as 1 トラックあたり', 'Number of sectors per track', '1 トラックあたりのセクタ数', 'ja'],
  ['a month name alone', 'May', '5月', 'ja'],
  ['a month name alone in German', 'May', 'Mai', 'de'],
  ['seconds kept', 'Set the timeout (default: 30 seconds)', 'Zeitlimit festlegen (Vorgabe: 30 Sekunden)', 'de'],
];

/** [what drifted, English source, translation, target language, the finding] */
const drifted: [string, string, string, string, Drift][] = [
  ['seconds ten times longer', 'Retry in 5 seconds', 'In 50 Sekunden erneut versuchen', 'de', { kind: 'mismatch', mismatched: [['5 seconds', '50 Sekunden']] }],
  ['a count changed', 'Delete 3 files?', '4 Dateien löschen?', 'de', { kind: 'mismatch', mismatched: [['3', '4']] }],
  ['days turned hours', 'Keep backups for 30 days', 'Sicherungen 30 Stunden lang aufbewahren', 'de', { kind: 'mismatch', mismatched: [['30 days', '30 Stunden']] }],
  ['a size ten times larger', 'Maximum file size: 10 MB', 'Maximale Dateigröße: 100 MB', 'de', { kind: 'mismatch', mismatched: [['10 MB', '100 MB']] }],
  ['a block number replaced by a placeholder', 'Could not read block 0: %s', 'Block %s konnte nicht gelesen werden', 'de', { kind: 'missing', missingInTarget: ['0'] }],
  ['a figure dropped beside placeholders', '%d of %d files copied (2 failed)', '%d von %d Dateien kopiert', 'de', { kind: 'missing', missingInTarget: ['2'] }],
  ['a bracketed pair changed', 'Key length must be in [8,63] characters', 'Die Schlüssellänge muss [8,64] Zeichen betragen', 'de', { kind: 'mismatch', mismatched: [['8', '8,64']], missingInTarget: ['63'] }],
  ['months changed', 'Show the next twelve months', 'Die nächsten zehn Monate anzeigen', 'de', { kind: 'mismatch', mismatched: [['twelve months', 'zehn Monate']] }],
  ['a million misread', 'Remove 25 million rows?', '2,5 Mio. Zeilen entfernen?', 'de', { kind: 'mismatch', mismatched: [['25 million', '2,5 Mio.']] }],
  ['a count beside a placeholder', 'Copied %d of 10 files', '%d von 100 Dateien kopiert', 'de', { kind: 'mismatch', mismatched: [['10', '100']] }],
  ['double the size turned triple', 'Double the buffer size', 'Puffergröße verdreifachen', 'de', { kind: 'mismatch', mismatched: [['Double', 'verdreifachen']] }],
  ['a rate ten times larger', 'Upload limit: 10 Mb/s', "Limite d'envoi : 100 Mo/s", 'fr', { kind: 'mismatch', mismatched: [['10 Mb', '100 Mo']] }],
  ['gigabytes turned megabytes', 'Free space: 1 GB', 'Espace libre : 1 Mo', 'fr', { kind: 'mismatch', mismatched: [['1 GB', '1 Mo']] }],
  ['minutes changed', 'Sessions expire after 15 minutes', 'Les sessions expirent après 50 minutes', 'fr', { kind: 'mismatch', mismatched: [['15 minutes', '50 minutes']] }],
  ['the third line turned three lines', 'unexpected third line in %s', 'trois lignes inattendues dans %s', 'fr', { kind: 'missing', missingInSource: ['trois'] }],
  ['a day-first date changed', 'Timestamps beyond 2038-01-19 are likely wrong', 'Les horodatages au-delà du 19/02/2038 sont probablement faux', 'fr', { kind: 'mismatch', mismatched: [['2038-01-19', '19/02/2038']] }],
  ['both turned three', 'Both options', 'Les trois options', 'fr', { kind: 'missing', missingInSource: ['trois'] }],
  ['a house number dropped', 'Write to 51 Franklin Street, Boston', 'Écrivez à Franklin Street, Boston', 'fr', { kind: 'missing', missingInTarget: ['51'] }],
  ['months changed in Chinese', 'Show three months', '显示五个月', 'zh', { kind: 'mismatch', mismatched: [['three months', '五个月']] }],
  ['bytes halved', 'Wrote 512 bytes', '已写入 256 字节', 'zh', { kind: 'mismatch', mismatched: [['512 bytes', '256 字节']] }],
  ['attempts changed beside a placeholder', 'Retry in %d seconds (at most 3 attempts)', '%d 秒后重试（最多 5 次）', 'zh', { kind: 'missing', missingInTarget: ['3'], missingInSource: ['5'] }],
  ['a size changed', 'Free space: 32M', '可用空间：16M', 'zh', { kind: 'missing', missingInTarget: ['32M'], missingInSource: ['16M'] }],
  ['months halved', 'Show the next twelve months', '次の6か月を表示します', 'ja', { kind: 'mismatch', mismatched: [['twelve months', '6か月']] }],
  ['an ordinal changed', 'Third choice', '4 番目の選択', 'ja', { kind: 'missing', missingInSource: ['4 番目'] }],
  ['per track turned two tracks', 'Number of sectors per track', '2 トラックあたりのセクタ数', 'ja', { kind: 'missing', missingInSource: ['2'] }],
  ['a stray digit', 'cannot handle files with mode %o', 'モード %o のファイルは扱えません1', 'ja', { kind: 'missing', missingInSource: ['1'] }],
];

describe('numeric-drift on software messages', () => {
  it.each(faithful)('no finding: %s', (_what, source, target, targetLang) => {
    expect(driftOf(check(source, target, targetLang))).toBeUndefined();
  });

  it.each(drifted)('finding: %s', (_what, source, target, targetLang, expected) => {
    expect(driftOf(check(source, target, targetLang))).toEqual(expected);
  });
});

describe('masking code before extraction', () => {
  it.each<[string, string, string[]]>([
    ['printf', 'File %1$s: %2$d of %3$d (%d%%)', []],
    ['a percent sign after a number stays', '50 % des fichiers, 10%ige', ['50 %', '10%']],
    ['comparisons are no markup', 'x < 5 and y > 3', ['5', '3']],
    ['text in angle brackets is no markup', '<Reserved inode 10>', ['10']],
    ['tags and entities go, their text stays', '<b>5</b> files&nbsp;left', ['5']],
    ['options go, their values and other numbers stay', '--retries=3 -v 5', ['3', '5']],
    ['hex literals go', 'mask 0x55555555', []],
  ])('%s', (_what, text, expected) => {
    expect(extractQuantities(text, 'fr').map((quantity) => quantity.text)).toEqual(expected);
  });

  it('keeps offsets: one character for one', () => {
    const text = 'Copied %1$s (%2$d of 7) to <dir>';
    const masked = maskCode(text);
    expect(masked).toHaveLength(text.length);
    expect(masked.indexOf('7')).toBe(text.indexOf('7'));
  });
});
