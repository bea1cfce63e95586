// wuye inspect list [--checklist conduct] [--staff S004] [--from 2026-11-01] [--to 2026-11-30] [--failed]
// Manual 一, 三.8, 三.14, 三.15: the rounds, newest first, with their score and the items failed or still open.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { loadChecklist } from '../checklist.js';
import { roundsOf } from '../rounds.js';
import { whereText } from '../rules.js';

export function parse(l: Line) {
  const o = {
    checklist: l.text('checklist'),
    staff: l.idOpt('staff', 'staff'),
    from: l.date('from'),
    to: l.date('to'),
    failed: l.flagged('failed'),
  };
  if (o.from && o.to && o.from > o.to)
    throw new UsageError(msg(`--from ${o.from} 晚于 --to ${o.to}`, `--from ${o.from} is after --to ${o.to}`));
  return o;
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  if (o.checklist) loadChecklist(ctx, o.checklist);
  const rows = roundsOf(ctx, o).filter((x) => !o.failed || x.s.failed.length > 0);
  if (ctx.globals.json) {
    ctx.out.json(rows.map(({ r, s }) => ({ ...r, score: s })));
    return;
  }
  ctx.out.table(rows, [
    { key: 'id', header: msg('编号', 'Id'), get: (x) => x.r.id },
    { key: 'date', header: msg('日期', 'Date'), get: (x) => x.r.date },
    { key: 'checklist', header: msg('检查表', 'Checklist'), get: (x) => x.cl.title },
    { key: 'where', header: msg('对象', 'Inspected'), get: (x) => whereText(x.r.where) },
    { key: 'by', header: msg('检查人', 'By'), get: (x) => x.r.by },
    { key: 'score', header: msg('得分', 'Score'), align: 'right', get: (x) => `${x.s.score}/${x.s.total}` },
    { key: 'failed', header: msg('不合格项', 'Failed'), get: (x) => x.s.failed.join('、') },
    { key: 'open', header: msg('未查', 'Open'), get: (x) => x.s.open.join('、') },
  ]);
}
