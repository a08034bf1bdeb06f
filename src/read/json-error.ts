// Where a line of JSON stops being JSON. Node 20's JSON.parse names the position of some
// errors ("Unterminated string in JSON at position 20") but not of others ("Unexpected
// token '}', ..."), and the contract wants line and column wherever they are known. Runs
// only on a line JSON.parse already refused; iterative, so that deep nesting cannot
// overflow the stack.

import { readFileSync } from 'node:fs';
import { AuditError, lineAndColumn } from '../errors.js';

const WHITESPACE = /[ \t\n\r]*/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

/** The 0-based offset in `text` of the first character that breaks the JSON grammar; undefined for valid JSON. */
export function jsonErrorOffset(text: string): number | undefined {
  const after = (pattern: RegExp, at: number): number | undefined => {
    pattern.lastIndex = at;
    return pattern.test(text) ? pattern.lastIndex : undefined;
  };
  const skip = (at: number) => after(WHITESPACE, at)!;
  /** Open containers, innermost last. */
  const open: ('{' | '[')[] = [];
  let expecting: 'value' | 'key' | 'colon' | 'next' = 'value';
  let i = skip(0);
  for (;;) {
    const char = text[i];
    if (expecting === 'value' || expecting === 'key') {
      if (expecting === 'value' && (char === '{' || char === '[')) {
        open.push(char);
        i = skip(i + 1);
        // An empty container closes at once; otherwise its first member follows.
        if (text[i] === (char === '{' ? '}' : ']')) {
          open.pop();
          i = skip(i + 1);
          expecting = 'next';
        } else expecting = char === '{' ? 'key' : 'value';
        continue;
      }
      const end = char === '"' ? after(STRING, i) : expecting === 'value' ? after(NUMBER, i) ?? after(LITERAL, i) : undefined;
      if (end === undefined) return char === '"' ? stringBreak(text, i) : i;
      i = skip(end);
      expecting = expecting === 'key' ? 'colon' : 'next';
    } else if (expecting === 'colon') {
      if (char !== ':') return i;
      i = skip(i + 1);
      expecting = 'value';
    } else {
      const container = open.at(-1);
      if (!container) return i === text.length ? undefined : i;
      if (char === ',') {
        i = skip(i + 1);
        expecting = container === '{' ? 'key' : 'value';
      } else if (char === (container === '{' ? '}' : ']')) {
        open.pop();
        i = skip(i + 1);
      } else return i;
    }
  }
}

/** Where a string opened at `start` goes wrong: a control character, a bad escape, or the end of the line. */
function stringBreak(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20) return i;
    if (text[i] === '\\') {
      if (!/^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(i + 1, i + 6))) return i;
      i++;
    }
  }
  return text.length;
}

/**
 * The 1-based line and column where JSON.parse's `error` on `text` lies: the position
 * V8 names, else the place the grammar breaks.
 */
export function jsonErrorPlace(text: string, error: SyntaxError): { line: number; column: number } | undefined {
  const named = /at position (\d+)/.exec(error.message)?.[1];
  const offset = named !== undefined ? Number(named) : jsonErrorOffset(text);
  return offset === undefined ? undefined : lineAndColumn(text, offset);
}

/** JSON.parse's reason on one line: without the position (given as line and column) and the excerpt V8 quotes, line breaks and all. */
export function jsonErrorReason(error: SyntaxError): string {
  return error.message.replace(/ at position \d+.*$/s, '').replace(/ in JSON$/, '').replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '');
}

/**
 * A JSON file (a report, a baseline), parsed; or an AuditError naming the file, and the
 * line and column where it stops being JSON. `what` starts the reason (`baseline `).
 */
export function readJsonFile(path: string, what = ''): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new AuditError(`${what}cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { file: path });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AuditError(`${what}not a JSON report: ${jsonErrorReason(error as SyntaxError)}`, { file: path, ...jsonErrorPlace(text, error as SyntaxError) });
  }
}
