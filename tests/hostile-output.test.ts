// Nothing lost: --output (and --write-baseline) never replaces a file the run reads,
// however its path is spelled; reports replace an earlier one atomically; and a run that
// fails, even after findings were streamed, leaves the earlier report and its folder as
// they were.
import { linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from './support/cli.js';
import { DRIFTING_PAIRS, jsonlBrokenAt, render, writeInput, writePairs } from './bad-inputs/formats.js';
import { cliAsync } from './bad-inputs/run.js';

/** A folder with one input of every kind a run reads, and the arguments that read them all. */
function workspace() {
  const root = scratchDir();
  const dir = join(root, 'work');
  mkdirSync(dir);
  const po = writePairs(dir, 'po', DRIFTING_PAIRS, 'messages');
  const { source, target } = render('parallel', DRIFTING_PAIRS);
  const parallel = writeInput(dir, 'parallel', source, target, 'article');
  const rules = join(dir, 'pack.yaml');
  writeFileSync(rules, 'version: 1\nextends: default\n');
  const baseline = join(dir, 'baseline.json');
  writeFileSync(baseline, '{"schemaVersion": 1, "findings": []}\n');
  symlinkSync(dir, join(root, 'linked'));
  return { root, dir, files: { input: po.path, target: parallel.target!, rules, baseline }, parallel };
}

/** The arguments that make a run read `kind` of the workspace. */
function readingArgs(space: ReturnType<typeof workspace>, kind: keyof ReturnType<typeof workspace>['files']): string[] {
  if (kind === 'target') return [space.parallel.path, '--target', space.parallel.target!];
  const flag = kind === 'rules' ? ['--rules', space.files.rules] : kind === 'baseline' ? ['--baseline', space.files.baseline] : [];
  return [space.files.input, ...flag];
}

/** Other spellings of a file's path: `..`, relative, a symlink or hard link to it, through a symlinked folder. */
function spellings(space: ReturnType<typeof workspace>, file: string): [string, string][] {
  const name = file.slice(space.dir.length + 1);
  const link = join(space.root, `link-to-${name}`);
  symlinkSync(file, link);
  const hardLink = join(space.root, `hard-link-to-${name}`);
  linkSync(file, hardLink);
  return [
    ['the same path', file],
    // Not join(): it would normalise the spelling away.
    ['a path through ..', `${space.dir}/../work/./${name}`],
    ['a relative path', relative(process.cwd(), file)],
    ['a symlink to the file', link],
    ['a hard link to the file', hardLink],
    ['the path through a symlinked folder', join(space.root, 'linked', name)],
  ];
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'latin1')]));
}

describe.concurrent('--output equal to a file the run reads is refused', () => {
  for (const kind of ['input', 'target', 'rules', 'baseline'] as const) {
    it(`the ${kind}, however spelled: exit 2, the file and its folder unchanged`, async () => {
      const space = workspace();
      const before = snapshot(space.dir);
      for (const [how, spelled] of spellings(space, space.files[kind])) {
        // --write-baseline goes through the same check: tried on the input alone, to keep the suite quick.
        for (const flag of kind === 'input' ? ['--output', '--write-baseline'] : ['--output']) {
          const result = await cliAsync([...readingArgs(space, kind), '--format', 'json', flag, spelled]);
          expect(result.code, `${how}: ${result.stderr}`).toBe(2);
          expect(result.stderr).toMatch(new RegExp(`^bitext-audit: ${flag} would overwrite the input \\S+\\n$`));
          expect(snapshot(space.dir), how).toEqual(before);
        }
      }
    });
  }
});

describe.concurrent('reports are written atomically', () => {
  it('replace an earlier report by renaming: a hard link to the old one keeps its content', async () => {
    const dir = scratchDir();
    const input = writePairs(dir, 'jsonl', DRIFTING_PAIRS);
    const output = join(dir, 'report.json');
    writeFileSync(output, 'earlier report');
    linkSync(output, join(dir, 'kept.json'));
    const result = await cliAsync([input.path, '--format', 'json', '--output', output]);
    expect(result.code, result.stderr).toBe(1);
    expect(JSON.parse(readFileSync(output, 'utf8')).schemaVersion).toBe(1);
    expect(readFileSync(join(dir, 'kept.json'), 'utf8')).toBe('earlier report');
    expect(readdirSync(dir).sort()).toEqual(['input.jsonl', 'kept.json', 'report.json']);
  });
});

describe.concurrent('a failed run leaves an earlier report untouched and nothing behind', () => {
  // Line 2,500 breaks after the engine's warm-up of 2,000 items: streaming formats have
  // written some 500 findings (one per record) to the temporary file by then.
  // Streamed into the temporary file (json, jsonl) or held and rendered at the end (markdown).
  for (const format of ['json', 'jsonl', 'markdown']) {
    it(`${format}: malformed input found after findings were streamed`, async () => {
      const dir = scratchDir();
      const input = writeInput(dir, 'jsonl', jsonlBrokenAt(2_500, 2_600));
      const output = join(dir, `report.${format}`);
      const baseline = join(dir, 'baseline.json');
      writeFileSync(output, 'earlier report');
      writeFileSync(baseline, 'earlier baseline');
      const before = snapshot(dir);
      const result = await cliAsync([input.path, '--format', format, '--output', output, '--write-baseline', baseline]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`bitext-audit: ${input.path}:2500:21: invalid JSON: Unterminated string\n`);
      expect(snapshot(dir)).toEqual(before);
    });
  }

  it('a second input failing after the first was audited', async () => {
    const dir = scratchDir();
    const good = writePairs(dir, 'jsonl', DRIFTING_PAIRS, 'good');
    const bad = writeInput(dir, 'jsonl', jsonlBrokenAt(3, 5), undefined, 'bad');
    const output = join(dir, 'report.json');
    writeFileSync(output, 'earlier report');
    const before = snapshot(dir);
    const result = await cliAsync([good.path, bad.path, '--format', 'json', '--output', output]);
    expect(result.stderr).toBe(`bitext-audit: ${bad.path}:3:21: invalid JSON: Unterminated string\n`);
    expect(snapshot(dir)).toEqual(before);
  });
});
