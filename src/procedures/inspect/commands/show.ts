// wuye inspect show JC2026-0003 [--pdf 检查.pdf] · wuye inspect show canteen --blank --pdf 食堂检查表.pdf
// Manual 一, 三.8, 三.14, 三.15: one round — each item, its result, the points deducted, photos, follow-ups — or the
// blank sheet of a checklist to carry on a round; printed as 检查记录表.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { outputPath } from '../../../kit/outpath.js';
import { savePdf } from '../../../kit/print-form.js';
import { NotFoundError, UsageError } from '../../../core/errors.js';
import { lang, msg, t } from '../../../core/i18n.js';
import { checkId } from '../../../core/kinds.js';
import { loadChecklist } from '../checklist.js';
import { scoreRound, whereText, type Round } from '../rules.js';
import { roundData, roundRows } from '../view.js';

export function parse(l: Line) {
  const blank = l.flagged('blank');
  const name = l.arg(0);
  if (!name)
    throw new UsageError(
      msg('缺少 ID（检查记录，或 --blank 时的检查表）', 'missing ID (a round, or a checklist with --blank)'),
    );
  const pdf = l.text('pdf');
  if (blank && pdf === undefined) throw new UsageError(msg('--blank 要和 --pdf 一起用', '--blank goes with --pdf'));
  return { id: blank ? name : checkId('inspection', name, 'ID'), blank, pdf };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const round = o.blank ? undefined : ctx.shown.tryRead<Round>('inspection', o.id)?.data;
  if (!o.blank && !round)
    throw new NotFoundError(
      msg(`没有检查记录 ${o.id}`, `no inspection round ${o.id}`),
      msg('用 wuye inspect list 查看', 'see wuye inspect list'),
    );
  const cl = loadChecklist(ctx, round ? round.checklist : o.id);
  if (o.pdf !== undefined) {
    const { renderForm } = await import('../../../render/pdf/index.js');
    const pdf = await renderForm(
      { form: 'inspect/round', data: roundData(cl, round), id: round?.id ?? '', date: round?.date ?? ctx.today() },
      { root: ctx.root, config: ctx.config, lang: lang() },
    );
    const file = outputPath(ctx, o.pdf, `${round?.id ?? `${cl.name}-blank`}.pdf`, 'pdf');
    const written = await savePdf(ctx, file, pdf, '--pdf');
    ctx.info(msg(`已生成 ${file}${written ? '' : '（内容未变）'}`, `wrote ${file}${written ? '' : ' (unchanged)'}`));
    return;
  }
  const r = round!;
  const s = scoreRound(cl, r.results);
  if (ctx.globals.json) {
    ctx.out.json({ ...r, title: cl.title, score: s });
    return;
  }
  ctx.out.line(
    `${r.id}  ${t({ zh: cl.title, en: cl.title_en ?? cl.title })}  ${r.date}  ${whereText(r.where)}  ${r.by}`,
  );
  ctx.out.table(roundRows(cl, r), [
    { key: 'item', header: msg('项', 'Item'), get: (x) => x.item },
    { key: 'clause', header: msg('条款', 'Clause'), get: (x) => x.clause },
    { key: 'text', header: msg('内容', 'What'), get: (x) => x.text },
    { key: 'points', header: msg('分值', 'Points'), align: 'right', get: (x) => String(x.points) },
    { key: 'result', header: msg('结果', 'Result'), get: (x) => `${x.result}${x.value !== '' ? ` (${x.value})` : ''}` },
    { key: 'note', header: msg('说明', 'Note'), get: (x) => x.note },
  ]);
  ctx.out.line(
    t(
      msg(
        `总分 ${s.total}，扣 ${s.deducted}，得 ${s.score}${s.open.length ? `；未查 ${s.open.join('、')}` : ''}`,
        `points ${s.total}, deducted ${s.deducted}, score ${s.score}${s.open.length ? `; open: ${s.open.join(', ')}` : ''}`,
      ),
    ),
  );
  for (const f of r.follow_ups ?? [])
    ctx.out.line(
      t(msg(`跟进: ${f.what}${f.ref ? `（${f.ref}）` : ''}`, `follow-up: ${f.what}${f.ref ? ` (${f.ref})` : ''}`)),
    );
}
