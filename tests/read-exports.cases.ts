// Files as real tools export them (tests/fixtures/exports/, written for this project in
// the shapes Okapi, memoQ, Trados, Phrase, Xcode, Angular, Symfony, OmegaT, gettext,
// Weblate, Crowdin, Poedit, Lokalise, Google Sheets, HuggingFace and OPUS tools write),
// each with one drift put in by hand. Per file: every pair as read
// [id, source line, target line, source text, target text, source lang, target lang],
// the unpaired sources [line, text], and every finding of the default pack as
// `rule@sourceLine/targetLine`: the drift put in, and nothing caused by the markup.
import { PLACEHOLDER as P } from '../src/read/xml-stream.js';

export interface ExportCase {
  file: string;
  /** The tool, what its export exercises, and the drift put in. */
  tool: string;
  pairs: [string, number, number, string, string, string, string][];
  unpaired: [number, string][];
  findings: string[];
  /** `--input-format`, for an export whose extension does not name its format (Excel's `.txt`). */
  format?: string;
  /** Why the file is not yet read right: the case stays as an expected failure until it is. */
  fails?: string;
}

export const EXPORT_CASES: ExportCase[] = [
  {
    file: 'angular-messages.de.xlf',
    tool: 'Angular `ng extract-i18n` XLIFF 1.2: `<x id="INTERPOLATION"/>` and ICU placeholders, context groups and notes not text; $50 made $15',
    pairs: [
      [`introductionHeader`, 5, 7, `Hello ${P}, you have ${P} new messages.`, `Hallo ${P}, Sie haben ${P} neue Nachrichten.`, 'en', 'de'],
      [`5811701742971715242`, 15, 17, `Free shipping on orders over ${P}$50${P}.`, `Kostenloser Versand ab ${P}$15${P}.`, 'en', 'de'],
      [`minutesAgo`, 23, 25, `Updated ${P}`, `Aktualisiert ${P}`, 'en', 'de'],
    ],
    unpaired: [],
    findings: ['numeric-drift@15/17'],
  },
  {
    file: 'angular-messages.fr.xlf',
    tool: 'Angular XLIFF 2.0: `<ph>` placeholders, `<pc>` keeps its text, `<notes>` not text; 8 seats made 6',
    pairs: [
      [`introductionHeader`, 4, 11, `Hello ${P}, you have ${P} new messages.`, `Bonjour ${P}, vous avez ${P} nouveaux messages.`, 'en', 'fr'],
      [`freeShipping`, 14, 20, `Free shipping on orders over 50 euros.`, `Livraison gratuite dès 50 euros d'achat.`, 'en', 'fr'],
      [`itemsLeft`, 23, 26, `Only ${P} of 8 seats left.`, `Plus que ${P} places sur 6.`, 'en', 'fr'],
    ],
    unpaired: [],
    findings: ['numeric-drift@23/26'],
  },
  {
    file: 'crowdin-de.po',
    tool: 'Crowdin PO: `Language: de_DE`, X-Crowdin headers; 50 people made 25',
    pairs: [
      [`Plans start at $9 per month.`, 17, 18, `Plans start at $9 per month.`, `Tarife beginnen bei 9 $ pro Monat.`, 'en', 'de'],
      [`Teams of up to 50 people`, 21, 22, `Teams of up to 50 people`, `Teams mit bis zu 25 Personen`, 'en', 'de'],
    ],
    unpaired: [],
    findings: ['numeric-drift@21/22'],
  },
  {
    file: 'crowdin-export.csv',
    tool: 'Crowdin CSV: CRLF, Key/Source string/Translation with Context, Labels, Max. length; a quoted CRLF inside a record, doubled quotes; 30 days made 14',
    pairs: [
      [`checkout.total`, 2, 2, `Total: %s`, `Gesamt: %s`, 'en', 'de'],
      [`checkout.note`, 3, 3, `Orders over 100 EUR ship free.\nReturns within 30 days.`, `Bestellungen über 100 EUR sind versandkostenfrei.\nRückgabe innerhalb von 14 Tagen.`, 'en', 'de'],
      [`checkout.items`, 6, 6, `You have 3 items, "Pro" plan`, `Sie haben 3 Artikel im Tarif „Pro“`, 'en', 'de'],
    ],
    unpaired: [],
    findings: ['numeric-drift@3/3'],
  },
  {
    file: 'excel-semicolon.csv',
    tool: 'CSV written for Excel: the `sep=;` hint line, semicolons, CRLF, a quoted field holding the delimiter; 75% made 70 %',
    pairs: [
      [`menu.print`, 3, 3, `Print up to 10 copies`, `Jusqu’à 10 copies imprimer`, 'en', 'fr'],
      [`menu.scale`, 4, 4, `Scale to 75%; keep margins`, `Mettre à l’échelle 70 % ; garder les marges`, 'en', 'fr'],
    ],
    unpaired: [],
    findings: ['numeric-drift@4/4'],
  },
  {
    file: 'gettext-pl.po',
    tool: 'gettext/Weblate PO: msgctxt, nplurals=3, c-format, multi-line strings with \\n, \\t and \\" escapes, fuzzy with #| skipped, #~ obsolete ignored, an empty msgstr unpaired; 30 days made 14',
    pairs: [
      [`import|Import %d photo[0]`, 26, 28, `Import %d photo`, `Importuj %d zdjęcie`, 'en', 'pl'],
      [`import|Import %d photo[1]`, 26, 29, `Import %d photos`, `Importuj %d zdjęcia`, 'en', 'pl'],
      [`import|Import %d photo[2]`, 26, 30, `Import %d photos`, `Importuj %d zdjęć`, 'en', 'pl'],
      [`Exporting will resize photos wider than %d pixel…26f68f46`, 34, 37, `Exporting will resize photos wider than %d pixels.\nOriginals stay in the library for 30 days.`, `Eksport zmniejszy zdjęcia szersze niż %d pikseli.\nOryginały pozostaną w bibliotece przez 14 dni.`, 'en', 'pl'],
      [`Use "quotes" for tags with spaces, one per line.`, 42, 43, `Use "quotes" for tags with spaces,\tone per line.`, `Używaj "cudzysłowów" dla tagów ze spacjami,\tjeden na wiersz.`, 'en', 'pl'],
      [`album|Open`, 53, 54, `Open`, `Otwórz`, 'en', 'pl'],
    ],
    unpaired: [[58, `Open`]],
    findings: ['numeric-drift@34/37', 'unpaired-segment@58'],
  },
  {
    file: 'glossary-export.tsv',
    tool: 'TSV with id, source, target and a note column; 48 hours made 24',
    pairs: [
      [`faq.1`, 2, 2, `The warranty covers 2 years.`, `La garantía cubre 2 años.`, 'en', 'es'],
      [`faq.2`, 3, 3, `Replies arrive within 48 hours.`, `Las respuestas llegan en 24 horas.`, 'en', 'es'],
    ],
    unpaired: [],
    findings: ['numeric-drift@3/3'],
  },
  {
    file: 'google-sheets.csv',
    tool: 'Google Sheets CSV: CRLF, `en,de` language columns and a notes column, a doubled quote for inches; 180 g made 108 g',
    pairs: [
      [`p1`, 2, 2, `Battery: 4000 mAh`, `Akku: 4000 mAh`, 'en', 'de'],
      [`p2`, 3, 3, `Weight: 180 g`, `Gewicht: 108 g`, 'en', 'de'],
      [`p3`, 4, 4, `Screen: 6.1"`, `Bildschirm: 6.1 Zoll`, 'en', 'de'],
    ],
    unpaired: [],
    findings: ['numeric-drift@3/3'],
  },
  {
    file: 'hf-wmt.jsonl',
    tool: 'HuggingFace datasets JSONL: `translation: {en, de}` with extra fields, a blank line skipped; 5 percent made 8',
    pairs: [
      [`0`, 1, 1, `The council approved 12 new bus lines.`, `Der Rat genehmigte 12 neue Buslinien.`, 'en', 'de'],
      [`1`, 2, 2, `Fares rise by 5 percent in January.`, `Die Fahrpreise steigen im Januar um 8 Prozent.`, 'en', 'de'],
      [`2`, 4, 4, `About 40,000 people ride daily.`, `Täglich fahren etwa 40.000 Menschen.`, 'en', 'de'],
    ],
    unpaired: [],
    findings: ['numeric-drift@2/2'],
  },
  {
    file: 'lokalise-export.csv',
    tool: 'Lokalise CSV: UTF-8 BOM, CRLF, key + a column per language + description; one pair per target language; French 5 made 3',
    pairs: [
      [`onboarding.title@de`, 2, 2, `Set up in 2 minutes`, `In 2 Minuten eingerichtet`, 'en', 'de'],
      [`onboarding.title@fr`, 2, 2, `Set up in 2 minutes`, `Configuration en 2 minutes`, 'en', 'fr'],
      [`onboarding.limit@de`, 3, 3, `Invite up to 5 teammates`, `Laden Sie bis zu 5 Teammitglieder ein`, 'en', 'de'],
      [`onboarding.limit@fr`, 3, 3, `Invite up to 5 teammates`, `Invitez jusqu’à 3 coéquipiers`, 'en', 'fr'],
    ],
    unpaired: [],
    findings: ['numeric-drift@3/3'],
  },
  {
    file: 'memoq-export.mqxliff',
    tool: 'memoQ .mqxliff: ISO 639-2 languages (`eng`, `ger`), `<bpt>/<ept>`, historical units and comments not text, an empty target unpaired; 30% made 40 %',
    pairs: [
      [`1`, 8, 10, `Version 4.2 fixes ${P}12 bugs${P} reported by users.`, `Version 4.2 behebt ${P}12 Fehler${P}, die Benutzer gemeldet haben.`, 'en', 'de'],
      [`2`, 13, 15, `Downloads are now 30% faster.`, `Downloads sind jetzt 40 % schneller.`, 'en', 'de'],
    ],
    unpaired: [[18, `Thanks to all 25 contributors.`]],
    findings: ['numeric-drift@13/15', 'unpaired-segment@18'],
  },
  {
    file: 'memoq-tm.tmx',
    tool: 'memoQ TMX: lower-case tags, client and context props, `<hi>` keeps its text, `<note>`; £4.95 made £ 5,95',
    pairs: [
      [`p1`, 9, 18, `Save 15% on 2 or more items this week.`, `Bespaar 15% op 2 of meer artikelen deze week.`, 'en', 'nl'],
      [`p2`, 21, 28, `Delivery costs £4.95 per order.`, `De verzendkosten bedragen £ 5,95 per bestelling.`, 'en', 'nl'],
    ],
    unpaired: [],
    findings: ['numeric-drift@21/28'],
  },
  {
    file: 'okapi-all.tmx',
    tool: 'Okapi TMX with srclang="*all*" and three variants: one pair per target language; Spanish 3 made 4',
    pairs: [
      [`welcome@fr`, 3, 6, `Welcome back, ${P}! You have ${P}3 tasks.`, `Bon retour, ${P} ! Vous avez ${P}3 tâches.`, 'en', 'fr'],
      [`welcome@es`, 3, 7, `Welcome back, ${P}! You have ${P}3 tasks.`, `¡Hola de nuevo, ${P}! Tienes ${P}4 tareas.`, 'en', 'es'],
      [`quota@fr`, 9, 11, `Your quota is 5 GB.`, `Votre quota est de 5 Go.`, 'en', 'fr'],
      [`quota@es`, 9, 12, `Your quota is 5 GB.`, `Tu cuota es de 5 GB.`, 'en', 'es'],
    ],
    unpaired: [],
    findings: ['numeric-drift@3/7'],
  },
  {
    file: 'okapi-rainbow.xlf',
    tool: 'Okapi Rainbow XLIFF 1.2: `<seg-source>` and `<mrk mtype="seg">` (one pair per segment, at the lines of its <mrk>s), `<alt-trans>` and translate="no" skipped, `<g>` keeps its text, `<x/>`/`<bpt>`/`<ept>` placeholders; 10 seconds made 15',
    pairs: [
      [`tu1/0`, 11, 12, `The installer needs 2 GB of free space.`, `Das Installationsprogramm benötigt 2 GB freien Speicher.`, 'en', 'de'],
      [`tu1/1`, 11, 12, `It takes about 5 minutes.`, `Es dauert etwa 5 Minuten.`, 'en', 'de'],
      [`tu2`, 15, 17, `Press ${P} and wait ${P}10 seconds${P}.`, `Drücken Sie ${P} und warten Sie ${P}15 Sekunden${P}.`, 'en', 'de'],
    ],
    unpaired: [],
    findings: ['numeric-drift@15/17'],
  },
  {
    file: 'omegat-project.tmx',
    tool: "OmegaT project memory: TMX 1.1 `lang` in upper case, an external DTD never read, OmegaT's textual tags (`<f0>`) as placeholders; 45 minutes made 40",
    pairs: [
      [`p1`, 7, 12, `Chapter 3 covers 12 exercises.`, `O capítulo 3 abrange 12 exercícios.`, 'en', 'pt'],
      [`p2`, 15, 20, `Allow ${P}45 minutes${P} for the test.`, `Reserve ${P}40 minutos${P} para o teste.`, 'en', 'pt'],
    ],
    unpaired: [],
    findings: ['numeric-drift@15/20'],
  },
  {
    file: 'opus-bicleaner.jsonl',
    tool: 'OPUS/Bicleaner JSONL: src, tgt, src_lang, tgt_lang, score, url; 30 minutes made 1 hour',
    pairs: [
      [`p1`, 1, 1, `Mix 200 g of flour with 2 eggs.`, `Mélangez 200 g de farine avec 2 œufs.`, 'en', 'fr'],
      [`p2`, 2, 2, `Rest the batter for 30 minutes.`, `Laissez reposer la pâte 1 heure.`, 'en', 'fr'],
    ],
    unpaired: [],
    findings: ['numeric-drift@2/2'],
  },
  {
    file: 'phrase-job.mxliff',
    tool: 'Phrase .mxliff: textual tags `{1>` `<1}` `{2}` as placeholders, m:tunit-metadata not text; 90 days made 60',
    pairs: [
      [`Xq9m2tT0Y4w1b6fJ:0`, 9, 11, `Click ${P}Export${P} to download up to 500 rows.`, `Haga clic en ${P}Exportar${P} para descargar hasta 500 filas.`, 'en', 'es'],
      [`Xq9m2tT0Y4w1b6fJ:1`, 18, 20, `Reports are kept for ${P}90 days.`, `Los informes se conservan durante ${P}60 días.`, 'en', 'es'],
    ],
    unpaired: [],
    findings: ['numeric-drift@18/20'],
  },
  {
    file: 'phrase-strings.csv',
    tool: 'Phrase Strings CSV: key_name, a column per language, comment, pluralized, max_characters_allowed; 7 made 9',
    pairs: [
      [`banner.sale`, 2, 2, `Sale ends in 3 days`, `Der Sale endet in 3 Tagen`, 'en', 'de'],
      [`banner.stock`, 3, 3, `Only 7 left in stock`, `Nur noch 9 auf Lager`, 'en', 'de'],
    ],
    unpaired: [],
    findings: ['numeric-drift@3/3'],
  },
  {
    file: 'poedit-fr.po',
    tool: 'Poedit PO: empty Language-Team, the language from X-Poedit-Language; 180 °C made 200 °C',
    pairs: [
      [`Bake for 25 minutes at 180 °C.`, 21, 22, `Bake for 25 minutes at 180 °C.`, `Faites cuire 25 minutes à 200 °C.`, 'en', 'fr'],
      [`Serves %s people`, 25, 26, `Serves %s people`, `Pour %s personnes`, 'en', 'fr'],
    ],
    unpaired: [],
    findings: ['numeric-drift@21/22'],
  },
  {
    file: 'segments-20.xlf',
    tool: 'XLIFF 2.0: several `<segment>`s (ids unit/segment), `<ignorable>`, `<originalData>`, mtc matches not text, `<sc>/<ec>` placeholders, translate="no" unit skipped, an untranslated segment; 2 hours made 3',
    pairs: [
      [`u1/s1`, 12, 14, `The battery lasts 10 hours.`, `La batteria dura 10 ore.`, 'en', 'it'],
      [`u1/s2`, 19, 21, `Charge it for 2 hours with ${P}fast mode${P}.`, `Caricala per 3 ore in ${P}modalità rapida${P}.`, 'en', 'it'],
    ],
    unpaired: [[27, `Keep it below 35 °C.`]],
    findings: ['numeric-drift@19/21', 'unpaired-segment@27'],
  },
  {
    file: 'symfony-messages.fr.xlf',
    tool: "Symfony XLIFF 1.2 with resname; a new message's `__` stub is untranslated; 3 days made 5",
    pairs: [
      [`Wv8fYvz`, 8, 10, `Your cart holds %count% items.`, `Votre panier contient %count% articles.`, 'en', 'fr'],
      [`k7Lq2Pd`, 12, 14, `Delivery within 3 working days.`, `Livraison sous 5 jours ouvrés.`, 'en', 'fr'],
    ],
    unpaired: [[16, `Passwords must have at least 12 characters.`]],
    findings: ['numeric-drift@12/14', 'unpaired-segment@16'],
  },
  {
    file: 'trados-studio.sdlxliff',
    tool: 'Trados Studio .sdlxliff: sdl namespaces, tag-defs in the header, `<mrk mtype="seg">` segments (one pair each, ids unit/mid), `<g>`, `<x/>`, translate="no" structure unit, an empty mrk unpaired; 499 euros made 549',
    pairs: [
      [`0f3a2d6e-5f33-4b8e-a4a6-2a6f6d35c002/1`, 6, 6, `Our 2024 range has 3 new models.`, `Notre gamme 2024 compte 3 nouveaux modèles.`, 'en', 'fr'],
      [`0f3a2d6e-5f33-4b8e-a4a6-2a6f6d35c002/2`, 6, 6, `Each weighs under 2 kg.`, `Chacun pèse moins de 2 kg.`, 'en', 'fr'],
      [`0f3a2d6e-5f33-4b8e-a4a6-2a6f6d35c003`, 8, 8, `Prices start at 499 euros${P}.`, `Les prix commencent à 549 euros${P}.`, 'en', 'fr'],
    ],
    unpaired: [[9, `Order before 1 June.`]],
    findings: ['numeric-drift@8/8', 'unpaired-segment@9'],
  },
  {
    file: 'trados-tm.tmx',
    tool: 'Trados Studio TMX: header and unit props, `<bpt>/<ept>/<ph>` placeholders; 110° made 100°',
    pairs: [
      [`p1`, 9, 18, `Tighten the ${P}4 screws${P} to 2.5 Nm${P}.`, `Ziehen Sie die ${P}4 Schrauben${P} mit 2,5 Nm an${P}.`, 'en', 'de'],
      [`p2`, 21, 27, `The lid opens to 110°.`, `Der Deckel öffnet sich bis 100°.`, 'en', 'de'],
    ],
    unpaired: [],
    findings: ['numeric-drift@21/27'],
  },
  {
    file: 'trados2007-utf16.tmx',
    tool: 'Trados 2007 TMX: UTF-16 LE with BOM, CRLF, TMX 1.1 `lang`, `<ut>` placeholders, Japanese target; 24 tablets made 20',
    pairs: [
      [`p1`, 5, 10, `Store below ${P}25 °C${P}.`, `${P}25 °C${P}以下で保管してください。`, 'en', 'ja'],
      [`p2`, 13, 18, `The pack contains 24 tablets.`, `パックには 20 錠入っています。`, 'en', 'ja'],
    ],
    unpaired: [],
    findings: ['numeric-drift@13/18'],
  },
  {
    file: 'xcode-de.xliff',
    tool: 'Xcode .xcloc XLIFF: two `<file>`s, translate="no", `<note>`, plural variation ids, a unit with no target unpaired; 30 days made 3',
    pairs: [
      [`NSCameraUsageDescription`, 13, 15, `Notes uses the camera to scan up to 20 pages at once.`, `Notes verwendet die Kamera, um bis zu 20 Seiten auf einmal zu scannen.`, 'en', 'de'],
      [`/%lld notes:dict/NSStringLocalizedFormatKey:dict/one:dict/:string`, 25, 27, `%lld note`, `%lld Notiz`, 'en', 'de'],
      [`/%lld notes:dict/NSStringLocalizedFormatKey:dict/other:dict/:string`, 30, 32, `%lld notes`, `%lld Notizen`, 'en', 'de'],
      [`Delete %lld notes older than 30 days?`, 35, 37, `Delete %lld notes older than 30 days?`, `%lld Notizen löschen, die älter als 3 Tage sind?`, 'en', 'de'],
    ],
    unpaired: [[40, `Sync paused`]],
    findings: ['numeric-drift@35/37', 'unpaired-segment@40'],
  },
  {
    file: 'trados-studio-2022.sdlxliff',
    tool: 'Trados Studio 2022 .sdlxliff: cmt-defs and an embedded base64 file not text, seg mrks nested in `<g>`, inline codes between segments, an `x-sdl-comment` mrk keeps its text, a segment holding only an `x-sdl-location` marker and a unit without `<target>` unpaired; 14 days made 7',
    pairs: [
      [`a1b2c3d4-0002`, 9, 9, `Garden Pump 300`, `Gartenpumpe 300`, 'en', 'de'],
      [`a1b2c3d4-0003/2`, 10, 11, `The pump moves 3,000 litres per hour.`, `Die Pumpe fördert 3.000 Liter pro Stunde.`, 'en', 'de'],
      [`a1b2c3d4-0003/3`, 10, 11, `Clean the filter every 14 days.`, `Reinigen Sie den Filter alle 7 Tage.`, 'en', 'de'],
    ],
    unpaired: [
      [10, `Store it below 5 °C in winter.`],
      [13, `Keep children at least 2 metres away.`],
    ],
    findings: ['unpaired-segment@10', 'numeric-drift@10/11', 'unpaired-segment@13'],
  },
  {
    file: 'okapi-segmented.xlf',
    tool: 'Okapi XLIFF 1.2 segmented: `<g>` keeps its text, `<x/>` `<bx/>` `<ex/>` `<ph>` `<bpt>/<ept>` `<it>` placeholders, a code between segments belongs to none, protected `<mrk>` keeps its text, a target missing its second segment, an unsegmented target paired whole; 40 °C made 45 °C',
    pairs: [
      [`tu1/0`, 8, 9, `Charge the battery for 4 hours before first use.`, `Cargue la batería durante 4 horas antes del primer uso.`, 'en', 'es'],
      [`tu1/1`, 8, 9, `Do not exceed ${P}40 °C${P}.`, `No supere los ${P}45 °C${P}.`, 'en', 'es'],
      [`tu2/0`, 13, 14, `Press ${P} to start.`, `Pulse ${P} para empezar.`, 'en', 'es'],
      [`tu3`, 16, 19, `Model PX-20 weighs ${P}1.2 kg.`, `El modelo PX-20 pesa ${P}1,2 kg.`, 'en', 'es'],
      [`tu4`, 21, 24, `Recycle the old battery. Ask your dealer.`, `Recicle la batería usada. Pregunte a su distribuidor.`, 'en', 'es'],
    ],
    unpaired: [[13, `The light turns ${P}green${P} after 10 seconds.`]],
    findings: ['numeric-drift@8/9', 'unpaired-segment@13'],
  },
  {
    file: 'memoq-ja.mqxliff',
    tool: 'memoQ .mqxliff into Japanese: `eng-US`/`jpn` languages, `mq:rxt` in `<ph>`, `<it>`, locked and rejected units, context-group and comments not text, a unit without `<target>` unpaired; 14 days made 30',
    pairs: [
      [`1`, 9, 11, `Welcome to ${P}!`, `${P}へようこそ！`, 'en', 'ja'],
      [`2`, 14, 16, `Your trial ends in ${P}14 days${P}.`, `試用期間はあと${P}30 日${P}で終了します。`, 'en', 'ja'],
      [`3`, 19, 21, `Up to ${P}5 devices per account.`, `アカウントごとに最大 ${P}5 台までです。`, 'en', 'ja'],
    ],
    unpaired: [[23, `Restart required.`]],
    findings: ['numeric-drift@14/16', 'unpaired-segment@23'],
  },
  {
    file: 'xliff21-multifile.xlf',
    tool: 'XLIFF 2.1: two `<file>`s reusing unit ids, `<group>`, nested `<pc>`, isolated `<sc>`/`<ec>` across segments, term `<mrk>` and `<sm/>`/`<em/>` keep the text, change-tracking and resource-data modules not text, `state`/`subState` leave pairing to the target text, translate="no" skipped; 30 days made 14',
    pairs: [
      [`1`, 5, 9, `Logs are kept for 90 days.`, `Os registros são mantidos por 90 dias.`, 'en', 'pt'],
      [`2/1`, 13, 15, `Export ${P}up to 500 rows.`, `Exporte ${P}até 500 linhas.`, 'en', 'pt'],
      [`2/2`, 17, 19, `The file opens in Sheets${P}.`, `O arquivo abre no Sheets${P}.`, 'en', 'pt'],
      [`1#5`, 30, 33, `Each extra seat costs ${P} per month.`, `Cada assento extra custa ${P} por mês.`, 'en', 'pt'],
      [`3`, 39, 42, `Cancel within 30 days for a full refund.`, `Cancele em até 14 dias para reembolso total.`, 'en', 'pt'],
    ],
    unpaired: [[21, `Exports expire after 24 hours.`]],
    findings: ['unpaired-segment@21', 'numeric-drift@39/42'],
  },
  {
    file: 'wordfast-utf16be.tmx',
    tool: 'Wordfast TMX 1.4: UTF-16 big endian with BOM and CRLF, `o-encoding` (the original file, not this one), header and tuv props, the target variant first, fr-FR and fr-CA variants (regional translations differ by design: no inconsistency), `<bpt>/<ept>` `<ph>` `<it>` placeholders, `<hi>` keeps its text, a note suppressing a rule that does not fire (reported: it silences nothing); 200 °C made 220 °C',
    pairs: [
      [`101@fr-FR`, 8, 10, `Preheat the oven to ${P}200 °C${P} for 10 minutes.`, `Préchauffez le four à ${P}220 °C${P} pendant 10 minutes.`, 'en', 'fr'],
      [`101@fr-CA`, 8, 12, `Preheat the oven to ${P}200 °C${P} for 10 minutes.`, `Préchauffez le four à ${P}200 °C${P} pendant 10 minutes.`, 'en', 'fr'],
      [`102`, 14, 17, `Press ${P} to start the Quick Bake program.`, `Appuyez sur ${P} pour lancer le programme Quick Bake.`, 'en', 'fr'],
      [`103`, 19, 21, `The timer counts up to ${P}99 minutes.`, `La minuterie compte jusqu'à ${P}99 minutes.`, 'en', 'fr'],
    ],
    unpaired: [],
    findings: ['numeric-drift@8/10', 'suppression@14/17'],
  },
  {
    file: 'launchpad-zh_CN.gb2312.po',
    tool: 'Launchpad/msginit PO in Chinese: charset GB2312, CRLF, nplurals=1 (one msgstr[0]), a fuzzy header, `#.` `#:` comments, a fuzzy entry with `#|` previous msgid skipped, msgctxt, an untranslated plural unpaired once, obsolete `#~` and `#~|` entries ignored; 7 days made 30',
    pairs: [
      [`%d photo selected[0]`, 22, 24, `%d photo selected`, `已选择 %d 张照片`, 'en', 'zh'],
      [`Exported files are kept for 7 days. After that they are deleted.`, 27, 30, `Exported files are kept for 7 days. After that they are deleted.`, `导出的文件保留 30 天。之后将被删除。`, 'en', 'zh'],
      [`menu|Import`, 42, 43, `Import`, `导入`, 'en', 'zh'],
    ],
    unpaired: [[46, `Skipped %d duplicate\nSkipped %d duplicates`]],
    findings: ['numeric-drift@27/30', 'unpaired-segment@46'],
  },
  {
    file: 'excel-unicode-text.txt',
    format: 'csv',
    tool: 'Excel "Unicode Text" (read with --input-format csv): UTF-16 LE with BOM, tabs, CRLF, `en-US`/`de-DE` columns, quoted cells holding a line break and doubled quotes; 25 kg made 20 kg',
    pairs: [
      [`warn.cold`, 2, 2, `Do not use below 5 °C.`, `Nicht unter 5 °C verwenden.`, 'en', 'de'],
      [`warn.load`, 3, 3, `Maximum load: 25 kg\nper shelf`, `Maximale Last: 20 kg\npro Boden`, 'en', 'de'],
      [`label.eco`, 6, 6, `The "Eco" mode saves 30% energy.`, `Der Modus "Eco" spart 30 % Energie.`, 'en', 'de'],
    ],
    unpaired: [],
    findings: ['numeric-drift@3/3'],
  },
  {
    file: 'libreoffice-langs.csv',
    tool: 'LibreOffice Calc CSV: BOM, `;`, every cell quoted (header too), `en-US`/`fr-FR` columns, a trailing `;` on every row, a quoted cell over two lines, rows of empty cells at the end skipped; 6 months made 3',
    pairs: [
      [`step.1`, 2, 2, `Fill the tank with 2 litres of water.`, `Remplissez le réservoir avec 2 litres d’eau.`, 'en', 'fr'],
      [`step.2`, 3, 3, `Wait 3 minutes;\nthen press Start.`, `Attendez 3 minutes ;\npuis appuyez sur Start.`, 'en', 'fr'],
      [`step.3`, 6, 6, `Descale every 6 months.`, `Détartrez tous les 3 mois.`, 'en', 'fr'],
    ],
    unpaired: [],
    findings: ['numeric-drift@6/6'],
  },
  {
    file: 'sheet-source-target-langs.csv',
    tool: 'Spreadsheet CSV with the language in the column names (`Source (en-US)`, `Target (it-IT)`), status and max-length columns, an unchanged brand line; 30 days made 60',
    pairs: [
      [`hero.title`, 2, 2, `Save up to 40% today`, `Risparmia fino al 40% oggi`, 'en', 'it'],
      [`hero.sub`, 3, 3, `Free returns within 30 days, no questions asked`, `Reso gratuito entro 60 giorni, senza domande`, 'en', 'it'],
      [`footer.copy`, 4, 4, `© 2024 ACME`, `© 2024 ACME`, 'en', 'it'],
    ],
    unpaired: [],
    findings: ['numeric-drift@3/3'],
  },
  {
    file: 'nllb-mined.jsonl',
    tool: 'NLLB mined bitext (HuggingFace allenai/nllb): `translation` keyed by FLORES-200 codes (`eng_Latn`, `deu_Latn`), LASER and LID scores, URLs; 12 euros made 15',
    pairs: [
      [`p1`, 1, 1, `The museum opens at 9 a.m. on weekdays.`, `Das Museum öffnet werktags um 9 Uhr.`, 'en', 'de'],
      [`p2`, 2, 2, `Tickets cost 12 euros for adults.`, `Eintrittskarten kosten für Erwachsene 15 Euro.`, 'en', 'de'],
    ],
    unpaired: [],
    findings: ['numeric-drift@2/2'],
  },
  {
    file: 'qe-segments.jsonl',
    tool: 'Quality-estimation JSONL: `segment_id`, `src_text`/`tgt_text`, languages by name (`English`, `Spanish`) in `src_language`/`tgt_language`, nested scores; 40,000 made 4.000',
    pairs: [
      [`17`, 1, 1, `The bridge will close for 3 weeks in July.`, `El puente cerrará durante 3 semanas en julio.`, 'en', 'es'],
      [`18`, 2, 2, `About 40,000 drivers use it every day.`, `Unos 4.000 conductores lo usan cada día.`, 'en', 'es'],
    ],
    unpaired: [],
    findings: ['numeric-drift@2/2'],
  },
];
