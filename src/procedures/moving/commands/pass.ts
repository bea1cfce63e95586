// 物品放行条 (四.4; spec 04 "Moving goods out needs the owner's authorisation and a fee check"): the pass for the
// goods of a booked move out. The owner applies, or a tenant/resident with the owner's confirmation (signature or
// phone, recorded); a unit with arrears (fee/api.ts unitArrears) is refused with a warning unless the manager
// overrides it with a reason. The pass has its number (FX…) and prints with its stub.
// e.g. wuye moving pass BJ2026-0003 --person P000150 --goods "沙发1套、纸箱12个" --owner-confirmed phone --owner P000031
import { requireRole } from '../../../core/case.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { formatMoney, formatYuan } from '../../../core/money.js';
import type { OwnerConfirmation } from '../../../core/enums.gen.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import { setIn } from '../../../core/yamlio.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { requirePerson } from '../../../kit/refs.js';
import { unitArrears } from '../../fee/api.js';
import { passNo, registeredAs, type Moving } from '../rules.js';

export function parse(l: Line) {
  const o = {
    id: l.id(0, 'moving'),
    person: l.idOpt('person', 'person')!,
    goods: l.text('goods')!,
    confirmed: l.choice<OwnerConfirmation>('ownerConfirmed'),
    owner: l.idOpt('owner', 'person'),
    note: l.text('note'),
    override: l.text('overrideArrears'),
  };
  if (o.confirmed && !o.owner)
    throw new UsageError(
      msg('--owner-confirmed 须写明确认的业主（--owner）', '--owner-confirmed needs the owner (--owner)'),
    );
  if (o.override === '')
    throw new UsageError(msg('--override-arrears 须写明理由', '--override-arrears needs the reason'));
  return o;
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.operator();
  const now = ctx.now();
  await ctx.write((tx) => {
    const m = tx.read<Moving>('moving', o.id).data;
    if (m.direction !== 'out')
      throw new RuleError(msg(`${m.id} 是搬入，不需要放行条`, `${m.id} is a move in; a pass is for goods leaving`));
    if (m.cancelled) throw new RuleError(msg(`${m.id} 已取消`, `${m.id} was cancelled`));
    if (m.pass)
      throw new RuleError(
        msg(`${m.id} 已开具放行条 ${m.pass.no}`, `${m.id} already has pass ${m.pass.no}`),
        msg(`补打: wuye moving form pass ${m.id}`, `reprint it: wuye moving form pass ${m.id}`),
      );
    requirePerson(tx, o.person, '--person');
    const u = tx.read<UnitRecord>('unit', m.unit).data;
    const as = registeredAs(u, o.person);
    if (!as)
      throw new RuleError(
        msg(
          `${o.person} 不是 ${u.id} 的业主、住户或租户，不能申请放行`,
          `${o.person} is not an owner, resident or tenant of ${u.id}`,
        ),
        msg('由业主办理，或先登记住户/租户: wuye moving residents add', 'the owner applies, or register them first'),
      );
    let confirmation: NonNullable<Moving['pass']>['owner_confirmation'];
    if (as !== 'owner') {
      if (!o.confirmed)
        throw new RuleError(
          msg(
            `${o.person} 是${as === 'tenant' ? '租户' : '住户'}：搬出物品须有业主确认（书面签字或电话确认）`,
            `${o.person} is a ${as}: goods leaving need the owner's confirmation (signature or phone)`,
          ),
          msg(
            '业主确认后用 --owner-confirmed signature|phone --owner 业主编号 记录',
            'record it with --owner-confirmed signature|phone --owner OWNER',
          ),
        );
      if (registeredAs(u, o.owner!) !== 'owner')
        throw new RuleError(
          msg(`--owner: ${o.owner} 不是 ${u.id} 的业主`, `--owner: ${o.owner} is not an owner of ${u.id}`),
        );
      confirmation = { owner: o.owner!, how: o.confirmed, at: now, ...(o.note ? { note: o.note } : {}) };
    }
    const debt = unitArrears(tx, tx.store, u.id, ctx.today());
    if (debt.amount > 0) {
      if (!o.override)
        throw new RuleError(
          msg(
            `警告：${u.id} 欠费 ${formatYuan(debt.amount)}（${debt.bills} 笔，最早 ${debt.oldest} 到期），放行须经理批准`,
            `warning: ${u.id} owes ${formatYuan(debt.amount)} (${debt.bills} bills since ${debt.oldest}); release needs the manager`,
          ),
          msg(
            '请业主先缴清（wuye fee pay），或由经理用 --override-arrears "理由" 放行',
            'have it paid (wuye fee pay), or the manager releases it with --override-arrears "reason"',
          ),
        );
      requireRole(op.roles, ['cs-manager', 'director'], msg('欠费放行', 'release despite arrears'));
    }
    const no = passNo(m.id);
    tx.edit<Moving>('moving', m.id, (doc) => {
      setIn(doc, ['pass'], {
        no,
        goods: o.goods,
        person: o.person,
        as,
        ...(confirmation ? { owner_confirmation: confirmation } : {}),
        ...(debt.amount > 0 ? { arrears: formatMoney(debt.amount), override: { by: op.id, reason: o.override! } } : {}),
        issued_at: now,
        issued_by: op.id,
      });
    });
    return {
      message: `moving: pass ${no} (${m.id})${debt.amount > 0 ? ' arrears overridden' : ''}`,
      summary: msg(
        `放行条 ${no} 已开具（${m.unit}，${m.date} ${m.from}-${m.to}）${debt.amount > 0 ? `，欠费 ${formatYuan(debt.amount)} 经理批准放行` : ''}；打印: wuye moving form pass ${m.id}`,
        `pass ${no} issued (${m.unit}, ${m.date} ${m.from}-${m.to}); print: wuye moving form pass ${m.id}`,
      ),
    };
  });
}
