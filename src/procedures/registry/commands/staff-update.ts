// wuye staff update S007 --roles cs-assistant,cashier | --active-to 2026-12-31
import { argId } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { requireRole } from '../../../core/case.js';
import { setIn } from '../../../core/yamlio.js';
import { staffFieldsFromOpts } from '../staff-fields.js';

export async function run(ctx: Ctx, [idArg]: string[], opts: Opts): Promise<void> {
  const id = argId('staff', idArg, 'STAFF');
  const f = staffFieldsFromOpts(opts);
  if (Object.keys(f).length === 0)
    throw new UsageError(
      msg('没有要修改的内容', 'nothing to change'),
      msg(
        '至少给出一个字段选项；见 wuye staff update --help',
        'give at least one field option; see wuye staff update --help',
      ),
    );
  requireRole(ctx.operator().roles, ['director', 'cs-manager'], msg('修改员工', 'changing staff'));
  await ctx.write((tx) => {
    tx.edit('staff', id, (doc) => {
      for (const [k, v] of Object.entries(f)) setIn(doc, [k], v);
    });
    return { message: `staff: update ${id}`, summary: msg(`已修改员工 ${id}`, `updated staff member ${id}`) };
  });
}
