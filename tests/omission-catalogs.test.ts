import { describe, expect, it } from 'vitest';
import type { SegmentPair } from '../src/model.js';
import { segmentAt } from '../src/read/units.js';
import { findingsOf } from './support/audit.js';

// Real pairs from Debian's gettext catalogs (bash, coreutils, dpkg, sed), trimmed: program help
// hard-wrapped at a fixed width, options tables, usage lines, and help texts that say a thing
// twice. Each row is what the omission rule says of the pair on its own.
interface Row {
  name: string;
  source: string;
  target: string;
  targetLang: string;
  /** The side and text of the sentences reported; none for a faithful translation. */
  reported?: { side: 'source' | 'target'; texts: string[] };
}

const rows: Row[] = [
  {
    name: 'coreutils de: stat\'s template lines, each ending with its placeholder',
    source: 'Access: %x\nModify: %y\nChange: %z\n Birth: %w\n',
    target: 'Zugriff: %x\nModifiziert: %y\nGeändert: %z\nGeburt: %w\n',
    targetLang: 'de',
  },
  {
    name: 'bash es: a summary line and a first sentence the source says twice in other words',
    source:
      'Enable and disable shell builtins.\n    \n    Enables and disables builtin shell commands.  Disabling allows you to\n    execute a disk command which has the same name as a shell builtin\n    without using a full pathname.',
    target:
      'Activa y desactiva las órdenes internas del shell.\n    \n    Activa y desactiva las órdenes internas del shell.  El desactivar le\n    permite ejecutar una orden del disco que tenga el mismo nombre que\n    la orden interna del shell, sin usar el nombre de ruta completo.',
    targetLang: 'es',
  },
  {
    name: 'bash de: `Remove directories from stack.` and `Removes entries from the directory stack.` translated alike',
    source:
      'Remove directories from stack.\n    \n    Removes entries from the directory stack.  With no arguments, removes\n    the top directory from the stack, and changes to the new top directory.',
    target:
      'Entfernt Einträge vom Verzeichnisstapel.\n\n    Entfernt Einträge vom Verzeichnisstapel. Ohne Argumente wird der\n    oberste Eintrag entfernt und in das neue oberste Verzeichnis\n    gewechselt.',
    targetLang: 'de',
  },
  {
    name: 'coreutils ja: usage lines, each `or:` on a line of its own in the translation',
    source: 'Usage: %s [OPTION]... LAST\n  or:  %s [OPTION]... FIRST LAST\n  or:  %s [OPTION]... FIRST INCREMENT LAST\n',
    target: '使用法: %s [OPTION]... LAST\nまたは: %s [OPTION]... FIRST LAST\nまたは: %s [OPTION]... FIRST INCREMENT LAST\n',
    targetLang: 'ja',
  },
  {
    name: 'coreutils zh_CN: usage lines indented with an ideographic space',
    source: 'Usage: %s [OPTION]... LAST\n  or:  %s [OPTION]... FIRST LAST\n  or:  %s [OPTION]... FIRST INCREMENT LAST\n',
    target: '用法：%s [选项]... 尾数\n　或：%s [选项]... 首数 尾数\n　或：%s [选项]... 首数 增量 尾数\n',
    targetLang: 'zh',
  },
  {
    name: 'coreutils de: usage lines the translation numbers `(1. Form)`',
    source: 'Usage: %s [OPTION]... [-T] TARGET LINK_NAME\n  or:  %s [OPTION]... TARGET\n  or:  %s [OPTION]... TARGET... DIRECTORY\n  or:  %s [OPTION]... -t DIRECTORY TARGET...\n',
    target:
      'Aufruf: %s [OPTION]... [-T] ZIEL LINK_NAME     (1. Form)\n  oder: %s [OPTION]... ZIEL                    (2. Form)\n  oder: %s [OPTION]... ZIEL... VERZ            (3. Form)\n  oder: %s [OPTION]... -t VERZ ZIEL...         (4. Form)\n',
    targetLang: 'de',
  },
  {
    name: 'bash zh_CN: the +N and -N arguments, Chinese lines wrapped mid-sentence',
    source:
      "Arguments:\n      +N\tRotates the stack so that the Nth directory (counting\n    \t\tfrom the left of the list shown by `dirs', starting with\n    \t\tzero) is at the top.\n    \n      -N\tRotates the stack so that the Nth directory (counting\n    \t\tfrom the right of the list shown by `dirs', starting with\n    \t\tzero) is at the top.",
    target:
      '参数：\n      +N\t轮转栈，使得第 N 个目录（"dirs" 显示的列表中左起，\n    \t\t从零开始）移动到栈顶。\n    \n      -N\t轮转栈，使得第 N 个目录（"dirs" 显示的列表中右起，\n    \t\t从零开始）移动到栈顶。',
    targetLang: 'zh',
  },
  {
    name: 'bash pt_BR: the same arguments, a line ending in a closing bracket',
    source:
      "Arguments:\n      +N\tRotates the stack so that the Nth directory (counting\n    \t\tfrom the left of the list shown by `dirs', starting with\n    \t\tzero) is at the top.\n    \n      -N\tRotates the stack so that the Nth directory (counting\n    \t\tfrom the right of the list shown by `dirs', starting with\n    \t\tzero) is at the top.",
    target:
      "Argumentos:\n      +N\tMovimenta a pilha de forma que o n-ésimo diretório (a contar\n      \t\tda esquerda da lista mostrada por `dirs', iniciando com zero)\n      \t\testá no topo.\n    \n      -N\tMovimenta a pilha de forma que o n-ésimo diretório (a contar\n      \t\tda direita da lista mostrada por `dirs', iniciando com zero)\n      \t\testá no topo.",
    targetLang: 'pt',
  },
  {
    name: 'bash ja: the same arguments, `開始番号は0です)。` said of each',
    source:
      "Arguments:\n      +N\tRotates the stack so that the Nth directory (counting\n    \tfrom the left of the list shown by `dirs', starting with\n    \tzero) is at the top.\n    \n      -N\tRotates the stack so that the Nth directory (counting\n    \tfrom the right of the list shown by `dirs', starting with\n    \tzero) is at the top.",
    target:
      "引数:\n      +N\t先頭がN番目のディレクトリになるように回転します(`dirs'で\n    \t表示されるスタックの先頭から数えた数です。開始番号は0です)。\n    \n      -N\t先頭がN番目のディレクトリになるように回転します(`dirs'で\n    \t表示されるスタックの末尾から数えた数です。開始番号は0です)。",
    targetLang: 'ja',
  },
  {
    name: 'coreutils ja: mktemp -t, Japanese wrapped after `、` and mid-word',
    source:
      '  -t                  interpret TEMPLATE as a single file name component,\n                        relative to a directory: $TMPDIR, if set; else the\n                        directory specified via -p; else /tmp [deprecated]\n',
    target:
      '  -t                  TEMPLATE を (ディレクトリ部分を含まない) ファイル名として解釈する。\n                      $TMPDIR が設定されている場合には $TMPDIR、そうでない場合は\n                      -p オプションで指されているディレクトリが使用され、\n                      どちらも指定されていない場合は /tmp (非推奨)、\n                      からの相対パスと解釈される。\n',
    targetLang: 'ja',
  },
  {
    name: 'bash zh_CN: disown -h, a line wrapped after a signal name',
    source:
      'Options:\n      -a\tremove all jobs if JOBSPEC is not supplied\n      -h\tmark each JOBSPEC so that SIGHUP is not sent to the job if the\n    \t\tshell receives a SIGHUP\n      -r\tremove only running jobs',
    target:
      '选项：\n      -a\t如果不提供 <任务说明符>，则删除所有任务\n      -h\t标记每个 <任务说明符> 对应的任务，从而当 shell 接收到 SIGHUP\n    \t\t信号时不发送 SIGHUP 给指定任务\n      -r\t仅删除运行中的任务',
    targetLang: 'zh',
  },
  {
    name: 'coreutils zh_CN: test operators, a table whose Chinese rows are no wrapped sentence',
    source:
      '\n  INTEGER1 -eq INTEGER2   INTEGER1 is equal to INTEGER2\n  INTEGER1 -ge INTEGER2   INTEGER1 is greater than or equal to INTEGER2\n  INTEGER1 -gt INTEGER2   INTEGER1 is greater than INTEGER2\n  INTEGER1 -le INTEGER2   INTEGER1 is less than or equal to INTEGER2\n  INTEGER1 -lt INTEGER2   INTEGER1 is less than INTEGER2\n  INTEGER1 -ne INTEGER2   INTEGER1 is not equal to INTEGER2\n',
    target:
      '\n  整数1 -eq 整数2         <整数1> 等于 <整数2>\n  整数1 -ge 整数2         <整数1> 大于等于 <整数2>\n  整数1 -gt 整数2         <整数1> 大于 <整数2>\n  整数1 -le 整数2         <整数1> 小于等于 <整数2>\n  整数1 -lt 整数2         <整数1> 小于 <整数2>\n  整数1 -ne 整数2         <整数1> 不等于 <整数2>\n',
    targetLang: 'zh',
  },
  {
    name: 'coreutils pt_BR: stat --file-system, a format sequence the translation adds',
    source:
      'Valid format sequences for file systems:\n\n  %a   free blocks available to non-superuser\n  %b   total data blocks in file system\n  %c   total file nodes in file system\n  %d   free file nodes in file system\n  %f   free blocks in file system\n',
    target:
      'Sequências válidas de formatação para sistemas de arquivos:\n\n  %a   blocos livres disponíveis usuário comum (não super-usuário)\n  %b   total de blocos de dados no sistema de arquivos\n  %c   total de nós de arquivo no sistema de arquivos\n  %d   nós de arquivo livres no sistema de arquivos\n  %f   blocos livres no sistema de arquivos\n  %C   texto de contexto de segurança SELinux\n',
    targetLang: 'pt',
    reported: { side: 'target', texts: ['%C   texto de contexto de segurança SELinux'] },
  },
  {
    name: 'wget nl: an option whose description wraps, its wrapped tail condensed into a compound',
    source: '       --log-dir=DIRECTORY         location for log files written by the\n                                     FTP client\n',
    target: '       --log-dir=MAP              plaats voor FTP-logbestanden\n',
    targetLang: 'nl',
  },
  {
    name: 'coreutils nl: the wrapped tail of an option (`... of each line`) left implied',
    source:
      "  -c, --chars=[-]NUM       print the first NUM characters of each line;\n                             with the leading '-', print all but the last\n                             NUM characters of each line\n",
    target:
      '  -c, --chars=[-]AANTAL    de eerste AANTAL tekens van elke regel tonen;\n                             met een minteken, alle behalve de laatste AANTAL\n',
    targetLang: 'nl',
  },
  {
    name: 'apt ko: the last source sentence translated as two',
    source:
      'Package %s is not available, but is referred to by another package.\nThis may mean that the package is missing, has been superseded, or\nis only available from another mirror\n',
    target:
      '%s 패키지를 사용할 수 없습니다.  하지만 다른 패키지가 참조하고 있습니다.\n해당 패키지가 누락되었거나 대체되었다는 뜻입니다. 아니면 또 다른 미러에서\n패키지를 받아와야 하는 경우일 수도 있습니다.\n',
    targetLang: 'ko',
  },
  {
    name: 'coreutils ko: a sentence split in two, the option it names in the first half',
    source: "\nIf FILE is not specified, use %s.\nIf ARG1 ARG2 given, -q presumed: 'me too' is usual.\n",
    target: "\n<파일>을 지정하지 않았다면 %s을(를) 사용하십시오.\n<인자1> <인자2> 값을 지정했다면 -q 옵션을 지정한 것으로 간주합니다.\n보통 'me too'가 들어갑니다.\n",
    targetLang: 'ko',
  },
  {
    name: 'sed fr: the translation team line translators add to `Report bugs to`',
    source: 'Report bugs to: %s\n',
    target: 'Rapportez les anomalies à: %s\nRapportez les erreurs de traduction à <traduc@traduc.org>\n',
    targetLang: 'fr',
    reported: { side: 'target', texts: ['Rapportez les erreurs de traduction à <traduc@traduc.org>'] },
  },
  {
    name: 'diffutils zh_CN: the same, after a line ending with its placeholder',
    source: 'Report bugs to: %s\n',
    target: '报告程序错误到: %s\n报告翻译错误到: https://translationproject.org/teams/zh_CN.html\n',
    targetLang: 'zh',
    reported: { side: 'target', texts: ['报告翻译错误到: https://translationproject.org/teams/zh_CN.html'] },
  },
];

/** A pair as the PO reader makes it: each message one segment, its lines not parts of their own. */
function messagePair(source: string, target: string, targetLang: string): SegmentPair {
  return { id: 'msg', input: 'test.po', sourceLang: 'en', targetLang, source: segmentAt(1, source), target: segmentAt(10, target) };
}

describe('omission on program help from gettext catalogs', () => {
  it.each(rows)('$name', async ({ source, target, targetLang, reported }) => {
    const findings = await findingsOf('omission', [messagePair(source, target, targetLang)]);
    const said = findings.map((finding) => ({
      side: finding.details.side,
      texts: (finding.details.sentences as { text: string }[]).map((sentence) => sentence.text),
    }));
    expect(said).toEqual(reported ? [reported] : []);
  });
});

// Translators add their team's address to `Report bugs to` (a gettext convention): an addition,
// reported once, by omission; its length is mostly the address, which length-anomaly does not count.
describe('a translation team line added to a bug-report message', () => {
  it.each(rows.filter((row) => row.source.startsWith('Report bugs to')))('$name is no length anomaly', async ({ source, target, targetLang }) => {
    expect(await findingsOf('length-anomaly', [messagePair(source, target, targetLang)])).toEqual([]);
  });
});
