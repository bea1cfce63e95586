// The warehouse's domain checks (validate layer 4; spec 16-stock.md): a movement names an existing item and carries
// what its type needs (a receipt its amount and supplier, an issue its person and purpose or order, a write-off its
// approval, a return its issue, a surplus or shortage an approved stocktake); an approved stocktake has its
// approver and every difference explained; a repair's materials name issues of the warehouse for that order.
// e.g. wuye validate stock-moves/2026
import { msg } from '../../core/i18n.js';
import { defineCheck, problemAt, type Check, type Problem } from '../../core/validate/types.js';
import { difference, type Move, type Take } from './rules.js';

const move = defineCheck<Move>({
  name: 'stock/move',
  kinds: ['stock-move'],
  description: msg(
    '出入库单的物品存在；入库有金额和供应商，出库有领用人和用途或维修单，报废有批准人，退库有原出库单，盘盈盘亏有已批准的盘点',
    'a movement names an existing item; a receipt has its amount and supplier, an issue its person and purpose or order, a write-off its approver, a return its issue, an adjustment an approved stocktake',
  ),
  record(r, env) {
    const m = r.data;
    const out: Problem[] = [];
    const need = (ok: boolean, pointer: string, code: string, zh: string, en: string) => {
      if (!ok) out.push(problemAt(r, pointer, code, msg(zh, en)));
    };
    need(
      env.exists('stock-item', m.item),
      '/item',
      'stock-item-missing',
      `没有物品 ${m.item}`,
      `no stock item ${m.item}`,
    );
    if (m.type === 'in') {
      need(m.amount !== undefined, '', 'stock-in-amount', '入库单缺少金额', 'a receipt needs its amount');
      need(!!m.supplier, '', 'stock-in-supplier', '入库单缺少供应商', 'a receipt needs its supplier');
    }
    if (m.type === 'out') {
      need(!!m.requested_by, '', 'stock-out-person', '出库单缺少领用人', 'an issue needs the person it went to');
      need(
        !!(m.purpose || m.repair),
        '',
        'stock-out-purpose',
        '出库单缺少用途或维修单',
        'an issue needs its purpose or repair order',
      );
      if (m.repair)
        need(
          env.exists('repair', m.repair),
          '/repair',
          'stock-out-repair',
          `没有维修单 ${m.repair}`,
          `no repair order ${m.repair}`,
        );
    }
    if (m.type === 'writeoff')
      need(!!m.approved_by, '', 'stock-writeoff-approval', '报废缺少批准人', 'a write-off needs its approver');
    if (m.type === 'return') {
      const of = m.of ? env.get<Move>('stock-move', m.of)?.data : undefined;
      need(
        !!of && of.type === 'out' && of.item === m.item,
        '/of',
        'stock-return-of',
        `退库单的原出库单 ${m.of ?? '（缺）'} 不是 ${m.item} 的出库单`,
        `the issue this returns (${m.of ?? 'missing'}) is not an issue of ${m.item}`,
      );
    }
    if (m.type === 'surplus' || m.type === 'shortage') {
      const t = m.stocktake ? env.get<Take>('stocktake', m.stocktake)?.data : undefined;
      need(
        !!t && t.state === 'approved' && t.lines.some((l) => l.item === m.item),
        '/stocktake',
        'stock-adjust-unapproved',
        `盘盈盘亏须来自已批准的盘点（${m.stocktake ?? '缺盘点单'}）`,
        `a surplus or shortage comes from an approved stocktake (${m.stocktake ?? 'none named'})`,
      );
    }
    return out;
  },
});

const take = defineCheck<Take>({
  name: 'stock/stocktake',
  kinds: ['stocktake'],
  description: msg(
    '已批准的盘点有批准人，差异都有说明；物品存在',
    'an approved stocktake has its approver and every difference explained; its items exist',
  ),
  record(r, env) {
    const t = r.data;
    const out: Problem[] = [];
    t.lines.forEach((l, i) => {
      if (!env.exists('stock-item', l.item))
        out.push(
          problemAt(r, `/lines/${i}/item`, 'stock-item-missing', msg(`没有物品 ${l.item}`, `no stock item ${l.item}`)),
        );
      if (t.state === 'approved' && difference(l) !== 0 && !l.explanation?.trim())
        out.push(
          problemAt(
            r,
            `/lines/${i}`,
            'stock-take-unexplained',
            msg(`${l.item} 的盘点差异没有说明却已批准`, `${l.item}: a difference approved without an explanation`),
          ),
        );
    });
    if (t.state === 'approved' && !t.approved_by)
      out.push(
        problemAt(
          r,
          '/state',
          'stock-take-approver',
          msg('已批准的盘点缺少批准人', 'an approved stocktake needs its approver'),
        ),
      );
    return out;
  },
});

interface RepairMaterials {
  id: string;
  materials?: { item: string; qty: number; ref?: string }[];
}

const repairMaterials = defineCheck<RepairMaterials>({
  name: 'stock/repair-materials',
  kinds: ['repair'],
  description: msg('维修单的材料都有本单的出库单', "a repair order's materials each name a stock issue for that order"),
  record(r, env) {
    const out: Problem[] = [];
    (r.data.materials ?? []).forEach((m, i) => {
      const mv =
        m.ref && /^[A-Z]{1,4}\d{4}-[A-Z]?\d{4,6}$/.test(m.ref) ? env.get<Move>('stock-move', m.ref)?.data : undefined;
      if (!mv || mv.type !== 'out' || (mv.repair && mv.repair !== r.data.id))
        out.push(
          problemAt(
            r,
            `/materials/${i}`,
            'repair-material-unissued',
            msg(
              `材料 ${m.item} 没有本单的出库单${m.ref ? `（${m.ref}）` : ''}`,
              `material ${m.item} names no stock issue for this order${m.ref ? ` (${m.ref})` : ''}`,
            ),
            msg(
              '材料经仓库出库: wuye repair done … --material 编码:数量',
              'materials come from the warehouse: wuye repair done … --material CODE:QTY',
            ),
          ),
        );
    });
    return out;
  },
});

export const checks: readonly Check[] = [move, take, repairMaterials];
