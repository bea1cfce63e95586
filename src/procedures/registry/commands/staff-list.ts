// wuye staff list [--json]
// The service center's staff (spec 01 "Records": staff) with department, roles and whether still active; a role
// added by hand and not yet confirmed by the director (src/core/audit/roles.ts) is marked, as it does not work.
import type { Ctx } from '../../../kit/context.js';
import { honouredRolesOf } from '../../../core/audit/roles.js';
import { msg, t } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { StaffRecord } from '../../../core/types.gen.js';

export const parse = () => ({});

export async function run(ctx: Ctx): Promise<void> {
  const rows = [...ctx.shown.all<StaffRecord>('staff')].map((r) => r.data);
  const roles = honouredRolesOf(ctx.root, rows);
  if (ctx.globals.json) {
    ctx.out.json(rows.map((s) => ({ ...s, unconfirmed_roles: roles.get(s.id)!.unconfirmed })));
    return;
  }
  const unconfirmed = t(msg('（未确认，不生效）', ' (unconfirmed: not in force)'));
  const today = ctx.today();
  ctx.out.table(rows, [
    { key: 'id', header: msg('员工', 'Staff'), get: (s) => s.id },
    { key: 'name', header: msg('姓名', 'Name'), get: (s) => s.name },
    { key: 'dept', header: msg('部门', 'Department'), get: (s) => label('department', s.department) },
    {
      key: 'roles',
      header: msg('角色', 'Roles'),
      get: (s) =>
        s.roles.map((r) => label('role', r) + (roles.get(s.id)!.unconfirmed.includes(r) ? unconfirmed : '')).join('、'),
    },
    { key: 'active', header: msg('在职', 'Active'), get: (s) => (s.active_to && s.active_to < today ? '×' : '✓') },
  ]);
}
