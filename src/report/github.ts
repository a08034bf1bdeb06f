import type { Severity } from '../model.js';
import { visibleControls } from './controls.js';
import { findingPlace, type Formatter } from './report.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub Actions workflow commands, so that findings show inline on the pull request's diff. */
const github: Formatter = {
  name: 'github',
  render(report, context) {
    return report.findings
      .map((finding) => {
        const { file, line = 1 } = findingPlace(finding, context);
        const properties = `file=${property(file.replace(/^\.\//, ''))},line=${line},title=${property(`bitext-audit ${finding.ruleId}`)}`;
        return `::${COMMAND[finding.severity]} ${properties}::${data(finding.message)}\n`;
      })
      .join('');
  },
};

/** Escaping of a workflow command's message (%, CR, LF), other control characters shown, not sent to the log. */
function data(text: string): string {
  return visibleControls(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a workflow command's property values (also : and ,). */
function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export default github;
