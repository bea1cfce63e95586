// One key: what it opens, where it is kept, where it is now, its loans and losses.
// e.g. wuye key show K-3-1-0101
import { msg, t } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { dayEndOf, isOverdue, whereabouts, type Key } from '../rules.js';

export const parse = (l: Line) => ({ id: l.id(0, 'key') });

const WHERE = {
  out: msg('借出', 'out on loan'),
  in: msg('在柜', 'in the cabinet'),
  returned: msg('已交还业主', 'returned to the owner'),
  lost: msg('遗失', 'lost'),
};

const hm = (iso?: string) => (iso ? iso.slice(0, 16).replace('T', ' ') : '');

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const k = ctx.shown.read<Key>('key', o.id).data;
  const now = ctx.now();
  const dayEnd = dayEndOf(ctx.config);
  if (ctx.globals.json) {
    ctx.out.json({ ...k, where: whereabouts(k) });
    return;
  }
  ctx.out.fields([
    [msg('钥匙', 'Key'), `${k.id} ${k.label}`],
    [msg('种类', 'Kind'), label('keyRecordType', k.type)],
    [msg('房屋', 'Unit'), k.unit],
    [msg('数量', 'Count'), k.count],
    [msg('存放位置', 'Place'), k.place],
    [msg('收存', 'Held since'), `${k.since}${k.reason ? `（${k.reason}）` : ''}`],
    [msg('现状', 'Now'), t(WHERE[whereabouts(k)])],
  ]);
  const loans = k.loans ?? [];
  if (loans.length) {
    ctx.out.line();
    ctx.out.table(
      loans.map((l, i) => ({ l, i })),
      [
        { key: 'no', header: msg('序', '#'), get: (r) => String(r.i + 1) },
        { key: 'to', header: msg('借用人', 'Borrower'), get: (r) => r.l.to },
        { key: 'purpose', header: msg('用途', 'Purpose'), get: (r) => r.l.purpose },
        { key: 'out', header: msg('借出', 'Out'), get: (r) => hm(r.l.out) },
        { key: 'due', header: msg('应还', 'Due'), get: (r) => hm(r.l.due) },
        {
          key: 'in',
          header: msg('归还', 'Back'),
          get: (r) => (r.l.lost ? '遗失' : r.l.in ? hm(r.l.in) : isOverdue(r.l, now, dayEnd) ? '逾期未还' : '未还'),
        },
        { key: 'by', header: msg('批准', 'Approved'), get: (r) => r.l.approved_by ?? '' },
      ],
    );
  }
  for (const x of k.losses ?? [])
    ctx.out.line(
      `${x.on} 遗失 ${x.count ?? ''} 把：${x.who}，${label('keyLossAction', x.action)}${x.charged ? `，${x.charged}` : ''}`,
    );
}
