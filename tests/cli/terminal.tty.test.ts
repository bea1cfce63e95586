// Prompts in a real terminal (cli.md "Prompts"; issue 11 item 10): each answer is checked as it is typed by
// the command's own parse rule, Ctrl-C exits 130 with nothing written, and what was answered goes into the
// Wuye-Command trailer (masked as the trailer masks). Driven through util-linux `script`, not mocked.
// e.g. wuye fee pay (in a terminal) → asks the unit, the amount (1e3 refused as typed), the method
import { beforeAll, describe, expect, it } from 'vitest';
import { git, newRoot } from '../helpers/cli.js';
import { tty } from '../helpers/tty.js';

let root: string;
beforeAll(() => {
  root = newRoot({ demo: true });
});

describe('prompts in a terminal', () => {
  it('checks each answer as it is typed and records the answers in the trailer', async () => {
    const t = tty(root, ['fee', 'pay', '--as', 'S005', '--no-print']);
    await t.waitFor(/房屋编号/);
    t.type('../x\r');
    await t.waitFor(/UNIT/); // the id rule, at once
    t.type('\x7f'.repeat(4) + '1-1-0301\r');
    await t.waitFor(/金额/);
    t.type('1e3\r');
    await t.waitFor(/--amount/); // the amount rule of the option, before any further question
    expect(t.screen()).not.toMatch(/方式/);
    t.type('\x7f'.repeat(3) + '485.97\r');
    await t.waitFor(/方式/);
    expect(t.screen()).toMatch(/现金/); // the choices in words
    t.type('\r'); // the first: cash
    if (process.env.SHOW_TTY) console.log(t.screen());
    expect(await t.exit()).toBe(0);
    const body = git(root, ['log', '-1', '--format=%B']);
    expect(body).toMatch(/Wuye-Command: wuye fee pay --as S005 --no-print 1-1-0301 --amount 485\.97 --method cash/);
  });

  it('masks a personal number typed at a prompt in the trailer, as on the line', async () => {
    const t = tty(root, ['person', 'add', '--as', 'S001']);
    await t.waitFor(/姓名/);
    t.type('王小明 13812345678\r');
    expect(await t.exit()).toBe(0);
    const body = git(root, ['log', '-1', '--format=%B']);
    expect(body).toContain("Wuye-Command: wuye person add --as S001 --name '王小明 138****5678'");
  });

  it('Ctrl-C at a prompt exits 130 and writes nothing', async () => {
    const head = git(root, ['rev-parse', 'HEAD']);
    const t = tty(root, ['unit', 'add', '--as', 'S001']);
    await t.waitFor(/房屋/);
    t.type('\x03');
    expect(await t.exit()).toBe(130);
    expect(t.screen()).toMatch(/已中断/);
    expect(git(root, ['rev-parse', 'HEAD'])).toBe(head);
  });
});
