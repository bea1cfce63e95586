// wuye parking invoices issue FP0001 --code 143002620011 --denomination 5.00 --from 00012001 --to 00012100 --attendant S012 --as S005
// Manual 四.10: the cashier issues a book of fixed-amount invoices to an attendant and records its numbers;
// no number of an invoice code is issued twice.
import { ConflictError, RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { formatMoney, formatYuan } from '../../../core/money.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { conf } from '../passes.js';
import { num, pad } from '../rules.js';
import { activeStaff, allBooks, requireCashier } from '../shifts.js';

const number = (l: Line, key: string): number => {
  const v = l.text(key)!;
  if (!/^\d{8}$/.test(v))
    throw new UsageError(
      msg(
        `${l.flag(key)} 应为 8 位发票号码，而不是 "${v}"`,
        `${l.flag(key)} must be an 8-digit invoice number, not "${v}"`,
      ),
    );
  return num(v);
};

export function parse(l: Line) {
  const code = l.text('code')!;
  if (!/^\d{10,12}$/.test(code))
    throw new UsageError(
      msg(`--code 应为 10–12 位发票代码，而不是 "${code}"`, `--code must be a 10–12 digit invoice code, not "${code}"`),
    );
  const from = number(l, 'from');
  const to = number(l, 'to');
  if (from > to) throw new UsageError(msg('--from 大于 --to', '--from is after --to'));
  if (to - from >= 1000) throw new UsageError(msg('一本发票最多 1000 张', 'a book holds at most 1,000 invoices'));
  return {
    id: l.id(0, 'invoice-book'),
    code,
    denomination: l.money('denomination')!,
    from,
    to,
    attendant: l.idOpt('attendant', 'staff')!,
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    const op = ctx.operator();
    requireCashier(op, msg('发放定额发票', 'issue invoice books'));
    const allowed = conf(ctx).denominations;
    if (!allowed.includes(o.denomination))
      throw new RuleError(
        msg(
          `没有面额 ${formatYuan(o.denomination)} 的定额发票`,
          `there are no fixed-amount invoices of ${formatYuan(o.denomination)}`,
        ),
        msg(
          `面额: ${allowed.map(formatYuan).join('、')}（wuye.yaml parking.denominations）`,
          `denominations: ${allowed.map(formatYuan).join(', ')} (wuye.yaml parking.denominations)`,
        ),
      );
    const s = activeStaff(tx, o.attendant, ctx.today(), '--attendant');
    if (!(s.roles as string[]).includes('security'))
      throw new RuleError(
        msg(`${s.id}（${s.name}）不是停车场收费员`, `${s.id} (${s.name}) is not a car-park attendant`),
      );
    if (tx.tryRead('invoice-book', o.id))
      throw new ConflictError(msg(`发票本 ${o.id} 已登记`, `invoice book ${o.id} already exists`));
    const overlap = allBooks(tx).find((b) => b.code === o.code && num(b.first) <= o.to && o.from <= num(b.last));
    if (overlap)
      throw new RuleError(
        msg(
          `号码 ${pad(o.from)}–${pad(o.to)} 与发票本 ${overlap.id}（${overlap.first}–${overlap.last}）重叠`,
          `numbers ${pad(o.from)}–${pad(o.to)} overlap invoice book ${overlap.id} (${overlap.first}–${overlap.last})`,
        ),
        msg('核对发票本的号码段', "check the book's numbers"),
      );
    tx.create('invoice-book', o.id, {
      kind: 'invoice-book',
      id: o.id,
      code: o.code,
      denomination: formatMoney(o.denomination),
      first: pad(o.from),
      last: pad(o.to),
      issued: { to: o.attendant, by: op.id, at: ctx.now() },
      state: 'issued',
    });
    return {
      message: `parking: invoices issue ${o.id}`,
      summary: msg(
        `发票本 ${o.id}（${pad(o.from)}–${pad(o.to)}，面额 ${formatYuan(o.denomination)}）已发给 ${s.name}`,
        `book ${o.id} (${pad(o.from)}–${pad(o.to)}, ${formatYuan(o.denomination)}) issued to ${s.name}`,
      ),
    };
  });
}
