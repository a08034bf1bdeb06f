import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import po from '../src/read/po.js';
import type { AuditItem } from '../src/model.js';
import { scratchDir } from './support/cli.js';

async function pairsOf(path: string): Promise<AuditItem[]> {
  const items: AuditItem[] = [];
  for await (const item of po.read({ path })) items.push(item);
  return items;
}

describe('PO files in the charset their header declares', () => {
  it('reads an ISO-8859-1 catalog, as older Debian catalogs are', async () => {
    const text =
      'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n"Language: fr\\n"\n\n' +
      '#: main.c:12\nmsgid "Only 1 file was deleted."\nmsgstr "Un seul fichier a été supprimé."\n';
    const path = join(scratchDir(), 'latin1.po');
    writeFileSync(path, Buffer.from(text, 'latin1'));
    const [item] = await pairsOf(path);
    expect(item?.kind === 'pair' && item.pair.target.text).toBe('Un seul fichier a été supprimé.');
  });

  it('still refuses bytes invalid in UTF-8 when the header says UTF-8, with their offset', async () => {
    const path = join(scratchDir(), 'broken.po');
    writeFileSync(path, Buffer.concat([Buffer.from('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "a"\nmsgstr "'), Buffer.from([0xe9]), Buffer.from('"\n')]));
    await expect(pairsOf(path)).rejects.toThrow(/broken\.po:6:9: invalid UTF-8 at byte offset 82/);
  });
});
