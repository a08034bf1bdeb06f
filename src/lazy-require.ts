import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Loads a dependency on first use: a run that audits one article never pays for the
 * XML, CSV, schema-validation or glob libraries (together ~150 ms of a cold start).
 */
export function lazyRequire<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(id) as T);
}
