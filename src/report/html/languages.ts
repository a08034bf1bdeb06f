// Language names for headings ("Chinese (zh)"), from the runtime's own CLDR data.
/** Made on first use: loading the display names costs every run's start-up 8 ms, and only HTML reports need them. */
let names: Intl.DisplayNames | undefined;

export function languageName(code: string): string {
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
    const name = names.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    // Not a well-formed BCP 47 tag (a reader passed through whatever the file said).
    return code;
  }
}
