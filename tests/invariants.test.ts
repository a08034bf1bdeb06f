// What translations keep as it is: links and e-mail addresses end where the text around them
// starts, also in scripts written without spaces.
import { describe, expect, it } from 'vitest';
import { EMAIL_PATTERN } from '../src/analyse/invariants.js';

const addresses = (text: string) => [...text.matchAll(EMAIL_PATTERN)].map((match) => match[0]);

describe('e-mail addresses', () => {
  it.each([
    ['Report bugs to <bug-wget@gnu.org>.', ['bug-wget@gnu.org']],
    ['버그는 bug-wget@gnu.org에 보고하십시오.', ['bug-wget@gnu.org']],
    ['バグは bug-wget@gnu.orgまで報告してください。', ['bug-wget@gnu.org']],
    ['请把错误报告给 translation-team-zh-cn@lists.sourceforge.net。', ['translation-team-zh-cn@lists.sourceforge.net']],
    ['Écrivez à josé.garcía@exemple.fr pour toute question.', ['josé.garcía@exemple.fr']],
    ['Use user@host to log in', []],
  ])('%s', (text, expected) => {
    expect(addresses(text)).toEqual(expected);
  });
});
