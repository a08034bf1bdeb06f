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
      } catch (error) {
        rmSync(temporary, { force: true });
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
  finish(tail: ReportTail, document: Report['document']): Promise<void>;
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
    async finish(tail, document) {
      if (streaming) {
        if (!begun) await sink.write(streaming.begin(head, context));
        await sink.write(streaming.end(tail, context));
      } else {
        const report: Report = { ...head, ...tail, findings: options.sort(held, tail.inputs), ...(document ? { document } : {}) };
        await sink.write(formatter.render(report, context));
      }
      await sink.commit();
    },
    abort: () => sink.abort(),
  };
}
