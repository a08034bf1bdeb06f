import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { lazyRequire } from '../lazy-require.js';

const loadGlobs = lazyRequire<typeof import('tinyglobby')>('tinyglobby');
import { AuditError } from '../errors.js';

/**
 * Inputs as files: an existing path stays as given; a glob (`locales/**\/*.po`) becomes
 * the files it matches, sorted, less the `ignore` globs. A glob that matches nothing is
 * an error: a CI job that silently audits nothing passes when it should not.
 */
export async function expandInputs(patterns: string[], options: { cwd?: string; ignore?: string[] } = {}): Promise<string[]> {
  const cwd = options.cwd ?? process.cwd();
  const files: string[] = [];
  for (const pattern of patterns) {
    if (existsSync(resolve(cwd, pattern)) || !loadGlobs().isDynamicPattern(pattern)) {
      files.push(displayPath(cwd, pattern));
      continue;
    }
    const matches = await loadGlobs().glob(pattern, { cwd, ignore: options.ignore ?? [], onlyFiles: true, dot: false, expandDirectories: false, absolute: isAbsolute(pattern) });
    if (matches.length === 0) throw new AuditError(`no input matches '${pattern}'`);
    files.push(...matches.sort().map((match) => displayPath(cwd, match)));
  }
  return [...new Set(files)];
}

/** Paths as reports show them: relative to the working directory when under it. */
function displayPath(cwd: string, path: string): string {
  if (cwd === process.cwd()) return path;
  const shown = relative(process.cwd(), resolve(cwd, path));
  return shown.startsWith('..') ? resolve(cwd, path) : shown;
}
