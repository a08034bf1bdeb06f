import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Document, LineCounter } from 'yaml';
import { lazyRequire } from '../lazy-require.js';
import { AuditError } from '../errors.js';
import type { Severity } from '../model.js';
import { RULES } from '../check/index.js';
import type { LengthPrior } from '../analyse/length-model.js';
import { RULES_DIR, ruleData } from './data-files.js';
import { parseYamlData } from './yaml-data.js';

const loadAjv = lazyRequire<typeof import('ajv')>('ajv');
import { baseLanguage } from '../analyse/language.js';

export type Level = Severity | 'off';

export interface RuleSetting {
  /** One level, or a level per result kind (with `default` for the rest). */
  severity: Level | Record<string, Level>;
  options: Record<string, unknown>;
}

export interface LengthSettings {
  factors: Record<string, number>;
  spread: number;
  weight: number;
  noise: number;
  minChars: number;
}

export interface RulePack {
  path: string;
  lengths: LengthSettings;
  /** Every rule the pack turns on, with its options merged over the rule's defaults. */
  rules: Map<string, RuleSetting>;
}

export const DEFAULT_PACK_PATH = `${RULES_DIR}default.yaml`;

const LEVELS = ['error', 'warning', 'info', 'off'];

const PACK_SCHEMA = {
  type: 'object',
  required: ['version'],
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    extends: { enum: ['default', 'none'] },
    lengths: {
      type: 'object',
      additionalProperties: false,
      properties: {
        factors: { type: 'object', additionalProperties: { type: 'number', exclusiveMinimum: 0 } },
        spread: { type: 'number', exclusiveMinimum: 0 },
        weight: { type: 'number', minimum: 0 },
        noise: { type: 'number', minimum: 0 },
        minChars: { type: 'number', minimum: 0 },
      },
    },
    rules: {
      type: 'object',
      propertyNames: { enum: RULES.map((rule) => rule.meta.id) },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          severity: {
            oneOf: [{ enum: LEVELS }, { type: 'object', additionalProperties: { enum: LEVELS } }],
          },
          options: { type: 'object' },
        },
      },
    },
  },
} as const;

interface Validators {
  pack: ValidateFunction;
  options: Map<string, ValidateFunction>;
}

let validators: Validators | undefined;

/** Compiled on first use: the bundled pack is trusted (a test validates it), and compiling costs a cold start ~50 ms. */
function packValidators(): Validators {
  if (!validators) {
    const ajv = new (loadAjv().Ajv)({ allErrors: false, strict: false });
    validators = { pack: ajv.compile(PACK_SCHEMA), options: new Map(RULES.map((rule) => [rule.meta.id, ajv.compile(rule.meta.optionsSchema)])) };
  }
  return validators;
}

let bundledPack: RawPack | undefined;

/** The bundled pack, from the compiled data bundle where the build made one. */
function readBundledPack(): RawPack {
  return (bundledPack ??= ruleData<RawPack>('default')!);
}

interface RawPack {
  extends?: 'default' | 'none';
  lengths?: Partial<LengthSettings>;
  rules?: Record<string, { severity?: RuleSetting['severity']; options?: Record<string, unknown> }>;
}

/**
 * Loads a rule pack. A user pack with `extends: default` is merged over the bundled
 * default; without it the pack stands alone and rules it does not name are off.
 */
export function loadRulePack(path: string = DEFAULT_PACK_PATH): RulePack {
  const raw = path === DEFAULT_PACK_PATH ? readBundledPack() : readPackFile(path);
  const base = path !== DEFAULT_PACK_PATH && raw.extends === 'default' ? readBundledPack() : undefined;
  const defaults = readBundledPack();
  const lengths = { ...defaults.lengths, ...base?.lengths, ...raw.lengths } as LengthSettings;
  lengths.factors = { ...defaults.lengths?.factors, ...base?.lengths?.factors, ...raw.lengths?.factors };
  const rules = new Map<string, RuleSetting>();
  for (const rule of RULES) {
    const { id } = rule.meta;
    const own = raw.rules?.[id];
    const inherited = base?.rules?.[id];
    if (!own && !inherited) continue;
    const severity = own?.severity ?? inherited?.severity ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    const options = { ...rule.meta.defaultOptions, ...inherited?.options, ...own?.options };
    rules.set(id, { severity, options });
  }
  return { path, lengths, rules };
}

/** The length prior of a language pair under this pack. */
export function lengthPrior(pack: RulePack, sourceLang: string, targetLang: string): LengthPrior {
  const { factors, spread, weight, noise, minChars } = pack.lengths;
  const factor = (lang: string) => factors[baseLanguage(lang)] ?? 1;
  return { ratio: factor(targetLang) / factor(sourceLang), spread, weight, noise, minChars };
}

/** The severity of a result of a rule, or undefined when that kind is off. */
export function severityOf(setting: RuleSetting, kind: string | undefined): Severity | undefined {
  const { severity } = setting;
  const level = typeof severity === 'string' ? severity : severity[kind ?? 'default'] ?? severity.default;
  return level === undefined || level === 'off' ? undefined : level;
}

function readPackFile(path: string): RawPack {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new AuditError(`cannot read rule pack: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { file: path });
  }
  // A pack is data, never code (see parseYamlData).
  const { value, doc, lineCounter } = parseYamlData(text, path, 'rule pack is not valid YAML');
  const { pack: validatePack, options: optionValidators } = packValidators();
  if (!validatePack(value)) throw schemaError(path, doc, lineCounter, validatePack.errors?.[0], 'rule pack');
  const pack = value as RawPack;
  for (const [id, setting] of Object.entries(pack.rules ?? {})) {
    const validateOptions = optionValidators.get(id);
    if (setting.options && validateOptions && !validateOptions(setting.options)) {
      throw schemaError(path, doc, lineCounter, validateOptions.errors?.[0], `options of ${id}`, ['rules', id, 'options']);
    }
  }
  return pack;
}

function schemaError(
  file: string,
  doc: Document,
  lineCounter: LineCounter,
  error: ErrorObject | null | undefined,
  what: string,
  prefix: string[] = [],
): AuditError {
  const path = [...prefix, ...(error?.instancePath ?? '').split('/').filter(Boolean).map(unescapePointer)];
  const described = describe(error, path);
  // Point at the deepest node that exists in the document.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) {
      const { line, col } = lineCounter.linePos(node.range[0]);
      return new AuditError(`invalid ${what}: ${described}`, { file, line, column: col });
    }
  }
  return new AuditError(`invalid ${what}: ${described}`, { file });
}

function describe(error: ErrorObject | null | undefined, path: string[]): string {
  const at = path.length ? path.join('.') : 'the pack';
  if (!error) return `${at} is invalid`;
  const { keyword, params } = error as ErrorObject & { params: Record<string, unknown> };
  if (error.propertyName !== undefined) return `unknown rule '${error.propertyName}' (bitext-audit rules lists them)`;
  if (keyword === 'additionalProperties') return `${at} has unknown key '${String(params.additionalProperty)}'`;
  if (keyword === 'required') return `${at} needs '${String(params.missingProperty)}'`;
  if (keyword === 'enum') return `${at} must be one of ${(params.allowedValues as unknown[]).join(', ')}`;
  if (keyword === 'oneOf' && path.at(-1) === 'severity') return `${at} must be one of ${LEVELS.join(', ')}, or a map of kinds to them`;
  if (keyword === 'const') return `${at} must be ${JSON.stringify(params.allowedValue)}`;
  return `${at} ${error.message ?? 'is invalid'}`;
}

function unescapePointer(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}
