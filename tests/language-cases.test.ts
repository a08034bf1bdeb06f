// Table-driven cases for the "wrong language" and "untranslated" checks on realistic
// texts: short UI strings, mixed text (names, code, links), CJK, and whole files with and
// without declared languages, where file-level evidence decides for short strings.
import { describe, expect, it } from 'vitest';
import { detectCollectiveLanguage } from '../src/analyse/language.js';
import { readerFor } from '../src/read/index.js';
import { readAll, scratchFile } from './read-helpers.js';
import { findingsOf, pair } from './support/audit.js';

/** `side:detected` for each language-mismatch finding of one pair. */
async function mismatches(source: string, target: string, sourceLang: string, targetLang: string): Promise<string[]> {
  const findings = await findingsOf('language-mismatch', [pair(source, target, sourceLang, targetLang)]);
  return findings.map((finding) => `${finding.details.side}:${finding.details.detected}`);
}

async function untranslated(source: string, target: string, sourceLang: string, targetLang: string): Promise<boolean> {
  return (await findingsOf('untranslated', [pair(source, target, sourceLang, targetLang)])).length > 0;
}

// [name, source, target, sourceLang, targetLang, expected `side:detected` findings]
const MISMATCH_CASES: [string, string, string, string, string, string[]][] = [
  // Correct targets: no finding.
  ['de short UI: Einstellungen', 'Settings', 'Einstellungen', 'en', 'de', []],
  ['de short UI: OK', 'OK', 'OK', 'en', 'de', []],
  ['fr short UI: Fichier', 'File', 'Fichier', 'en', 'fr', []],
  ['de: Save 3 files', 'Save 3 files', '3 Dateien speichern', 'en', 'de', []],
  ['fr: Save 3 files', 'Save 3 files', 'Enregistrer 3 fichiers', 'en', 'fr', []],
  ['es: Cancel', 'Cancel', 'Cancelar', 'en', 'es', []],
  ['de quoting an English product name', 'Open the file in Microsoft Word and click Save.', 'Öffnen Sie die Datei in Microsoft Word und klicken Sie auf „Save“.', 'en', 'de', []],
  ['de with a URL and code', 'See https://example.com/docs/getting-started for the full list of options.', 'Die vollständige Liste der Optionen finden Sie unter https://example.com/docs/getting-started.', 'en', 'de', []],
  ['de with a command line', 'Run `npm install --save-dev typescript` to install the compiler.', 'Führen Sie `npm install --save-dev typescript` aus, um den Compiler zu installieren.', 'en', 'de', []],
  ['de with English loanwords', 'The download manager shows the progress of every download.', 'Der Download-Manager zeigt den Fortschritt jedes Downloads an.', 'en', 'de', []],
  ['fr with an English title quoted', 'The film "The Lord of the Rings" was shot in New Zealand.', 'Le film « The Lord of the Rings » a été tourné en Nouvelle-Zélande.', 'en', 'fr', []],
  ['es long sentence', 'The committee approved the new budget after a long debate in parliament.', 'El comité aprobó el nuevo presupuesto tras un largo debate en el parlamento.', 'en', 'es', []],
  ['it sentence', 'The museum is closed on Mondays and public holidays.', 'Il museo è chiuso il lunedì e nei giorni festivi.', 'en', 'it', []],
  ['pt sentence', 'The application could not connect to the server.', 'O aplicativo não conseguiu se conectar ao servidor.', 'en', 'pt', []],
  ['nl sentence', 'The file could not be saved because the disk is full.', 'Het bestand kon niet worden opgeslagen omdat de schijf vol is.', 'en', 'nl', []],
  ['zh-Hans with Latin names', 'Alibaba released Qwen 3 on GitHub.', '阿里巴巴在 GitHub 上发布了 Qwen 3。', 'en', 'zh-Hans', []],
  ['zh-Hant correct', 'Network settings were saved.', '網路設定已儲存。', 'en', 'zh-Hant', []],
  ['zh-Hans short UI', 'Open file', '打开文件', 'en', 'zh-CN', []],
  ['ja with many kanji', 'The network settings were changed by the administrator.', '管理者によりネットワーク設定が変更されました。', 'en', 'ja', []],
  ['ja kanji only', 'System settings', 'システム設定', 'en', 'ja', []],
  ['ja kanji-heavy sentence', 'Economic growth in the region exceeded forecasts.', '同地域の経済成長率は予測を上回った。', 'en', 'ja', []],
  ['ja all-kanji heading', 'Annual report on environmental policy', '環境政策年次報告書', 'en', 'ja', []],
  ['ja shinjitai only, not Simplified', 'Economic policy report', '経済政策報告書', 'en', 'ja', []],
  ['zh plain accepts Traditional', 'Network settings were saved.', '網路設定已儲存。', 'en', 'zh', []],
  ['zh-Hant with a Latin product name', 'Open Visual Studio Code', '開啟 Visual Studio Code', 'en', 'zh-Hant', []],
  ['zh-Hans with shared characters only', 'Save', '保存', 'en', 'zh-Hans', []],
  ['de short with English loanwords', 'Download complete', 'Download abgeschlossen', 'en', 'de', []],
  ['de compound with an English part', 'Online help', 'Online-Hilfe', 'en', 'de', []],
  ['de English term kept', 'Login', 'Login', 'en', 'de', []],
  ['de label with an English app name', 'Open Files', 'Files öffnen', 'en', 'de', []],
  ['fr label keeps an English term', 'Send e-mail', 'Envoyer un e-mail', 'en', 'fr', []],
  ['fr short keyword kept lower case', 'connection', 'connection', 'en', 'fr', []],
  ['es label with a product name', 'Open Google Drive', 'Abrir Google Drive', 'en', 'es', []],
  ['de source with a German file type name', 'War (.war)', 'War-Archiv (.war)', 'en', 'de', []],
  ['ko correct', 'Save changes', '변경 사항 저장', 'en', 'ko', []],
  ['ru correct', 'The file was deleted.', 'Файл был удалён.', 'en', 'ru', []],
  ['zh source, en target correct', '我们今天发布了新版本。', 'We released a new version today.', 'zh', 'en', []],
  ['de source, en target', 'Die Datei konnte nicht gespeichert werden.', 'The file could not be saved.', 'de', 'en', []],
  ['en target a product name', 'Microsoft Visual Studio Code', 'Microsoft Visual Studio Code', 'en', 'de', []],
  ['de target an acronym list', 'CPU, GPU, RAM', 'CPU, GPU, RAM', 'en', 'de', []],
  ['fr cognate', 'Description', 'Description', 'en', 'fr', []],
  ['de: Computer Monitor Server', 'Computer', 'Computer', 'en', 'de', []],
  // Wrong-language targets: reported.
  ['English sentence left in de target', 'The file could not be saved because the disk is full.', 'The file could not be saved because the disk is full and it cannot be written.', 'en', 'de', ['target:en']],
  ['French sentence in an es file', 'The file could not be opened because it is being used by another program.', 'Le fichier ne peut pas être ouvert car il est utilisé par un autre programme.', 'en', 'es', ['target:fr']],
  ['Spanish in a fr file', 'Do you want to save the changes to this document before closing?', '¿Desea guardar los cambios de este documento antes de cerrarlo?', 'en', 'fr', ['target:es']],
  ['German in a fr file', 'The connection to the server was lost during the transfer.', 'Die Verbindung zum Server wurde während der Übertragung unterbrochen.', 'en', 'fr', ['target:de']],
  ['English in a zh target', 'Open file', 'Open the selected file in a new window', 'en', 'zh', ['target:en']],
  ['Japanese in a zh target', 'The settings were saved.', '設定が保存されました。', 'en', 'zh', ['target:ja']],
  ['Japanese in a zh-Hans target', 'Delete the selected files?', '選択したファイルを削除しますか?', 'en', 'zh-Hans', ['target:ja']],
  ['Chinese in a ja target', 'The settings were saved.', '设置已保存,请重新启动应用程序以使更改生效。', 'en', 'ja', ['target:zh']],
  ['Korean in a ja target', 'Save changes', '변경 사항을 저장하시겠습니까?', 'en', 'ja', ['target:ko']],
  ['English in a ru target', 'The file was deleted.', 'The file was deleted from the disk.', 'en', 'ru', ['target:en']],
  ['swapped en-zh', 'Few technology companies anywhere cover computing power and foundation models at once.', '全球范围内,同时完整覆盖算力、基础大模型的科技公司非常稀少。', 'zh', 'en', ['source:en', 'target:zh']],
  ['Simplified in a zh-Hant target', 'Network settings were saved.', '网络设置已保存。', 'en', 'zh-Hant', ['target:zh-Hans']],
  ['Simplified in a zh-TW target', 'Open the selected file', '打开选择的文件', 'en', 'zh-TW', ['target:zh-Hans']],
  ['Traditional in a zh-Hans target', 'Edit the document', '編輯這個文檔', 'en', 'zh-Hans', ['target:zh-Hant']],
  ['Traditional in a zh-CN target', 'Delete the selected items?', '確定刪除選擇的項目嗎?', 'en', 'zh-CN', ['target:zh-Hant']],
  ['Simplified in a ja target, kanji only', 'Network settings', '网络设置', 'en', 'ja', ['target:zh']],
  ['swapped en-de', 'Die Verbindung zum Server wurde unterbrochen, weil das Netzwerk nicht erreichbar ist.', 'The connection to the server was lost because the network is not reachable.', 'en', 'de', ['source:de', 'target:en']],
  ['short English UI in de target', 'Save 3 files', 'Save the 3 files', 'en', 'de', ['target:en']],
  ['Fichier in a de target', 'File', 'Fichier', 'en', 'de', ['target:fr']],
  ['Einstellungen in a fr target', 'Settings', 'Einstellungen', 'en', 'fr', ['target:de']],
  ['Cancel with a different source in de', 'Abort', 'Cancel', 'en', 'de', ['target:en']],
  ['Annuler in an es target', 'Cancel', 'Annuler', 'en', 'es', ['target:fr']],
  ['Guardar in an it target', 'Save', 'Guardar archivo', 'en', 'it', ['target:es']],
  ['English short sentence in fr target', 'Delete the file?', 'Do you want to delete this file?', 'en', 'fr', ['target:en']],
  ['German short sentence in nl target', 'The file is missing.', 'Die Datei ist nicht vorhanden.', 'en', 'nl', ['target:de']],
  // One word close languages share says nothing (mc, libc and nano catalogs).
  ['Grupo in a pt target', 'Group', 'Grupo', 'en', 'pt', []],
  ['Acerca in a pt target', 'About', 'Acerca', 'en', 'pt', []],
  ['Alle in an nl target', 'All', 'Alle', 'en', 'nl', []],
  ['Group entry in a pt target, Spanish-looking words', 'Group entry for "%s.%s" group:', 'Entrada de grupo para o grupo "%s.%s":', 'en', 'pt', []],
];

