// wuye repair done BX2026-0007 --work "更换水龙头阀芯" [--material "WX001:1" | "阀芯:1:KC2026-0031"] [--charge 80.00 --items "人工30 材料50"] [--at 15:10]
// The work finished: what was done, the materials (resolved through the warehouse, stock/api.ts: a stock item by
// code or name, issued against the order in this commit unless a stock-out reference is given), and
// for a paid repair the amount to charge (paid to the cashier at the sign-off). Never before the arrival.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { formatMoney, formatYuan } from '../../../core/money.js';
import type { Repair } from '../rules.js';
import { stepLine, takeStep } from '../step.js';
import { useMaterials } from '../../stock/api.js';

const MATERIAL = /^([^:]{1,60}):(\d+(?:\.\d+)?)(?::([A-Za-z0-9-]{1,30}))?$/;

export function parse(l: Line) {
  const materials = l.values('material').map((v) => {
    const m = MATERIAL.exec(v.trim());
    if (!m || Number(m[2]) <= 0)
      throw new UsageError(
        msg(`--material 无效: "${v}"`, `invalid --material: "${v}"`),
        msg(
          '写成 物品编码或名称:数量[:出库单号]，如 WX001:1 或 阀芯:1:KC2026-0031',
          'ITEM:QTY[:STOCK-OUT] (item code or name), e.g. WX001:1 or 阀芯:1:KC2026-0031',
        ),
      );
    return { item: m[1], qty: Number(m[2]), ...(m[3] ? { ref: m[3] } : {}) };
  });
  return {
    ...stepLine(l),
    work: l.text('work')!,
    materials,
    charge: l.money('charge'),
    items: l.text('items'),
    note: l.text('note'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await takeStep(
    ctx,
    o,
    'done',
    msg('完工', 'completion'),
    (r, who, tx) => {
      if (r.arrived_at && Date.parse(who.now) < Date.parse(r.arrived_at))
        throw new RuleError(
          msg(
            `完工时间 ${who.now.slice(0, 16).replace('T', ' ')} 早于到场时间 ${r.arrived_at.slice(0, 16).replace('T', ' ')}`,
            `completion (${who.now.slice(0, 16)}) is before the arrival (${r.arrived_at.slice(0, 16)})`,
          ),
          msg('检查 --at', 'check --at'),
        );
      if (r.paid && !o.charge)
        throw new UsageError(
          msg('有偿维修须写明收费金额（--charge）', 'a paid repair needs the amount to charge (--charge)'),
          msg('如 --charge 80.00 --items "人工30 材料50"', 'e.g. --charge 80.00 --items "labour 30, parts 50"'),
        );
      if (!r.paid && o.charge)
        throw new RuleError(
          msg(`${r.id} 是无偿维修，不能收费`, `${r.id} is a free repair; it cannot be charged`),
          msg('报修时用 --paid 登记有偿维修', 'a paid repair is opened with --paid'),
        );
      const ch: Repair['charge'] | undefined = o.charge
        ? { amount: formatMoney(o.charge), ...(o.items ? { items: o.items } : {}) }
        : undefined;
      const materials = o.materials.length
        ? useMaterials(tx, ctx, { id: r.id, technician: r.technician }, o.materials, who.now.slice(0, 10))
        : [];
      return {
        done_at: who.now,
        work: o.work,
        ...(materials.length ? { materials } : {}),
        ...(ch ? { charge: ch } : {}),
      };
    },
    o.note,
    (r) => ({
      message: `repair: done ${r.id}`,
      summary: msg(
        `${r.id} 已完工${r.charge ? `，应收 ${formatYuan(o.charge!)}` : ''}；请业主签认: wuye repair signoff ${r.id} --name 签字人${r.charge ? ' --method cash' : ''}`,
        `${r.id} done${r.charge ? `, to charge ${formatYuan(o.charge!)}` : ''}; the owner signs: wuye repair signoff ${r.id} --name NAME${r.charge ? ' --method cash' : ''}`,
      ),
    }),
  );
}
