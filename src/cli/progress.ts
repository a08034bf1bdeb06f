import { statSync } from 'node:fs';
import { lazyRequire } from '../lazy-require.js';
import type { ByteCounter } from '../read/text-stream.js';

/** Inputs smaller than this are audited too fast for a progress bar to help. */
const LARGE_INPUT_BYTES = 8 << 20;

export interface Progress {
  onBytes: ByteCounter;
  stop(): void;
}

/**
 * A progress bar over the bytes of all inputs, on standard error, only when that is a
 * terminal and the inputs are large: silent in pipes and CI.
 */
export function progressBar(paths: string[], stream: NodeJS.WriteStream): Progress | undefined {
  const total = paths.reduce((sum, path) => {
    try {
      return sum + statSync(path).size;
    } catch {
      return sum;
    }
  }, 0);
  if (total < LARGE_INPUT_BYTES) return undefined;
  const bar = new (lazyRequire<typeof import('cli-progress')>('cli-progress')().SingleBar)({
    stream,
    format: 'auditing [{bar}] {percentage}% | {value}/{total} MB | {eta_formatted} left',
    hideCursor: true,
    clearOnComplete: true,
  });
  const megabytes = (bytes: number) => Math.round(bytes / 1e5) / 10;
  let read = 0;
  bar.start(megabytes(total), 0);
  return {
    onBytes: (bytes) => {
      read += bytes;
      bar.update(megabytes(read));
    },
    stop: () => bar.stop(),
  };
}
