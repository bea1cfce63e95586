// The warehouse's printed forms (spec 16-stock.md "Forms"): 入库单 (a receipt), 出库单/领料单 (an issue, at its
// cost), 盘点表 — a count sheet of a day (book quantities, the count to write in) or a recorded stocktake with its
// differences, explanations and approval. Read through ctx.shown. e.g. wuye stock form issue KC2026-0003
import { parseDateInput } from '../../core/dates.js';
import { RuleError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { checkId } from '../../core/kinds.js';
import { labelZh } from '../../core/labels.js';
import { amountInWords, formatMoney, parseMoney } from '../../core/money.js';
import type { StaffRecord } from '../../core/types.gen.js';
import type { Ctx } from '../../kit/context.js';
import type { FormDef, FormLoad } from '../../kit/forms.js';
import { allItems, allMoves, bookOf } from './book.js';
import { costOf, cq, difference, emptyBalance, qtyText, returnable, share, type Move, type Take } from './rules.js';

const staffName = (ctx: Ctx, id?: string) =>
  id ? (ctx.shown.tryRead<StaffRecord>('staff', id)?.data.name ?? id) : undefined;

function moveForm(ctx: Ctx, id: string, types: readonly Move['type'][], what: string): FormLoad {
  const m = ctx.shown.read<Move>('stock-move', checkId('stock-move', id.trim(), 'ID')).data;
  if (!types.includes(m.type))
    throw new RuleError(
      msg(`${m.id} 是${labelZh('stockMoveType', m.type)}，不是${what}`, `${m.id} is a ${m.type}, not a ${what}`),
      msg('入库单用 receipt，出库单用 issue', 'receipt for a receipt, issue for an issue'),
    );
  const moves = allMoves(ctx.shown);
  const book = bookOf(ctx, ctx.shown, moves);
  const item = allItems(ctx.shown).find((i) => i.id === m.item);
  const value = book.values.get(m.id) ?? 0;
  const q = cq(m.qty);
  const left = m.type === 'out' ? returnable(m, moves) : 0;
  return {
    id: m.id,
    date: m.date,
    data: {
      move: {
        id: m.id,
        date: m.date,
        supplier: m.supplier,
        invoice: m.invoice,
        by: staffName(ctx, m.by),
        checked_by: staffName(ctx, m.checked_by),
        to: staffName(ctx, m.requested_by),
        department: m.department ? labelZh('department', m.department) : undefined,
        purpose: m.purpose ?? (m.reason ? labelZh('writeoffReason', m.reason) : undefined),
        repair: m.repair,
        approved_by: staffName(ctx, m.approved_by),
        note: m.note,
        upper: amountInWords(value),
        returned:
          m.type === 'out' && item && (item.category === 'tool' || item.category === 'uniform')
            ? left > 0
              ? `未还 ${qtyText(left)}${item.uom}`
              : '已全部归还'
            : undefined,
      },
      lines: [
        {
          item: m.item,
          name: item?.name ?? m.item,
          spec: item?.spec,
          uom: item?.uom,
          qty: String(m.qty),
          price: formatMoney(m.unit_price !== undefined ? parseMoney(m.unit_price) : share(value, 100, q)),
          amount: formatMoney(value),
        },
      ],
    },
  };
}

/** A count sheet of a day: every item with its book quantity on that day, the count left to write in. */
export function countSheet(ctx: Ctx, day: string): FormLoad {
  const date = parseDateInput(day.trim(), 'DATE');
  const book = bookOf(
    ctx,
    ctx.shown,
    allMoves(ctx.shown).filter((m) => m.date <= date),
  );
  const items = allItems(ctx.shown).sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    id: `PD-${date}`,
    date,
    data: {
      take: { id: `PD-${date}`, date },
      lines: items.map((i) => ({
        item: i.id,
        name: i.name,
        uom: i.uom,
        location: i.location,
        book: qtyText(book.balances.get(i.id)?.qty ?? 0),
      })),
    },
  };
}

export function takeForm(ctx: Ctx, id: string): FormLoad {
  const t = ctx.shown.read<Take>('stocktake', checkId('stocktake', id.trim(), 'ID')).data;
  const items = allItems(ctx.shown);
  const book = bookOf(
    ctx,
    ctx.shown,
    allMoves(ctx.shown).filter((m) => m.date <= t.date),
  );
  return {
    id: t.id,
    date: t.approved_at?.slice(0, 10) ?? t.date,
    data: {
      take: {
        id: t.id,
        date: t.date,
        counted_by: staffName(ctx, t.counted_by),
        state: labelZh('stocktakeState', t.state),
        approved_by: staffName(ctx, t.approved_by),
        approved: t.approved_at?.slice(0, 10),
      },
      lines: t.lines.map((l) => {
        const i = items.find((x) => x.id === l.item);
        const d = difference(l);
        return {
          item: l.item,
          name: i?.name ?? l.item,
          uom: i?.uom,
          location: i?.location,
          book: String(l.book),
          counted: String(l.counted),
          diff: d === 0 ? '0' : `${d > 0 ? '+' : '−'}${qtyText(Math.abs(d))}`,
          value: d === 0 ? undefined : formatMoney(costOf(book.balances.get(l.item) ?? emptyBalance(), Math.abs(d))),
          explanation: l.explanation,
        };
      }),
    },
  };
}

export const FORMS: FormDef[] = [
  {
    name: 'stock-receipt',
    template: 'stock/receipt',
    title: msg('入库单', 'goods received note'),
    idKind: 'stock-move',
    load: (ctx, id) => moveForm(ctx, id, ['in', 'surplus', 'return'], '入库单'),
  },
  {
    name: 'stock-issue',
    template: 'stock/issue',
    title: msg('出库单（领料单）', 'stores issue slip'),
    idKind: 'stock-move',
    load: (ctx, id) => moveForm(ctx, id, ['out', 'writeoff', 'shortage'], '出库单'),
  },
  {
    name: 'stock-count',
    template: 'stock/stocktake',
    title: msg('盘点表（空白实盘，按日期列出账面数）', 'count sheet (book quantities of a day)'),
    idKind: 'date',
    load: (ctx, day) => countSheet(ctx, day),
  },
  {
    name: 'stock-take',
    template: 'stock/stocktake',
    title: msg('盘点表（已登记的盘点）', 'stocktake sheet (a recorded stocktake)'),
    idKind: 'stocktake',
    load: (ctx, id) => takeForm(ctx, id),
  },
];
