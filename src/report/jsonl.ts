import { streamingFormatter } from './report.js';

/** One finding per line, the same shape as an element of the JSON report's `findings`: for pipes and corpora. */
export default streamingFormatter('jsonl', {
  begin: () => '',
  finding: (finding) => JSON.stringify(finding) + '\n',
  end: () => '',
});
