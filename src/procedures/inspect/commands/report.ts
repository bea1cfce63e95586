// wuye inspect report [--from 2026-01-01 --to 2026-12-31] [--checklist shop] [--xlsx jc.xlsx] [--format csv] [--json]
// Manual 一, 三.8, 三.14, 三.15: the rounds of a period by checklist (rounds, average score, items failed) and
// the items failed most, for the manager's review; each round in the details.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { emitReport } from '../../../kit/report.js';
import { UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { whereText } from '../rules.js';
import { roundsOf } from '../rounds.js';

export function parse(l: Line) {
  const o = {
    checklist: l.text('checklist'),
    from: l.date('from'),
    to: l.date('to'),
    xlsx: l.text('xlsx'),
    format: l.choice<'table' | 'csv'>('format'),
  };
  if (o.from && o.to && o.from > o.to)
    throw new UsageError(msg(`--from ${o.from} 晚于 --to ${o.to}`, `--from ${o.from} is after --to ${o.to}`));
  return o;
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const today = ctx.today();
  const from = o.from ?? `${today.slice(0, 4)}-01-01`;
  const to = o.to ?? today;
  const rounds = roundsOf(ctx, { checklist: o.checklist, from, to }).reverse();
  const by = new Map<string, typeof rounds>();
  for (const x of rounds) by.set(x.r.checklist, [...(by.get(x.r.checklist) ?? []), x]);
  const fails = new Map<string, { checklist: string; item: string; clause: string; text: string; n: number }>();
  for (const { r, cl, s } of rounds)
    for (const id of s.failed) {
      const it = cl.items.find((i) => i.id === id)!;
      const k = `${r.checklist}/${id}`;
      const f = fails.get(k) ?? { checklist: cl.title, item: id, clause: it.clause, text: it.text, n: 0 };
      f.n++;
      fails.set(k, f);
    }
  const op = ctx.globals.as ? ctx.operator() : undefined;
  await emitReport(
    ctx,
    {
      title: msg('检查汇总', 'Inspections'),
      center: ctx.config.center.name,
      period: `${from} ~ ${to}`,
      generatedAt: ctx.now(),
      generatedBy: op ? `${op.id} ${op.name}` : undefined,
      sheets: [
        {
          name: msg('按检查表', 'By checklist'),
          columns: [
            { key: 'checklist', header: msg('检查表', 'Checklist') },
            { key: 'rounds', header: msg('次数', 'Rounds'), type: 'integer', total: true },
            { key: 'failed', header: msg('不合格项', 'Items failed'), type: 'integer', total: true },
            { key: 'average', header: msg('平均得分率', 'Average score'), type: 'percent' },
          ],
          totals: true,
          rows: [...by.values()].map((xs) => ({
            checklist: t({ zh: xs[0].cl.title, en: xs[0].cl.title_en ?? xs[0].cl.title }),
            rounds: xs.length,
            failed: xs.reduce((a, x) => a + x.s.failed.length, 0),
            average: xs.reduce((a, x) => a + (x.s.total ? x.s.score / x.s.total : 0), 0) / xs.length,
          })),
        },
        {
          name: msg('不合格项', 'Failed items'),
          columns: [
            { key: 'checklist', header: msg('检查表', 'Checklist') },
            { key: 'clause', header: msg('条款', 'Clause') },
            { key: 'text', header: msg('内容', 'Item') },
            { key: 'n', header: msg('次数', 'Times'), type: 'integer' },
          ],
          rows: [...fails.values()].sort((a, b) => b.n - a.n),
        },
        {
          name: msg('检查记录', 'Rounds'),
          columns: [
            { key: 'id', header: msg('编号', 'Id') },
            { key: 'date', header: msg('日期', 'Date'), type: 'date' },
            { key: 'checklist', header: msg('检查表', 'Checklist') },
            { key: 'where', header: msg('对象', 'Inspected') },
            { key: 'by', header: msg('检查人', 'By') },
            { key: 'score', header: msg('得分', 'Score'), type: 'integer' },
            { key: 'total', header: msg('总分', 'Points'), type: 'integer' },
            { key: 'failed', header: msg('不合格项', 'Failed') },
          ],
          rows: rounds.map(({ r, cl, s }) => ({
            id: r.id,
            date: r.date,
            checklist: cl.title,
            where: whereText(r.where),
            by: r.by,
            score: s.score,
            total: s.total,
            failed: s.failed.join('、'),
          })),
        },
      ],
    },
    { xlsx: o.xlsx, format: o.format },
  );
}
