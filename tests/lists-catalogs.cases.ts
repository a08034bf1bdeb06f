// Program messages from Debian's gettext catalogs (coreutils, diffutils, dpkg, grep, bash,
// procps, apt), trimmed, for missing-list-items: output templates of `key: %x` fields, option
// lists whose keys are aliases ("el, e1:"), help texts wrapped over lines, colour codes (~1, ~6)
// and man page references (printf(1)), and counts that count something else. They must stay
// silent; the lists among them cut short by a translator must still be reported.
//
// `want` as in tests/lists-sweep.cases.ts: false = no finding; otherwise the items reported
// missing across ("target:8" = source item 8 has no counterpart) and the announced count.

import type { SweepCase } from './lists-sweep.cases.js';

const SILENT = false;
const c = (name: string, sl: string, src: string, tl: string, tgt: string, want: SweepCase['want']): SweepCase => ({ name, sl, src, tl, tgt, want });

const STAT_TEMPLATE =
  '  File: "%n"\n    ID: %-8i Namelen: %-7l Type: %T\nBlock size: %-10s Fundamental block size: %S\nBlocks: Total: %-10b Free: %-10f Available: %a\nInodes: Total: %-10c Free: %d\n';
const STAT_TIMES = 'Access: %x\nModify: %y\nChange: %z\n Birth: %w\n';
const DPKG_PART =
  '%s:\n    Part format version:            %d.%d\n    Part of package:                %s\n        ... version:                %s\n' +
  '        ... architecture:           %s\n    Part number:                    %d/%d\n    Part length:                    %jd bytes\n' +
  '    Part offset:                    %jd bytes\n    Part file size (used portion):  %jd bytes\n';
const SDIFF_COMMANDS =
  'ed:\tEdit then use both versions, each decorated with a header.\neb:\tEdit then use both versions.\n' +
  'el or e1:\tEdit then use the left version.\ner or e2:\tEdit then use the right version.\n' +
  'e:\tDiscard both versions then edit a new one.\nl or 1:\tUse the left version.\nr or 2:\tUse the right version.\n' +
  's:\tSilently include common lines.\nv:\tVerbosely include common lines.\nq:\tQuit.\n';
const SDIFF_COMMANDS_IT_HEAD =
  "ed:\tModifica e poi usa entrambe le versioni, ognuna con un'intestazione.\neb:\tModifica e poi usa entrambe le versioni.\n" +
  'el, e1:\tModifica e poi usa la versione di sinistra.\ner, e2:\tModifica e poi usa la versione di destra.\n' +
  'e:\tScarta entrambe le versioni e modifica una nuova versione.\nl, 1:\tUsa la versione di sinistra.\nr, 2:\tUsa la versione di destra.\n';
const LS_TIME_STYLE = '\nThe TIME_STYLE argument can be full-iso, long-iso, iso, locale, or +FORMAT.\nFORMAT is interpreted like in date(1).\n';
const COMM_COLUMNS =
  '\nWith no options, produce three-column output.  Column one contains\nlines unique to FILE1, column two contains lines unique to FILE2,\nand column three contains lines common to both files.\n';

