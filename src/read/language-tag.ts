// The base language of a tag as files write it: BCP 47 (`de-DE`), with underscores
// (`pt_BR`), a POSIX locale as gettext writes it (`sr@latin`, `de_DE.UTF-8`), or ISO
// 639-2/3 codes as memoQ writes them (`eng`, `ger`, `zho-CN`), all folded to the ISO
// 639-1 code the language data is filed under (`de`, `pt`, `zh`, `sr`).
import { baseLanguage } from '../analyse/language.js';

/** Tags already folded: readers ask once per unit, and files use few tags. */
const folded = new Map<string, string>();
/** Bounds the cache: tags come from inputs, which anyone writes. */
const MAX_CACHED = 10_000;

/** The tag's base language in lower case, ISO 639-1 where one exists; '' for none. */
export function baseLanguageOf(tag: string): string {
  let base = folded.get(tag);
  if (base === undefined) {
    base = canonicalBase(tag);
    if (folded.size >= MAX_CACHED) folded.clear();
    folded.set(tag, base);
  }
  return base;
}

/** `sr@latin`, `de_DE.UTF-8@euro`: the language and region before the codeset and modifier. */
const POSIX_LOCALE = /^([A-Za-z]{2,3}(?:_[A-Za-z0-9]+)?)(?:\.[\w-]+)?(?:@\w+)?$/;

function canonicalBase(tag: string): string {
  // A POSIX locale's codeset and modifier (`.UTF-8`, `@latin`) say nothing of the language.
  const written = baseLanguage(POSIX_LOCALE.exec(tag)?.[1] ?? tag);
  // Only a three-letter code can have a shorter canonical form; the rest is as written.
  if (!/^[a-z]{3}$/.test(written)) return written;
  try {
    // CLDR's aliases: `eng` -> `en`, bibliographic `ger` -> `de`, `fre` -> `fr`.
    return baseLanguage(Intl.getCanonicalLocales(written)[0] ?? written);
  } catch {
    return written;
  }
}
