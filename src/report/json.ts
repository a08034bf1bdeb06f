import type { Formatter } from './report.js';

const json: Formatter = {
  name: 'json',
  render: ({ document: _document, ...report }) => JSON.stringify(report, null, 2) + '\n',
};

export default json;
