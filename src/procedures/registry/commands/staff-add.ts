// wuye staff add S007 --name 王芳 --email wangfang@example.cn --department customer-service --roles cs-assistant
import { argId } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { msg } from '../../../core/i18n.js';
import { requireRole } from '../../../core/case.js';
import type { StaffRecord } from '../../../core/types.gen.js';
import { staffFieldsFromOpts } from '../staff-fields.js';

export async function run(ctx: Ctx, [idArg]: string[], opts: Opts): Promise<void> {
  const id = argId('staff', idArg, 'STAFF');
  const f = staffFieldsFromOpts(opts);
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
