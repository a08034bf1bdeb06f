import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { lazyRequire } from '../lazy-require.js';
import { AuditError } from '../errors.js';
import { parseYamlData } from './yaml-data.js';
import type { Severity } from '../model.js';

export interface ConfigFile {
  /** Where the file was found; relative paths in it are relative to its folder. */
  path: string;
  inputs?: string[];
  ignore?: string[];
  sourceLang?: string;
  targetLang?: string;
  inputFormat?: string;
  format?: string;
  rules?: string;
  failOn?: Severity | 'never';
  maxWarnings?: number;
  baseline?: string;
  includeFuzzy?: boolean;
}

const NAMES = ['bitext-audit.config.yaml', 'bitext-audit.config.yml', 'bitext-audit.config.json'];
let validator: ValidateFunction | undefined;

/** Compiled only when a configuration file is found: most runs have none. */
function configValidator(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../schema/bitext-audit.config.schema.json', import.meta.url)), 'utf8')) as object;
    validator = new (lazyRequire<typeof import('ajv')>('ajv')().Ajv)({ strict: false }).compile(schema);
  }
  return validator;
}

/** The nearest configuration file from `start` upwards, if any. */
export function findConfigFile(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const found = NAMES.map((name) => join(dir, name)).find((path) => existsSync(path));
    if (found) return found;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Reads and validates a configuration file, with paths in it made absolute. */
export function loadConfigFile(path: string): ConfigFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new AuditError(`cannot read configuration: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { file: path });
  }
  // JSON is YAML: one parser gives line numbers for both.
  const parsed = parseYamlData(text, path, 'configuration is not valid YAML/JSON');
  const { doc, lineCounter } = parsed;
  const value = (parsed.value ?? {}) as Record<string, unknown>;
  const validate = configValidator();
  if (!validate(value)) {
    const error = validate.errors?.[0];
    const keys = (error?.instancePath ?? '').split('/').filter(Boolean);
    const node = doc.getIn(keys, true) as { range?: [number, number, number] } | undefined;
    const place = node?.range ? lineCounter.linePos(node.range[0]) : undefined;
    const at = keys.length ? keys.join('.') : 'the configuration';
    const reason =
      error?.keyword === 'additionalProperties'
        ? `${at} has unknown key '${String((error.params as { additionalProperty: string }).additionalProperty)}'`
        : `${at} ${error?.message ?? 'is invalid'}`;
    throw new AuditError(`invalid configuration: ${reason}`, { file: path, ...(place ? { line: place.line, column: place.col } : {}) });
  }
  const config = value as Omit<ConfigFile, 'path'>;
  const base = dirname(path);
  const absolute = (file: string | undefined) => (file === undefined ? undefined : resolve(base, file));
  return {
    ...config,
    path,
    ...(config.rules ? { rules: absolute(config.rules) } : {}),
    ...(config.baseline ? { baseline: absolute(config.baseline) } : {}),
  };
}
