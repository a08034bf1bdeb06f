import type { Formatter } from './report.js';

/** One finding per line, the same shape as an element of the JSON report's `findings`: for pipes and corpora. */
const jsonl: Formatter = {
  name: 'jsonl',
  render: (report) => report.findings.map((finding) => JSON.stringify(finding) + '\n').join(''),
};

export default jsonl;
