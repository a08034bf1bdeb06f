// Fuzzing the analysers (src/analyse): hostile random text through every public function.
// Properties: nothing throws, and no call on an input of up to MAX_CHARS characters takes
// longer than TIME_BOUND_MS (catastrophic backtracking shows as seconds, not milliseconds).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceAlignment } from '../src/analyse/align-sentences.js';
import { imbalances, hasSingleQuotes } from '../src/analyse/brackets.js';
import { acronymKey, segmentEntities } from '../src/analyse/entities.js';
import { countFunctionWords } from '../src/analyse/function-words.js';
import { blankCode, maskInvariants } from '../src/analyse/invariants.js';
import { foreignLanguage } from '../src/analyse/language-evidence.js';
import { baseLanguage, DEFAULT_CANDIDATES, detectCollectiveLanguage, detectLanguage, dominantScript, scriptCounts, scriptOfLanguage } from '../src/analyse/language.js';
import { LengthModel, textLength } from '../src/analyse/length-model.js';
import { englishStems, lexiconFor } from '../src/analyse/lexicon.js';
import { listMismatches, listsOf } from '../src/analyse/lists/index.js';
import { formatData, numberStyleIssues } from '../src/analyse/number-style.js';
import { describeQuantity, explainDrift, extractQuantities, matchQuantities } from '../src/analyse/quantity/index.js';
import { itemOrdinal, sentenceSpans } from '../src/analyse/sentences.js';
import { bigramDice, foldText } from '../src/analyse/similarity.js';
import { stemmerFor } from '../src/analyse/stem.js';
import { glossaryFor } from '../src/analyse/terms.js';
import { wordsOf } from '../src/analyse/words.js';
import { lengthPrior, loadRulePack } from '../src/config/rule-pack.js';
import { hostileText, language, MAX_CHARS, withinBound } from './bad-inputs/hostile-text.js';
import { pair, segment } from './support/audit.js';

const RUNS = { numRuns: 150 };
const THRESHOLDS = { minLetters: 20, minLettersSameScript: 60, minShare: 0.2 };

