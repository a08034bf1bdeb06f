import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AuditError } from '../errors.js';
import type { Finding } from '../model.js';
import type { FormatContext, Formatter, Report, ReportTail } from '../report/report.js';

/** Where report text goes: written in pieces, then committed (or aborted on failure). */
export interface Sink {
  write(text: string): Promise<void>;
  commit(): Promise<void>;
  abort(): void;
}

const FLUSH_AT = 1 << 16;

/** Temporary report files not yet committed or aborted, removed if the run is interrupted. */
const temporaries = new Set<string>();
const INTERRUPTS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function removeOnInterrupt(temporary: string): void {
  if (temporaries.size === 0) for (const signal of INTERRUPTS) process.on(signal, interrupted);
  temporaries.add(temporary);
}

function forget(temporary: string): void {
  temporaries.delete(temporary);
  if (temporaries.size === 0) for (const signal of INTERRUPTS) process.removeListener(signal, interrupted);
}

/** Removes the temporaries, then dies of the signal as if no handler had been installed. */
function interrupted(signal: NodeJS.Signals): void {
  for (const temporary of temporaries) rmSync(temporary, { force: true });
  temporaries.clear();
  for (const other of INTERRUPTS) process.removeListener(other, interrupted);
  process.kill(process.pid, signal);
}

/**
 * A file written atomically: to a temporary file beside it, renamed into place on
 * commit, removed on abort, so that a failed run leaves an earlier report untouched.
 */
export function fileSink(path: string): Sink {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(temporary, 'w');
  } catch (error) {
    throw new AuditError(`cannot write report: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { file: path });
  }
  removeOnInterrupt(temporary);
  let buffer = '';
  const flush = () => {
    if (buffer) writeSync(fd, buffer);
    buffer = '';
  };
  return {
    async write(text) {
      buffer += text;
      if (buffer.length >= FLUSH_AT) flush();
    },
    async commit() {
      try {
        flush();
        closeSync(fd);
        renameSync(temporary, path);
        forget(temporary);
      } catch (error) {
        rmSync(temporary, { force: true });
        forget(temporary);
        throw new AuditError(`cannot write report: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { file: path });
      }
    },
    abort() {
      try {
        closeSync(fd);
      } catch {
        // Already closed by a failed commit.
      }
      rmSync(temporary, { force: true });
      forget(temporary);
    },
  };
}

/** Standard output, written in large pieces and waiting when the reader is slower. */
export function stdoutSink(write: (text: string) => void | Promise<void>): Sink {
  let buffer = '';
  return {
    async write(text) {
      buffer += text;
      if (buffer.length < FLUSH_AT) return;
      const chunk = buffer;
      buffer = '';
      await write(chunk);
    },
    async commit() {
      if (buffer) await write(buffer);
      buffer = '';
    },
    abort() {
      buffer = '';
    },
  };
}

/** Receives a run's findings and tail, and writes a report in one format to a sink. */
export interface ReportWriter {
  finding(finding: Finding): Promise<void>;
  /** `extras`: what the formatter asked for beyond the JSON report (the document, the pair list). */
  finish(tail: ReportTail, extras?: Pick<Report, 'document' | 'pairCases'>): Promise<void>;
  abort(): void;
}

/**
 * Streams when the format can and the sink allows it; otherwise holds the findings
 * (not the pairs) and renders the whole report at the end, sorted.
 */
export function reportWriter(
  formatter: Formatter,
  sink: Sink,
  context: FormatContext,
  head: Pick<Report, 'schemaVersion' | 'tool'>,
  options: { stream: boolean; sort: (findings: Finding[], inputs: ReportTail['inputs']) => Finding[] },
): ReportWriter {
  const streaming = options.stream ? formatter.stream : undefined;
  const held: Finding[] = [];
  let count = 0;
  let begun = false;
  return {
    async finding(finding) {
      if (!streaming) {
        held.push(finding);
        return;
      }
      if (!begun) await sink.write(streaming.begin(head, context));
      begun = true;
      await sink.write(streaming.finding(finding, count++, context));
    },
    async finish(tail, extras = {}) {
      if (streaming) {
        if (!begun) await sink.write(streaming.begin(head, context));
        await sink.write(streaming.end(tail, context));
      } else {
        const report: Report = { ...head, ...tail, findings: options.sort(held, tail.inputs), ...extras };
        await sink.write(formatter.render(report, context));
      }
      await sink.commit();
    },
    abort: () => sink.abort(),
  };
}
