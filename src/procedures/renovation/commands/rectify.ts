// wuye renovation rectify ZX2026-0007 --notice ZX2026-0007-V01 — the violation was put right (manual 四.3).
import { optDate, str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { NotFoundError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { caseId, record } from '../cases.js';

export async function run(ctx: Ctx, [arg]: string[], opts: Opts): Promise<void> {
  const id = caseId(arg);
  const notice = str(opts, 'notice')!.trim();
  await ctx.write((tx) => {
    record(
      ctx,
      tx,
      id,
      'rectify',
      msg('记录违规整改', 'record rectification'),
      ['permitted', 'in-progress', 'suspended', 'completed'],
      ['engineer', 'security'],
      (c) => {
        const vs = (c.violations ?? []).map((v) => ({ ...v }));
        const v = vs.find((x) => x.notice === notice && !x.rectified);
        if (!v)
          throw new NotFoundError(msg(`${id} 没有未整改的通知书 ${notice}`, `${id} has no open notice ${notice}`));
        v.rectified = optDate(opts, 'date', '--date') ?? ctx.today();
        return { violations: vs };
      },
      notice,
    );
    return { message: `renovation: rectify ${id} ${notice}`, summary: msg(`${notice} 已整改`, `${notice} rectified`) };
  });
}
