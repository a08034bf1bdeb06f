import { describe, expect, it } from 'vitest';
import { findingsOf, pair } from './support/audit.js';

const check = (source: string, target: string, sourceLang: string, targetLang: string) =>
  findingsOf('untranslated', [pair(source, target, sourceLang, targetLang)]);

describe('untranslated', () => {
  describe('valid: no finding', () => {
    it.each([
      ['a real translation', 'Unable to mount %s: the device is busy.', '无法挂载 %s:设备忙。', 'en', 'zh'],
      ['an acronym that stays', 'OK', 'OK', 'en', 'zh'],
      ['a product name', 'Looking Glass', 'Looking Glass', 'en', 'ja'],
      ['a product name and version', 'Novell Netware 286', 'Novell Netware 286', 'en', 'zh'],
      ['placeholders and numbers only', '%s: %d%% (%lu/%lu)', '%s: %d%% (%lu/%lu)', 'en', 'de'],
      ['a URL', 'https://www.example.org/docs/install', 'https://www.example.org/docs/install', 'en', 'fr'],
      ['a one-word cognate between languages of one script', 'Configuration', 'Configuration', 'en', 'fr'],
      ['a short cognate phrase between languages of one script', 'Status: %s', 'Status: %s', 'en', 'de'],
      ['a near copy with cognates between languages of one script', 'bluetooth, dongle, transfer, mobile', 'bluetooth, dongle, transfert, mobile', 'en', 'fr'],
      ['a copyright line', 'Copyright (C) 2024 The Example Project. All rights reserved.', 'Copyright (C) 2024 The Example Project. All rights reserved.', 'en', 'zh'],
      ['command-line syntax', '%s [-t] timingfile [typescript] [divisor]', '%s [-t] timingfile [typescript] [divisor]', 'en', 'ja'],
      [
        'a Chinese heading kept with the English in brackets',
        '东海海上风电项目年度报告',
        '东海海上风电项目年度报告 (Annual report of the East Sea offshore wind project)',
        'zh', 'en',
      ],
      // From Debian's gettext catalogs (nemo-extensions): scripts/real-catalogs.sh.
      ['an archive format: its name and file-name extension (Japanese)', 'Zip (.zip)', 'Zip (.zip)', 'en', 'ja'],
      ['an archive format: its name and file-name extension (Chinese)', 'Lha (.lzh)', 'Lha (.lzh)', 'en', 'zh'],
      ['a compound extension', 'Tar (.tar.gz)', 'Tar (.tar.gz)', 'en', 'zh'],
      ['not applicable, in letters', 'N/A', 'N/A', 'en', 'fr'],
      ['a command line', 'git push origin main', 'git push origin main', 'en', 'fr'],
      ['keyword values (real: util-linux)', '<color>: black blue cyan green grey magenta red white yellow', '<Farbe>: black blue cyan green grey magenta red white yellow', 'en', 'de'],
      ['a word Spanish writes as English does', 'Error', 'Error', 'en', 'es'],
      ['a word Dutch writes as English does', 'Help', 'Help', 'en', 'nl'],
      ['a paragraph translated whole', 'Your account has been created. Check your inbox to confirm your email address.', 'Votre compte a été créé. Consultez votre boîte de réception pour confirmer votre adresse e-mail.', 'en', 'fr'],
    ])('%s', async (_name, source, target, sourceLang, targetLang) => {
      expect(await check(source, target, sourceLang, targetLang)).toEqual([]);
    });
  });

  describe('invalid: a sentence left as it was', () => {
    it.each([
      [
        'the second sentence of a French target',
        'Your account has been created. Check your inbox to confirm your email address before you sign in.',
        'Votre compte a été créé. Check your inbox to confirm your email address before you sign in.',
        'en', 'fr',
        'Check your inbox to confirm your email address before you sign in.',
      ],
      [
        'a Chinese sentence left in an English target',
        '项目已于上月正式启动。预计该项目将于明年年底全面完工并投入使用。',
        'The project officially started last month. 预计该项目将于明年年底全面完工并投入使用。',
        'zh', 'en',
        '预计该项目将于明年年底全面完工并投入使用。',
      ],
      [
        'the second sentence of a Chinese target',
        'Your account has been created. Check your inbox to confirm your email address.',
        '您的帐户已创建。Check your inbox to confirm your email address.',
        'en', 'zh',
        'Check your inbox to confirm your email address.',
      ],
    ])('%s', async (_name, source, target, sourceLang, targetLang, sentence) => {
      const findings = await check(source, target, sourceLang, targetLang);
      expect(findings).toHaveLength(1);
      expect(findings[0]!.message).toMatch(/untranslated/);
      expect(findings[0]!.details.copiedSentence).toBe(sentence);
    });
  });

  describe('invalid: flagged', () => {
    it.each([
      ['a PO msgstr copied from its msgid', 'Show week numbers in the calendar', 'Show week numbers in the calendar', 'en', 'zh', 1],
      ['a copy with placeholders and markup', 'Moving <b>%s</b> to the trash failed.', 'Moving <b>%s</b> to the trash failed.', 'en', 'ja', 1],
      ['a copy with a mnemonic moved', '_Choose your personal certificate', 'Choose your _personal certificate', 'en', 'zh', 1],
      ['a near copy with a typo fixed', 'Unable to open the file %s for writting', 'Unable to open the file %s for writing', 'en', 'zh', 0.9],
      ['an identical German target', 'Split ranges by the specified columns', 'Split ranges by the specified columns', 'en', 'de', 1],
      ['a copy with file-name patterns (real: cinnamon-control-center)', 'DER or PEM certificates (*.der, *.pem, *.crt, *.cer)', 'DER or PEM certificates (*.der, *.pem, *.crt, *.cer)', 'en', 'ja', 1],
      ['a copy that ends a sentence before a word', 'Extract here.Then open the folder', 'Extract here.Then open the folder', 'en', 'zh', 1],
      ['a Chinese source left in the English column', '项目于 2023 年 6 月开工,总投资约 260 亿元人民币。', '项目于 2023 年 6 月开工,总投资约 260 亿元人民币。', 'zh', 'en', 1],
    ])('%s', async (_name, source, target, sourceLang, targetLang, least) => {
      const findings = await check(source, target, sourceLang, targetLang);
      expect(findings).toHaveLength(1);
      expect(findings[0]!.severity).toBe('warning');
      expect(findings[0]!.details.similarity as number).toBeGreaterThanOrEqual(least);
      expect(findings[0]!.message).toMatch(/untranslated/);
    });
  });
});
