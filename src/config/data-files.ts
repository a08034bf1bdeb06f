import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lazyRequire } from '../lazy-require.js';

const loadYaml = lazyRequire<typeof import('yaml')>('yaml');

/** The bundled rules/ folder (same depth from src/config and dist/config). */
export const RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

/**
 * The bundled YAML data compiled to JSON by scripts/build-data.mjs: parsing the YAML
 * itself costs a cold start about 140 ms. Each entry keeps the size and modification
 * time of its file, so a file edited since the build is read from YAML instead.
 */
export const DATA_BUNDLE_PATH = fileURLToPath(new URL('../../dist/rules-data.json', import.meta.url));

export interface BundledFile {
  size: number;
  mtimeMs: number;
  value: unknown;
}

let bundle: Record<string, BundledFile> | undefined;

function bundled(): Record<string, BundledFile> {
  if (!bundle) {
    try {
      bundle = JSON.parse(readFileSync(DATA_BUNDLE_PATH, 'utf8')) as Record<string, BundledFile>;
    } catch {
      bundle = {};
    }
  }
  return bundle;
}

const cache = new Map<string, unknown>();

/**
 * Reads a bundled data file, `rules/<name>.yaml`, once per process; undefined when there
 * is no such file, so that callers fall back to no data.
 */
export function ruleData<T>(name: string): T | undefined {
  if (!cache.has(name)) cache.set(name, readRuleData(name));
  return cache.get(name) as T | undefined;
}

function readRuleData(name: string): unknown {
  const path = `${RULES_DIR}${name}.yaml`;
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const compiled = bundled()[name];
  if (compiled && compiled.size === stats.size && compiled.mtimeMs === stats.mtimeMs) return compiled.value;
  return loadYaml().parse(readFileSync(path, 'utf8'));
}

/**
 * A language as rules/lang names its folders. Tags reach here from the inputs themselves
 * (a TMX `xml:lang`, a JSONL `targetLang`): anything else, such as `../../etc` or a tag
 * holding a NUL, has no data rather than naming a file outside rules/lang.
 */
const LANGUAGE_FOLDER = /^[a-z]{2,3}$/;

/** Language data, `rules/lang/<lang>/<topic>.yaml`. */
export function languageData<T>(lang: string, topic: string): T | undefined {
  return LANGUAGE_FOLDER.test(lang) ? ruleData<T>(`lang/${lang}/${topic}`) : undefined;
}
