// wuye renovation pay ZX2026-0007 --item all --receipt 0000123 --as S003
// Manual 四.3: the renovation deposit, the management fee for renovation, the debris
// fee (if entrusted) and the pass fees and deposits are paid before the permit.
// TODO(fee integration): when src/procedures/fee exports a function to record a
// payment/deposit on the unit's fee account (fees/<year>/<unit>.yaml) in the same Tx,
// call it here; until then the amounts and receipt numbers are kept on the case.
import { str } from '../../../cli/args.js';
import type { Ctx } from '../../../cli/context.js';
import type { Opts } from '../../../cli/spec.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { labelZh } from '../../../core/labels.js';
import { formatMoney, formatYuan, parseAmountInput } from '../../../core/money.js';
import { caseId, conf, record, unitOf } from '../case-io.js';
import { outstanding, type ChargeItem } from '../rules.js';

export async function run(ctx: Ctx, [arg]: string[], opts: Opts): Promise<void> {
  const id = caseId(arg);
  const item = str(opts, 'item')!;
  const receipt = str(opts, 'receipt')!.trim();
  const amount = str(opts, 'amount') !== undefined ? parseAmountInput(str(opts, 'amount')!) : undefined;
  let total = 0;
  await ctx.write((tx) => {
    record(ctx, tx, id, 'pay', msg('收取装修费用', 'take renovation money'), ['approved', 'permitted', 'in-progress', 'suspended'], ['cashier'], (c) => {
      const owed = outstanding(c, unitOf(tx, c).area, conf(ctx));
      const lines = item === 'all' ? owed : owed.filter((o) => o.item === item);
      if (lines.length === 0) throw new RuleError(msg(`${id} 没有应收的${item === 'all' ? '费用' : labelZh('renovationCharge', item)}`, `${id} owes nothing${item === 'all' ? '' : ` for ${item}`}`));
      if (amount !== undefined) {
        if (item === 'all') throw new RuleError(msg('--item all 不能指定 --amount', '--amount cannot be used with --item all'));
        if (amount > lines[0].amount) throw new RuleError(msg(`金额 ${formatYuan(amount)} 超过应收 ${formatYuan(lines[0].amount)}`, `${formatYuan(amount)} is more than is due (${formatYuan(lines[0].amount)})`));
        if (amount === 0) throw new RuleError(msg('金额须大于零', 'the amount must be above zero'));
        lines[0] = { ...lines[0], amount };
      }
      total = lines.reduce((s, l) => s + l.amount, 0);
      return { append: { charges: lines.map((l) => ({ item: l.item as ChargeItem, amount: formatMoney(l.amount), receipt, at: ctx.now(), by: ctx.operator().id })) } };
    }, `${receipt}`);
    return { message: `renovation: pay ${id} ${receipt}`, summary: msg(`已收 ${formatYuan(total)}，收据 ${receipt}`, `received ${formatYuan(total)}, receipt ${receipt}`) };
  });
}
