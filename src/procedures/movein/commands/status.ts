// wuye movein status --building 3: the move-in board — how many units are at
// each step of the manual's order, and which are stuck and why (a missed slot,
// a refused inspection, overdue or escalated defects, keys or agreements pending).
import { NotFoundError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { compareIds, idOfPath } from '../../../core/kinds.js';
import { label } from '../../../core/labels.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { readMovein } from '../cases.js';
import { caseIdsOfBuilding } from '../lookup.js';
import { openDefects, STEP_ORDER, stuckReasons } from '../rules.js';

export const parse = (l: Line) => ({ building: l.building()! });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { building } = o;
  const today = ctx.today();
  const cases = caseIdsOfBuilding(ctx.store, building)
    .sort(compareIds)
    .map((id) => readMovein(ctx.shown, id));
  const unitRels = ctx.store.unitRels(building);
  if (!cases.length && !unitRels.length)
    throw new NotFoundError(
      msg(`没有第 ${building} 栋`, `no building ${building}`),
      msg('用 wuye unit list 查看楼栋', 'see wuye unit list'),
    );
  const withCase = new Set(cases.map((c) => c.id));
  let unplannedBuyers = 0;
  for (const rel of unitRels) {
    const id = idOfPath(rel);
    if (withCase.has(id)) continue;
    if ((ctx.shown.readRel<UnitRecord>(rel, 'unit', id).data.owners ?? []).length) unplannedBuyers++;
  }
  const counts = STEP_ORDER.map((s) => ({ state: s, n: cases.filter((c) => c.state === s).length }));
  const stuck = cases
    .map((c) => ({ c, why: stuckReasons(c, today, ctx.config.movein.announce_days) }))
    .filter((x) => x.why.length);
  const openTotal = cases.reduce((s, c) => s + openDefects(c).length, 0);
  const keptKeys = cases.filter((c) => c.keys?.kept && openDefects(c).length).length;
  if (ctx.globals.json) {
    ctx.out.json({
      building,
      today,
      total: cases.length,
      unplanned_buyers: unplannedBuyers,
      counts: Object.fromEntries(counts.map((x) => [x.state, x.n])),
      open_defects: openTotal,
      kept_keys: keptKeys,
      stuck: stuck.map((x) => ({ id: x.c.id, state: x.c.state, reasons: x.why.map((m) => t(m)) })),
    });
    return;
  }
  ctx.out.line(
    t(
      msg(
        `第 ${building} 栋入伙看板（${today}）：共 ${cases.length} 户`,
        `Building ${building} move-in board (${today}): ${cases.length} units`,
      ),
    ) +
      (unplannedBuyers
        ? t(
            msg(
              `，另有 ${unplannedBuyers} 户有购房人但未排定预约`,
              `, ${unplannedBuyers} more with a buyer but no slot`,
            ),
          )
        : ''),
  );
  ctx.out.line();
  const max = Math.max(1, ...counts.map((x) => x.n));
  ctx.out.table(counts, [
    { key: 'state', header: msg('步骤', 'Step'), get: (x) => label('moveinState', x.state) },
    { key: 'n', header: msg('户数', 'Units'), get: (x) => x.n, align: 'right' },
    { key: 'bar', header: msg('', ''), get: (x) => '█'.repeat(Math.round((x.n / max) * 30)) },
  ]);
  ctx.out.line();
  ctx.out.line(
    t(
      msg(
        `待整改问题 ${openTotal} 项；留存大门钥匙 ${keptKeys} 户`,
        `${openTotal} open defects; ${keptKeys} entrance keys kept at the center`,
      ),
    ),
  );
  ctx.out.line();
  if (!stuck.length) {
    ctx.out.line(t(msg('没有卡住的房屋', 'nothing is stuck')));
    return;
  }
  ctx.out.line(t(msg(`卡住的房屋 ${stuck.length} 户：`, `${stuck.length} stuck:`)));
  ctx.out.table(stuck, [
    { key: 'id', header: msg('房屋', 'Unit'), get: (x) => x.c.id },
    { key: 'state', header: msg('步骤', 'Step'), get: (x) => label('moveinState', x.c.state) },
    { key: 'why', header: msg('原因', 'Why'), get: (x) => x.why.map((m) => t(m)).join('；') },
  ]);
}
