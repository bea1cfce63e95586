// 交纳入伙费用 (4.5): the items of wuye.yaml marked at_movein — gas account
// opening and cable TV (pass-through, local policy), renovation deposit and
// debris fee (optional now or at renovation), and the management fee from the
// date on the notice. Until the fee procedure records the payment itself
// (wuye fee pay), what was collected is recorded on the case.
// e.g. wuye movein fees 3-1-0101 --defer renovation-deposit --receipt SJ-0003-0042
import { existsSync } from 'node:fs';
import { stepCase } from '../../../core/case-engine.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { relPath } from '../../../core/kinds.js';
import { formatMoney, formatYuan } from '../../../core/money.js';
import type { MoveinRecord } from '../../../core/types.gen.js';
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { accountId } from '../../fee/api.js';
import { MOVEIN_CASES, readMovein } from '../cases.js';
import { readUnit } from '../lookup.js';
import { handoverBlocker, moveinFees, sumFen, type MoveinState } from '../rules.js';

export function parse(l: Line) {
  const receipt = l.text('receipt');
  if (receipt !== undefined && !/^[0-9A-Za-z-]{1,30}$/.test(receipt))
    throw new UsageError(msg(`--receipt 收据号无效: "${receipt}"`, `invalid --receipt: "${receipt}"`));
  // the codes are checked against this unit's items when it is read
  return { id: l.id(0, 'movein'), on: l.date('on'), defer: l.list('defer') ?? [], receipt };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id, defer, receipt } = o;
  const on = o.on ?? ctx.today();
  let total = 0;
  await ctx.write((tx) => {
    const c = readMovein(tx, id);
    if (!['fees-paid', 'keys-issued', 'completed'].includes(c.state)) {
      const why = handoverBlocker(c, 'fees');
      if (why) throw new RuleError(why);
    }
    const unit = readUnit(tx, id);
    const feeStart = c.notice?.fee_start ?? unit.fee_start ?? c.slot.date;
    const lines = moveinFees(unit, ctx.config.fees.items, feeStart, ctx.config.movein.management_fee_months);
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
    total = sumFen(lines.filter((l) => !defer.includes(l.code)));
    const account = relPath('fee-account', accountId(on.slice(0, 4), id)); // the unit's fee account of the year (wuye fee), linked when it exists
    stepCase<MoveinRecord, MoveinState>(
      tx,
      MOVEIN_CASES,
      actor(ctx),
      id,
      'fees',
      () => ({
        fees: {
          on,
          by: ctx.operator().id,
          ...(existsSync(ctx.store.abs(account)) ? { account } : {}),
          ...(receipt ? { receipt } : {}),
          items: lines.map((l) => ({
            code: l.code,
            name: l.name,
            amount: formatMoney(l.fen),
            basis: l.basis,
            status: defer.includes(l.code) ? ('deferred' as const) : ('collected' as const),
          })),
        },
      }),
      `收 ${formatMoney(total)}${defer.length ? `，缓交 ${defer.join(',')}` : ''}`,
    );
    return {
      message: `movein: fees ${id}`,
      summary: msg(
        `${id}：入伙费用已收 ${formatYuan(total)}${defer.length ? `（缓交 ${defer.join('、')}）` : ''}`,
        `${id}: move-in fees collected ${formatYuan(total)}${defer.length ? ` (deferred: ${defer.join(', ')})` : ''}`,
      ),
    };
  });
  if (ctx.config.fees.items.every((i) => !i.at_movein))
    ctx.warn(
      msg(
        'wuye.yaml 中没有 at_movein 的收费项目，未计算任何费用',
        'wuye.yaml has no fee item with at_movein; nothing was charged',
      ),
    );
}
