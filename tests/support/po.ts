/** A text as a PO string: one quoted string per line, each line but the last ending in `\n`. */
export const poString = (text: string): string =>
  text
    .split('\n')
    .map((line, index, lines) => `"${line.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}${index < lines.length - 1 ? '\\n' : ''}"`)
    .join('\n');