// [name, source, target, sourceLang, targetLang, reported]
const UNTRANSLATED_CASES: [string, string, string, string, string, boolean][] = [
  ['copied English into de: Save 3 files', 'Save 3 files', 'Save 3 files', 'en', 'de', true],
  ['copied English into fr: Cancel', 'Cancel', 'Cancel', 'en', 'fr', true],
  ['copied English into de: Open file', 'Open file', 'Open file', 'en', 'de', true],
  ['copied English into es: Delete selected items', 'Delete selected items', 'Delete selected items', 'en', 'es', true],
  ['copied English into zh', 'Save all files', 'Save all files', 'en', 'zh', true],
  ['copied English into ja', 'Unable to open the file', 'Unable to open the file', 'en', 'ja', true],
  ['copied English sentence into de', 'Unable to mount %s: the device is busy.', 'Unable to mount %s: the device is busy.', 'en', 'de', true],
  ['OK is kept', 'OK', 'OK', 'en', 'de', false],
  ['a name is kept', 'Looking Glass', 'Looking Glass', 'en', 'de', false],
  ['a cognate is kept', 'Description', 'Description', 'en', 'fr', false],
  ['Configuration in fr', 'Configuration', 'Configuration', 'en', 'fr', false],
  ['international word in de', 'Computer', 'Computer', 'en', 'de', false],
  ['Service in fr', 'Service', 'Service', 'en', 'fr', false],
  ['Terminal in de', 'Terminal', 'Terminal', 'en', 'de', false],
  ['Menu in fr', 'Menu', 'Menu', 'en', 'fr', false],
  ['Partition in de', 'Partition', 'Partition', 'en', 'de', false],
  ['Status in de', 'Status', 'Status', 'en', 'de', false],
  ['Version in fr', 'Version', 'Version', 'en', 'fr', false],
  ['translated de', 'Save 3 files', '3 Dateien speichern', 'en', 'de', false],
  ['translated zh', 'Save all files', '保存所有文件', 'en', 'zh', false],
  ['code kept', '--verbose', '--verbose', 'en', 'de', false],
  ['URL kept', 'https://example.com/help', 'https://example.com/help', 'en', 'fr', false],
  ['file extension kept', 'Zip (.zip)', 'Zip (.zip)', 'en', 'de', false],
  ['copyright line', 'Copyright (C) 2024 Free Software Foundation', 'Copyright (C) 2024 Free Software Foundation', 'en', 'de', false],
];

