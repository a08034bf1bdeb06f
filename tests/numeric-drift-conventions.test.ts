// numeric-drift where languages write one quantity by different conventions: floors counted
// from the ground or from one, strict and inclusive bounds (more than one = 2 つ以上), clock
// times and durations written with h (14h30, 1 h 38), tenths, ages by decade (10 代: teens),
// Korean amounts and counters, ranges of days, numerals inside words (三元电池, 十分), ctime dates.
// Each row: [source lang, target lang, source, target, a finding expected].
import { describe, expect, it } from 'vitest';
import { checkDrift, linePair } from './support/numeric-drift.js';

type Row = [string, string, string, string, boolean];

const findings = ([sourceLang, targetLang, source, target]: Row) => checkDrift(linePair(source, target, sourceLang, targetLang)).length;

// The US and East Asia count the ground floor as the first, Britain and the Continent as zero:
// floors one apart may be one floor, two apart are not.
const FLOORS: Row[] = [
  ['en', 'fr', 'The lab is on the 3rd floor.', 'Le laboratoire est au 2e étage.', false],
  ['en', 'fr', 'The lab is on the 3rd floor.', 'Le laboratoire est au 3e étage.', false],
  ['en', 'fr', 'The lab is on the 3rd floor.', 'Le laboratoire est au 5e étage.', true],
  ['en', 'de', 'Take the lift to the fourth floor.', 'Fahren Sie mit dem Aufzug in den dritten Stock.', false],
  ['en', 'de', 'Take the lift to the fourth floor.', 'Fahren Sie mit dem Aufzug in den siebten Stock.', true],
  ['en', 'es', 'The office is on the 2nd floor.', 'La oficina está en el primer piso.', false],
  ['en', 'ja', 'The meeting room is on the 5th floor.', '会議室は 5 階にあります。', false],
  ['en', 'ja', 'The meeting room is on the 5th floor.', '会議室は 8 階にあります。', true],
  ['en', 'ko', 'The clinic is on the 3rd floor.', '진료소는 3층에 있습니다.', false],
  ['en', 'zh', 'The restaurant is on the 12th floor.', '餐厅在 11 楼。', false],
  ['en', 'zh', 'The restaurant is on the 12th floor.', '餐厅在 21 楼。', true],
  ['en', 'nl', 'The library is on the first floor.', 'De bibliotheek is op de eerste verdieping.', false],
  ['en', 'pt', 'The shop is on the 2nd floor.', 'A loja fica no 1º andar.', false],
  ['it', 'en', 'Abita al terzo piano.', 'He lives on the fourth floor.', false],
  ['it', 'en', 'Abita al terzo piano.', 'He lives on the sixth floor.', true],
  ['es', 'en', 'Vive en el tercer piso.', 'He lives on the fourth floor.', false],
  ['zh', 'en', '二楼的会议室', 'the meeting room on the first floor', false],
];

const BOUNDS: Row[] = [
  ['en', 'ja', 'Select more than one file.', '2 つ以上のファイルを選択してください。', false],
  ['en', 'zh', 'Select more than one item.', '请选择两个以上的项目。', false],
  ['en', 'zh', 'More than 3 applicants qualified.', '4 名以上的申请人合格。', false],
  ['en', 'zh', 'More than 3 applicants qualified.', '6 名以上的申请人合格。', true],
  ['de', 'ja', 'Mehr als ein Fehler wurde gefunden.', '2 件以上のエラーが見つかりました。', false],
  ['en', 'ko', 'More than one account is linked.', '두 개 이상의 계정이 연결되어 있습니다.', false],
  ['en', 'zh', 'Select more than one item.', '请选择多个项目。', false],
];

const CLOCKS: Row[] = [
  ['fr', 'en', 'Ouverture à 8h30.', 'Opens at 8:30 a.m.', false],
  ['fr', 'en', 'Ouverture à 8h30.', 'Opens at 9:30 a.m.', true],
  ['fr', 'de', 'Le train part à 17h45.', 'Der Zug fährt um 17:45 Uhr ab.', false],
  ['fr', 'en', 'Le match a duré 2 h 15.', 'The match lasted 2 hours 15 minutes.', false],
  ['fr', 'en', 'Le match a duré 2 h 15.', 'The match lasted 2 hours 50 minutes.', true],
  ['en', 'de', 'The flight takes 1 hour and 40 minutes.', 'Der Flug dauert 100 Minuten.', false],
  ['en', 'zh', 'The flight takes 2 hours 5 minutes.', '飞行时间为 2 小时 5 分钟。', false],
  ['it', 'en', 'La riunione inizia alle 14.30.', 'The meeting starts at 2:30 p.m.', false],
  ['nl', 'en', 'De winkel gaat om 9.30 uur open.', 'The shop opens at 9:30.', false],
  ['es', 'en', 'La reunión es a las 14.30 horas.', 'The meeting is at 2:30 p.m.', false],
  ['pt', 'en', 'A reunião começa às 14h30.', 'The meeting starts at 2:30 p.m.', false],
  ['pt', 'en', 'A reunião começa às 14h30.', 'The meeting starts at 4:30 p.m.', true],
  ['de', 'en', 'Die Fahrt dauert 2 Std. 30 Min.', 'The journey takes 2 hours 30 minutes.', false],
  ['ja', 'en', '3 時間 20 分かかった。', 'It took 200 minutes.', false],
];

