// 钥匙借用 (三.12.2): a loan registered with borrower, purpose and approval; due back by the end of the day.
// e.g. wuye key loan K-3-1-0101 --to 王师傅 --purpose 维修渗水 --approved-by S002
import { msg } from '../../../core/i18n.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { requirePerson, requireStaff } from '../../../kit/refs.js';
import { lendKey } from '../api.js';
import { dayEndOf } from '../rules.js';

export function parse(l: Line) {
  return {
    id: l.id(0, 'key'),
    to: l.text('to')!,
    purpose: l.text('purpose')!,
    person: l.idOpt('person', 'person'),
    staff: l.idOpt('staff', 'staff'),
    phone: l.text('phone'),
    due: l.date('due'),
    approvedBy: l.idOpt('approvedBy', 'staff'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.operator();
  await ctx.write((tx) => {
    if (o.person) requirePerson(tx, o.person, '--person');
    if (o.staff) requireStaff(tx, o.staff, '--staff');
    if (o.approvedBy) requireStaff(tx, o.approvedBy, '--approved-by');
    const { loan, no } = lendKey(tx, {
      key: o.id,
      to: o.to,
      person: o.person,
      staff: o.staff,
      phone: o.phone,
      purpose: o.purpose,
      out: ctx.now(),
      dueDate: o.due,
      approvedBy: o.approvedBy,
      by: op.id,
      dayEnd: dayEndOf(ctx.config),
    });
    const due = loan.due!.slice(0, 16).replace('T', ' ');
    return {
      message: `key: loan ${o.id} #${no}`,
      summary: msg(
        `${o.id} 已借给 ${o.to}（${o.purpose}），应于 ${due} 前归还`,
        `${o.id} lent to ${o.to} (${o.purpose}), due back ${due}`,
      ),
    };
  });
}
