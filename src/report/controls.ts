/**
 * Control characters: C0 but tab, DEL, and C1. ESC opens terminal sequences (a segment
 * holding `\u001b[2J` would clear the reader's screen, or recolour and forge report
 * lines), U+009B is CSI on 8-bit terminals, a line break inside a message would start a
 * line of its own in line-oriented reports, and NUL or BEL mean nothing in one.
 */
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r' };

/**
 * Text from the audited files as line-oriented reports (text, markdown, GitHub
 * annotations) show it: each control character as a visible escape (`\x1b`, `\n`), so
 * that what the input holds is still told but never acted on.
 */
export function visibleControls(text: string): string {
  return text.replace(CONTROL, (char) => NAMED[char] ?? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
