// What other procedures use of the warehouse: the repair procedure's materials (manual 三.7; spec 16-stock.md
// "issues to … a repair order"). A material names a stock item by code or name; with a stock-out reference the
// issue must exist, be of that item and for that order; without one it is issued now against the order, in the
// repair step's own commit. An unknown item, a wrong reference or an issue beyond stock: exit 1, nothing written.
// e.g. materials: useMaterials(tx, ctx, { id: 'BX2026-0007', technician: 'S007' }, [{ item: '阀芯', qty: 1 }], '2026-11-28')
import { RuleError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { kindDef } from '../../core/kinds.js';
import type { Tx } from '../../core/store.js';
import type { Ctx } from '../../kit/context.js';
import { allItems, requireItem } from './book.js';
import { enter } from './moves.js';
import { cq, qtyText, type Move } from './rules.js';

export interface Material {
  item: string;
  qty: number;
  ref?: string;
}

/** The repair's materials resolved against the warehouse: each with its item's name and its stock-out id. */
export function useMaterials(
  tx: Tx,
  ctx: Ctx,
  order: { id: string; technician?: string },
  materials: readonly Material[],
  date: string,
): Required<Material>[] {
  const items = allItems(tx.store);
  const resolved = materials.map((m, i) => ({ m, item: requireItem(items, m.item, `--material ${i + 1}`) }));
  const out: Required<Material>[] = [];
  const toIssue: { i: number; item: string; qty: number; name: string }[] = [];
  resolved.forEach(({ m, item }, i) => {
    if (Math.abs(m.qty * 100 - cq(m.qty)) > 1e-6)
      throw new RuleError(msg(`--material ${i + 1}: 数量最多两位小数`, `--material ${i + 1}: at most two decimals`));
    if (m.ref) {
      const mv = kindDef('stock-move').idPattern.test(m.ref) ? tx.tryRead<Move>('stock-move', m.ref)?.data : undefined;
      if (!mv || mv.type !== 'out' || mv.item !== item.id || (mv.repair && mv.repair !== order.id))
        throw new RuleError(
          msg(
            `--material ${i + 1}: ${m.ref} 不是 ${item.id} ${item.name} 的出库单${mv?.repair && mv.repair !== order.id ? `（它领给了 ${mv.repair}）` : ''}`,
            `--material ${i + 1}: ${m.ref} is not an issue of ${item.id} ${item.name}${mv?.repair && mv.repair !== order.id ? ` (it went to ${mv.repair})` : ''}`,
          ),
          msg('不写出库单号则按维修单即时出库', 'leave out the reference to issue it against the order now'),
        );
      if (cq(m.qty) > cq(mv.qty))
        throw new RuleError(
          msg(
            `--material ${i + 1}: 出库单 ${m.ref} 只领了 ${qtyText(cq(mv.qty))}${item.uom}`,
            `--material ${i + 1}: ${m.ref} issued only ${mv.qty}`,
          ),
        );
      out[i] = { item: item.name, qty: m.qty, ref: m.ref };
    } else toIssue.push({ i, item: item.id, qty: m.qty, name: item.name });
  });
  const entered = enter(
    tx,
    ctx,
    toIssue.map((x) => ({
      type: 'out' as const,
      date,
      item: x.item,
      qty: x.qty,
      ...(order.technician ? { requested_by: order.technician } : {}),
      department: 'engineering' as const,
      purpose: `维修 ${order.id}`,
      repair: order.id,
    })),
  );
  toIssue.forEach((x, k) => (out[x.i] = { item: x.name, qty: x.qty, ref: entered[k].move.id }));
  return out;
}
