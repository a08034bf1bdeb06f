import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AuditError } from '../errors.js';

/**
 * Writes a report atomically: to a temporary file beside the target, then renamed
 * into place, so that readers never see half a report and a failed run leaves the
 * earlier report as it was.
 */
export function writeAtomically(path: string, content: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new AuditError(`cannot write report: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { file: path });
  }
}
