// The terminal as its users meet it (issue 11): this computer's operator (item 5), one rule for where
// documents go (7), typos answered with the nearest names (8), Chinese throughout (9) — each through the
// real CLI on one shared demo estate.
// e.g. wuye config operator S003 · wuye form owner-registration 1-2-0801 → out/1-2-0801-owner-registration.pdf
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errLine, git, newRoot, read, tmp, write, wuye } from '../helpers/cli.js';

let root: string;
beforeAll(() => {
  root = newRoot({ demo: true });
});

describe("this computer's operator (item 5)", () => {
  it('wuye config operator sets and shows it; writing commands then act as that person', () => {
    expect(wuye(root, ['config', 'operator']).stdout).toContain('S001');
    const r = wuye(root, ['config', 'operator', 'S003']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/本机操作员：S003 \S+（客服助理）/);
    expect(read(root, '.wuye/local.yaml')).toContain('operator: S003');
    expect(git(root, ['status', '--porcelain'])).toBe(''); // not in git
    expect(wuye(root, ['person', 'add', '--name', '赵一']).code).toBe(0);
    expect(git(root, ['log', '-1', '--format=%B'])).toContain('Wuye-Operator: S003');
    expect(wuye(root, ['config', 'operator', 'S999']).code).toBe(3);
    expect(wuye(root, ['config', 'operator', '../x']).code).toBe(2);
    expect(wuye(root, ['config', 'operator', 'S001']).code).toBe(0);
  });

  it('init takes --operator, and refuses one it does not have before writing anything', () => {
    const dir = join(tmp(), 'estate');
    const r = wuye(tmp(), ['init', dir, '--demo', '--operator', 'S005']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('S005');
    expect(read(dir, '.wuye/local.yaml')).toContain('operator: S005');
    const bad = join(tmp(), 'estate');
    expect(wuye(tmp(), ['init', bad, '--operator', 'S002']).code).toBe(3);
    expect(existsSync(bad)).toBe(false);
  });
});

describe('documents go to out/ under the records root unless --out says (item 7)', () => {
  it('form, renovation form and movein packet print the path they wrote; git sees nothing', () => {
    const f = wuye(root, ['form', 'owner-registration', '1-2-0801']);
    expect(f.code).toBe(0);
    expect(f.stdout).toContain(join(root, 'out', '1-2-0801-owner-registration.pdf'));
    const p = wuye(root, ['renovation', 'form', 'permit', 'ZX2026-0002']);
    expect(p.stdout.trim()).toBe(join(root, 'out', 'ZX2026-0002-permit.pdf'));
    const m = wuye(root, ['movein', 'packet', '3-1-0602']); // no --out needed
    expect(m.code).toBe(0);
    expect(m.stdout.trim()).toBe(join(root, 'out', 'packets', '3-1-0602-packet.pdf'));
    for (const rel of ['1-2-0801-owner-registration.pdf', 'ZX2026-0002-permit.pdf', 'packets/3-1-0602-packet.pdf'])
      expect(existsSync(join(root, 'out', rel))).toBe(true);
    expect(git(root, ['status', '--porcelain'])).toBe('');
    // run from a folder inside the estate: still the root's out/, not the folder the person stands in
    const sub = wuye(join(root, 'units'), ['form', 'owner-registration', '1-2-0801']);
    expect(sub.stdout).toContain(join(root, 'out', '1-2-0801-owner-registration.pdf'));
    // --out is taken from where the person stands
    const here = tmp();
    expect(
      wuye(here, ['-R', root, 'renovation', 'form', 'permit', 'ZX2026-0002', '--out', 'p.pdf']).stdout.trim(),
    ).toBe(join(here, 'p.pdf'));
  });
});

describe('typos (item 8)', () => {
  it('suggests the nearest command, names the right one in the hint, exits 2', () => {
    const r = wuye(root, ['unit', 'shwo', '1-2-0801']);
    expect(r.code).toBe(2);
    expect(errLine(r)).toBe('wuye: wuye unit 没有命令 shwo（是不是 show？）');
    expect(r.stderr).toContain('运行 wuye unit show --help 查看用法');
    expect(r.stderr).not.toContain('shwo --help');
    const top = wuye(root, ['renovaton', 'list']);
    expect(errLine(top)).toContain('是不是 renovation？');
    const deep = wuye(root, ['fee', 'receipt', 'reprnt', '0000101']);
    expect(errLine(deep)).toContain('是不是 reprint？');
  });

  it('wuye nosuch --help is a mistake, not the top help', () => {
    const r = wuye(root, ['nosuch', '--help']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(errLine(r)).toContain('没有命令 nosuch');
  });

  it('suggests the nearest option, in Chinese and in English', () => {
    const r = wuye(root, ['unit', 'list', '--typ', 'residential']);
    expect(r.code).toBe(2);
    expect(errLine(r)).toBe('wuye: 未知选项 --typ（是不是 --type？）');
    expect(r.stderr).toContain('运行 wuye unit list --help 查看用法');
    const en = wuye(root, ['--lang', 'en', 'unit', 'list', '--typ', 'residential']);
    expect(errLine(en)).toBe('wuye: unknown option --typ (did you mean --type?)');
    expect(en.stderr).toContain('run wuye unit list --help for usage');
  });
});

describe('Chinese throughout (item 9)', () => {
  it("the option parser's messages", () => {
    const c = wuye(root, ['fee', 'pay', '1-1-0301', '--amount', '1', '--method', 'bitcoin', '--as', 'S005']);
    expect(c.code).toBe(2);
    expect(errLine(c)).toBe('wuye: --method 的值 "bitcoin" 无效');
    expect(c.stderr).toContain('可选的值：cash（现金）、card（银行卡）');
    expect(c.stderr).not.toMatch(/Allowed|invalid|option '/);
    expect(errLine(wuye(root, ['fee', 'pay', '1-1-0301', '--method', 'cahs']))).toContain('是不是 cash？');
    const m = wuye(root, ['unit', 'list', '--type']);
    expect(errLine(m)).toBe('wuye: 选项 --type 缺少值 <type>');
    const x = wuye(root, ['show', '1-2-0801', 'extra']);
    expect(errLine(x)).toBe('wuye: 参数过多：wuye show 接受 1 个参数，给了 2 个');
  });

  it('the usage frame and option help', () => {
    const r = wuye(root, ['unit', '--help']);
    expect(r.stdout).toMatch(/^用法：wuye unit \[选项\] \[命令\]/);
    expect(r.stdout).not.toMatch(/\[options\]|\[command\]|Usage/);
    const p = wuye(root, ['fee', 'pay', '--help']).stdout;
    expect(p).toContain('可选：cash（现金）、card（银行卡）');
    expect(p).not.toContain('choices');
    expect(wuye(root, ['find', '--help']).stdout).toContain('默认：50');
  });

  it('codes and times on Chinese screens are in words', () => {
    const s = wuye(root, ['renovation', 'show', 'ZX2026-0002']).stdout;
    expect(s).toContain('工程审核通过'); // review-pass
    expect(s).not.toMatch(/review-pass|worker-add|\d{4}-\d\d-\d\dT\d\d/);
    expect(s).toMatch(/工程审核\s+2026-11-10 15:40 S008 同意/);
    const a = wuye(root, ['fee', 'account', '1-1-0301']).stdout;
    expect(a).toMatch(/2026-11\/mgmt-residential\s+物业管理费（住宅）/); // the item in words beside the bill id
    expect(a).toContain('现金');
    const m = wuye(root, ['movein', 'show', '3-1-0602']).stdout;
    expect(m).not.toMatch(/\s(plan|checkin|reinspect)\s/);
  });
});

describe('long outputs are summarised (item 13)', () => {
  it('fee books check: one line a book; --all or a book id for every number', () => {
    const r = wuye(root, ['fee', 'books', 'check']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/SJ-0001\s+S005\s+0000001–0000050\s+50\s+0\s+0/);
    expect(r.stdout.split('\n').length).toBeLessThan(30);
    expect(r.stderr).toContain('加 --all');
    const all = wuye(root, ['fee', 'books', 'check', '--all']);
    expect(all.stdout.split('\n').length).toBeGreaterThan(700);
    const one = wuye(root, ['fee', 'books', 'check', 'SJ-0010']);
    expect(one.stdout).toMatch(/0000451/);
    expect(one.stdout).toMatch(/已作废|作废/);
  });

  it('a pipe gets every character of a table (only a terminal is fitted)', () => {
    const r = wuye(root, ['renovation', 'list']);
    expect(r.stdout).not.toContain('…');
  });
});

describe('for scripts (item 11)', () => {
  it('--json: an error is one JSON document on stdout, with code, exit, message, hint and where', () => {
    const r = wuye(root, ['show', '9-9-9999', '--json']);
    expect(r.code).toBe(3);
    const e = JSON.parse(r.stdout).error;
    expect(e).toMatchObject({ code: 'not-found', exit: 3, where: null });
    expect(e.message).toContain('9-9-9999');
    expect(typeof e.hint).toBe('string');
    const u = JSON.parse(wuye(root, ['unit', 'list', '--typ', 'x', '--json']).stdout).error;
    expect(u).toMatchObject({ code: 'usage', exit: 2 });
    const en = JSON.parse(
      wuye(root, ['--lang', 'en', 'fee', 'pay', '1-1-0301', '--amount', '1e3', '--method', 'cash', '--json']).stdout,
    );
    expect(en.error.code).toBe('usage');
    expect(en.error.message).toMatch(/--amount/);
  });

  it('--json: a record problem carries its file, line and column', () => {
    const dir = join(tmp(), 'broken');
    expect(wuye(tmp(), ['init', dir]).code).toBe(0);
    write(dir, 'units/1/1-1-0101.yaml', 'kind: unit\nid: 1-1-0101\narea: [\n');
    const r = wuye(dir, ['show', '1-1-0101', '--json']);
    expect(r.code).toBe(1);
    const e = JSON.parse(r.stdout).error;
    expect(e.code).toBe('invalid-record');
    expect(e.where).toEqual({ file: 'units/1/1-1-0101.yaml', line: 4, column: 1 });
    expect(e.where.line).toBeGreaterThan(0);
  });

  it('-q silences summaries', () => {
    const loud = wuye(root, ['fee', 'statement', '1-1-0301', '--period', '2026-11']);
    expect(loud.stdout).toContain('对账单 1 份');
    const quiet = wuye(root, ['fee', 'statement', '1-1-0301', '--period', '2026-11', '-q']);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout + quiet.stderr).toBe('');
    const p = wuye(root, ['movein', 'packet', '3-1-0602', '-q']);
    expect(p.stdout + p.stderr).toBe('');
    expect(wuye(root, ['person', 'add', '--name', '钱二', '-q']).stdout).toBe('');
  });

  it('fee pay --dry-run shows the allocation to bills and writes nothing', () => {
    const head = git(root, ['rev-parse', 'HEAD']);
    const r = wuye(root, [
      'fee',
      'pay',
      '1-1-0301',
      '--amount',
      '485.97',
      '--method',
      'cash',
      '--as',
      'S005',
      '--dry-run',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2026-09\/mgmt-residential\s+物业管理费（住宅）\s+161\.99/);
    expect(r.stdout).toMatch(/2026-11\/mgmt-residential\s+物业管理费（住宅）\s+161\.99/);
    const j = JSON.parse(
      wuye(root, [
        'fee',
        'pay',
        '1-1-0301',
        '--amount',
        '500',
        '--method',
        'cash',
        '--as',
        'S005',
        '--dry-run',
        '--json',
      ]).stdout,
    );
    expect(j.preview.allocations.map((a: { bill: string }) => a.bill)).toEqual([
      '2026-09/mgmt-residential',
      '2026-10/mgmt-residential',
      '2026-11/mgmt-residential',
    ]);
    expect(j.preview.prepaid).toBe('14.03');
    expect(git(root, ['rev-parse', 'HEAD'])).toBe(head);
  });

  it('audit verify exits 1 on errors; --strict makes warnings count', () => {
    expect(wuye(root, ['audit', 'verify']).code).toBe(0);
    // a hand edit committed outside wuye: a warning, not an error
    write(root, 'units/1/1-1-0301.yaml', read(root, 'units/1/1-1-0301.yaml') + '# checked by hand\n');
    git(root, ['commit', '-qam', 'hand edit']);
    const plain = wuye(root, ['audit', 'verify']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/1 个警告/);
    const strict = wuye(root, ['audit', 'verify', '--strict']);
    expect(strict.code).toBe(1);
    expect(errLine(strict)).toContain('--strict');
    // a commit that breaks a record: an error, exit 1 without --strict
    write(root, 'units/1/1-1-0301.yaml', 'id: [broken\n');
    git(root, ['commit', '-qam', 'broken by hand']);
    expect(wuye(root, ['audit', 'verify']).code).toBe(1);
    git(root, ['reset', '-q', '--hard', 'HEAD~2']);
  });
});
