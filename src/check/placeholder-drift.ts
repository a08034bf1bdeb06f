import { placeholdersOf, type Placeholder, type PlaceholderFamily } from '../analyse/placeholders.js';
import { PLACEHOLDER as INLINE_CODE } from '../read/xml-stream.js';
import { defineRule, type RuleResult } from './rule.js';

const ADVICE = {
  missing: 'The program fills in or renders what the translation lost: keep every placeholder and tag of the source.',
  added: 'The program has no value for what the translation added, and may print garbage or crash: remove it, or check the source.',
  reordered:
    'printf fills conversions without a position in order, so the values swap or the program crashes: ' +
    'keep the order, or number them (`%2$d ... %1$s`).',
} as const;

export default defineRule<Record<string, never>>({
  meta: {
    id: 'placeholder-drift',
    summary: 'A placeholder, tag or inline code on one side that the other lacks, or printf conversions in another order.',
    explanation:
      'Finds what a program fills in or renders inside a message and compares the two sides: printf conversions ' +
      '(`%s`, `%1$d`, `%lu`, `%<PRIu64>`, `%@`), Python (`%(name)s`, `{name}`), ICU and .NET arguments (`{0}`, ' +
      '`{0:N2}`, `{count, plural, ...}`: the argument, not the sub-messages, which are text), Ruby (`%{name}`), ' +
      'Qt (`%1`), shell and template variables (`${VAR}`, `$VAR`, `{{ name }}`), markup tags (`<b>`...`</b>`, ' +
      '`<br/>`) and the inline codes of TMX and XLIFF. A placeholder the translation lost shows the reader a gap ' +
      'or crashes the program; one it added reads a value that is not there. printf conversions without a ' +
      'position must keep their order (`%s ... %d` as `%d ... %s` swaps the values); named and numbered ones ' +
      'may move. Flags and width do not count (`%-5d` is `%d`), nor does `%%`, a percentage glued to a word ' +
      '(`20%off`), a `%` inside a link (`%20`), or a tag the text does not close (`<file>` in a usage line is a ' +
      'metavariable, which translations translate). Named placeholders are compared as sets, since a ' +
      'translation may name one twice or, in ICU plurals, in fewer branches. In a PO plural form, an integer ' +
      'conversion (`%d`) may be left out or added, as msgfmt allows: "one file" and "%d files" are both right. ' +
      'Kinds: missing, added, reordered.',
    defaultSeverity: 'error',
    kinds: {
      missing: 'placeholders or tags of the source missing from the translation',
      added: 'placeholders or tags only the translation has',
      reordered: 'printf conversions without a position in another order',
    },
    defaultOptions: {},
    optionsSchema: { type: 'object', additionalProperties: false },
    example: {
      source: 'Copied %d files to <b>%s</b>.',
      target: '已将文件复制到 <b>%s</b>。',
      sourceLang: 'en',
      targetLang: 'zh',
    },
  },
  checkPair(pair) {
    const found = { source: placeholdersOf(pair.source), target: placeholdersOf(pair.target) };
    const families = familiesOf(pair.formats, found.source.otherCodes || found.target.otherCodes);
    const kept = (placeholder: Placeholder) => families.has(placeholder.family);
    const source = found.source.list.filter(kept);
    const target = found.target.list.filter(kept);
    if (source.length === 0 && target.length === 0) return [];
    const missingInTarget = unmatched(source, target);
    const missingInSource = unmatched(target, source);
    // A plural form may leave out or add the count: "one file" for "%s files", "%d ファイル" for "one file".
    const countDropped = pair.pluralForm !== undefined && missingInTarget.length + missingInSource.length === 1;
    if (countDropped) return [];
    if (missingInTarget.length > 0) return [result('missing', missingInTarget, missingInSource)];
    if (missingInSource.length > 0) return [result('added', missingInTarget, missingInSource)];
    const sourceArguments = printfArguments(source);
    const targetArguments = printfArguments(target);
    if (sameArguments(sourceArguments, targetArguments)) return [];
    const sourceOrder = byArgument(source);
    const targetOrder = byArgument(target);
    return [
      {
        kind: 'reordered',
        message: `the translation fills in ${quote(targetOrder)} where the source has ${quote(sourceOrder)}. ${ADVICE.reordered}`,
        details: { sourceOrder, targetOrder },
      },
    ];
  },
});

