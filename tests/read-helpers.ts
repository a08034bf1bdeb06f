// Shared by the tests/read-<format>.test.ts files: run a reader, write scratch inputs.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { auditItems, emptySummary } from '../src/audit.js';
import { loadRulePack } from '../src/config/rule-pack.js';
import { AuditError } from '../src/errors.js';
import type { AuditItem, SegmentPair, UnpairedSegment } from '../src/model.js';
import type { ReadOptions, Reader } from '../src/read/reader.js';

export interface ReadResult {
  pairs: SegmentPair[];
  unpaired: UnpairedSegment[];
  items: AuditItem[];
}

export async function readAll(reader: Reader, options: ReadOptions): Promise<ReadResult> {
  const items: AuditItem[] = [];
  for await (const item of reader.read(options)) items.push(item);
  return {
    items,
    pairs: items.flatMap((item) => (item.kind === 'pair' ? [item.pair] : [])),
    unpaired: items.flatMap((item) => (item.kind === 'unpaired' ? [item.unpaired] : [])),
  };
}

/** Writes `content` (a string as UTF-8, or raw bytes) to a new scratch file. */
export function scratchFile(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'bitext-audit-read-')), name);
  writeFileSync(path, content);
  return path;
}

/** The AuditError a read ends with; fails the test if it ends otherwise. */
export async function readError(reader: Reader, options: ReadOptions): Promise<AuditError> {
  try {
    await readAll(reader, options);
  } catch (error) {
    expect(error).toBeInstanceOf(AuditError);
    return error as AuditError;
  }
  throw new Error(`expected ${options.path} to fail`);
}

/** A pair by id, failing clearly when it is missing. */
export function pairById(pairs: SegmentPair[], id: string): SegmentPair {
  const found = pairs.find((pair) => pair.id === id);
  if (!found) throw new Error(`no pair '${id}' among ${pairs.map((pair) => pair.id).join(', ')}`);
  return found;
}

/** UTF-16 bytes with a byte-order mark, little or big endian. */
export function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const body = endian === 'le' ? le : Buffer.from(le).swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

/** The findings of one rule of the bundled pack on a read input, as [ruleId, source line, target line]. */
export async function findingsOf(reader: Reader, options: ReadOptions, ruleId: string): Promise<[string, number?, number?][]> {
  const pack = loadRulePack();
  const setting = pack.rules.get(ruleId);
  if (!setting) throw new Error(`rule ${ruleId} is not on in the default pack`);
  const found: [string, number?, number?][] = [];
  for await (const finding of auditItems(reader.read(options), { ...pack, rules: new Map([[ruleId, setting]]) }, emptySummary())) {
    found.push([finding.ruleId, finding.source?.line, finding.target?.line]);
  }
  return found;
}
