// wuye expense pay BZ2026-0001 [--method transfer] [--voucher 记-0123] --as S005
// Manual 四.8: the cashier pays a claim only when every approval its amount needs is signed.
import { stepCase } from '../../../core/case-engine.js';
import type { PayMethod } from '../../../core/enums.gen.js';
import { msg } from '../../../core/i18n.js';
import { formatYuan, parseMoney } from '../../../core/money.js';
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { EXPENSE_CASES } from '../cases.js';
import type { Claim } from '../rules.js';

export const parse = (l: Line) => ({
  id: l.id(0, 'expense'),
  method: l.choice<PayMethod>('method') ?? 'cash',
  voucher: l.text('voucher'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    const who = actor(ctx);
    const { after } = stepCase<Claim, Claim['state']>(tx, EXPENSE_CASES, who, o.id, 'pay', () => ({
      paid: { at: who.now, method: o.method, by: who.id, ...(o.voucher ? { voucher: o.voucher } : {}) },
    }));
    return {
      message: `expense: pay ${o.id}`,
      summary: msg(
        `${o.id} 已付款 ${formatYuan(parseMoney(after.amount))}`,
        `${o.id} paid ${formatYuan(parseMoney(after.amount))}`,
      ),
    };
  });
}
