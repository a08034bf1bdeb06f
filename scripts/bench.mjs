#!/usr/bin/env node
// npm run bench: throughput and peak memory of bitext-audit on generated corpora, beside
// the raw cost of reading the same JSONL and, when installed, translate-toolkit's pofilter.
//
//   npm run bench                  10,000 / 100,000 / 1,000,000 pairs, and a 200,000-unit TMX
//   npm run bench -- --sizes 10000 only the sizes named (and no 200,000-unit TMX)
//
// Corpora are generated from the pairs of every sample (digits renamed, 5% of pairs drifted)
// into a temporary folder; results go to stdout and reports/bench.md. Peak memory is
// measured with one thread (--jobs 1); `--jobs auto` rows show the throughput of all cores.
// TMX, PO and pofilter run up to 100,000 pairs; 1,000,000 pairs are audited as JSONL.
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli/main.js');
const SEED = join(ROOT, 'tests/fixtures/seed/000_40b9173eb2d8f500.txt');
const sizesArg = process.argv.indexOf('--sizes');
const SIZES = sizesArg > 0 ? process.argv[sizesArg + 1].split(',').map(Number) : [10_000, 100_000, 1_000_000];

/** Pairs to build corpora from: every pair of every sample (all formats and language pairs). */
async function pool() {
  const { readerFor } = await import(join(ROOT, 'dist/read/index.js'));
  const pairs = [];
  for (const name of readdirSync(join(ROOT, 'samples')).sort()) {
    const path = join(ROOT, 'samples', name);
    if (!statSync(path).isFile()) continue;
    const reader = await readerFor(path);
    for await (const item of reader.read({ path })) {
      if (item.kind !== 'pair') continue;
      const { source, target, sourceLang, targetLang } = item.pair;
      pairs.push({ source: source.text, target: target.text, sourceLang, targetLang });
    }
  }
  return pairs;
}

/**
 * A deterministic stream of pairs. Each pair's digits are renamed by a random permutation,
 * the same on both sides, so that pairs with numbers vary (48,738 distinct pairs in a
 * million; pairs without digits repeat as UI strings do); 5% of pairs then get a drifted
 * digit on one side.
 */
function* corpus(pairs, size) {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < size; i++) {
    const base = pairs[i % pairs.length];
    const digits = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    for (let j = digits.length - 1; j > 0; j--) {
      const k = Math.floor(random() * (j + 1));
      [digits[j], digits[k]] = [digits[k], digits[j]];
    }
    const vary = (text) => text.replace(/[1-9]/g, (digit) => String(digits[Number(digit) - 1]));
    const drift = random() < 0.05;
    yield { id: `u${i + 1}`, source: vary(base.source), target: drift ? vary(base.target).replace(/\d/, '0') : vary(base.target), sourceLang: base.sourceLang, targetLang: base.targetLang };
  }
}

async function writeLines(path, lines) {
  const out = createWriteStream(path);
  for (const line of lines) if (!out.write(line)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

const xml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const po = (text) => JSON.stringify(text).replace(/\\u([0-9a-f]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));

const WRITERS = {
  jsonl: function* (units) {
    for (const unit of units) yield JSON.stringify(unit) + '\n';
  },
  tmx: function* (units) {
    yield '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header creationtool="bench" creationtoolversion="1" segtype="paragraph" o-tmf="none" adminlang="en" srclang="zh" datatype="plaintext"/>\n<body>\n';
    for (const unit of units) {
      yield `<tu tuid="${unit.id}"><tuv xml:lang="${unit.sourceLang}"><seg>${xml(unit.source)}</seg></tuv><tuv xml:lang="${unit.targetLang}"><seg>${xml(unit.target)}</seg></tuv></tu>\n`;
    }
    yield '</body>\n</tmx>\n';
  },
  po: function* (units) {
    yield 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n';
    for (const unit of units) yield `msgctxt "${unit.id}"\nmsgid ${po(unit.source)}\nmsgstr ${po(unit.target)}\n\n`;
  },
};

/** Runs a command, sampling its peak resident memory (VmHWM) from /proc. */
async function measure(command, args) {
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let peakKb = 0;
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const poll = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // The process has just ended.
    }
  }, 20);
  const [code] = await once(child, 'close');
  clearInterval(poll);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { code, seconds, peakMb: peakKb / 1024, stderr: stderr.slice(0, 300) };
}

/** The raw cost of reading and parsing the JSONL corpus, without any check (in this process). */
async function rawJsonl(path) {
  const started = process.hrtime.bigint();
  let count = 0;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    if (line) JSON.parse(line), count++;
  }
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, count };
}

function hasPofilter() {
  return spawnSync('pofilter', ['--version'], { encoding: 'utf8' }).status === 0;
}

