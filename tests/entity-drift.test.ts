import { describe, expect, it } from 'vitest';
import { auditItems, emptySummary } from '../src/audit.js';
import { loadRulePack } from '../src/config/rule-pack.js';
import type { Finding, SegmentPair } from '../src/model.js';
import { findingsOf, itemsOf, pair } from './support/audit.js';

const check = (source: string, target: string, sourceLang: string, targetLang: string) =>
  findingsOf('entity-drift', [pair(source, target, sourceLang, targetLang)]);

/** Audits with the pack's entity-drift options replaced. */
async function withOptions(options: Record<string, unknown>, pairs: SegmentPair[]): Promise<Finding[]> {
  const pack = loadRulePack();
  const only = { ...pack, rules: new Map([['entity-drift', { severity: 'warning' as const, options }]]) };
  const findings: Finding[] = [];
  for await (const finding of auditItems(itemsOf(pairs.map((p) => ({ kind: 'pair' as const, pair: p }))), only, emptySummary())) findings.push(finding);
  return findings;
}

describe('entity-drift', () => {
  describe('valid: no finding', () => {
    it.each([
      [
        'names and acronyms kept, inflected and spelled out',
        '这 50 万亿美元,就是 AI 完整的潜在市场(TAM)。阿里巴巴的 GPU 集群与 Qwen 模型,完全符合 GDPR。',
        'That $50 trillion is AI’s total addressable market. Alibaba’s GPUs and Qwen models fully comply with GDPR.',
        'zh', 'en',
      ],
      [
        'names the glossary maps (博世 = Bosch, 平头哥 = T-Head, 通义千问 = Qwen)',
        '阿里巴巴已经和博世落地合作;平头哥自研芯片累计交付 56 万片;通义千问已开放 300 多个模型。',
        'Alibaba has partnered with Bosch; T-Head has delivered 560,000 chips; Qwen has released over 300 models.',
        'zh', 'en',
      ],
      [
        'English words in the Chinese side that the English renders differently',
        '这是阿里 All in 人工智能的原因;欧洲企业提供工业 know-how,面向 C 端消费者。',
        'This is why Alibaba is fully committed to AI; European firms contribute industrial expertise for consumers.',
        'zh', 'en',
      ],
      [
        'units after numbers and capitalised words at sentence starts',
        '项目总装机容量为 1.8 GW,每年发电 31 亿 kWh。',
        'Construction of the project is complete. It has a capacity of 1.8 gigawatts and generates 3.1 billion kilowatt-hours a year.',
        'zh', 'en',
      ],
      [
        'English acronyms a Chinese translation renders in Chinese',
        'Alibaba committed to investing over RMB 380 billion in R&D and cloud infrastructure.',
        '阿里巴巴承诺投入超过 3800 亿元人民币用于研发和云基础设施。',
        'en', 'zh',
      ],
      [
        'acronyms a Japanese translation adds for its reader',
        'failed to get pid %d\'s scheduling policy',
        'プロセス ID %d のスケジューリングポリシーの取得に失敗しました',
        'en', 'ja',
      ],
      [
        'German nouns, translated names and acronyms between Latin languages',
        'The CPU in Germany runs the EU data centre on Mondays.',
        'Der Prozessor in Deutschland betreibt das Rechenzentrum der Europäischen Union montags.',
        'en', 'de',
      ],
      [
        'a name with inner capitals kept in a German compound, and a mnemonic',
        'Configure _IPv4 for the VivaTech network',
        'IPv4 für das VivaTech-Netzwerk konfigurieren',
        'en', 'de',
      ],
      [
        'an e-mail address and a URL kept',
        '请联系 press@example.com 或访问 https://www.example.com/vivatech 获取官方原文。',
        'Contact press@example.com or visit https://www.example.com/vivatech for the official transcript.',
        'zh', 'en',
      ],
      [
        'GDPR as DSGVO in German, from the glossary',
        'The platform is fully compliant with the GDPR.',
        'Die Plattform erfüllt die Anforderungen der DSGVO vollständig.',
        'en', 'de',
      ],
      [
        'placeholders and units glued to them',
        'warning: file sizes truncated to %luMB (minus 1 byte).',
        'avertissement : taille des fichiers tronquée à %lu Mo (moins 1 octet).',
        'en', 'fr',
      ],
    ])('%s', async (_name, source, target, sourceLang, targetLang) => {
      expect(await check(source, target, sourceLang, targetLang)).toEqual([]);
    });

    // From Debian's gettext catalogs (util-linux, e2fsprogs, nemo, cinnamon): scripts/real-catalogs.sh.
    it.each([
      ['the label of a numeric field, translated (German)', 'BlockSize: %d', 'Blockgröße: %d', 'de'],
      ['a column heading that is the whole message, translated (Spanish)', 'CandVer', 'VersCand', 'es'],
      ['a one-word label with a colon, translated (Portuguese)', 'UncompSize:', 'TamDescomp:', 'pt'],
      ['a one-word message, translated into Chinese', 'TrustDB', '信任数据库', 'zh'],
      ['the label of a numeric field, translated (French)', 'BlockSize: %d', 'Taille de bloc : %d', 'fr'],
      ['the label of a numeric field, translated (Japanese)', 'BlockSize: %d', 'ブロックサイズ: %d', 'ja'],
      ['the label of a numeric field, translated (Chinese)', 'BlockSize: %d', '块大小：%d', 'zh'],
      ['table headings, translated (Japanese)', 'RO    RA   SSZ   BSZ        StartSec            Size   Device', 'RO    RA   SSZ   BSZ        開始セクタ          サイズ デバイス', 'ja'],
      ['table headings, translated (French)', 'RO    RA   SSZ   BSZ        StartSec            Size   Device', 'RO    RA   SSZ   BSZ        1er sect.           Taille Périphérique', 'fr'],
      ['a camel-case name of English words, translated word for word into Chinese', 'AST SmartSleep', 'AST 智能睡眠', 'zh'],
      ['an acronym whose middle letter is a small word, spelled out (German)', '--reflink[=<when>]     create clone/CoW copies (auto, always, never)', '--reflink[=<wann>]     Copy-on-write-Clones erstellen (auto, always, never)', 'de'],
      ['an acronym whose middle letter is a small word, translated (French)', '--reflink[=<when>]     create clone/CoW copies (auto, always, never)', '--reflink[=<quand>]    créer un clone ou des copies à l\'écriture (auto, always ou never)', 'fr'],
      ['an identifier whose word was translated: a letter code and a German noun', 'ddirectory', 'dVerzeichnis', 'de'],
      ['an identifier whose word was translated: a word and a digit', 'page0', 'Seite0', 'de'],
      ['an identifier whose word was translated: a flag name', 'invalid iflag', 'ungültige iMarkierung', 'de'],
      ['an identifier whose word was translated: a French abbreviation', 'Bsize', 'TailleB', 'fr'],
      ['an abbreviation a German translation adds', 'Nickel metal hydride', 'Nickel-Metallhydrid (NiMH)', 'de'],
      ['a key name a Japanese translation abbreviates', 'Press Escape or click again to cancel the operation.', '操作をキャンセルするには Esc を押すか再度クリックしてください。', 'ja'],
      ['a street abbreviated in a Japanese translation', 'write to the Free Software Foundation, Inc., 51 Franklin Street, Fifth Floor, Boston, MA 02110-1301 USA.', 'フリーソフトウェア財団まで請求してください (宛先は the Free Software Foundation Inc., 51 Franklin St, Fifth Floor, Boston, MA 02110-1301 USA)。', 'ja'],
      ['the word of a field label kept in a Japanese translation', 'Zonesize=%d', 'Zone サイズ=%d', 'ja'],
      // From coreutils, bash, grep, wget and dpkg catalogs.
      ['a link updated to https (German)', 'bash home page: <http://www.gnu.org/software/bash>', 'Bash-Homepage: <https://www.gnu.org/software/bash>', 'de'],
      ['a link without its www. (Portuguese)', 'License GPLv3+: GNU GPL version 3 or later <http://www.gnu.org/licenses/gpl.html>.', 'Licença GPLv3+: GNU GPL versão 3 ou posterior <http://gnu.org/licenses/gpl.html>.', 'pt'],
      ['a name written with its accents (Chinese)', 'Originally written by Hrvoje Niksic <hniksic@xemacs.org>.', '最初由 Hrvoje Nikšić <hniksic@xemacs.org> 编写。', 'zh'],
      ['a name written with a dot (French)', 'Error initializing X509 certificate: %s', 'Erreur d’initialisation du certificat X.509 : %s', 'fr'],
      ['a name written with a hyphen (German)', 'Connect to the WiFi network', 'Mit dem Wi-Fi-Netzwerk verbinden', 'de'],
      ['a one-letter code before an acronym, the acronym kept (real: e2fsprogs French)', 'hHTREE @d @i', "h@i de @d d'HTREE", 'fr'],
      ['key letters marked by a final capital (Chinese)', 'Status=Not/Inst/Conf-files/Unpacked/halF-conf', '状态=未安装(n)/已安装(i)/仅存配置(c)/仅解压缩(U)/配置失败(F)', 'zh'],
    ])('%s', async (_name, source, target, targetLang) => {
      expect(await check(source, target, 'en', targetLang)).toEqual([]);
    });
  });

  describe('invalid: flagged', () => {
    it.each([
      [
        'a Qwen sentence dropped',
        '第三层是模型层:通义千问(Qwen)开源大模型,全球下载量突破 10 亿次,完全符合欧盟 GDPR。',
        'The third layer is models, with over one billion downloads worldwide.',
        'zh', 'en',
        { missingInTarget: ['通义千问 (Qwen)', 'GDPR'], missingInSource: [] },
      ],
      [
        'a Latin name in the Chinese source missing from the English',
        '蔡崇信在 VivaTech 欧洲科技峰会上对 AI 的核心观点。',
        'Joe Tsai’s key views on AI at the European technology summit.',
        'zh', 'en',
        { missingInTarget: ['VivaTech'], missingInSource: [] },
      ],
      [
        'a name the target adds, and a URL changed',
        'Details are on https://example.com/report.',
        '详情见 https://example.org/report,由 DeepSeek 提供。',
        'en', 'zh',
        { missingInTarget: ['https://example.com/report'], missingInSource: ['https://example.org/report', 'DeepSeek'] },
      ],
      [
        'a camel-case name misspelt in a German target',
        'Check the Cinnamon LookingGlass log for any issues.',
        'Prüfen Sie das Cinnamon-LookingGlas-Protokoll auf Probleme.',
        'en', 'de',
        { missingInTarget: ['LookingGlass'], missingInSource: ['LookingGlas'] },
      ],
      [
        'a library name cut to its acronym in a German target',
        'This build requires GnuTLS 3.6 or later.',
        'Dieser Build erfordert TLS 3.6 oder neuer.',
        'en', 'de',
        { missingInTarget: ['GnuTLS'], missingInSource: [] },
      ],
      [
        'a glossary name dropped in French',
        'Bosch and Huawei signed the agreement in Paris.',
        'Huawei a signé l’accord à Paris.',
        'en', 'fr',
        { missingInTarget: ['Bosch'], missingInSource: [] },
      ],
      [
        'a name a Japanese translation adds (real: nemo-extensions)',
        'Terminal follows view location',
        'Nemo が表示中の場所に、端末を追跡させる',
        'en', 'ja',
        { missingInTarget: [], missingInSource: ['Nemo'] },
      ],
      [
        'a name the source misspells (real: nemo)',
        'Add Cinamon desklets',
        'Cinnamon デスクレットを追加します',
        'en', 'ja',
        { missingInTarget: [], missingInSource: ['Cinnamon'] },
      ],
      [
        'a product name rendered in Japanese words: no lexicon says so',
        'Restart NetworkManager to apply the settings.',
        '設定を適用するには、ネットワークマネージャーを再起動してください。',
        'en', 'ja',
        { missingInTarget: ['NetworkManager'], missingInSource: [] },
      ],
      [
        'a product name half translated into Chinese',
        'Open the NetworkManager applet',
        '打开网络小程序',
        'en', 'zh',
        { missingInTarget: ['NetworkManager'], missingInSource: [] },
      ],
      [
        'a name before a colon and words: a message prefix, not a field label',
        'NetworkManager: connection failed',
        'Verbindung fehlgeschlagen',
        'en', 'de',
        { missingInTarget: ['NetworkManager'], missingInSource: [] },
      ],
      [
        'a name before a version number: not a field label',
        'Install LibreOffice 7.6 first.',
        '请先安装 7.6 版。',
        'en', 'zh',
        { missingInTarget: ['LibreOffice'], missingInSource: [] },
      ],
      [
        'a library name changed (real: wget)',
        'Your GnuTLS version is too old',
        'Ihre OpenSSL-Version ist zu alt',
        'en', 'de',
        { missingInTarget: ['GnuTLS'], missingInSource: ['OpenSSL'] },
      ],
      [
        'a name misspelt in a Chinese target (real: grep); in English text a capitalised word is no name',
        'Written by Mike Haertel and others.',
        '由 Mike Haerhtel 等人编写。',
        'en', 'zh',
        { missingInTarget: [], missingInSource: ['Haerhtel'] },
      ],
      [
        'a link to another page, scheme aside',
        'Read https://www.gnu.org/gethelp/ first.',
        'Lisez d’abord http://www.gnu.org/help/gethelp.fr.html.',
        'en', 'fr',
        { missingInTarget: ['https://www.gnu.org/gethelp/'], missingInSource: ['http://www.gnu.org/help/gethelp.fr.html'] },
      ],
      [
        'a name a German translation adds beside a changed one: both reported',
        'Open the PowerPoint file',
        'Die PowerPunkt-Datei im KeyNote-Format öffnen',
        'en', 'de',
        { missingInTarget: ['PowerPoint'], missingInSource: ['PowerPunkt', 'KeyNote'] },
      ],
    ])('%s', async (_name, source, target, sourceLang, targetLang, details) => {
      const findings = await check(source, target, sourceLang, targetLang);
      expect(findings).toHaveLength(1);
      // What the source has and the target lacks is a warning; what only the target has, info.
      expect(findings[0]!.severity).toBe(details.missingInTarget.length ? 'warning' : 'info');
      expect(findings[0]!.details).toEqual(details);
    });

    it('reports links a translation between languages of one script adds, with no name changed', async () => {
      const findings = await check('See the manual.', 'Siehe das Handbuch unter https://example.org/handbuch.', 'en', 'de');
      expect(findings.map((finding) => finding.details)).toEqual([{ missingInTarget: [], missingInSource: ['https://example.org/handbuch'] }]);
    });
  });

  it('takes names from its options, and can leave out the bundled ones', async () => {
    const source = '该项目由蚂蚁集团和钉钉联合开发。';
    const target = 'The project was developed jointly by Ant Group and DingTalk.';
    expect(await withOptions({ bundled: true, names: [] }, [pair(source, target)])).toEqual([]);
    const own = await withOptions({ bundled: false, names: [{ zh: '钉钉', en: 'DingTalk' }] }, [pair('该项目由钉钉开发。', 'The project was developed by the team.')]);
    expect(own[0]!.details).toEqual({ missingInTarget: ['钉钉 (DingTalk)'], missingInSource: [] });
  });
});