const FRACTIONS_AND_AGES: Row[] = [
  ['en', 'fr', 'Three tenths of the land is farmed.', 'Trois dixièmes des terres sont cultivés.', false],
  ['en', 'es', 'Three tenths of the land is farmed.', 'Tres décimos de la tierra se cultivan.', false],
  ['en', 'it', 'Two thirds of voters agreed.', 'Due terzi degli elettori erano d’accordo.', false],
  ['en', 'it', 'Two thirds of voters agreed.', 'Tre quarti degli elettori erano d’accordo.', true],
  ['en', 'pt', 'Two thirds of voters agreed.', 'Dois terços dos eleitores concordaram.', false],
  ['en', 'nl', 'Two thirds of voters agreed.', 'Twee derde van de kiezers was het eens.', false],
  ['zh', 'en', '约三成企业亏损。', 'About 30% of firms made a loss.', false],
  ['nl', 'en', 'Eén op de drie kinderen speelt buiten.', 'One in three children plays outside.', false],
  ['nl', 'en', 'Eén op de drie kinderen speelt buiten.', 'One in four children plays outside.', true],
  ['en', 'ja', 'Most users are teenagers.', '利用者の多くは 10 代だ。', false],
  ['en', 'ja', 'Most users are in their 30s.', '利用者の多くは 30 代だ。', false],
  ['en', 'ja', 'Most users are in their 30s.', '利用者の多くは 40 代だ。', true],
  ['en', 'zh', 'Teenagers love the app.', '青少年喜欢这个应用。', false],
];

const KOREAN: Row[] = [
  ['ko', 'en', '매출은 3조 2천억 원을 기록했다.', 'Sales reached 3.2 trillion won.', false],
  ['ko', 'en', '매출은 3조 2천억 원을 기록했다.', 'Sales reached 3.2 billion won.', true],
  ['ko', 'en', '관객 120만 명이 영화를 봤다.', '1.2 million people saw the film.', false],
  ['ko', 'en', '관객 120만 명이 영화를 봤다.', '12 million people saw the film.', true],
  ['ko', 'en', '고양이 두 마리를 키운다.', 'I keep two cats.', false],
  ['ko', 'en', '고양이 두 마리를 키운다.', 'I keep three cats.', true],
  ['ko', 'en', '수천 명이 거리로 나왔다.', 'Thousands of people took to the streets.', false],
  ['ko', 'en', '10여 개국이 참가했다.', 'More than ten countries took part.', false],
  ['ko', 'en', '세계 경제가 한 해 동안 3% 성장했다.', 'The world economy grew 3% in a year.', false],
  ['ko', 'en', '오후 2시 30분에 출발합니다.', 'We leave at 2:30 p.m.', false],
  ['ko', 'en', '오후 2시 30분에 출발합니다.', 'We leave at 3:30 p.m.', true],
  ['ko', 'en', '21세기 들어 인구가 줄었다.', 'The population has shrunk in the 21st century.', false],
  ['ko', 'en', '2024년 상반기 실적', 'Results for the first half of 2024', false],
  ['ko', 'en', '첫 번째 회의는 오전 9시에 시작한다.', 'The first meeting starts at 9 a.m.', false],
  ['en', 'ko', 'Two people were killed.', '세 명이 사망했다.', true],
];

// A range of days names its month once, after the second day (10 to 20 May) or before the first (5 月 10 日至 20 日).
const DAY_RANGES: Row[] = [
  ['en', 'ko', 'The event runs from 10 to 20 May.', '행사는 5월 10일부터 20일까지 열린다.', false],
  ['en', 'ko', 'The event runs from 10 to 20 May.', '행사는 6월 10일부터 20일까지 열린다.', true],
  ['fr', 'zh', 'Le salon a lieu du 10 au 20 mai.', '展会于 5 月 10 日至 20 日举行。', false],
  ['de', 'ja', 'Die Messe findet vom 10. bis 20. Mai statt.', '見本市は 5 月 10 日から 20 日まで開催される。', false],
  ['es', 'zh', 'La feria se celebra del 10 al 20 de mayo.', '展会于 5 月 10 日至 20 日举行。', false],
  ['it', 'en', 'La fiera si tiene dal 10 al 20 maggio.', 'The fair runs from May 10 to May 20.', false],
  ['it', 'en', 'La fiera si tiene dal 10 al 20 maggio.', 'The fair runs from May 12 to May 20.', true],
];

const WORDS_WITH_NUMERALS: Row[] = [
  ['zh', 'en', '三元锂电池的成本下降了 20%。', 'The cost of ternary lithium batteries fell 20%.', false],
  ['zh', 'en', '一般来说，这需要一些时间。', 'Generally, this takes some time.', false],
  ['zh', 'en', '他对结果十分满意。', 'He is very pleased with the result.', false],
  ['zh', 'en', '三角形有三条边。', 'A triangle has three sides.', false],
  ['zh', 'en', '他们三三两两地走了。', 'They left in twos and threes.', false],
  ['ja', 'en', '10 代の利用者が増えた。', 'Teenage users have increased.', false],
  ['en', 'de', 'Last login: Mon Jan  5 12:00:00 2026', 'Letzte Anmeldung: Mon Jan  5 12:00:00 2026', false],
  ['en', 'de', 'Last login: Mon Jan  5 12:00:00 2026', 'Letzte Anmeldung: Mon Jan  5 12:00:00 2025', true],
];

describe.each([
  ['floors', FLOORS],
  ['bounds', BOUNDS],
  ['clock times and durations', CLOCKS],
  ['fractions and ages', FRACTIONS_AND_AGES],
  ['Korean', KOREAN],
  ['ranges of days', DAY_RANGES],
  ['words with numerals', WORDS_WITH_NUMERALS],
] as const)('numeric-drift conventions: %s', (_, rows) => {
  it.each(rows.map((row) => [`${row[0]}→${row[1]} ${row[2]} ${row[4] ? '≠' : '='} ${row[3]}`, row] as const))('%s', (_label, row) => {
    expect(findings(row)).toBe(row[4] ? 1 : 0);
  });
});
