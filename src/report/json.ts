import { streamingFormatter } from './report.js';

/** Indents a JSON value by `depth` levels of two spaces, for values nested in the report. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, '\n' + '  '.repeat(depth));
}

/**
 * The JSON report (contract, schema version 1). Findings are written as they are found,
 * so they come before `inputs` and `summary`, which are known only at the end.
 */
export default streamingFormatter('json', {
  begin: (head) => `{\n  "schemaVersion": ${head.schemaVersion},\n  "tool": ${nested(head.tool, 1)},\n  "findings": [`,
  finding: (finding, index) => `${index === 0 ? '' : ','}\n    ${nested(finding, 2)}`,
  end: (tail) => {
    const entries = Object.entries(tail).map(([key, value]) => `  ${JSON.stringify(key)}: ${nested(value, 1)}`);
    return `${entries.length ? '\n  ],\n' : '\n  ]\n'}${entries.join(',\n')}\n}\n`;
  },
});
