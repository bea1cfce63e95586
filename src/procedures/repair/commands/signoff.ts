// wuye repair signoff BX2026-0007 --name 张三 [--satisfied yes|no] [--comments …] [--method cash --cashier S005] [--at 15:20]
// The owner signs the order (维修派工单 业主签认); a paid repair is paid in the same commit — a one-off charge on
// the unit's fee account with the next receipt of the cashier's book (fee/api.ts chargeOneOff), the receipt
// number written on the order.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { PayMethod } from '../../../core/enums.gen.js';
import { parseMoney } from '../../../core/money.js';
import type { StaffRecord } from '../../../core/types.gen.js';
import { chargeOneOff } from '../../fee/api.js';
import { conf } from '../cases.js';
import type { Repair } from '../rules.js';
import { stepLine, takeStep } from '../step.js';

export function parse(l: Line) {
  const s = l.choice<'yes' | 'no'>('satisfied');
  return {
    ...stepLine(l),
    name: l.text('name')!,
    satisfied: s === undefined ? undefined : s === 'yes',
    comments: l.text('comments'),
    method: l.choice<PayMethod>('method'),
    cashier: l.idOpt('cashier', 'staff'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const cf = conf(ctx);
  let receipt: string | undefined;
  await takeStep(
    ctx,
    o,
    'signoff',
    msg('业主签认', "the owner's sign-off"),
    (r, who, tx) => {
      const signoff = {
        at: who.now,
        name: o.name,
        ...(o.satisfied !== undefined ? { satisfied: o.satisfied } : {}),
        ...(o.comments ? { comments: o.comments } : {}),
      };
      if (!r.charge) {
        if (o.method || o.cashier)
          throw new UsageError(
            msg(
              `${r.id} 没有应收费用：不要写 --method/--cashier`,
              `${r.id} has nothing to charge: drop --method/--cashier`,
            ),
          );
        return { signoff };
      }
      if (!o.method)
        throw new UsageError(
          msg(
            `${r.id} 是有偿维修，须写明付款方式（--method）`,
            `${r.id} is a paid repair: give how it is paid (--method)`,
          ),
          msg('如 --method cash --cashier 收款员编号', 'e.g. --method cash --cashier STAFF'),
        );
      const cashierId = o.cashier ?? who.id;
      const s = tx.tryRead<StaffRecord>('staff', cashierId)?.data;
      if (!s)
        throw new UsageError(
          msg(`--cashier: 没有员工 ${cashierId}`, `--cashier: there is no staff member ${cashierId}`),
        );
      if (!(s.roles as string[]).includes('cashier'))
        throw new RuleError(
          msg(
            `${s.id}（${s.name}）不是收款员：有偿维修的费用由收款员收取并开据`,
            `${s.id} (${s.name}) is not a cashier: a paid repair is receipted by the cashier`,
          ),
          msg('用 --cashier 写明收款员', 'name the cashier with --cashier'),
        );
      const { bill, payment } = chargeOneOff(tx, tx.store, {
        unit: r.unit!,
        cashier: s.id,
        cashierName: s.name,
        at: who.now,
        amount: parseMoney(r.charge.amount),
        method: o.method,
        payer: o.name,
        item: cf.fee_item,
        note: `维修单 ${r.id}`,
      });
      receipt = payment.receipt;
      const charge: Repair['charge'] = {
        ...r.charge,
        bill: bill.id,
        receipt: payment.receipt,
        book: payment.book,
        cashier: s.id,
        method: o.method,
        paid_at: who.now,
      };
      return { signoff, charge };
    },
    undefined,
    (r) => ({
      message: `repair: signoff ${r.id}${receipt ? ` receipt ${receipt}` : ''}`,
      summary: msg(
        `${r.id} 业主 ${o.name} 已签认${receipt ? `，已收费 ${r.charge!.amount} 元（收据 ${receipt}）` : ''}；回访: wuye repair callback ${r.id} --satisfied yes|no`,
        `${r.id} signed by ${o.name}${receipt ? `, paid ${r.charge!.amount} (receipt ${receipt})` : ''}; return visit: wuye repair callback ${r.id} --satisfied yes|no`,
      ),
    }),
  );
}
