// wuye parking shift close TC2026-1128-1 --entries 62 --cash 190.00 --wechat 45.00 [--explain "…"] --as S005
// Manual 四.10: at handover the cashier takes the cash; it must equal the invoices handed out at their
// denominations less the electronic payments recorded. A difference is flagged and needs an explanation.
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { formatMoney, formatYuan } from '../../../core/money.js';
import { setIn } from '../../../core/yamlio.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { differenceText, shiftBalance, shiftInvoices, type Shift } from '../rules.js';
import { allBooks, requireCashier } from '../shifts.js';

export const parse = (l: Line) => ({
  id: l.id(0, 'parking-shift'),
  entries: l.int('entries', 0, 100000)!,
  cash: l.money('cash')!,
  wechat: l.money('wechat') ?? 0,
  alipay: l.money('alipay') ?? 0,
  explain: l.text('explain'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    const op = ctx.operator();
    requireCashier(op, msg('交班收款', 'take a shift’s cash'));
    const s = tx.read<Shift>('parking-shift', o.id).data;
    if (s.state !== 'open') throw new RuleError(msg(`班次 ${o.id} 已交班`, `shift ${o.id} is already closed`));
    const invoices = shiftInvoices(allBooks(tx), o.id);
    const inv = invoices.reduce((t, i) => t + i.amount, 0);
    const electronic = [
      ...(o.wechat ? [{ method: 'wechat' as const, amount: formatMoney(o.wechat) }] : []),
      ...(o.alipay ? [{ method: 'alipay' as const, amount: formatMoney(o.alipay) }] : []),
    ];
    if (o.wechat + o.alipay > inv)
      throw new RuleError(
        msg(
          `班次 ${o.id} 电子收款 ${formatYuan(o.wechat + o.alipay)} 超过已登记的发票 ${formatYuan(inv)}：每笔收费都应开出定额发票`,
          `shift ${o.id}: electronic payments of ${formatYuan(o.wechat + o.alipay)} exceed the invoices recorded, ${formatYuan(inv)}: every fee takes a fixed-amount invoice`,
        ),
        msg(
          '先登记本班发出的发票（wuye parking invoices use），再交班',
          "record the shift's invoices first (wuye parking invoices use), then close it",
        ),
      );
    const { expected, difference } = shiftBalance({ invoices: inv, electronic: o.wechat + o.alipay, cash: o.cash });
    if (difference !== 0 && !o.explain)
      throw new RuleError(
        msg(
          `班次 ${o.id} 应交现金 ${formatYuan(expected)}（发票 ${formatYuan(inv)} − 电子收款 ${formatYuan(o.wechat + o.alipay)}），实交 ${formatYuan(o.cash)}，${differenceText(difference)}`,
          `shift ${o.id} owes ${formatYuan(expected)} in cash (invoices ${formatYuan(inv)} − electronic ${formatYuan(o.wechat + o.alipay)}), handed over ${formatYuan(o.cash)}: ${difference < 0 ? 'short' : 'over'} by ${formatYuan(Math.abs(difference))}`,
        ),
        msg(
          '差额须说明: 加 --explain "原因"；或先核对发票使用登记（wuye parking invoices use）',
          'a difference needs an explanation: add --explain "why"; or check the invoices recorded (wuye parking invoices use)',
        ),
      );
    tx.edit('parking-shift', o.id, (doc) => {
      setIn(doc, ['entries'], o.entries);
      setIn(
        doc,
        ['invoices'],
        invoices.map((i) => ({
          book: i.book,
          count: i.count,
          denomination: formatMoney(i.denomination),
          amount: formatMoney(i.amount),
        })),
      );
      if (electronic.length) setIn(doc, ['electronic'], electronic);
      setIn(doc, ['cash'], formatMoney(o.cash));
      setIn(doc, ['expected_cash'], formatMoney(expected));
      setIn(doc, ['difference'], formatMoney(difference));
      if (difference !== 0) setIn(doc, ['explanation'], o.explain);
      setIn(doc, ['closed'], { at: ctx.now(), by: op.id });
      setIn(doc, ['state'], 'closed');
    });
    return {
      message: `parking: shift close ${o.id}`,
      summary:
        difference === 0
          ? msg(
              `班次 ${o.id} 已交班，现金 ${formatYuan(o.cash)} 与发票相符`,
              `shift ${o.id} closed; cash ${formatYuan(o.cash)} matches the invoices`,
            )
          : msg(
              `班次 ${o.id} 已交班，${differenceText(difference)}（已记录说明）`,
              `shift ${o.id} closed, ${difference < 0 ? 'short' : 'over'} by ${formatYuan(Math.abs(difference))} (explanation recorded)`,
            ),
    };
  });
}