const rows = [];
const row = (size, input, what, result) => {
  const perSecond = Math.round(size / result.seconds);
  rows.push({ size, input, what, seconds: result.seconds.toFixed(2), perSecond, peakMb: result.peakMb === undefined ? '' : result.peakMb.toFixed(0) });
  console.log(`${String(size).padStart(9)}  ${input.padEnd(5)}  ${what.padEnd(28)}  ${result.seconds.toFixed(2).padStart(8)} s  ${String(perSecond).padStart(9)} pairs/s  ${result.peakMb === undefined ? '' : result.peakMb.toFixed(0) + ' MB'}${result.code ? `  (exit ${result.code}) ${result.stderr}` : ''}`);
};

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-audit-bench-'));
  const pairs = await pool();
  const pofilter = hasPofilter();
  console.log(`corpora from ${pairs.length} sample pairs in ${dir}; pofilter ${pofilter ? 'found' : 'not installed (apt-get install translate-toolkit)'}`);

  // Quantity extraction and matching alone, in this process, warmed up: µs per pair.
  const { extractQuantities, matchQuantities } = await import(join(ROOT, 'dist/analyse/quantity/index.js'));
  const sentences = [...corpus(pairs, 20_000)];
  const perPair = () => {
    const started = process.hrtime.bigint();
    for (const unit of sentences) matchQuantities(extractQuantities(unit.source, unit.sourceLang), extractQuantities(unit.target, unit.targetLang));
    return Number(process.hrtime.bigint() - started) / 1e3 / sentences.length;
  };
  perPair();
  const quantityMicros = Math.min(perPair(), perPair());
  console.log(`quantity extraction + matching: ${quantityMicros.toFixed(1)} µs per pair (${sentences.length} generated pairs)`);

  const cold = [];
  for (let i = 0; i < 5; i++) cold.push((await measure(process.execPath, [CLI, SEED, '--format', 'json', '--output', join(dir, 'seed.json')])).seconds);
  cold.sort((a, b) => a - b);
  console.log(`seed, cold start: median ${cold[2].toFixed(3)} s (min ${cold[0].toFixed(3)} s)`);

  for (const size of SIZES) {
    const files = {};
    for (const [format, writer] of Object.entries(WRITERS)) {
      if (size > 100_000 && format !== 'jsonl') continue;
      files[format] = join(dir, `corpus-${size}.${format}`);
      await writeLines(files[format], writer(corpus(pairs, size)));
    }
    const raw = await rawJsonl(files.jsonl);
    row(size, 'jsonl', 'raw read + JSON.parse', raw);
    const audit = (file, format, jobs) => measure(process.execPath, [CLI, file, '--format', format, '--output', join(dir, `out.${format}`), '--fail-on', 'never', '--jobs', jobs]);
    for (const format of ['jsonl', 'json', 'sarif']) row(size, 'jsonl', `bitext-audit --format ${format}`, await audit(files.jsonl, format, '1'));
    row(size, 'jsonl', 'bitext-audit --format jsonl --jobs auto', await audit(files.jsonl, 'jsonl', 'auto'));
    if (size <= 100_000) {
      for (const input of ['tmx', 'po']) row(size, input, 'bitext-audit --format jsonl', await audit(files[input], 'jsonl', '1'));
    }
    if (pofilter && size <= 100_000) {
      const result = await measure('pofilter', ['--progress=none', '-t', 'numbers', '-t', 'long', '-t', 'short', '-t', 'untranslated', files.po, join(dir, 'pofilter-out.po')]);
      row(size, 'po', 'pofilter numbers,long,short,untranslated', result);
    }
    for (const file of Object.values(files)) rmSync(file, { force: true });
  }

  if (sizesArg < 0) {
    const tmx = join(dir, 'corpus-200000.tmx');
    await writeLines(tmx, WRITERS.tmx(corpus(pairs, 200_000)));
    row(200_000, 'tmx', 'bitext-audit --format jsonl', await measure(process.execPath, [CLI, tmx, '--format', 'jsonl', '--output', join(dir, 'out.jsonl'), '--fail-on', 'never', '--jobs', '1']));
    rmSync(tmx, { force: true });
  }

  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  const table = ['| pairs | input | run | seconds | pairs/s | peak MB |', '| ---: | --- | --- | ---: | ---: | ---: |', ...rows.map((r) => `| ${r.size} | ${r.input} | ${r.what} | ${r.seconds} | ${r.perSecond} | ${r.peakMb} |`)];
  writeFileSync(
    join(ROOT, 'reports/bench.md'),
    `# bitext-audit benchmark\n\nseed cold start: median ${cold[2].toFixed(3)} s\n\nquantity extraction + matching: ${quantityMicros.toFixed(1)} µs per pair\n\n${table.join('\n')}\n`,
  );
  rmSync(dir, { recursive: true, force: true });
  console.log('written reports/bench.md');
}

await main();
