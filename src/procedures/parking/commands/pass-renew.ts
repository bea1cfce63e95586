// wuye parking pass renew YK0001 --months 3 [--from 2026-12] [--method wechat] --as S005
// Manual 四.10: a pass is renewed from the month after the one paid (or from this month when it has lapsed);
// a month already past is never paid for. The fee goes through the holder's fee account with a receipt.
import type { PayMethod } from '../../../core/enums.gen.js';
import { msg } from '../../../core/i18n.js';
import { formatYuan, parseMoney } from '../../../core/money.js';
import { appendIn, setIn } from '../../../core/yamlio.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { payPass } from '../passes.js';
import { endOfMonth, renewal, type Pass } from '../rules.js';

export const parse = (l: Line) => ({
  id: l.id(0, 'parking-pass'),
  months: l.int('months', 1, 24) ?? 1,
  from: l.period('from'),
  method: l.choice<PayMethod>('method') ?? 'cash',
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    const p = tx.read<Pass>('parking-pass', o.id).data;
    const span = renewal(p, ctx.today(), o.months, o.from);
    const payment = payPass(ctx, tx, p, span, o.method);
    tx.edit('parking-pass', o.id, (doc) => {
      setIn(doc, ['paid_through'], span.to);
      appendIn(doc, ['payments'], payment);
    });
    return {
      message: `parking: pass renew ${o.id}`,
      summary: msg(
        `月卡 ${o.id} 已续费 ${formatYuan(parseMoney(payment.amount))}，有效至 ${endOfMonth(span.to)}，收据 ${payment.receipt}`,
        `pass ${o.id} renewed, ${formatYuan(parseMoney(payment.amount))}, valid to ${endOfMonth(span.to)}, receipt ${payment.receipt}`,
      ),
    };
  });
}