describe('analysers of one text', () => {
  it('quantities: extractQuantities, describeQuantity', () => {
    fc.assert(
      fc.property(hostileText(), language, (text, lang) => {
        const quantities = withinBound('extractQuantities', () => extractQuantities(text, lang));
        for (const quantity of quantities) describeQuantity(quantity);
      }),
      RUNS,
    );
  });

  it('lists: listsOf', () => {
    fc.assert(
      fc.property(hostileText(), language, (text, lang) => {
        withinBound('listsOf', () => listsOf(segment(text, 3), lang));
      }),
      RUNS,
    );
  });

  it('sentences: sentenceSpans cover the text in order, itemOrdinal', () => {
    fc.assert(
      fc.property(hostileText(), language, (text, lang) => {
        const spans = withinBound('sentenceSpans', () => sentenceSpans(text, lang));
        let end = 0;
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(end);
          expect(span.end).toBeLessThanOrEqual(text.length);
          end = span.end;
        }
        withinBound('itemOrdinal', () => itemOrdinal(text));
      }),
      RUNS,
    );
  });

  it('entities: segmentEntities, acronymKey', () => {
    fc.assert(
      fc.property(hostileText(), language, (text, lang) => {
        withinBound('segmentEntities', () => segmentEntities(segment(text), lang));
        withinBound('acronymKey', () => acronymKey(text));
      }),
      RUNS,
    );
  });

  it('language: detection, scripts, tags', () => {
    fc.assert(
      fc.property(hostileText(), language, fc.string({ maxLength: 20 }), (text, lang, tag) => {
        withinBound('detectLanguage', () => detectLanguage(text, DEFAULT_CANDIDATES));
        withinBound('detectCollectiveLanguage', () => detectCollectiveLanguage([text, text.slice(7)]));
        withinBound('scriptCounts', () => scriptCounts(text));
        withinBound('dominantScript', () => dominantScript(text));
        withinBound('foreignLanguage', () => foreignLanguage(text, lang, 'en', THRESHOLDS));
        withinBound('baseLanguage', () => scriptOfLanguage(baseLanguage(tag)));
      }),
      RUNS,
    );
  });

  it('words, stems, function words, lexicon', () => {
    const lexicon = lexiconFor('zh', 'en');
    fc.assert(
      fc.property(hostileText(), language, (text, lang) => {
        const words = withinBound('wordsOf', () => wordsOf(text, lang));
        const stem = stemmerFor(lang);
        withinBound('stems', () => words.forEach((word) => stem(word.text)));
        withinBound('countFunctionWords', () => countFunctionWords(text, lang));
        withinBound('englishStems', () => englishStems(text));
        withinBound('lexicon words', () => lexicon?.words(text));
      }),
      RUNS,
    );
  });

  it('invariants, number style, brackets, similarity', () => {
    fc.assert(
      fc.property(hostileText(), hostileText(), language, (text, other, lang) => {
        withinBound('maskInvariants', () => maskInvariants(text));
        withinBound('blankCode', () => blankCode(text));
        withinBound('numberStyleIssues', () => numberStyleIssues(text, lang));
        withinBound('imbalances', () => imbalances(text, formatData(lang).quotes));
        withinBound('hasSingleQuotes', () => hasSingleQuotes(text));
        const dice = withinBound('bigramDice', () => bigramDice(foldText(text), foldText(other)));
        expect(dice).toBeGreaterThanOrEqual(0);
        expect(dice).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('terms: the bundled glossaries matched in any text', () => {
    const terms = glossaryFor('terms', { bundled: true }, []);
    const names = glossaryFor('names', { bundled: true }, []);
    fc.assert(
      fc.property(hostileText(), language, (text, lang) => {
        const words = wordsOf(text, lang);
        withinBound('glossary', () => [terms, names].flatMap((glossary) => [...glossary.formsIn(lang).find(text, words), ...glossary.forbiddenIn(lang).find(text, words)]));
      }),
      RUNS,
    );
  });
});

describe('analysers of a pair', () => {
  // A pair is one input: its two sides together within MAX_CHARS.
  const pairs = fc.tuple(hostileText(MAX_CHARS / 2), hostileText(MAX_CHARS / 2), language, language);

  it('quantities matched and explained across the sides', () => {
    fc.assert(
      fc.property(pairs, ([source, target, sourceLang, targetLang]) => {
        const sourceQuantities = extractQuantities(source, sourceLang);
        const targetQuantities = extractQuantities(target, targetLang);
        const match = withinBound('matchQuantities', () => matchQuantities(sourceQuantities, targetQuantities));
        withinBound('explainDrift', () => match.mismatched.forEach(({ source: a, target: b }) => explainDrift(a, b)));
      }),
      RUNS,
    );
  });

  it('lists compared across the sides', () => {
    fc.assert(
      fc.property(pairs, ([source, target, sourceLang, targetLang]) => {
        withinBound('listMismatches', () => listMismatches(pair(source, target, sourceLang, targetLang)));
      }),
      RUNS,
    );
  });

  it('sentence alignment: every sentence of each side in exactly one bead', () => {
    fc.assert(
      fc.property(pairs, fc.double({ min: 0.05, max: 20, noNaN: true }), ([source, target, sourceLang, targetLang], ratio) => {
        const alignment = withinBound('sentenceAlignment', () => sentenceAlignment(pair(source, target, sourceLang, targetLang), ratio));
        expect(alignment.beads.flatMap((bead) => bead.source)).toEqual(alignment.source);
        expect(alignment.beads.flatMap((bead) => bead.target)).toEqual(alignment.target);
      }),
      RUNS,
    );
  });

  it('length model: observes and judges any pair of lengths to finite numbers', () => {
    const pack = loadRulePack();
    fc.assert(
      fc.property(fc.array(pairs, { maxLength: 20 }), (texts) => {
        const model = new LengthModel(lengthPrior(pack, texts[0]?.[2] ?? 'zh', texts[0]?.[3] ?? 'en'));
        for (const [source, target] of texts) {
          const [sourceChars, targetChars] = withinBound('textLength', () => [textLength(source), textLength(target)]);
          model.observe(sourceChars, targetChars);
          const verdict = withinBound('judge', () => model.judge(sourceChars, targetChars));
          expect(Number.isNaN(verdict.score)).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });
});

// Found by this suite: past the 2,000 characters bounded above, these analysers grew
// quadratically on long hostile runs (at 32,000 characters, 17 to 92 s each). The causes:
// readArabic read the whole run "1,1,1,…" from every digit (src/analyse/quantity/arabic.ts);
// each colon of "：：：…" searched and split the rest of the line (src/analyse/lists); and
// for "。4。4…" the aligner's band grew to the whole matrix (src/analyse/align-sentences.ts),
// each sentence filtered all quantities, and ICU's segmenter slows with the length of its
// text (src/analyse/sentences.ts). A line may hold 1 MiB characters (MAX_UNIT_CHARS).
describe('long hostile runs: 32,000 characters within the bound', () => {
  const LONG = 32_000;
  const long = (unit: string) => unit.repeat(LONG / unit.length);
  it.each<[string, () => unknown]>([
    ['extractQuantities, "1," in en', () => extractQuantities(long('1,'), 'en')],
    ['extractQuantities, "3." in de', () => extractQuantities(long('3.'), 'de')],
    ['listsOf, "：" in en', () => listsOf(segment(long('：')), 'en')],
    ['listMismatches, "：" on both sides', () => listMismatches(pair(long('：'), long('：'), 'en', 'en'))],
    ['sentenceAlignment, "。4" against three quarters of it', () => sentenceAlignment(pair(long('。4'), long('。4').slice(0, LONG * 0.75), 'zh', 'en'), 1)],
  ])('%s', (what, work) => {
    withinBound(what, work);
  });
});