// [name, texts, expected language]
const COLLECTIVE_CASES: [string, string[], string][] = [
  ['short English UI strings', ['Save 3 files'], 'en'],
  ['English UI strings', ['Save 3 files', 'Open', 'Cancel', 'Settings'], 'en'],
  ['English menu', ['File', 'Edit', 'View', 'Help', 'Quit'], 'en'],
  ['German UI strings', ['Einstellungen', 'Abbrechen', 'Datei', 'Speichern unter'], 'de'],
  ['German short', ['3 Dateien speichern'], 'de'],
  ['French UI strings', ['Fichier', 'Annuler', 'Enregistrer', 'Paramètres'], 'fr'],
  ['French short', ['Enregistrer 3 fichiers'], 'fr'],
  ['Spanish UI strings', ['Archivo', 'Cancelar', 'Guardar', 'Configuración'], 'es'],
  ['Italian UI strings', ['Salva', 'Annulla', 'Impostazioni', 'Apri file'], 'it'],
  ['Portuguese UI strings', ['Salvar', 'Cancelar', 'Configurações', 'Abrir arquivo'], 'pt'],
  ['Dutch UI strings', ['Opslaan', 'Annuleren', 'Instellingen', 'Bestand openen'], 'nl'],
  ['Chinese', ['打开文件', '保存', '设置'], 'zh'],
  ['Japanese kanji-heavy', ['設定', 'ファイルを開く', '保存'], 'ja'],
  ['Korean', ['파일 열기', '저장', '설정'], 'ko'],
  ['English sentences', ['The file could not be saved.', 'Do you want to quit?'], 'en'],
];

