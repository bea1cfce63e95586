// wuye staff add S007 --name 王芳 --email wangfang@example.cn --department customer-service --roles cs-assistant
// Registers a member of the service center (spec 01 "Records": staff): the e-mail authors their commits,
// the roles decide what they may approve or take money for — granted by the director or CS manager only.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { msg } from '../../../core/i18n.js';
import { requireRole } from '../../../core/case.js';
import type { StaffRecord } from '../../../core/types.gen.js';
import { staffFields } from '../staff-fields.js';

export const parse = (l: Line) => ({ id: l.id(0, 'staff'), fields: staffFields(l) });

export async function run(ctx: Ctx, { id, fields: f }: ReturnType<typeof parse>): Promise<void> {
  // Roles decide who may approve and take money: only the director and the CS manager grant them.
  requireRole(ctx.operator().roles, ['director', 'cs-manager'], msg('登记员工', 'registering staff'));
  const rec = { kind: 'staff', id, ...f } as StaffRecord;
  await ctx.write((tx) => {
    tx.create('staff', id, rec);
    return {
      message: `staff: add ${id}`,
      summary: msg(`已登记员工 ${id}（${rec.name}）`, `registered staff member ${id} (${rec.name})`),
    };
  });
}
