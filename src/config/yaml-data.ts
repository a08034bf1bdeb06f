// YAML (and JSON, which is YAML) that configures bitext-audit — rule packs and
// configuration files — read as plain data. Shared so that both refuse the same things
// with the same care: anything that would construct objects or run code, and documents
// that expand into far more data than they hold.
import type { Document, LineCounter } from 'yaml';
import { lazyRequire } from '../lazy-require.js';
import { AuditError } from '../errors.js';

const loadYaml = lazyRequire<typeof import('yaml')>('yaml');

export interface YamlData {
  value: unknown;
  /** For placing schema errors at their node. */
  doc: Document;
  lineCounter: LineCounter;
}

/**
 * Parses `text` (the file at `path`) with the core schema only. Tags it does not know
 * (`!!js/function`, `!!python/object`) are refused rather than read as strings, and
 * aliases are bounded (the yaml package's limit, which a "billion laughs" exceeds); both
 * become an AuditError `<what> is not valid <syntax>: ...` at the offending line and column.
 */
export function parseYamlData(text: string, path: string, what: string): YamlData {
  const { LineCounter, parseDocument, visit } = loadYaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, customTags: [], schema: 'core' });
  const placeAt = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: path, line, column: col };
  };
  const [problem] = [...doc.errors, ...doc.warnings.filter((warning) => warning.code === 'TAG_RESOLVE_FAILED')];
  if (problem) throw new AuditError(`${what}: ${problem.message.split('\n')[0]}`, placeAt(problem.pos[0]));
  try {
    return { value: doc.toJS(), doc, lineCounter };
  } catch (error) {
    // toJS throws a bare ReferenceError for an alias bomb or an alias before its anchor.
    let alias: number | undefined;
    visit(doc, {
      Alias(_key, node) {
        alias = node.range?.[0];
        return visit.BREAK;
      },
    });
    throw new AuditError(`${what}: ${(error as Error).message}`, alias === undefined ? { file: path } : placeAt(alias));
  }
}
