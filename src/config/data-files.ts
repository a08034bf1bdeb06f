import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The bundled rules/ folder (same depth from src/config and dist/config). */
export const RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

const cache = new Map<string, unknown>();

/**
 * Reads a bundled language data file, `rules/lang/<lang>/<topic>.yaml`, once per process.
 * Returns undefined when the language has no such file: callers fall back to no data.
 */
export function languageData<T>(lang: string, topic: string): T | undefined {
  const key = `${lang}/${topic}`;
  if (!cache.has(key)) {
    let value: unknown;
    try {
      value = parse(readFileSync(`${RULES_DIR}lang/${key}.yaml`, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    cache.set(key, value);
  }
  return cache.get(key) as T | undefined;
}