// Whole files: [name, file name, content, expected `rule:pairId` findings (sorted)]
const FILE_CASES: [string, string, string, string[]][] = [
  [
    'JSONL without languages, short English and German',
    'ui.jsonl',
    [
      { id: 'save', source: 'Save 3 files', target: '3 Dateien speichern' },
      { id: 'cancel', source: 'Cancel', target: 'Abbrechen' },
      { id: 'settings', source: 'Settings', target: 'Einstellungen' },
      { id: 'open', source: 'Open file', target: 'Datei öffnen' },
    ].map((record) => JSON.stringify(record)).join('\n') + '\n',
    [],
  ],
  [
    'JSONL without languages, an English copy among German',
    'ui.jsonl',
    [
      { id: 'save', source: 'Save 3 files', target: '3 Dateien speichern' },
      { id: 'cancel', source: 'Cancel', target: 'Abbrechen' },
      { id: 'settings', source: 'Settings', target: 'Einstellungen' },
      { id: 'open', source: 'Open file', target: 'Open file' },
      { id: 'close', source: 'Close all windows', target: 'Alle Fenster schließen' },
    ].map((record) => JSON.stringify(record)).join('\n') + '\n',
    ['untranslated:open'],
  ],
  [
    'JSONL without languages, short German strings no listed word decides, an English copy among them',
    'ui.jsonl',
    [
      { id: 'updates', source: 'Automatic updates', target: 'Automatische Aktualisierungen' },
      { id: 'contacts', source: 'Import contacts', target: 'Kontakte importieren' },
      { id: 'cancel', source: 'Cancel', target: 'Cancel' },
    ].map((record) => JSON.stringify(record)).join('\n') + '\n',
    ['untranslated:cancel'],
  ],
  [
    'JSONL without languages, French strings',
    'ui.jsonl',
    [
      { id: 'save', source: 'Save 3 files', target: 'Enregistrer 3 fichiers' },
      { id: 'cancel', source: 'Cancel', target: 'Annuler' },
      { id: 'file', source: 'File', target: 'Fichier' },
    ].map((record) => JSON.stringify(record)).join('\n') + '\n',
    [],
  ],
  [
    'JSONL without languages, a French string in a Spanish file',
    'ui.jsonl',
    [
      { id: 'save', source: 'Save', target: 'Guardar' },
      { id: 'cancel', source: 'Cancel', target: 'Cancelar' },
      { id: 'settings', source: 'Settings', target: 'Configuración' },
      { id: 'file', source: 'File', target: 'Fichier' },
      { id: 'open', source: 'Open file', target: 'Abrir archivo' },
    ].map((record) => JSON.stringify(record)).join('\n') + '\n',
    ['language-mismatch:file'],
  ],
  [
    'PO in German, English left in a msgstr',
    'de.po',
    [
      'msgid ""', 'msgstr ""', '"Language: de\\n"', '"Content-Type: text/plain; charset=UTF-8\\n"', '',
      'msgid "Save 3 files"', 'msgstr "3 Dateien speichern"', '',
      'msgid "Cancel"', 'msgstr "Cancel"', '',
      'msgid "Settings"', 'msgstr "Einstellungen"', '',
      'msgid "OK"', 'msgstr "OK"', '',
      'msgid "Delete selected items"', 'msgstr "Delete selected items"', '',
    ].join('\n') + '\n',
    ['untranslated:Cancel', 'untranslated:Delete selected items'],
  ],
  [
    'PO without a Language header, German targets',
    'x.po',
    [
      'msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '',
      'msgid "Save 3 files"', 'msgstr "3 Dateien speichern"', '',
      'msgid "Settings"', 'msgstr "Einstellungen"', '',
      'msgid "Open"', 'msgstr "Öffnen"', '',
    ].join('\n') + '\n',
    [],
  ],
  [
    'XLIFF 1.2 de, a French target',
    'ui.xlf',
    `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="de" datatype="plaintext" original="ui">
    <body>
      <trans-unit id="file"><source>File</source><target>Fichier</target></trans-unit>
      <trans-unit id="save"><source>Save 3 files</source><target>3 Dateien speichern</target></trans-unit>
      <trans-unit id="settings"><source>Settings</source><target>Einstellungen</target></trans-unit>
      <trans-unit id="ok"><source>OK</source><target>OK</target></trans-unit>
    </body>
  </file>
</xliff>
`,
    ['language-mismatch:file'],
  ],
  [
    'XLIFF 1.2 without languages, Chinese targets with one Japanese',
    'ui.xlf',
    `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file datatype="plaintext" original="ui">
    <body>
      <trans-unit id="open"><source>Open file</source><target>打开文件</target></trans-unit>
      <trans-unit id="save"><source>Save all files</source><target>保存所有文件</target></trans-unit>
      <trans-unit id="saved"><source>The settings were saved.</source><target>設定が保存されました。</target></trans-unit>
      <trans-unit id="net"><source>Network settings</source><target>网络设置</target></trans-unit>
    </body>
  </file>
</xliff>
`,
    ['language-mismatch:saved'],
  ],
];

