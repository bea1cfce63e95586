// 搬迁登记 (四.4): the moves of a day (default today) or of a unit — slot, lift, pass, gate check — for the desk
// and the gate. e.g. wuye moving list --date 2026-11-30 · wuye moving list --unit 3-1-0602
import { msg } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import type { Moving } from '../rules.js';

export function parse(l: Line) {
  return { date: l.date('date'), unit: l.idOpt('unit', 'unit') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const date = o.unit ? o.date : (o.date ?? ctx.today());
  const rows = [...ctx.shown.all<Moving>('moving')]
    .map((r) => r.data)
    .filter((m) => (!date || m.date === date) && (!o.unit || m.unit === o.unit))
    .sort((a, b) => (a.date + a.from).localeCompare(b.date + b.from) || a.id.localeCompare(b.id));
  if (ctx.globals.json) {
    ctx.out.json(rows);
    return;
  }
  ctx.out.table(rows, [
    { key: 'id', header: msg('登记号', 'Id'), get: (m) => m.id },
    { key: 'unit', header: msg('房屋', 'Unit'), get: (m) => m.unit },
    { key: 'dir', header: msg('搬入/出', 'In/out'), get: (m) => label('movingDirection', m.direction) },
    { key: 'slot', header: msg('时段', 'Slot'), get: (m) => `${m.date} ${m.from}-${m.to}` },
    { key: 'lift', header: msg('电梯', 'Lift'), get: (m) => (m.lift ? '✓' : '') },
    { key: 'pass', header: msg('放行条', 'Pass'), get: (m) => m.pass?.no ?? '' },
    {
      key: 'arrears',
      header: msg('欠费放行', 'Arrears'),
      get: (m) => (m.pass?.override ? `¥${m.pass.arrears}` : ''),
    },
    { key: 'gate', header: msg('门岗查验', 'Gate'), get: (m) => (m.gate ? m.gate.at.slice(11, 16) : '') },
  ]);
}
