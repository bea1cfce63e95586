// The CLI in a real terminal (issue 11), driven through util-linux `script`, not mocked: prompts (item 10 — each
// answer checked as it is typed by the command's own parse rule, Ctrl-C exits 130 with nothing written, what was
// answered goes into the Wuye-Command trailer, masked as the trailer masks), init asking who works here (5),
// progress bars that end at the count they announced (12), tables that fit the terminal's width (13).
// e.g. wuye fee pay (in a terminal) → asks the unit, the amount (1e3 refused as typed), the method
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { displayWidth } from '../../src/core/width.js';
import { git, newRoot, read, tmp } from '../helpers/cli.js';
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

describe('init in a terminal (item 5)', () => {
  it("asks who works at this computer among the demo's staff", async () => {
    const dir = join(tmp(), 'estate');
    const t = tty(tmp(), ['init', dir, '--demo']);
    await t.waitFor(/谁在这台电脑上工作/);
    expect(t.screen()).toMatch(/S003 \S+（客服助理）/);
    t.type('\x1b[B\x1b[B\r'); // down twice: S003
    expect(await t.exit()).toBe(0);
    expect(read(dir, '.wuye/local.yaml')).toContain('operator: S003');
    expect(git(dir, ['log', '-1', '--format=%B'])).toContain('--operator S003');
  });
});

/** The frames a progress bar drew (each starts with \r), the last one last. */
const frames = (screen: string, label: string) => screen.split(/[\r\n]/).filter((l) => l.startsWith(label));

describe('progress bars end at the count they announced (item 12)', { timeout: 180_000 }, () => {
  it('move-in packets of a building: the bar ends at 32/32, as the summary says', async () => {
    const t = tty(root, ['movein', 'packet', '--building', '3']);
    expect(await t.exit()).toBe(0);
    const f = frames(t.screen(), '入伙资料包');
    expect(f.length).toBeGreaterThan(0);
    expect(f.at(-1)).toMatch(/ 32\/32 /);
    expect(t.screen()).toContain('32 户');
  });

  it('statements of every unit: the bar counts the units the summary says it looked at', async () => {
    const t = tty(root, ['fee', 'statement', '--all', '--period', '2026-11']);
    expect(await t.exit()).toBe(0);
    const last = frames(t.screen(), '对账单（房屋）').at(-1)!;
    const [, done, total] = / (\d+)\/(\d+) /.exec(last)!;
    expect(done).toBe(total);
    expect(t.screen()).toMatch(new RegExp(`查看了 ${total} 套房屋`));
  });
});

describe('tables fit the terminal (item 13)', () => {
  it('renovation list in 80 columns and movein status in 60: text cut with …, ids whole', async () => {
    for (const [cols, args] of [
      [80, ['renovation', 'list']],
      [60, ['movein', 'status', '--building', '3']],
    ] as const) {
      const t = tty(root, [...args], { cols });
      expect(await t.exit()).toBe(0);
      const lines = t.screen().split(/\r?\n/);
      for (const l of lines) expect(displayWidth(l), l).toBeLessThanOrEqual(cols);
      expect(t.screen()).toContain('…');
      if (args[0] === 'renovation') expect(t.screen()).toMatch(/ZX2026-0002  1-1-0102/);
      else expect(t.screen()).toMatch(/3-1-0602  /);
    }
  });
});
