// wuye staff update S007 --roles cs-assistant,cashier | --active-to 2026-12-31
// Changes a staff member's fields (spec 01 "Records": staff), roles and service dates included; only the
// director or CS manager may, as roles grant approvals and cash.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { requireRole } from '../../../core/case.js';
import { setIn } from '../../../core/yamlio.js';
import { staffFields } from '../staff-fields.js';

export function parse(l: Line) {
  const id = l.id(0, 'staff');
  const f = staffFields(l);
  if (Object.keys(f).length === 0)
    throw new UsageError(
      msg('没有要修改的内容', 'nothing to change'),
      msg(
        '至少给出一个字段选项；见 wuye staff update --help',
        'give at least one field option; see wuye staff update --help',
      ),
    );
  return { id, fields: f };
}

export async function run(ctx: Ctx, { id, fields: f }: ReturnType<typeof parse>): Promise<void> {
  requireRole(ctx.operator().roles, ['director', 'cs-manager'], msg('修改员工', 'changing staff'));
  await ctx.write((tx) => {
    tx.edit('staff', id, (doc) => {
      for (const [k, v] of Object.entries(f)) setIn(doc, [k], v);
    });
    return { message: `staff: update ${id}`, summary: msg(`已修改员工 ${id}`, `updated staff member ${id}`) };
  });
}
