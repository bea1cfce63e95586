// --reveal through the real CLI (issue 12 item 18; quality.md "Security and privacy"): only an active operator
// whose role wuye.yaml allows, only with a reason, and never without a trace — the audit entry is committed before
// anything is shown, goes into a writing command's own commit, and `wuye audit reveals` and `audit log` show it.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errLine, exists, git, newRoot, read, write, wuye } from '../../helpers/cli.js';

const commits = (root: string) => Number(git(root, ['rev-list', '--count', 'HEAD']).trim());

describe('wuye --reveal', () => {
  const root = newRoot({ demo: true });
  const nid = /national_id: "?(\d{17}[\dX])"?/.exec(read(root, 'people/P000001.yaml'))![1];

  it('is refused for a role wuye.yaml does not allow, for staff who have left, without an operator or a reason', () => {
    const before = commits(root);
    const security = wuye(root, ['show', 'P000001', '--reveal', '--reason', '查车', '--as', 'S009']);
    expect(security.code).toBe(1);
    expect(errLine(security)).toContain('无权查看未遮蔽的个人资料');
    expect(security.stdout).not.toContain(nid);
    const left = wuye(root, ['show', 'P000001', '--reveal', '--reason', '核对', '--as', 'S010']);
    expect(left.code).toBe(1);
    expect(errLine(left)).toContain('不在职');
    const noReason = wuye(root, ['show', 'P000001', '--reveal', '--as', 'S002']);
    expect(noReason.code).toBe(2);
    expect(errLine(noReason)).toContain('--reason');
    const local = read(root, '.wuye/local.yaml');
    rmSync(join(root, '.wuye/local.yaml'));
    const noOperator = wuye(root, ['show', 'P000001', '--reveal', '--reason', '核对']);
    write(root, '.wuye/local.yaml', local);
    expect(noOperator.code).toBe(2);
    expect(errLine(noOperator)).toContain('没有指定操作员');
    const noRoot = wuye(root, ['completion', 'bash', '--reveal', '--reason', 'x']);
    expect(noRoot.code).toBe(2);
    // nothing shown, nothing recorded
    for (const r of [security, left, noReason, noOperator]) expect(r.stdout).toBe('');
    expect(commits(root)).toBe(before);
    expect(exists(root, 'reveals')).toBe(false);
  });

  it('shows the data to an allowed role and commits the entry first: who, when, why, what, where', () => {
    const before = commits(root);
    const r = wuye(root, ['show', 'P000001', '--json', '--reveal', '--reason', '业主本人核对身份证号', '--as', 'S003']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).national_id).toBe(nid);
    expect(commits(root)).toBe(before + 1);
    expect(git(root, ['log', '-1', '--format=%s%n%b'])).toMatch(
      /^audit: reveal CK2026-0001 \(show\)[\s\S]*Wuye-Operator: S003/,
    );
    const entry = read(root, 'reveals/2026/CK2026-0001.yaml');
    expect(entry).toContain('by: S003');
    expect(entry).toContain('reason: 业主本人核对身份证号');
    expect(entry).toMatch(/records:\n\s+- kind: person\n\s+id: P000001/);
    expect(entry).toMatch(/outputs:\n\s+- stdout/);
    expect(entry).not.toContain(nid);
  });

  it("a writing command's reveal goes into its own commit; a file written is named", () => {
    const before = commits(root);
    const w = wuye(root, [
      'person',
      'update',
      'P000002',
      '--notes',
      '已核对',
      '--reveal',
      '--reason',
      '更正',
      '--as',
      'S002',
    ]);
    expect(w.code).toBe(0);
    expect(commits(root)).toBe(before + 1);
    expect(git(root, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n').sort()).toEqual([
      'people/P000002.yaml',
      'reveals/2026/CK2026-0002.yaml',
    ]);
    const f = wuye(root, [
      'form',
      'owner-registration',
      '1-1-0101',
      '--reveal',
      '--reason',
      '业主签字',
      '--out',
      'reg.pdf',
    ]);
    expect(f.code).toBe(0);
    expect(read(root, 'reveals/2026/CK2026-0003.yaml')).toMatch(/outputs:\n\s+- .*\/reg\.pdf/);
  });

  it('wuye audit reveals lists the entries (by staff, by date), and audit log shows those naming a record', () => {
    const all = JSON.parse(wuye(root, ['audit', 'reveals', '--json']).stdout) as { id: string; by: string }[];
    expect(all.map((x) => x.id)).toEqual(['CK2026-0001', 'CK2026-0002', 'CK2026-0003']);
    const byS003 = JSON.parse(wuye(root, ['audit', 'reveals', '--by', 'S003', '--json']).stdout) as { id: string }[];
    expect(byS003.map((x) => x.id)).toEqual(['CK2026-0001']);
    expect(JSON.parse(wuye(root, ['audit', 'reveals', '--from', '2027-01-01', '--json']).stdout)).toEqual([]);
    const table = wuye(root, ['audit', 'reveals']);
    expect(table.stdout).toContain('业主本人核对身份证号');
    const log = wuye(root, ['audit', 'log', 'P000001']);
    expect(log.stdout).toContain('未遮蔽查看（--reveal）');
    expect(log.stdout).toContain('CK2026-0001');
    expect(wuye(root, ['audit', 'reveals', '--from', '2026-12-01', '--to', '2026-11-01']).code).toBe(2);
  });

  it('the roles that may reveal are the center’s to set (wuye.yaml personal.reveal_roles)', () => {
    write(root, 'wuye.yaml', `${read(root, 'wuye.yaml')}personal:\n  reveal_roles: [director]\n`);
    git(root, ['commit', '-qam', 'only the director reveals']);
    expect(wuye(root, ['show', 'P000001', '--reveal', '--reason', '核对', '--as', 'S003']).code).toBe(1);
    expect(wuye(root, ['show', 'P000001', '--reveal', '--reason', '核对', '--as', 'S001']).code).toBe(0);
  });
});
