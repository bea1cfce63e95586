// wuye audit reveals [--from 2026-11-01] [--to 2026-11-30] [--by S003] [--json] — every time personal data was
// shown or written unmasked (--reveal; quality.md "Security and privacy"): who, when, why, the command, the
// records it named and where the output went, from the audit entries under reveals/ (src/kit/reveal.ts).
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import type { RevealRecord } from '../../../core/types.gen.js';

export function parse(l: Line) {
  const o = { from: l.date('from'), to: l.date('to'), by: l.idOpt('by', 'staff') };
  if (o.from && o.to && o.from > o.to)
    throw new UsageError(
      msg(`--from ${o.from} 晚于 --to ${o.to}`, `--from ${o.from} is after --to ${o.to}`),
      msg('交换两个日期', 'swap the two dates'),
    );
  return o;
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const rows = [...ctx.shown.all<RevealRecord>('reveal')]
    .map((r) => r.data)
    .filter((r) => (!o.from || r.at.slice(0, 10) >= o.from) && (!o.to || r.at.slice(0, 10) <= o.to))
    .filter((r) => !o.by || r.by === o.by)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  if (ctx.globals.json) {
    ctx.out.json(rows);
    return;
  }
  if (rows.length === 0) {
    ctx.out.err(t(msg('没有未遮蔽查看的记录', 'no reveals of personal data recorded')));
    return;
  }
  ctx.out.table(rows, [
    { key: 'id', header: msg('编号', 'Id'), get: (r) => r.id },
    { key: 'at', header: msg('时间', 'At'), get: (r) => r.at.slice(0, 16).replace('T', ' ') },
    { key: 'by', header: msg('查看人', 'By'), get: (r) => r.by },
    { key: 'reason', header: msg('理由', 'Reason'), get: (r) => r.reason },
    { key: 'records', header: msg('记录', 'Records'), get: (r) => r.records.map((x) => x.id).join(' ') },
    { key: 'outputs', header: msg('输出', 'Output'), get: (r) => r.outputs.join(' ') },
    { key: 'command', header: msg('命令', 'Command'), get: (r) => r.command },
  ]);
}
