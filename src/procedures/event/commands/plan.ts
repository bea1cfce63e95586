// wuye event plan --year 2027 --quarter 1 --type festival --theme 元宵灯谜会 --budget 800 · wuye event plan --year 2026 [--out plan.pdf]
// Manual 二.5: the department draws up the year's plan of community events; 三.6.7 one a quarter, 三.6.10 a forum
// every six months — quarters and half-years the plan leaves empty are warned about.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { UsageError } from '../../../core/errors.js';
import type { EventType } from '../../../core/enums.gen.js';
import { msg, t } from '../../../core/i18n.js';
import { labelZh } from '../../../core/labels.js';
import { formatMoney, formatYuan, parseMoney } from '../../../core/money.js';
import { appendIn } from '../../../core/yamlio.js';
import { planModel, readPlan, writeForm } from '../forms.js';
import { planGaps, planId, type Plan } from '../rules.js';

export function parse(l: Line) {
  const theme = l.text('theme');
  const month = l.int('month', 1, 12);
  let quarter = l.int('quarter', 1, 4);
  const type = l.choice<EventType>('type');
  if (month !== undefined) {
    const q = Math.floor((month - 1) / 3) + 1;
    if (quarter !== undefined && quarter !== q)
      throw new UsageError(
        msg(`${month} 月在第 ${q} 季度，不是第 ${quarter} 季度`, `month ${month} is in quarter ${q}, not ${quarter}`),
      );
    quarter = q;
  }
  if (theme !== undefined && (quarter === undefined || !type))
    throw new UsageError(
      msg('加计划项须给出 --quarter（或 --month）和 --type', 'an item needs --quarter (or --month) and --type'),
    );
  if (theme === undefined && (type || quarter !== undefined || l.given('budget') || l.given('venue')))
    throw new UsageError(msg('加计划项须给出 --theme', 'an item needs --theme'));
  return {
    year: l.int('year', 2000, 2100),
    item:
      theme === undefined
        ? undefined
        : {
            quarter: quarter!,
            month,
            theme,
            type: type!,
            venue: l.text('venue'),
            budget: l.money('budget') ?? 0,
            organiser: l.idOpt('organiser', 'staff'),
          },
    out: l.text('out'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const year = o.year ?? Number(ctx.today().slice(0, 4));
  const id = planId(year);
  if (o.item) {
    const it = o.item;
    if (it.organiser) ctx.store.read('staff', it.organiser); // not found: exit 3 before anything is written
    await ctx.write((tx) => {
      const op = ctx.operator();
      const item = {
        no: 0,
        quarter: it.quarter,
        ...(it.month ? { month: it.month } : {}),
        theme: it.theme,
        type: it.type,
        ...(it.venue ? { venue: it.venue } : {}),
        budget: formatMoney(it.budget),
        ...(it.organiser ? { organiser: it.organiser } : {}),
      };
      const have = tx.tryRead<Plan>('event-plan', id);
      if (!have) {
        item.no = 1;
        tx.create('event-plan', id, {
          kind: 'event-plan',
          id,
          year,
          made_by: op.id,
          made_at: ctx.today(),
          items: [item],
        });
      } else {
        item.no = Math.max(0, ...have.data.items.map((i) => i.no)) + 1;
        tx.edit<Plan>('event-plan', id, (doc) => appendIn(doc, ['items'], item));
      }
      return {
        message: `event: plan ${id} item ${item.no}`,
        summary: msg(
          `${id} 第 ${item.no} 项：第 ${it.quarter} 季度 ${it.theme}（${labelZh('eventType', it.type)}）`,
          `${id} item ${item.no}: Q${it.quarter} ${it.theme} (${it.type})`,
        ),
      };
    });
  }
  const plan = readPlan(ctx.shown, id);
  const gaps = planGaps(plan);
  if (ctx.globals.json) {
    ctx.out.json({ ...plan, gaps });
  } else if (!o.item || !ctx.globals.quiet) {
    if (!o.item) {
      ctx.out.table(
        [...plan.items].sort((a, b) => a.quarter - b.quarter || a.no - b.no),
        [
          { key: 'no', header: msg('序号', 'No.'), get: (i) => i.no },
          { key: 'q', header: msg('季度', 'Quarter'), get: (i) => `Q${i.quarter}` },
          { key: 'month', header: msg('月', 'Month'), get: (i) => i.month },
          { key: 'theme', header: msg('主题', 'Theme'), get: (i) => i.theme },
          { key: 'type', header: msg('类别', 'Kind'), get: (i) => t(msg(labelZh('eventType', i.type), i.type)) },
          {
            key: 'budget',
            header: msg('预算', 'Budget'),
            get: (i) => formatYuan(parseMoney(i.budget)),
            align: 'right',
          },
        ],
      );
    }
    for (const q of gaps.quarters)
      ctx.warn(
        msg(
          `${year} 年第 ${q} 季度没有计划活动（三.6.7 每季度至少一次）`,
          `${year} Q${q} has no event planned (三.6.7: one a quarter)`,
        ),
      );
    for (const h of gaps.halves)
      ctx.warn(
        msg(
          `${year} 年${h === 1 ? '上' : '下'}半年没有计划业主恳谈会（三.6.10 每六个月至少一次）`,
          `${year} H${h} has no owners' forum planned (三.6.10: one every six months)`,
        ),
      );
  }
  if (o.out)
    await writeForm(
      ctx,
      'event/plan',
      { id, date: plan.made_at ?? `${year}-01-01`, data: planModel(ctx.shown, plan) },
      o.out,
      `${id}-plan.pdf`,
    );
}
