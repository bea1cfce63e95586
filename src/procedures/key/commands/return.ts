// 钥匙归还 (三.12.2): the key back in the cabinet, the time and who took it back; late returns are said.
// e.g. wuye key return K-3-1-0101
import { msg } from '../../../core/i18n.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { returnKey } from '../api.js';

export const parse = (l: Line) => ({ id: l.id(0, 'key') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.operator();
  await ctx.write((tx) => {
    const { loan, late } = returnKey(tx, { key: o.id, at: ctx.now(), by: op.id });
    return {
      message: `key: return ${o.id}`,
      summary: msg(
        `${o.id} 已由 ${loan.to} 归还${late ? '（逾期归还）' : ''}`,
        `${o.id} returned by ${loan.to}${late ? ' (late)' : ''}`,
      ),
    };
  });
}
