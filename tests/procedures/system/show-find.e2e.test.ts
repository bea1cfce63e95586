// wuye show, wuye find and wuye completion through the real CLI.
import { describe, expect, it } from 'vitest';
import { errLine, nationalId, newRoot, wuye } from '../../helpers/cli.js';

describe('show, find, completion', () => {
  const root = newRoot();
  const NID = nationalId('44030419850612345');
  wuye(root, ['unit', 'add', 'S1-1-105', '--type', 'shop', '--area', '120.50']);
  wuye(root, ['person', 'add', '--name', '陈晓明', '--national-id', NID, '--phone', '13912345678']);

  it('shows any record by id, masked unless --reveal', () => {
    const u = wuye(root, ['show', 'S1-1-105']);
    expect(u.code).toBe(0);
    expect(u.stdout).toContain('# units/S1/S1-1-105.yaml');
    expect(u.stdout).toContain('area: "120.50"');
    const p = wuye(root, ['show', 'P000001']);
    expect(p.stdout).toContain('440304********');
    expect(p.stdout).toContain('139****5678');
    expect(p.stdout).not.toContain(NID);
    expect(wuye(root, ['show', 'P000001', '--reveal', '--reason', '业主本人核对']).stdout).toContain(NID);
    expect(JSON.parse(wuye(root, ['show', 'S1-1-105', '--json']).stdout)).toMatchObject({
      kind: 'unit',
      id: 'S1-1-105',
      type: 'shop',
    });
  });

  it('refuses ids it cannot place, and reports missing ones', () => {
    expect(wuye(root, ['show', '../../etc/passwd']).code).toBe(2);
    const r = wuye(root, ['show', '9-9-9999']);
    expect(r.code).toBe(3);
    expect(errLine(r)).toBe('wuye: 没有编号为 9-9-9999 的记录');
  });

  it('finds by name, phone tail and unit id', () => {
    expect(wuye(root, ['find', '晓明']).stdout).toMatch(/P000001\s+人员\s+陈晓明\s+姓名 陈晓明/);
    const byPhone = wuye(root, ['find', '5678', '--json']);
    expect(JSON.parse(byPhone.stdout)).toEqual([
      expect.objectContaining({ id: 'P000001', field: 'phones[0]', value: '陈晓明 · 139****5678' }),
    ]);
    expect(JSON.parse(wuye(root, ['find', 's1-1', '--json']).stdout)[0]).toMatchObject({
      id: 'S1-1-105',
      kind: 'unit',
    });
    const none = wuye(root, ['find', '不存在的名字']);
    expect(none.code).toBe(0);
    expect(none.stderr).toContain('没有找到');
  });

  it('takes one character (a surname) and shows the name and the unit, not the ids in the file', () => {
    wuye(root, ['person', 'add', '--name', '张伟', '--phone', '13800001111']);
    wuye(root, ['person', 'add', '--name', '赵敏']);
    wuye(root, ['unit', 'add', '1-2-0801', '--type', 'residential', '--area', '89.37']);
    wuye(root, ['unit', 'update', '1-2-0801', '--add-owner', 'P000002']);
    wuye(root, ['moving', 'residents', 'add', '1-2-0801', '--person', 'P000003', '--relation', '配偶']);
    const zhang = wuye(root, ['find', '张']);
    expect(zhang.code, zhang.stderr).toBe(0);
    expect(zhang.stdout).toMatch(/P000002\s+人员\s+张伟\s+1-2-0801（业主）\s+姓名 张伟/);
    expect(wuye(root, ['find', '赵']).stdout).toMatch(/P000003\s+人员\s+赵敏\s+1-2-0801（住户）\s+姓名 赵敏/);
    // a unit found by a person's id reads as its owner, by name
    const unit = wuye(root, ['find', 'P000002']).stdout;
    expect(unit).toMatch(/1-2-0801\s+房屋\s+张伟\s+1-2-0801\s+业主 张伟（P000002）/);
    expect(unit).not.toContain('owners[0].person');
    // the phone, masked, under its label
    expect(wuye(root, ['find', '1111']).stdout).toMatch(
      /P000002\s+人员\s+张伟\s+1-2-0801（业主）\s+手机号码 138\*{4}1111/,
    );
    expect(wuye(root, ['find', 'P000002', '--lang', 'en']).stdout).toMatch(
      /1-2-0801\s+unit\s+张伟\s+1-2-0801\s+Owners 张伟 \(P000002\)/,
    );
    const j = JSON.parse(wuye(root, ['find', '张', '--json']).stdout);
    expect(j[0]).toMatchObject({ id: 'P000002', kind: 'person', name: '张伟', units: '1-2-0801（业主）' });
    expect(wuye(root, ['find', ' ']).code).toBe(2);
  });

  it('prints completion scripts', () => {
    const bash = wuye(root, ['completion', 'bash']);
    expect(bash.code).toBe(0);
    expect(bash.stdout).toContain('complete -F _wuye wuye');
    expect(bash.stdout).toContain('__complete');
    expect(wuye(root, ['completion', 'zsh']).stdout).toContain('#compdef wuye');
    expect(wuye(root, ['completion', 'fish']).stdout).toContain('complete -c wuye');
    expect(wuye(root, ['completion', 'tcsh']).code).toBe(2);
  });
});
