import type { AuditItem } from '../model.js';
import type { ByteCounter } from './text-stream.js';

export interface ReadOptions {
  /** The input's path as the user gave it; reports show it. */
  path: string;
  /** Languages the user declared (BCP 47); otherwise from the file's metadata, else detected. */
  sourceLang?: string;
  targetLang?: string;
  /** `parallel`: the file holding the translation. */
  targetPath?: string;
  /** `po`: audit entries marked fuzzy too. */
  includeFuzzy?: boolean;
  /** Told how many bytes of the input were read, for progress reports. */
  onBytes?: ByteCounter;
}

/**
 * One input format. `read` streams the input's items (pairs and unpaired blocks) in
 * document order, each with the 1-based line where it starts, and throws AuditError
 * (file, line, column) on malformed input.
 */
export interface Reader {
  format: string;
  /** File name endings that select this reader, lower case without the dot. */
  extensions: string[];
  /** Recognises the format from the first characters of the file, when the extension does not. */
  sniff(head: string): boolean;
  read(options: ReadOptions): AsyncIterable<AuditItem>;
}
