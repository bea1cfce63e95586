// wuye parking shift list [--month 2026-11] [--flagged] [--json]
// Manual 四.10: the shifts with their entries, invoices, electronic payments and cash; --flagged shows those
// whose cash differed from the invoices, with the explanation given.
import { msg, t } from '../../../core/i18n.js';
import { compareIds } from '../../../core/kinds.js';
import { label } from '../../../core/labels.js';
import { formatYuan, parseMoney } from '../../../core/money.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import type { Shift } from '../rules.js';

export const parse = (l: Line) => ({ month: l.period('month'), flagged: l.flagged('flagged') });

const yuan = (s?: string) =>
  s === undefined ? '' : formatYuan(parseMoney(s.replace('-', ''))).replace(/^/, s.startsWith('-') ? '-' : '');

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const rows = [...ctx.shown.all<Shift>('parking-shift')]
    .map((r) => r.data)
    .filter(
      (s) =>
        (!o.month || s.date.startsWith(o.month)) &&
        (!o.flagged || (s.difference !== undefined && s.difference !== '0.00')),
    )
    .sort((a, b) => compareIds(a.id, b.id));
  if (ctx.globals.json) {
    ctx.out.json(rows);
    return;
  }
  ctx.out.table(rows, [
    { key: 'id', header: msg('班次', 'Shift'), get: (s) => s.id },
    { key: 'shift', header: msg('班', 'Shift'), get: (s) => label('parkingShift', s.shift) },
    { key: 'attendant', header: msg('收费员', 'Attendant'), get: (s) => s.attendant },
    { key: 'entries', header: msg('车次', 'Entries'), get: (s) => s.entries ?? '', align: 'right' },
    { key: 'cash', header: msg('现金', 'Cash'), get: (s) => yuan(s.cash), align: 'right' },
    { key: 'difference', header: msg('差额', 'Difference'), get: (s) => yuan(s.difference), align: 'right' },
    { key: 'state', header: msg('状态', 'State'), get: (s) => label('shiftState', s.state) },
    { key: 'explanation', header: msg('说明', 'Explanation'), get: (s) => s.explanation ?? '' },
  ]);
  if (!ctx.globals.quiet) ctx.out.err(t(msg(`共 ${rows.length} 班`, `${rows.length} shifts`)));
}