export const CATALOG_CASES: SweepCase[] = [
  // ------------------------------------------------------------ output templates: fields, not items
  c('stat file template (coreutils) -> es', 'en', STAT_TEMPLATE, 'es',
    '  Fichero: "%n"\n    ID: %-8i Longnombre: %-7l Tipo: %T\nTam. bloque: %-10s Tam. bloque fundamental: %S\nBloques: Total: %-10b Libres: %-10f Disponibles: %a\nNodos-i: Total: %-10c Libres: %d\n', SILENT),
  c('stat file template (coreutils) -> fr, fields spaced before the colon', 'en', STAT_TEMPLATE, 'fr',
    '  Fichier : « %n »\n Identif. : %-8i Longueur du nom : %-7l Type : %T\nTaille de bloc : %-10s Taille de bloc fondamentale : %S\n Blocs : total : %-10b libre : %-10f disponible : %a\nInœuds : total : %-10c libre : %d\n', SILENT),
  c('stat file template (coreutils) -> zh', 'en', STAT_TEMPLATE, 'zh',
    '  文件："%n"\n    ID: %-8i 文件名长度：%-7l 类型：%T\n块大小：%-10s 基本块大小：%S\n    块：总计：%-10b 空闲：%-10f 可用：%a\nInodes: 总计：%-10c 空闲：%d\n', SILENT),
  c('stat times template, the last field indented (coreutils) -> de', 'en', STAT_TIMES, 'de', 'Zugriff: %x\nModifiziert: %y\nGeändert: %z\nGeburt: %w\n', SILENT),
  c('stat times template (coreutils) -> zh', 'en', STAT_TIMES, 'zh', '访问时间：%x\n修改时间：%y\n变更时间：%z\n创建时间：%w\n', SILENT),
  c('dpkg-split part template -> de', 'en', DPKG_PART, 'de',
    '%s:\n    Teil-Formatversion:            %d.%d\n    Teil des Paketes:               %s\n        ... Version:                %s\n' +
    '        ... Architektur:            %s\n    Teil-Nummer:                    %d/%d\n    Teil-Länge:                     %jd Byte\n' +
    '    Teil-Offset:                    %jd Byte\n    Teil-Dateigröße (ben. Anteil):  %jd Byte\n', SILENT),
  c('dpkg-split part template, a field wrapped over two lines -> es', 'en', DPKG_PART, 'es',
    '%s:\n    Versión de formato de parte:    %d.%d\n    Parte de paquete:               %s\n         ... versión:               %s\n' +
    '         ... arquitectura           %s\n    Parte número:                   %d/%d\n    Longitud de parte:              %jd bytes\n' +
    '    Desplazamiento de parte:        %jd bytes\n    Tamaño de fichero de parte\n        (porción utilizada):        %jd bytes\n', SILENT),

  // ------------------------------------------------------------ option lists
  c('sdiff commands whose keys are aliases ("el, e1:") -> it, complete', 'en', SDIFF_COMMANDS, 'it',
    SDIFF_COMMANDS_IT_HEAD + 's:\tInclude silenziosamente le righe in comune.\nv:\tInclude prolissamente le righe in comune.\nq:\tEsce.\n', SILENT),
  c('sdiff commands -> it, the last three dropped', 'en', SDIFF_COMMANDS, 'it', SDIFF_COMMANDS_IT_HEAD, { missing: ['target:8', 'target:9', 'target:10'] }),
  c('ls --time=WORD, the prose after the list given as label lines -> de', 'en',
    '      --time=WORD            change the default of using modification times;\n                               access time (-u): atime, access, use;\n' +
    '                               change time (-c): ctime, status;\n                               birth time: birth, creation;\n' +
    '                             with -l, WORD determines which time to show;\n                             with --sort=time, sort by WORD (newest first)\n', 'de',
    '      --time=WORT            andere als die Änderungszeit verwenden:\n                               Zugriffszeit (-u): atime, access, use;\n' +
    '                               Metadatenzeit (-c): ctime, status;\n                               Erstellungszeit: birth, creation;\n' +
    '                               mit -l: Zeit ausgeben\n                               mit -sort=time: nach dieser Zeit sortieren\n', SILENT),
  c('grep --devices, the option column next to a series -> de', 'en',
    "  -D, --devices=ACTION      how to handle devices, FIFOs and sockets;\n                            ACTION is 'read' or 'skip'\n", 'de',
    '  -D, --devices=AKTION      Behandlung von Geräten, FIFOs oder Sockets;\n                              AKTION kann „read“ oder „skip“ sein\n', SILENT),
  c('ls TIME_STYLE values, the last after ，或者 -> zh, complete', 'en', LS_TIME_STYLE, 'zh',
    '\n<时间风格> 参数可以是 full-iso、long-iso、iso、locale，或者 +格式。\n<格式> 的解析方式同 date(1)。\n', SILENT),
  c('ls TIME_STYLE values -> zh, +FORMAT dropped', 'en', LS_TIME_STYLE, 'zh',
    '\n<时间风格> 参数可以是 full-iso、long-iso、iso 或 locale。\n<格式> 的解析方式同 date(1)。\n', { missing: ['target:5'] }),
  c('apt-cdrom media types, a compound of a code ("USB-Speicher") -> de', 'en',
    "apt-cdrom is used to add CDROM's, USB flashdrives and other removable\nmedia types as package sources to APT.\n", 'de',
    'apt-cdrom wird verwendet, um CD-ROMs, USB-Speicher und andere Wechselmedien\nals Paketquelle für APT hinzuzufügen.\n', SILENT),

  // ------------------------------------------------------------ counts that count something else, or wrapped
  c('bash printf: "three types of" wrapped before "objects:", man page references -> es', 'en',
    '    FORMAT is a character string which contains three types of objects: plain\n    characters, which are simply copied to standard output; character escape\n' +
    '    sequences, which are converted and copied to the standard output; and\n    format specifications, each of which causes printing of the next successive\n    argument.\n' +
    '    \n    In addition to the standard format specifications described in printf(1),\n    printf interprets:\n', 'es',
    '    FORMATO es una cadena de caracteres la cual contiene tres tipos de\n    objetos: caracteres simples, los cuales solamente se copian a la salida\n' +
    '    salida estándar; secuencias de escape de caracteres, las cuales\n    se convierten y se copian a la salida estándar; y especificaciones de\n' +
    '    formato, cada una de las cuales causa la muestra del siguiente argumento\n    consecutivo.\n    \n' +
    '    Además de las especificaciones de formato estándar descritas en\n    printf(1) y printf(3), printf interpreta:\n', SILENT),
  c('kill signals "in three ways" wrapped over lines -> de', 'en',
    '\nThe default signal is TERM. Use -l or -L to list available signals.\nParticularly useful signals include HUP, INT, KILL, STOP, CONT, and 0.\nAlternate signals may be specified in three ways: -SIGKILL -KILL -9\n', 'de',
    '\nDas Vorgabesignal ist TERM. Mit -l oder -L können verfügbare Signale\naufgelistet werden. In bestimmten Fällen sind HUP, INT, KILL, STOP,\nCONT und 0 verwendbar. Alternative Signale können auf drei Arten\nangegeben werden: -SIGKILL -KILL -9\n', SILENT),
  c('comm three columns, the third after ，而 -> zh', 'en', COMM_COLUMNS, 'zh',
    '\n如果不附带选项，程序会生成三列输出。第一列包含 <文件1> 特有的行，\n第二列包含 <文件2> 特有的行，而第三列包含两个文件共有的行。\n', SILENT),
  c('comm three columns -> zh, the third column dropped', 'en', COMM_COLUMNS, 'zh',
    '\n如果不附带选项，程序会生成三列输出。第一列包含 <文件1> 特有的行，\n第二列包含 <文件2> 特有的行。\n', { announced: 3 }),
  c('top colour codes (~6, ~8) before lines of a sample screen -> fr', 'en',
    'Help for color mapping~2 - "Current Window" = ~1 %s ~6\n\n   color - 04:25:44 up 8 days, 50 min,  7 users,  load average:\n' +
    '   Tasks:~3  64 ~2total,~3   2 ~3running,~3  62 ~2sleeping,~3   0 ~2stopped,~3\n   11005 ~8?      ~7  9   0  0.0   0:02.50  2852 1008 S amor -sessi~8\n' +
    '   available toggles: ~1B~2 =disable bold globally (~1%s~2),\n       ~1z~2 =color/mono (~1%s~2), ~1b~2 =tasks "bold"/reverse (~1%s~2)\n', 'fr',
    'Aide pour la correspondance des couleurs~2 - « Fenêtre Actuelle » = ~1 %s ~6\n\n   couleur - 04:25:44 up 8 jours, 50 min,  7 utilisateurs,  charge moyenne:\n' +
    '   Tâches:~3  64 ~2total,~3   2 ~3exécutée,~3  62 ~2endormie,~3   0 ~2arrêtée,~3\n   11005 ~8?      ~7  9   0  0.0   0:02.50  2852 1008 S amor -sessi~8\n' +
    '   commutateurs disponibles: ~1B~2 =désactive gras globalement (~1%s~2),\n       ~1z~2 =couleur/mono (~1%s~2), ~1b~2 =tâches "gras"/inversé (~1%s~2)\n', SILENT),
  c('top view keys, an abbreviation ("environ. ~1^N~2;") inside a semicolon run -> fr', 'en',
    '%s  ^G,K,N,U  View: ctl groups ~1^G~2; cmdline ~1^K~2; environment ~1^N~2; supp groups ~1^U~2\n', 'fr',
    '%s  ^G,K,N,U  Vue: grp ctl ~1^G~2; lignecmd ~1^K~2; environ. ~1^N~2; grp sup ~1^U~2\n', SILENT),
  c('top view keys -> fr, the last key dropped', 'en',
    '%s  ^G,K,N,U  View: ctl groups ~1^G~2; cmdline ~1^K~2; environment ~1^N~2; supp groups ~1^U~2\n', 'fr',
    '%s  ^G,K,N,U  Vue: grp ctl ~1^G~2; lignecmd ~1^K~2; environ. ~1^N~2\n', { missing: ['target:4'] }),
  c('top "all four windows:" before two keys, the translation keeps both -> pt', 'en',
    " ~1*~4  a , w   . Cycle through all four windows:  '~1a~5' Forward; '~1w~5' Backward\n", 'pt',
    " ~1*~4  a , w   . Alterna entre quatro janelas:  '~1a~5' para frente; '~1w~5' para trás\n", SILENT),
  c('gettext: quoted punctuation (\'~:[\', \'~;\') is what the message is about, not its layout -> ja', 'en',
    "In the directive number %u, '~:[' is not followed by two clauses, separated by '~;'.", 'ja',
    "命令番号 %u では, '~:[' の後に '~;' で分けられた 2つの節がありません.", SILENT),
  c('gettext: a quoted separator in a syntax error -> es', 'en',
    "syntax error, expected ';' after string", 'es', "error de sintaxis; se espera un ';' después de la cadena", SILENT),
  c('gettext: "32 bits" before a colon measures, it announces nothing -> fr', 'en',
    '--endianness=BYTEORDER write out 32-bit numbers in the given byte order (big or little, default depends on platform)', 'fr',
    "--endianness=ORDRE_DES_OCTETS écrit les octets des entiers 32 bits suivant l'ordre choisi : big, little, default (dépendant du système)", SILENT),
  c('a semicolon run with a quoted separator in one item, the last item dropped -> de', 'en',
    "Separators: use ';' between fields; use a tab between records; use a newline between files.", 'de',
    "Trennzeichen: ';' zwischen Feldern; ein Tabulator zwischen Datensätzen.", { missing: ['target:3'] }),
];
