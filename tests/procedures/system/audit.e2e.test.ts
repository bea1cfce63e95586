// wuye audit log / audit verify end to end through the real CLI: the history of
// one record field by field (who, when, which command or by hand, the history
// of its path only, personal data masked), and what the history reveals.
import { describe, expect, it } from 'vitest';
import { errLine, git, nationalId, newRoot, read, write, wuye } from '../../helpers/cli.js';

const NID = nationalId('11010119900307123');

interface Entry {
  commit: string | null;
  date: string;
  operator: string | null;
  command: string | null;
  byHand: boolean;
  file: string;
  renamedFrom: string | null;
  changes: { path: string; op: string; old?: unknown; new?: unknown }[];
}

describe('wuye audit log', () => {
  const root = newRoot();
  expect(wuye(root, ['person', 'add', '--name', '张三', '--national-id', NID, '--phone', '13800138000']).code).toBe(0);
  expect(wuye(root, ['person', 'add', '--name', '李四']).code).toBe(0);
  expect(wuye(root, ['unit', 'add', '1-2-0801', '--type', 'residential', '--area', '89.37']).code).toBe(0);
  expect(wuye(root, ['unit', 'update', '1-2-0801', '--add-owner', 'P000001']).code).toBe(0);
  expect(wuye(root, ['unit', 'transfer', '1-2-0801', '--to', 'P000002', '--documents', '不动产权证']).code).toBe(0);
  write(root, 'units/1/1-2-0801.yaml', read(root, 'units/1/1-2-0801.yaml').replace('area: "89.37"', 'area: "90.12"'));
  git(root, ['commit', '-qam', '按测绘报告更正面积']);
  expect(wuye(root, ['person', 'update', 'P000001', '--phone', '13900139000']).code).toBe(0);

  it('lists every change of a unit, newest first, field by field, with who and how', () => {
    const r = wuye(root, ['audit', 'log', '1-2-0801', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { kind: string; file: string; history: Entry[] };
    expect(j.kind).toBe('unit');
    expect(j.file).toBe('units/1/1-2-0801.yaml');
    const h = j.history;
    expect(h).toHaveLength(4);
    expect(h[0]).toMatchObject({
      byHand: true,
      operator: null,
      command: null,
      changes: [{ path: 'area', op: 'changed', old: '89.37', new: '90.12' }],
    });
    expect(h[1]).toMatchObject({
      byHand: false,
      operator: 'S001',
      command: "wuye unit transfer 1-2-0801 --to P000002 --documents '不动产权证'",
    });
    expect(h[1].changes[0]).toEqual({ path: 'owners[0].person', op: 'changed', old: 'P000001', new: 'P000002' });
    expect(h[1].changes[1]).toMatchObject({ path: 'transfers', op: 'added' });
    expect(h[2].changes).toEqual([{ path: 'owners', op: 'added', new: [{ person: 'P000001', since: '2026-11-28' }] }]);
    expect(h[3]).toMatchObject({
      command: 'wuye unit add 1-2-0801 --type residential --area 89.37',
      changes: [{ path: '', op: 'created' }],
    });
    for (const e of h) expect(e.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/); // the center's time zone
    expect(h.map((e) => e.commit)).toEqual(
      git(root, ['log', '--format=%H', '--', 'units/1/1-2-0801.yaml']).trim().split('\n'),
    );
  });

  it('prints the history for a person to read, in Chinese, masked', () => {
    const r = wuye(root, ['audit', 'log', 'P000001']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# people/P000001.yaml');
    expect(r.stdout).toContain('phones[0]: 138****8000 → 139****9000');
    expect(r.stdout).toContain('wuye person update P000001 --phone 139****9000');
    expect(r.stdout).toContain('新建记录');
    expect(r.stdout).toContain('(S001)');
    expect(r.stdout).not.toContain('13800138000');
    expect(r.stdout).not.toContain(NID);
    const hand = wuye(root, ['audit', 'log', '1-2-0801']);
    expect(hand.stdout).toContain('手工修改: 按测绘报告更正面积');
    expect(hand.stdout).toContain('area: 89.37 → 90.12');
    expect(hand.stdout).toContain('owners[0].person: P000001 → P000002');
  });

  it('--reveal shows personal data; --lang en speaks English', () => {
    const r = wuye(root, ['audit', 'log', 'P000001', '--reveal', '--reason', 'check', '--lang', 'en']);
    expect(r.stdout).toContain('phones[0]: 13800138000 → 13900139000');
    expect(r.stdout).toContain('record created');
  });

  it('shows uncommitted changes in the work tree first', () => {
    const before = read(root, 'people/P000002.yaml');
    write(root, 'people/P000002.yaml', `${before}notes: 待核实\n`);
    const j = JSON.parse(wuye(root, ['audit', 'log', 'P000002', '--json']).stdout) as { history: Entry[] };
    expect(j.history[0]).toMatchObject({ commit: null, changes: [{ path: 'notes', op: 'added', new: '待核实' }] });
    write(root, 'people/P000002.yaml', before);
  });

  it('is the history of the path: never followed through a rename or copy git guesses', () => {
    const r0 = newRoot();
    expect(wuye(r0, ['person', 'add', '--name', '王五']).code).toBe(0);
    git(r0, ['mv', 'people/P000001.yaml', 'people/P000007.yaml']);
    write(r0, 'people/P000007.yaml', read(r0, 'people/P000007.yaml').replace('id: P000001', 'id: P000007'));
    git(r0, ['commit', '-qam', 'renumber']);
    const j = JSON.parse(wuye(r0, ['audit', 'log', 'P000007', '--json']).stdout) as { history: Entry[] };
    expect(j.history).toHaveLength(1);
    expect(j.history[0]).toMatchObject({ byHand: true, file: 'people/P000007.yaml', renamedFrom: null });
    expect(j.history[0].changes).toMatchObject([{ op: 'created', new: { id: 'P000007' } }]);

    // Issue 11: a unit added, then a similar one created later by another command — the new unit's
    // history must not show the first unit's commits (git's rename/copy following would pin it on).
    const r1 = newRoot();
    expect(wuye(r1, ['person', 'add', '--name', '业主甲']).code).toBe(0);
    expect(wuye(r1, ['unit', 'add', '5-1-0102', '--type', 'residential', '--area', '89.37']).code).toBe(0);
    expect(wuye(r1, ['unit', 'update', '5-1-0102', '--add-owner', 'P000001']).code).toBe(0);
    git(r1, ['mv', 'units/5/5-1-0102.yaml', 'units/5/5-2-0101.yaml']); // what git would guess from a similar file
    write(
      r1,
      'units/5/5-2-0101.yaml',
      read(r1, 'units/5/5-2-0101.yaml').replace('5-1-0102', '5-2-0101').replace('entrance: "1"', 'entrance: "2"'),
    );
    git(r1, ['commit', '-qam', 'hand move']);
    const k = JSON.parse(wuye(r1, ['audit', 'log', '5-2-0101', '--json']).stdout) as { history: Entry[] };
    expect(k.history).toHaveLength(1);
    expect(k.history.every((e) => e.file === 'units/5/5-2-0101.yaml')).toBe(true);
    expect(JSON.stringify(k.history)).not.toContain('5-1-0102');
  });

  it('a deleted record still has a history; unknown ids are not found (3), bad ids a usage error (2)', () => {
    const r0 = newRoot();
    expect(wuye(r0, ['person', 'add', '--name', '赵六']).code).toBe(0);
    git(r0, ['rm', '-q', 'people/P000001.yaml']);
    git(r0, ['commit', '-qm', 'remove']);
    const j = JSON.parse(wuye(r0, ['audit', 'log', 'P000001', '--json']).stdout) as { history: Entry[] };
    expect(j.history.map((e) => e.changes[0].op)).toEqual(['deleted', 'created']);
    const nf = wuye(r0, ['audit', 'log', 'P000099']);
    expect(nf.code).toBe(3);
    expect(errLine(nf)).toContain('P000099');
    expect(wuye(r0, ['audit', 'log', '../etc/passwd']).code).toBe(2);
  });
});

describe('wuye audit verify', () => {
  it('a history made through wuye is clean', () => {
    const root = newRoot();
    expect(wuye(root, ['person', 'add', '--name', '张三']).code).toBe(0);
    const r = wuye(root, ['audit', 'verify', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ commits: 2, errors: 0, warnings: 0, findings: [] });
  });

  it('hand commits are warnings listing their files; a broken record is an error naming commit, file and problem', () => {
    const root = newRoot();
    expect(wuye(root, ['person', 'add', '--name', '张三']).code).toBe(0);
    expect(wuye(root, ['person', 'add', '--name', '李四']).code).toBe(0);
    write(root, 'people/P000001.yaml', read(root, 'people/P000001.yaml') + 'notes: 手工备注\n');
    git(root, ['commit', '-qam', 'note by hand']);
    const handSha = git(root, ['rev-parse', 'HEAD']).trim();
    let r = wuye(root, ['audit', 'verify']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`警告: ${handSha.slice(0, 7)}`);
    expect(r.stdout).toContain('    people/P000001.yaml');
    expect(r.stdout).toContain('0 个错误，1 个警告');

    write(root, 'people/P000002.yaml', read(root, 'people/P000002.yaml') + 'nmae: typo\n');
    write(root, 'people/P000003.yaml', 'kind: person\nid: P000003\nname: "unclosed\n');
    git(root, ['add', '.']);
    git(root, ['commit', '-qm', 'broken by hand']);
    const badSha = git(root, ['rev-parse', 'HEAD']).trim();
    // Repaired later: the history still shows the commit that broke them.
    write(root, 'people/P000002.yaml', read(root, 'people/P000002.yaml').replace('nmae: typo\n', ''));
    git(root, ['rm', '-q', 'people/P000003.yaml']);
    git(root, ['commit', '-qam', 'repair']);
    r = wuye(root, ['audit', 'verify', '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as {
      commits: number;
      errors: number;
      warnings: number;
      findings: {
        severity: string;
        code: string;
        commit: string;
        file: string | null;
        files: string[] | null;
        line: number | null;
        message: string;
      }[];
    };
    expect(j).toMatchObject({ commits: 6, errors: 2, warnings: 3 });
    const errs = j.findings.filter((f) => f.severity === 'error');
    expect(errs.map((e) => [e.commit, e.file])).toEqual([
      [badSha, 'people/P000002.yaml'],
      [badSha, 'people/P000003.yaml'],
    ]);
    expect(errs[0].message).toContain('nmae');
    expect(errs[0].line).toBe(4);
    expect(errs[1].message).toContain('引号');
    expect(j.findings.filter((f) => f.code === 'by-hand').map((f) => f.files)).toEqual([
      ['people/P000001.yaml'],
      ['people/P000002.yaml', 'people/P000003.yaml'],
      ['people/P000002.yaml', 'people/P000003.yaml'],
    ]);
    const text = wuye(root, ['audit', 'verify']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`错误: ${badSha.slice(0, 7)}`);
    expect(text.stdout).toContain('people/P000002.yaml:4:1');
    expect(errLine(text)).toContain('2 个错误');
    // Only what came after the bad commit.
    const since = wuye(root, ['audit', 'verify', '--since', badSha, '--json']);
    expect(since.code).toBe(0);
    expect(JSON.parse(since.stdout)).toMatchObject({ commits: 1, errors: 0, warnings: 1 });
    const bogus = wuye(root, ['audit', 'verify', '--since', 'nosuchrev']);
    expect(bogus.code).toBe(2);
    expect(errLine(bogus)).toContain('--since');
  });

  it('a merge is judged by what it brings in: hand commits on the other branch are reported', () => {
    const root = newRoot();
    expect(wuye(root, ['person', 'add', '--name', '张三']).code).toBe(0);
    git(root, ['checkout', '-qb', 'office-b']);
    write(root, 'people/P000001.yaml', read(root, 'people/P000001.yaml') + 'notes: 分部手工修改\n');
    git(root, ['commit', '-qam', 'branch office edit']);
    const side = git(root, ['rev-parse', 'HEAD']).trim();
    git(root, ['checkout', '-q', 'main']);
    expect(wuye(root, ['person', 'add', '--name', '李四']).code).toBe(0);
    git(root, ['merge', '-q', '--no-edit', 'office-b']);
    const j = JSON.parse(wuye(root, ['audit', 'verify', '--json']).stdout) as {
      commits: number;
      findings: { commit: string; code: string; files: string[] }[];
    };
    expect(j.commits).toBe(4); // init, two adds, the merge (first-parent)
    expect(j.findings).toMatchObject([{ commit: side, code: 'by-hand', files: ['people/P000001.yaml'] }]);
  });
});
