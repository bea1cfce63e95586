// wuye notice approve GG2026-0004 --as S002
// Manual 二.8: a notice goes up only with the CS manager's approval (用户服务部经理审批).
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { stepCase } from '../../../core/case-engine.js';
import type { NoticeState } from '../../../core/enums.gen.js';
import { msg } from '../../../core/i18n.js';
import { NOTICE_CASES, type Notice } from '../rules.js';

export const parse = (l: Line) => ({ id: l.id(0, 'notice'), note: l.text('note') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    const who = actor(ctx);
    stepCase<Notice, NoticeState>(
      tx,
      NOTICE_CASES,
      who,
      o.id,
      'approve',
      () => ({ approval: { by: who.id, at: who.now } }),
      o.note,
    );
    return {
      message: `notice: approve ${o.id}`,
      summary: msg(
        `已审批 ${o.id}；张贴: wuye notice post ${o.id} --places …`,
        `${o.id} approved; post it with wuye notice post ${o.id} --places …`,
      ),
    };
  });
}
