// 退回寄件方 (四.12; spec 11 "returned after the configured limit"): an item uncollected mail.return_days after
// receipt goes back to the sender; before the limit only with a reason (addressee unknown, refused).
// e.g. wuye mail return YJ2026-0007 · wuye mail return YJ2026-0009 --reason 查无此人
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { setIn } from '../../../core/yamlio.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { alreadyOut } from '../api.js';
import { mailClockOf, returnOn, type MailItem } from '../rules.js';

export function parse(l: Line) {
  return { id: l.id(0, 'mail-item'), reason: l.text('reason'), on: l.date('on') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.operator();
  const on = o.on ?? ctx.today();
  const clock = mailClockOf(ctx.config);
  await ctx.write((tx) => {
    const m = tx.read<MailItem>('mail-item', o.id).data;
    alreadyOut(m);
    const due = returnOn(m, clock);
    if (!o.reason && on < due)
      throw new RuleError(
        msg(
          `${o.id} 收到未满 ${clock.ret} 天（${due} 起逾期），不能按逾期退回`,
          `${o.id} has waited less than ${clock.ret} days (overdue from ${due})`,
        ),
        msg('写明原因（--reason 查无此人）或到期再退', 'give a reason (--reason) or wait until it is due'),
      );
    const reason = o.reason ?? `逾期未领（${clock.ret} 天）`;
    tx.edit('mail-item', o.id, (doc) => setIn(doc, ['returned'], { on, reason, by: op.id }));
    return {
      message: `mail: return ${o.id}`,
      summary: msg(`${o.id} 已退回寄件方：${reason}`, `${o.id} returned to the sender: ${reason}`),
    };
  });
}
