// 交纳入伙费用 (四.2 3.4, 4.5): the cashier (内勤助理) takes the move-in fees through the unit's fee account
// (07-fees.md; fee/api.ts), each with a receipt of the cashier's current book, in the same commit as the case:
// the at_movein items of wuye.yaml — gas account opening and cable TV (pass-through, local policy), the
// renovation deposit and debris fee (optional: now or at the renovation, --defer) — and 4) the management fee
// from the date on the notice, movein.management_fee_months months billed as the billing run bills them. The
// charges go on one receipt, a deposit on its own; the case records each item with its receipt number.
// e.g. wuye movein fees 3-1-0101 --defer renovation-deposit --method wechat --as S005
import { step } from '../../../core/case.js';
import { stepCase } from '../../../core/case-engine.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { relPath } from '../../../core/kinds.js';
import { formatMoney, formatYuan } from '../../../core/money.js';
import type { MoveinRecord, PersonRecord } from '../../../core/types.gen.js';
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { accountId, chargeBills, printReceipt, recordPayment, type Bill, type Method } from '../../fee/api.js';
import { MOVEIN_CASES, readMovein } from '../cases.js';
import { readUnit } from '../lookup.js';
import { handoverBlocker, moveinFees, oneOffBill, sumFen, type MoveinState } from '../rules.js';

