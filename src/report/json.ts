import type { Formatter } from './report.js';

const json: Formatter = {
  name: 'json',
  render: (report) => JSON.stringify(report, null, 2) + '\n',
};

export default json;
