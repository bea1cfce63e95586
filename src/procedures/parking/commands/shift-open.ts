// wuye parking shift open --attendant S012 --shift day [--date 2026-11-28] --as S009
// Manual 四.10: temporary parking is collected by shift; the attendant takes the shift with the invoice
// books issued to them, and hands it over at close.
import { ConflictError, RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import type { Shift } from '../rules.js';
import { activeStaff, shiftId } from '../shifts.js';

export const parse = (l: Line) => ({
  attendant: l.idOpt('attendant', 'staff')!,
  shift: l.choice<'day' | 'night'>('shift')!,
  date: l.date('date'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    const date = o.date ?? ctx.today();
    if (date > ctx.today()) throw new RuleError(msg(`日期 ${date} 在今天之后`, `${date} is after today`));
    const s = activeStaff(tx, o.attendant, date, '--attendant');
    if (!(s.roles as string[]).includes('security'))
      throw new RuleError(
        msg(`${s.id}（${s.name}）不是秩序维护部的收费员`, `${s.id} (${s.name}) is not a car-park attendant (security)`),
      );
    const id = shiftId(date, o.shift);
    if (tx.tryRead('parking-shift', id))
      throw new ConflictError(
        msg(`班次 ${id} 已登记`, `shift ${id} is already open`),
        msg(`查看: wuye show ${id}`, `see wuye show ${id}`),
      );
    const open = [...tx.store.all<Shift>('parking-shift')].find(
      (r) => r.data.attendant === o.attendant && r.data.state === 'open',
    );
    if (open)
      throw new RuleError(
        msg(
          `${o.attendant} 的班次 ${open.data.id} 还没有交班`,
          `${o.attendant}'s shift ${open.data.id} has not been handed over`,
        ),
        msg(
          `先交班: wuye parking shift close ${open.data.id}`,
          `close it first: wuye parking shift close ${open.data.id}`,
        ),
      );
    tx.create('parking-shift', id, {
      kind: 'parking-shift',
      id,
      date,
      shift: o.shift,
      attendant: o.attendant,
      opened: ctx.now(),
      state: 'open',
    });
    return {
      message: `parking: shift open ${id}`,
      summary: msg(`已接班 ${id}（${s.name}）`, `shift ${id} opened (${s.name})`),
    };
  });
}
