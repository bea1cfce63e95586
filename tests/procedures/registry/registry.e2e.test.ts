// The estate registry end to end through the real CLI in a throwaway git repo.
import { describe, expect, it } from 'vitest';
import { errLine, exists, git, nationalId, newRoot, read, write, wuye } from '../../helpers/cli.js';

describe('unit, person, staff through the CLI', () => {
  const root = newRoot();
  const NID = nationalId('11010119900307123');

  it('registers a unit: one file, one commit by the operator with trailers', () => {
    const r = wuye(root, [
      'unit',
      'add',
      '1-2-0801',
      '--type',
      'residential',
      '--area',
      '89.37',
      '--layout',
      '三室两厅',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(read(root, 'units/1/1-2-0801.yaml')).toContain('area: "89.37"');
    const log = git(root, ['log', '-1', '--format=%an|%s|%b', '--name-only']);
    expect(log).toContain('unit: add 1-2-0801');
    expect(log).toContain('Wuye-Operator: S001');
    expect(log).toContain('Wuye-Command: wuye unit add 1-2-0801');
    expect(log.trim().split('\n').pop()).toBe('units/1/1-2-0801.yaml');
  });

  it('registers a person with an allocated id, and masks personal data on output', () => {
    const r = wuye(root, ['person', 'add', '--name', '张三', '--national-id', NID, '--phone', '13800138000']);
    expect(r.code).toBe(0);
    expect(read(root, 'people/P000001.yaml')).toContain(NID);
    // the command line kept in the commit trailer is masked too
    const trailer = git(root, ['log', '-1', '--format=%b']);
    expect(trailer).toContain(`--national-id ${NID.slice(0, 6)}********${NID.slice(14)}`);
    expect(trailer).toContain('--phone 138****8000');
    expect(trailer).not.toContain(NID);
    const shown = wuye(root, ['person', 'show', 'P000001']);
    expect(shown.stdout).toContain('110101********');
    expect(shown.stdout).toContain('138****8000');
    expect(shown.stdout).not.toContain(NID);
    const revealed = wuye(root, ['person', 'show', 'P000001', '--reveal', '--reason', '业主本人核对']);
    expect(revealed.stdout).toContain(NID);
  });

  it('adds an owner keeping the comments a person wrote in the file', () => {
    const text = read(root, 'units/1/1-2-0801.yaml').replace('area:', '# 按测绘报告\narea:');
    write(root, 'units/1/1-2-0801.yaml', text);
    git(root, ['commit', '-qam', 'hand note']);
    const r = wuye(root, [
      'unit',
      'update',
      '1-2-0801',
      '--add-owner',
      'P000001',
      '--state',
      'handed-over',
      '--notes',
      '南向',
    ]);
    expect(r.code).toBe(0);
    const after = read(root, 'units/1/1-2-0801.yaml');
    expect(after).toContain('# 按测绘报告');
    expect(after).toContain('state: handed-over');
    expect(after).toMatch(/owners:\n\s+- person: P000001/);
    expect(wuye(root, ['unit', 'show', '1-2-0801']).stdout).toContain('张三');
    expect(wuye(root, ['person', 'show', 'P000001']).stdout).toContain('1-2-0801');
  });

  it('transfers ownership keeping the previous owners on record', () => {
    expect(wuye(root, ['person', 'add', '--name', '李四']).code).toBe(0);
    const r = wuye(root, ['unit', 'transfer', '1-2-0801', '--to', 'P000002', '--documents', '不动产权证,身份证']);
    expect(r.code).toBe(0);
    const u = read(root, 'units/1/1-2-0801.yaml');
    expect(u).toMatch(/transfers:\n\s+- date: 2026-11-28\n\s+from:\n\s+- P000001\n\s+to:\n\s+- P000002/);
    expect(u).toMatch(/owners:\n\s+- person: P000002/);
  });

  it('finds by phone tail and name, masked', () => {
    const r = wuye(root, ['find', '8000']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('P000001');
    expect(r.stdout).toContain('138****8000');
    expect(wuye(root, ['find', '张三', '--json']).stdout).toContain('"id": "P000001"');
  });

  it('refuses a staff member without the role to register staff', () => {
    expect(
      wuye(root, [
        'staff',
        'add',
        'S002',
        '--name',
        '王芳',
        '--email',
        'wf@example.cn',
        '--department',
        'customer-service',
        '--roles',
        'cs-assistant',
      ]).code,
    ).toBe(0);
    const r = wuye(root, [
      'staff',
      'add',
      'S003',
      '--name',
      '赵六',
      '--email',
      'z@example.cn',
      '--department',
      'finance',
      '--roles',
      'cashier',
      '--as',
      'S002',
    ]);
    expect(r.code).toBe(1);
    expect(errLine(r)).toMatch(/只能由/);
    expect(exists(root, 'staff/S003.yaml')).toBe(false);
  });

  it('lists and updates people and staff', () => {
    expect(
      wuye(root, ['person', 'update', 'P000002', '--phone', '13900139000', '--emergency', '王五:13700137000:配偶'])
        .code,
    ).toBe(0);
    expect(read(root, 'people/P000002.yaml')).toMatch(/phones:\n\s+- "13900139000"/);
    const list = wuye(root, ['person', 'list']);
    expect(list.stdout).toMatch(/P000002\s+李四\s+139\*\*\*\*9000/);
    expect(
      JSON.parse(wuye(root, ['person', 'list', '--unit', '1-2-0801', '--json']).stdout).map(
        (p: { id: string }) => p.id,
      ),
    ).toEqual(['P000002']);
    expect(wuye(root, ['staff', 'update', 'S002', '--roles', 'cs-assistant,cashier']).code).toBe(0);
    expect(read(root, 'staff/S002.yaml')).toMatch(/roles:\n\s+- cs-assistant\n\s+- cashier/);
    const staff = JSON.parse(wuye(root, ['staff', 'list', '--json']).stdout);
    expect(staff.map((s: { id: string }) => s.id)).toEqual(['S001', 'S002']);
    expect(wuye(root, ['staff', 'list']).stdout).toMatch(/S002\s+王芳\s+用户服务部\s+客服助理、内勤助理/);
    const units = JSON.parse(wuye(root, ['unit', 'list', '--json', '--building', '1']).stdout);
    expect(units).toEqual([expect.objectContaining({ id: '1-2-0801', owners: ['P000002'], state: 'handed-over' })]);
  });

  it('bad inputs: one line, the right exit code, nothing written', () => {
    const head = git(root, ['rev-parse', 'HEAD']);
    const cases: [string[], number, RegExp][] = [
      [['unit', 'add', '../etc', '--type', 'shop', '--area', '3'], 2, /UNIT 不是有效的房屋编号/],
      [['unit', 'add', '1/2', '--type', 'shop', '--area', '3'], 2, /不是有效的房屋编号/],
      [['unit', 'add', '../x'], 2, /UNIT 不是有效的房屋编号: "\.\.\/x"/], // the bad id is told before any missing option
      [['unit', 'add', '1-1-0101', '--type', 'shop', '--area', 'abc'], 2, /--area/],
      [['unit', 'add', '1-1-0101', '--type', 'shop'], 2, /缺少 --area/],
      [['unit', 'add', '1-1-0101', '--type', 'castle', '--area', '3'], 2, /castle/],
      [['unit', 'add', '1-2-0801', '--type', 'shop', '--area', '3'], 1, /已存在/],
      [['unit', 'show', '9-9-9999'], 3, /没有房屋 9-9-9999/],
      [['unit', 'list', '--foo'], 2, /未知选项 --foo/],
      [['person', 'add', '--name', 'x', '--national-id', '110101199003071235'], 2, /身份证号无效/],
      [['person', 'add', '--name', 'x', '--phone', '1380013800'], 2, /手机号无效/],
      [['unit', 'update', '1-2-0801', '--fee-start', '2026-02-30'], 2, /--fee-start 的日期无效/],
      [['unit', 'add', '1-1-0101', '--type', 'shop', '--area', '3', '--as', 'S999'], 2, /没有员工 S999/],
      [['unit', 'list', '--records', '/nonexistent'], 2, /记录库目录不存在/],
    ];
    for (const [args, code, re] of cases) {
      const r = wuye(root, args);
      expect({ args, code: r.code }).toEqual({ args, code });
      expect(errLine(r)).toMatch(re);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    }
    expect(git(root, ['rev-parse', 'HEAD'])).toBe(head);
    expect(git(root, ['status', '--porcelain'])).toBe('');
  });

  it('answers in English with --lang en', () => {
    const r = wuye(root, ['unit', 'show', '9-9-9999', '--lang', 'en']);
    expect(errLine(r)).toBe('wuye: no unit 9-9-9999');
  });
});
