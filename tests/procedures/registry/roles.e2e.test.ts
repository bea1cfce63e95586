// Staff roles changed outside `wuye staff` (issue 12 item 20): a role added by hand — committed by hand or not
// committed at all — does not work and is an error in `wuye audit verify`, until the director confirms it with
// `wuye staff confirm-roles`; a role removed by hand is gone at once (a warning). Through the real CLI.
import { describe, expect, it } from 'vitest';
import { errLine, git, newRoot, read, write, wuye } from '../../helpers/cli.js';

const verify = (root: string) => {
  const r = wuye(root, ['audit', 'verify', '--json']);
  const j = JSON.parse(r.stdout) as { findings: { severity: string; code: string; message: string }[] };
  return { code: r.code, roles: j.findings.filter((f) => f.code === 'registry/staff-roles') };
};

describe('staff roles changed by hand', () => {
  const root = newRoot({ demo: true });
  // S003 is a CS assistant; the director's act it tries: approving a refund of a fee (fee refund --approved-by)
  const refund = (approver: string) =>
    wuye(root, [
      'fee',
      'refund',
      '1-1-0101',
      '--amount',
      '1',
      '--reason',
      '测试',
      '--approved-by',
      approver,
      '--as',
      'S002',
    ]);

  it('a hand commit giving S003 the director role: the role does not work, and audit verify says so as an error', () => {
    write(
      root,
      'staff/S003.yaml',
      read(root, 'staff/S003.yaml').replace('  - cs-assistant\n', '  - cs-assistant\n  - director\n'),
    );
    git(root, ['commit', '-qam', 'S003 is director now']);
    const r = refund('S003');
    expect(r.code).toBe(1);
    expect(errLine(r)).toContain('S003');
    // as an operator, the unconfirmed role is left out and said so
    const asS003 = wuye(root, ['staff', 'confirm-roles', 'S004', '--as', 'S003']);
    expect(asS003.code).toBe(1);
    expect(asS003.stderr).toContain('wuye staff confirm-roles S003');
    const list = JSON.parse(wuye(root, ['staff', 'list', '--json']).stdout) as {
      id: string;
      unconfirmed_roles: string[];
    }[];
    expect(list.find((s) => s.id === 'S003')!.unconfirmed_roles).toEqual(['director']);
    const v = verify(root);
    expect(v.code).toBe(1);
    expect(v.roles).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(v.roles[0].message).toContain('director');
  });

  it('only the director confirms; then the role works and the finding stays as a warning naming the confirmation', () => {
    const byManager = wuye(root, ['staff', 'confirm-roles', 'S003', '--as', 'S002']);
    expect(byManager.code).toBe(1);
    const ok = wuye(root, ['staff', 'confirm-roles', 'S003', '--as', 'S001']);
    expect(ok.code).toBe(0);
    expect(git(root, ['log', '-1', '--format=%s'])).toBe('staff: confirm-roles S003\n');
    expect(read(root, 'staff/S003.yaml')).toMatch(
      /roles_confirmed:\n\s+roles:\n\s+- cs-assistant\n\s+- director\n\s+by: S001/,
    );
    expect(refund('S003').stderr).not.toContain('S003（陈婷）不具有');
    const v = verify(root);
    expect(v.code).toBe(0);
    expect(v.roles).toEqual([expect.objectContaining({ severity: 'warning' })]);
    // nothing left to confirm: no commit
    const again = wuye(root, ['staff', 'confirm-roles', 'S003', '--as', 'S001', '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ confirmed: [], commit: null });
  });

  it('an uncommitted hand edit adds nothing either; a role removed by hand is gone at once', () => {
    write(
      root,
      'staff/S004.yaml',
      read(root, 'staff/S004.yaml').replace('  - cs-assistant\n', '  - cs-assistant\n  - director\n'),
    );
    expect(refund('S004').code).toBe(1);
    git(root, ['checkout', '--', 'staff/S004.yaml']);
    write(root, 'staff/S001.yaml', read(root, 'staff/S001.yaml').replace('  - director\n', '  - cs-manager\n'));
    git(root, ['commit', '-qam', 'S001 is no longer director']);
    expect(refund('S001').code).toBe(1);
    const v = verify(root);
    expect(v.roles.filter((f) => f.severity === 'warning').map((f) => f.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('手工删除')]),
    );
  });
});
