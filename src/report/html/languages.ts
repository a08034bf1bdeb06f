// Language names for headings ("Chinese (zh)"), from the runtime's own CLDR data.
const NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

export function languageName(code: string): string {
  try {
    const name = NAMES.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    // Not a well-formed BCP 47 tag (a reader passed through whatever the file said).
    return code;
  }
}