export function parse(l: Line) {
  const receipt = l.text('receipt');
  if (receipt !== undefined && !/^\d{7}$/.test(receipt))
    throw new UsageError(
      msg(`--receipt 收据号无效: "${receipt}"`, `invalid --receipt: "${receipt}"`),
      msg('收据号为 7 位数字，如 0000101', 'a receipt number has 7 digits, e.g. 0000101'),
    );
  // the codes are checked against this unit's items when it is read
  return {
    id: l.id(0, 'movein'),
    defer: l.list('defer') ?? [],
    receipt,
    method: l.choice<Method>('method') ?? 'cash',
    out: l.text('out') ?? '.',
    print: l.flagged('print'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id, defer, receipt, method } = o;
  const on = ctx.today();
  let total = 0;
  const receipts: string[] = [];
  let at = '';
  await ctx.write((tx) => {
    const c = readMovein(tx, id);
    // what is still missing first (its own words: 尚未验房), then the cashier's step, refused before any money is
    // taken (the machine's roles and states)
    if (!['fees-paid', 'keys-issued', 'completed'].includes(c.state)) {
      const why = handoverBlocker(c, 'fees');
      if (why) throw new RuleError(why);
    }
    step(MOVEIN_CASES.machine, c.state as MoveinState, 'fees', ctx.operator().roles);
    const unit = readUnit(tx, id);
    const feeStart = c.notice?.fee_start ?? unit.fee_start ?? c.slot.date;
    const lines = moveinFees(unit, ctx.config.fees, feeStart, ctx.config.movein.management_fee_months);
    const unknown = defer.filter((d) => !lines.some((l) => l.code === d));
    if (unknown.length)
      throw new UsageError(
        msg(
          `--defer 中的项目不是本户的入伙收费项目: ${unknown.join(', ')}`,
          `--defer names items not due at this move-in: ${unknown.join(', ')}`,
        ),
        msg(
          `本户的项目: ${lines.map((l) => l.code).join(', ') || '(无)'}`,
          `this unit's items: ${lines.map((l) => l.code).join(', ') || '(none)'}`,
        ),
      );
    const notOptional = lines.filter((l) => defer.includes(l.code) && !l.optional);
    if (notOptional.length)
      throw new RuleError(
        msg(
          `${notOptional.map((l) => l.name).join('、')} 须在入伙时交纳，不能缓交`,
          `${notOptional.map((l) => l.name).join(', ')} must be paid at move-in; it cannot be deferred`,
        ),
        msg(
          '只有 wuye.yaml 中 optional: true 的项目（如装修保证金、垃圾清运费）可以装修时再交',
          'only items with optional: true in wuye.yaml (renovation deposit, debris fee) may wait for the renovation',
        ),
      );
    const taken = lines.filter((l) => !defer.includes(l.code));
    total = sumFen(taken);
    // the money, through the fee account: the charges on one receipt, each deposit on its own
    const op = ctx.operator();
    const payer = c.checkin?.person ? tx.tryRead<PersonRecord>('person', c.checkin.person)?.data.name : undefined;
    const base = {
      unit: id,
      cashier: op.id,
      cashierName: op.name,
      at: (at = ctx.now()),
      method,
      ...(payer ? { payer } : {}),
    };
    const receiptOf = new Map<string, string>();
    const charges = taken.filter((l) => l.kind !== 'deposit');
    const bills: Bill[] = charges.flatMap((l) => l.bills ?? [oneOffBill(l, on)]);
    const paid = bills.length ? chargeBills(tx, ctx.store, { ...base, bills, note: `入伙费用 ${id}` }) : undefined;
    if (paid) {
      receipts.push(paid.payment.receipt);
      for (const l of charges) receiptOf.set(l.code, paid.payment.receipt);
    }
    for (const l of taken.filter((x) => x.kind === 'deposit')) {
      const p = recordPayment(tx, ctx.store, {
        ...base,
        amount: l.fen,
        deposit: l.code,
        note: `入伙时交纳 ${l.name}（四.2 4.5）`,
      });
      receipts.push(p.receipt);
      receiptOf.set(l.code, p.receipt);
    }
    if (receipt && receipts.length && receipt !== receipts[0])
      throw new RuleError(
        msg(
          `收据本的下一个号码是 ${receipts[0]}，不是 --receipt ${receipt}`,
          `the next number of the cashier's book is ${receipts[0]}, not --receipt ${receipt}`,
        ),
        msg(
          '收据号由收款员当前的收据本自动取号；核对手中的收据，或不写 --receipt',
          "receipts come from the cashier's current book; check the receipt in hand, or leave out --receipt",
        ),
      );
    const account = relPath('fee-account', accountId(on.slice(0, 4), id));
    stepCase<MoveinRecord, MoveinState>(
      tx,
      MOVEIN_CASES,
      actor(ctx),
      id,
      'fees',
      () => ({
        fees: {
          on,
          by: op.id,
          ...(receipts.length ? { account } : {}),
          items: lines.map((l) => ({
            code: l.code,
            name: l.name,
            amount: formatMoney(l.fen),
            basis: l.basis,
            status: defer.includes(l.code) ? ('deferred' as const) : ('collected' as const),
            ...(receiptOf.has(l.code) ? { receipt: receiptOf.get(l.code)! } : {}),
          })),
        },
      }),
      `收 ${formatMoney(total)}${receipts.length ? `，收据 ${receipts.join(',')}` : ''}${defer.length ? `，缓交 ${defer.join(',')}` : ''}`,
    );
    return {
      message: `movein: fees ${id}`,
      summary: msg(
        `${id}：入伙费用已收 ${formatYuan(total)}${receipts.length ? `，收据 ${receipts.join('、')}` : ''}${defer.length ? `（缓交 ${defer.join('、')}）` : ''}`,
        `${id}: move-in fees collected ${formatYuan(total)}${receipts.length ? `, receipts ${receipts.join(', ')}` : ''}${defer.length ? ` (deferred: ${defer.join(', ')})` : ''}`,
      ),
    };
  });
  if (o.print && !ctx.dryRun)
    for (const no of receipts) {
      const file = await printReceipt(ctx, id, at, no, o.out);
      if (!ctx.globals.json && !ctx.globals.quiet)
        ctx.out.line(t(msg(`收据已打印: ${file}`, `receipt printed: ${file}`)));
    }
  if (!ctx.config.fees.items.some((i) => i.at_movein || i.kind === 'periodic'))
    ctx.warn(
      msg(
        'wuye.yaml 中没有入伙时收取的收费项目（at_movein 或物业管理费），未收任何费用',
        'wuye.yaml has no fee item due at move-in (at_movein, or a management fee); nothing was charged',
      ),
    );
}
