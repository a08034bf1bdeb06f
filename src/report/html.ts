import type { Formatter } from './report.js';
import { renderPage } from './html/page.js';

/** For editorial review: one self-contained page, source and target side by side (see html/page.ts). */
const html: Formatter = {
  name: 'html',
  needsDocument: true,
  render: renderPage,
};

export default html;