describe('language cases', () => {
  describe('language-mismatch on single pairs', () => {
    it.each(MISMATCH_CASES)('%s', async (_name, source, target, sourceLang, targetLang, expected) => {
      expect((await mismatches(source, target, sourceLang, targetLang)).sort()).toEqual([...expected].sort());
    });
  });

  describe('untranslated on single pairs', () => {
    it.each(UNTRANSLATED_CASES)('%s', async (_name, source, target, sourceLang, targetLang, reported) => {
      expect(await untranslated(source, target, sourceLang, targetLang)).toBe(reported);
    });
  });

  describe('the language of a side from all its texts', () => {
    it.each(COLLECTIVE_CASES)('%s', (_name, texts, expected) => {
      expect(detectCollectiveLanguage(texts)).toBe(expected);
    });
  });

  describe('whole files', () => {
    it.each(FILE_CASES)('%s', async (_name, fileName, content, expected) => {
      const path = scratchFile(fileName, content);
      const reader = await readerFor(path);
      const { pairs } = await readAll(reader, { path });
      const found: string[] = [];
      for (const rule of ['language-mismatch', 'untranslated']) {
        for (const finding of await findingsOf(rule, pairs)) found.push(`${rule}:${finding.pairId}`);
      }
      expect(found.sort()).toEqual([...expected].sort());
    });
  });
});
