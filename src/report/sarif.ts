import { fingerprint } from '../fingerprint.js';
import type { Finding, Severity } from '../model.js';
import type { Formatter } from './report.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0 as code-scanning services accept it: one run, every rule described, each
 * result with a repository-relative location and a fingerprint that survives line shifts.
 */
const sarif: Formatter = {
  name: 'sarif',
  render(report, { rules }) {
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: report.tool.name,
              version: report.tool.version,
              informationUri: 'https://www.npmjs.com/package/bitext-audit',
              rules: rules.map((rule) => ({
                id: rule.id,
                name: rule.id.replace(/(^|-)(\w)/g, (_match, _dash: string, letter: string) => letter.toUpperCase()),
                shortDescription: { text: rule.summary },
                fullDescription: { text: rule.explanation },
                help: { text: rule.explanation },
                defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
              })),
            },
          },
          originalUriBaseIds: { SRCROOT: { uri: './' } },
          results: report.findings.map((finding) => result(finding, ruleIndex.get(finding.ruleId))),
        },
      ],
    };
    return JSON.stringify(log, null, 2) + '\n';
  },
};

function result(finding: Finding, ruleIndex: number | undefined) {
  const line = finding.source?.line ?? finding.target?.line ?? 1;
  const snippet = finding.source?.excerpt ?? finding.target?.excerpt;
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(finding.input), uriBaseId: 'SRCROOT' },
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
              physicalLocation: { artifactLocation: { uri: toUri(finding.input), uriBaseId: 'SRCROOT' }, region: { startLine: finding.target.line } },
            },
          ],
        }
      : {}),
    partialFingerprints: { 'bitextAudit/v1': fingerprint(finding) },
    properties: { pairId: finding.pairId, details: finding.details },
  };
}

/** A repository-relative URI: forward slashes, no leading `./`, reserved characters escaped. */
function toUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    .map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment)))
    .join('/');
}

export default sarif;
