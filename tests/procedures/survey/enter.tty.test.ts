// wuye survey enter in a real terminal (spec 13-survey.md: a returned questionnaire entered item by item): the
// respondent checked as typed (a unit not in the sample refused at the prompt), each item chosen from the scale in
// words (or left blank), the suggestion typed; the response written once, with the answers the keys chose.
// e.g. wuye survey enter DC2026-03 → 房号？ 1. 维修服务：… [满意/较满意/一般/不满意/（未答）] … 意见建议？
import { beforeAll, describe, expect, it } from 'vitest';
import { git, newRoot, read, wuye } from '../../helpers/cli.js';
import { tty } from '../../helpers/tty.js';

let root: string;
let sample: string[];
beforeAll(() => {
  root = newRoot({ demo: true });
  for (const args of [
    ['survey', 'new', '--year', '2026'],
    ['survey', 'sample', 'DC2026-03', '--rate', '30', '--seed', '7'],
  ]) {
    const r = wuye(root, [...args, '--as', 'S002']);
    if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  }
  sample = (/respondents:\n((?:\s+- .+\n)+)/.exec(read(root, 'surveys/DC2026-03.yaml'))?.[1] ?? '')
    .trim()
    .split('\n')
    .map((l) => l.replace(/^\s*- /, '').trim());
});

describe('wuye survey enter, prompted', () => {
  it('asks the unit (one outside the sample refused as typed), each item on the scale, the suggestion', async () => {
    const items = (read(root, 'surveys/DC2026-03.yaml').match(/^\s+- id: /gm) ?? []).length;
    expect(items).toBe(12);
    const outsider = '9-9-0909';
    expect(sample).not.toContain(outsider);
    const t = tty(root, ['survey', 'enter', 'DC2026-03', '--as', 'S002']);
    await t.waitFor(/房号/);
    t.type(`${outsider}\r`);
    await t.waitFor(/不在 DC2026-03 的样本中/); // refused at the prompt, before any item is asked
    expect(t.screen()).not.toMatch(/1\. /);
    t.type('\x7f'.repeat(outsider.length) + `${sample[0]}\r`);
    // item 1: 满意 (the first); item 2: 较满意 (one down); item 3: left blank (the last; stored as null); the rest 满意
    await t.waitFor(/1\. \S+：/);
    expect(t.screen()).toMatch(/较满意/); // the scale in words
    t.type('\r');
    await t.waitFor(/2\. \S+：/);
    t.type('\x1b[B\r');
    await t.waitFor(/3\. \S+：/);
    t.type('\x1b[A\r'); // up from the first wraps to the last: （未答）
    for (let k = 4; k <= items; k++) {
      await t.waitFor(new RegExp(`${k}\\. \\S+：`));
      t.type('\r');
    }
    await t.waitFor(/意见建议/);
    t.type('电梯维修快一些\r');
    if (process.env.SHOW_TTY) console.log(t.screen());
    expect(await t.exit()).toBe(0);
    const y = read(root, 'surveys/DC2026-03.yaml');
    const resp = y.slice(y.indexOf(`respondent: ${sample[0]}`));
    expect(resp).toMatch(/answers:\n\s+- 满意\n\s+- 较满意\n\s+- null\n(\s+- 满意\n){9}/);
    expect(resp).toContain('电梯维修快一些');
    expect(git(root, ['log', '-1', '--format=%B'])).toMatch(/Wuye-Command: wuye survey enter DC2026-03/);
  }, 170_000);
});
