import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fingerprint } from '../fingerprint.js';
import type { Finding, Severity } from '../model.js';
import { findingPlace, streamingFormatter, targetFileOf, type FormatContext } from './report.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * JSON with DEL and the C1 controls escaped too (JSON.stringify escapes only those below
 * U+0020): U+009B is CSI to some terminals, and a SARIF file gets printed. Such characters
 * occur only inside strings, where `\u009b` means the same.
 */
function json(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * SARIF 2.1.0 as code-scanning services accept it: one run, every rule described, each
 * result with a repository-relative location and a fingerprint that survives line shifts.
 * Written as findings are found: the results array is the last member of the run.
 */
export default streamingFormatter('sarif', {
  begin(head, { rules }) {
    const driver = {
      name: head.tool.name,
      version: head.tool.version,
      informationUri: 'https://www.npmjs.com/package/bitext-audit',
      rules: rules.map((rule) => ({
        id: rule.id,
        name: rule.id.replace(/(^|-)(\w)/g, (_match, _dash: string, letter: string) => letter.toUpperCase()),
        shortDescription: { text: rule.summary },
        fullDescription: { text: rule.explanation },
        help: { text: rule.explanation },
        defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
      })),
    };
    // SARIF 2.1.0 §3.14.14: a base's `uri` must be absolute, and where the run took place is
    // not the report's to say (a CI checkout moves); without one, the consumer supplies it.
    const srcroot = { description: { text: 'The directory bitext-audit ran in: input paths are relative to it.' } };
    const run = json({ tool: { driver }, originalUriBaseIds: { SRCROOT: srcroot } }).replace(/\n/g, '\n    ');
    return (
      '{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    ' +
      run.slice(0, -1).trimEnd() +
      ',\n      "results": ['
    );
  },
  finding(finding, index, context) {
    const ruleIndex = context.rules.findIndex((rule) => rule.id === finding.ruleId);
    const text = json(result(finding, ruleIndex < 0 ? undefined : ruleIndex, context)).replace(/\n/g, '\n        ');
    return `${index === 0 ? '' : ','}\n        ${text}`;
  },
  end: () => '\n      ]\n    }\n  ]\n}\n',
});

function result(finding: Finding, ruleIndex: number | undefined, context: FormatContext) {
  const { file, line = 1 } = findingPlace(finding, context);
  const snippet = finding.source?.excerpt ?? finding.target?.excerpt;
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(file),
          region: { startLine: line, ...(snippet ? { snippet: { text: snippet } } : {}) },
        },
      },
    ],
    ...(finding.target && finding.source
      ? {
          relatedLocations: [
            {
              id: 1,
              message: { text: 'translation' },
              physicalLocation: { artifactLocation: artifactLocation(targetFileOf(finding.input, context)), region: { startLine: finding.target.line } },
            },
          ],
        }
      : {}),
    partialFingerprints: { 'bitextAudit/v1': fingerprint(finding) },
    properties: { pairId: finding.pairId, details: finding.details },
  };
}

/**
 * Where an input is: a repository-relative URI (forward slashes, no leading `./`, reserved
 * characters escaped) against SRCROOT; for an absolute path a `file:` URI of its own: a URI
 * resolved against a base (uriBaseId) must be a relative reference.
 */
function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  const uri = path
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    .map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment)))
    .join('/');
  return { uri, uriBaseId: 'SRCROOT' };
}
