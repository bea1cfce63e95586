// wuye parking pass new --plate 湘A12345 --holder P000022 --unit P1-1-001 [--space P1-001] --months 3 --method wechat --as S005
// Manual 四.10: a monthly pass is registered with its plate, holder and unit and paid through the fee account
// (the cashier's receipt); it runs to the end of the last month paid.
import type { PayMethod } from '../../../core/enums.gen.js';
import { NotFoundError, RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { formatMoney, formatYuan, parseMoney } from '../../../core/money.js';
import type { ParkingPassRecord } from '../../../core/types.gen.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { conf, nextPassId, payPass } from '../passes.js';
import { checkPlate } from '../plates.js';
import { endOfMonth, renewal } from '../rules.js';

export const parse = (l: Line) => ({
  plate: checkPlate(l.text('plate')!, '--plate'),
  holder: l.idOpt('holder', 'person')!,
  unit: l.idOpt('unit', 'unit')!,
  space: l.text('space'),
  fee: l.money('fee'),
  months: l.int('months', 1, 24) ?? 1,
  from: l.period('from'),
  method: l.choice<PayMethod>('method') ?? 'cash',
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    if (!tx.tryRead('person', o.holder)) throw new NotFoundError(msg(`没有人员 ${o.holder}`, `no person ${o.holder}`));
    if (!tx.tryRead('unit', o.unit)) throw new NotFoundError(msg(`没有房屋 ${o.unit}`, `no unit ${o.unit}`));
    if (o.space && !tx.tryRead('parking-space', o.space))
      throw new NotFoundError(msg(`没有车位 ${o.space}`, `no space ${o.space}`));
    const clash = [...tx.store.all<ParkingPassRecord>('parking-pass')].find(
      (r) => r.data.plate === o.plate && r.data.paid_through >= ctx.today().slice(0, 7),
    );
    if (clash)
      throw new RuleError(
        msg(
          `车牌 ${o.plate} 已有有效月卡 ${clash.data.id}`,
          `plate ${o.plate} already has a pass in force (${clash.data.id})`,
        ),
        msg(`续费用 wuye parking pass renew ${clash.data.id}`, `renew it: wuye parking pass renew ${clash.data.id}`),
      );
    const id = nextPassId(ctx, tx);
    const fee = formatMoney(o.fee ?? conf(ctx).passFee);
    const span = renewal(undefined, ctx.today(), o.months, o.from);
    const base = { id, unit: o.unit, fee, holder: o.holder, plate: o.plate };
    const payment = payPass(ctx, tx, base, span, o.method);
    tx.create('parking-pass', id, {
      kind: 'parking-pass',
      id,
      plate: o.plate,
      holder: o.holder,
      unit: o.unit,
      ...(o.space ? { space: o.space } : {}),
      fee,
      since: span.from,
      paid_through: span.to,
      payments: [payment],
    });
    return {
      message: `parking: pass new ${id}`,
      summary: msg(
        `月卡 ${id}（${o.plate}）已缴 ${formatYuan(parseMoney(payment.amount))}，有效至 ${endOfMonth(span.to)}，收据 ${payment.receipt}`,
        `pass ${id} (${o.plate}) paid ${formatYuan(parseMoney(payment.amount))}, valid to ${endOfMonth(span.to)}, receipt ${payment.receipt}`,
      ),
    };
  });
}
