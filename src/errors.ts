/** Where in which file something went wrong; line and column are 1-based. */
export interface ErrorPlace {
  file?: string;
  line?: number;
  column?: number;
}

/**
 * An error that ends a run with exit code 2 and a one-line message, never a stack:
 * bad options, unreadable or malformed input, a bad rule pack.
 */
export class AuditError extends Error {
  constructor(
    readonly reason: string,
    readonly place: ErrorPlace = {},
  ) {
    super(formatPlace(place) + reason);
    this.name = 'AuditError';
  }
}

function formatPlace({ file, line, column }: ErrorPlace): string {
  if (!file) return '';
  if (line === undefined) return `${file}: `;
  return column === undefined ? `${file}:${line}: ` : `${file}:${line}:${column}: `;
}

/** 1-based line and column of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
