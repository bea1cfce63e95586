// wuye renovation workers remove ZX2026-0007 --pass ZX2026-0007-W02
// The worker leaves the site and the pass is returned (its deposit is refunded with the case's deposit).
import { optDate, str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { NotFoundError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { caseId, record } from '../cases.js';

export async function run(ctx: Ctx, [arg]: string[], opts: Opts): Promise<void> {
  const id = caseId(arg);
  const pass = str(opts, 'pass')!.trim();
  await ctx.write((tx) => {
    record(
      ctx,
      tx,
      id,
      'worker-remove',
      msg('注销施工人员', 'deregister workers'),
      ['approved', 'permitted', 'in-progress', 'suspended', 'completed', 'accepted'],
      ['cs-manager', 'cs-assistant', 'director', 'security'],
      (c) => {
        const ws = (c.workers ?? []).map((w) => ({ ...w }));
        const w = ws.find((x) => x.pass_no === pass && !x.removed);
        if (!w) throw new NotFoundError(msg(`${id} 没有有效的出入证 ${pass}`, `${id} has no valid pass ${pass}`));
        w.removed = optDate(opts, 'date', '--date') ?? ctx.today();
        return { workers: ws };
      },
      pass,
    );
    return {
      message: `renovation: worker-remove ${id} ${pass}`,
      summary: msg(`出入证 ${pass} 已收回`, `pass ${pass} returned`),
    };
  });
}
