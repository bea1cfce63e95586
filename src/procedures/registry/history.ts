// The registry's rule of `wuye audit verify` (records.md "Git"; spec README "Roles and who may do what"): staff
// roles changed outside `wuye staff`. A role added by hand is an error — it does not work (src/core/audit/roles.ts)
// until the director confirms it with `wuye staff confirm-roles`, after which the finding stays as a warning naming
// the confirmation; a role removed by hand is a warning (it took effect at once: the safe direction).
// e.g. wuye audit verify → 错误 registry/staff-roles: S003 的角色 director 是手工加上的（未确认，不生效）
import { readCommits, type CommitInfo } from '../../core/audit/gitlog.js';
import type { HistoryFinding, HistoryRule } from '../../core/audit/rules.js';
import { rolesOf, roleStep } from '../../core/audit/roles.js';
import { msg } from '../../core/i18n.js';

const STAFF_FILE = /^staff\/(S\d{3,5})\.yaml$/;

interface HandAdd {
  id: string;
  roles: string[];
  commit: string;
  file: string;
  confirmedIn?: string;
}

export const staffRolesRule: HistoryRule = {
  name: 'registry/staff-roles',
  description: msg('非经 wuye staff 修改的员工角色', 'staff roles changed outside wuye staff'),
  start: (h) => {
    const honoured = new Map<string, Set<string>>();
    const added: HandAdd[] = [];
    const visit = (c: CommitInfo, out: HistoryFinding[]) => {
      for (const f of c.files) {
        const m = STAFF_FILE.exec(f.path);
        if (!m) continue;
        const id = m[1];
        const before = rolesOf(f.oldBlob ? h.data(f.oldBlob) : undefined);
        const after = rolesOf(f.blob ? h.data(f.blob) : undefined);
        const st = roleStep(honoured.get(id) ?? new Set(), before, after, c, id);
        honoured.set(id, st.honoured);
        if (st.confirms) for (const a of added) if (a.id === id && !a.confirmedIn) a.confirmedIn = c.sha;
        if (st.viaTool) continue;
        if (st.added.length) added.push({ id, roles: st.added, commit: c.sha, file: f.path });
        if (st.removed.length)
          out.push({
            severity: 'warning',
            code: 'registry/staff-roles',
            file: f.path,
            commit: c.sha,
            message: msg(
              `${id} 的角色 ${st.removed.join('、')} 是手工删除的（已生效）；角色应经 wuye staff update 修改`,
              `${id}'s role(s) ${st.removed.join(', ')} were removed by hand (in force); roles are changed with wuye staff update`,
            ),
          });
      }
    };
    return {
      commit(c) {
        const out: HistoryFinding[] = [];
        if (c.parents.length < 2) visit(c, out);
        // a merge: what each commit it brings in did, judged by that commit's own trailers
        else
          for (const k of readCommits(h.root, [
            '--no-merges',
            '--reverse',
            '--no-renames',
            `${c.parents[0]}..${c.sha}`,
            '--',
            'staff',
          ]))
            visit(k, out);
        return out;
      },
      end: () =>
        added.map((a) => ({
          severity: a.confirmedIn ? ('warning' as const) : ('error' as const),
          code: 'registry/staff-roles',
          file: a.file,
          commit: a.commit,
          message: a.confirmedIn
            ? msg(
                `${a.id} 的角色 ${a.roles.join('、')} 是手工加上的，主任已在 ${a.confirmedIn.slice(0, 7)} 确认`,
                `${a.id}'s role(s) ${a.roles.join(', ')} were added by hand; the director confirmed them in ${a.confirmedIn.slice(0, 7)}`,
              )
            : msg(
                `${a.id} 的角色 ${a.roles.join('、')} 是手工加上的，未经确认，不生效：由主任 wuye staff confirm-roles ${a.id} 确认，或用 wuye staff update 改回`,
                `${a.id}'s role(s) ${a.roles.join(', ')} were added by hand and do not work until confirmed: the director runs wuye staff confirm-roles ${a.id}, or change them back with wuye staff update`,
              ),
        })),
    };
  },
};
