// 进销存台账 (spec 16-stock.md "Commands": stock ledger --month M --xlsx): by item, the month's opening, in, out and
// closing in quantities and values, closing columns as formulas (opening + in − out) with their values stored; the
// month's movements after it. Pure: built from the records. e.g. buildLedger(items, moves, '2026-11', 'moving-average', meta)
import type { StockValuation } from '../../core/enums.gen.js';
import { msg } from '../../core/i18n.js';
import { label } from '../../core/labels.js';
import type { Report, ReportRow } from '../../render/report.js';
import { byBook, cq, isIn, ledger, replay, type Item, type Move } from './rules.js';

export interface Meta {
  center: string;
  generatedAt: string;
  generatedBy?: string;
}

const staffName = (names: ReadonlyMap<string, string>, id?: string) =>
  id ? `${id} ${names.get(id) ?? ''}`.trim() : '';

export function buildLedger(
  items: readonly Item[],
  moves: readonly Move[],
  month: string,
  method: StockValuation,
  meta: Meta,
  staff: ReadonlyMap<string, string> = new Map(),
): Report {
  const rows: ReportRow[] = ledger(items, moves, month, method).map((r) => ({
    item: r.item,
    name: r.name,
    uom: r.uom,
    category: label('stockCategory', r.category),
    openQty: r.openQty / 100,
    openValue: r.openValue,
    inQty: r.inQty / 100,
    inValue: r.inValue,
    outQty: r.outQty / 100,
    outValue: r.outValue,
    closeQty: r.closeQty / 100,
    closeValue: r.closeValue,
  }));
  const values = replay(moves, method).values;
  const names = new Map(items.map((i) => [i.id, i.name]));
  const detail: ReportRow[] = moves
    .filter((m) => m.date.startsWith(month))
    .sort(byBook)
    .map((m) => ({
      id: m.id,
      date: m.date,
      type: label('stockMoveType', m.type),
      item: m.item,
      name: names.get(m.item) ?? m.item,
      inQty: isIn(m) ? cq(m.qty) / 100 : null,
      outQty: isIn(m) ? null : cq(m.qty) / 100,
      value: values.get(m.id) ?? 0,
      who: m.supplier ?? staffName(staff, m.requested_by ?? m.approved_by),
      ref: m.repair ?? m.invoice ?? m.of ?? m.stocktake ?? '',
      purpose: m.purpose ?? m.note ?? (m.reason ? label('writeoffReason', m.reason) : ''),
    }));
  return {
    title: msg('进销存台账', 'Stock ledger'),
    center: meta.center,
    period: month,
    generatedAt: meta.generatedAt,
    generatedBy: meta.generatedBy,
    sheets: [
      {
        name: msg('进销存台账', 'Ledger'),
        totals: true,
        columns: [
          { key: 'item', header: msg('编码', 'Code') },
          { key: 'name', header: msg('名称', 'Name') },
          { key: 'uom', header: msg('单位', 'Unit') },
          { key: 'category', header: msg('类别', 'Category') },
          { key: 'openQty', header: msg('期初数量', 'Opening qty'), type: 'number' },
          { key: 'openValue', header: msg('期初金额', 'Opening value'), type: 'money', total: true },
          { key: 'inQty', header: msg('入库数量', 'In qty'), type: 'number' },
          { key: 'inValue', header: msg('入库金额', 'In value'), type: 'money', total: true },
          { key: 'outQty', header: msg('出库数量', 'Out qty'), type: 'number' },
          { key: 'outValue', header: msg('出库金额', 'Out value'), type: 'money', total: true },
          {
            key: 'closeQty',
            header: msg('期末数量', 'Closing qty'),
            type: 'number',
            formula: '{openQty}+{inQty}-{outQty}',
          },
          {
            key: 'closeValue',
            header: msg('期末金额', 'Closing value'),
            type: 'money',
            total: true,
            formula: '{openValue}+{inValue}-{outValue}',
          },
        ],
        rows,
      },
      {
        name: msg('本月出入库', 'Movements'),
        columns: [
          { key: 'id', header: msg('单号', 'No.') },
          { key: 'date', header: msg('日期', 'Date'), type: 'date' },
          { key: 'type', header: msg('类型', 'Type') },
          { key: 'item', header: msg('编码', 'Code') },
          { key: 'name', header: msg('名称', 'Name') },
          { key: 'inQty', header: msg('入库数量', 'In'), type: 'number' },
          { key: 'outQty', header: msg('出库数量', 'Out'), type: 'number' },
          { key: 'value', header: msg('金额', 'Value'), type: 'money' },
          { key: 'who', header: msg('供应商/领用人', 'Supplier / person') },
          { key: 'ref', header: msg('发票/维修单/原单', 'Invoice / order / ref') },
          { key: 'purpose', header: msg('用途/说明', 'Purpose / note') },
        ],
        rows: detail,
      },
    ],
  };
}