/** Every syntax, when nothing says which a message uses. */
const ALL_FAMILIES: readonly PlaceholderFamily[] = ['printf', 'python', 'ruby', 'qt', 'brace', 'mustache', 'shell', 'markup', 'inline'];
/** Markup and inline codes are no format of gettext's: they are checked whatever the flags say. */
const ALWAYS: readonly PlaceholderFamily[] = ['markup', 'inline'];
/** The syntaxes of gettext's format flags (`c-format` ...). */
const FORMAT_FAMILIES: Record<string, readonly PlaceholderFamily[]> = {
  c: ['printf'],
  objc: ['printf'],
  'gcc-internal': ['printf'],
  'gfc-internal': ['printf'],
  php: ['printf'],
  awk: ['printf'],
  lua: ['printf'],
  perl: ['printf'],
  javascript: ['printf'],
  'java-printf': ['printf'],
  'object-pascal': ['printf'],
  python: ['printf', 'python'],
  'python-brace': ['brace'],
  'perl-brace': ['brace'],
  csharp: ['brace'],
  java: ['brace'],
  qt: ['qt'],
  'qt-plural': ['qt'],
  kde: ['qt'],
  'kde-kuit': ['qt'],
  sh: ['shell'],
  ruby: ['printf', 'ruby'],
};

/**
 * The syntaxes a message uses: those its PO format flags name (`c-format`: printf only, so
 * `{INTEGER}` in a usage text is text), else every one; less those a `no-…-format` flag
 * denies, and less printf, unless declared, when codes printf does not know show a format
 * of its own (strftime's `%Y-%m-%d` becomes `%d/%m/%Y` by design).
 */
function familiesOf(formats: string[] = [], otherCodes: boolean): ReadonlySet<PlaceholderFamily> {
  const named = (flag: string) => FORMAT_FAMILIES[flag.replace(/^no-/, '').replace(/-format$/, '')] ?? [];
  const declared = formats.filter((flag) => !flag.startsWith('no-')).flatMap(named);
  const families = new Set<PlaceholderFamily>(declared.length > 0 ? [...declared, ...ALWAYS] : ALL_FAMILIES);
  for (const flag of formats) if (flag.startsWith('no-')) for (const family of named(flag)) families.delete(family);
  if (otherCodes && !declared.includes('printf')) families.delete('printf');
  return families;
}

/**
 * What `side` has that `other` lacks: printf arguments by type (`%s` and `%2$s` are one; an
 * argument printed twice by position is one), tags and inline codes by count (two `<b>` need
 * two), named placeholders by name.
 */
function unmatched(side: Placeholder[], other: Placeholder[]): string[] {
  const available = new Map<string, number>();
  for (const placeholder of distinctArguments(other)) available.set(placeholder.type, (available.get(placeholder.type) ?? 0) + 1);
  const lacking: string[] = [];
  for (const placeholder of distinctArguments(side)) {
    const left = available.get(placeholder.type) ?? 0;
    if (left > 0) {
      if (!placeholder.named) available.set(placeholder.type, left - 1);
    } else if (!placeholder.named || !lacking.includes(placeholder.text)) {
      lacking.push(placeholder.text);
    }
  }
  return lacking;
}

/** The placeholders, each printf argument once (`%1$s ... %1$s` prints one argument twice). */
function distinctArguments(placeholders: Placeholder[]): Placeholder[] {
  const seen = new Set<string>();
  return placeholders.filter((placeholder) => placeholder.family !== 'printf' || (!seen.has(placeholder.key) && seen.add(placeholder.key)));
}

/** printf's arguments, by position and type (`%1$s`, `%2$d`). */
function printfArguments(placeholders: Placeholder[]): Set<string> {
  return new Set(placeholders.filter((placeholder) => placeholder.family === 'printf').map((placeholder) => placeholder.key));
}

function sameArguments(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((key) => b.has(key));
}

/** The conversions as written, in the order of the arguments they print. */
function byArgument(placeholders: Placeholder[]): string[] {
  return distinctArguments(placeholders)
    .filter((placeholder) => placeholder.family === 'printf')
    .sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }))
    .map((placeholder) => placeholder.text);
}

function result(kind: 'missing' | 'added', missingInTarget: string[], missingInSource: string[]): RuleResult {
  const parts = [];
  if (missingInTarget.length > 0) parts.push(`the translation lacks ${quote(missingInTarget)} of the source`);
  if (missingInSource.length > 0) parts.push(`${parts.length ? 'and has' : 'the translation has'} ${quote(missingInSource)} the source lacks`);
  return { kind, message: `${parts.join(' ')}. ${ADVICE[kind]}`, details: { missingInTarget, missingInSource } };
}

/** `%s`, `%d` and 2 inline codes */
function quote(texts: string[]): string {
  const codes = texts.filter((text) => text === INLINE_CODE).length;
  const quoted = texts.filter((text) => text !== INLINE_CODE).map((text) => `\`${text}\``);
  if (codes > 0) quoted.push(codes === 1 ? 'an inline code' : `${codes} inline codes`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
