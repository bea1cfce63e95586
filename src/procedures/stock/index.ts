// The warehouse (spec procedures/16-stock.md; manual 具体岗位 三 仓库管理岗, held by the finance clerk): items with
// their unit and safety stock, receipts, issues (to a department, a purpose or a repair order), returns, write-offs,
// the stocktake (counted, explained, approved, then the book adjusted), what to buy, the 进销存台账 by month.
// e.g. wuye stock out WX001 --qty 2 --to S007 --repair BX2026-0007 --as S006
import { msg } from '../../core/i18n.js';
import { DEPARTMENT, STOCK_CATEGORY, WRITEOFF_REASON } from '../../core/enums.gen.js';
import type { Manifest } from '../../kit/manifest.js';
import { FORM_OPTIONS, REPORT_OPTIONS, type ArgSpec, type GroupSpec, type OptionSpec } from '../../kit/spec.js';

const item: ArgSpec = {
  name: 'item',
  description: msg('物品编码，如 WX001', 'item code, e.g. WX001'),
  required: true,
  kind: 'stock-item',
};
const take: ArgSpec = {
  name: 'id',
  description: msg('盘点单号，如 PD2026-0001', 'stocktake, e.g. PD2026-0001'),
  required: true,
  kind: 'stocktake',
};
const qty: OptionSpec = {
  flags: '--qty <n>',
  description: msg('数量（最多两位小数）', 'quantity (two decimals at most)'),
  required: true,
};
const date: OptionSpec = { flags: '--date <date>', description: msg('日期（默认今天）', 'date (default today)') };
const note: OptionSpec = { flags: '--note <text>', description: msg('说明', 'note') };
const category: OptionSpec = {
  flags: '--category <category>',
  description: msg('类别', 'category'),
  choices: STOCK_CATEGORY,
  labels: 'stockCategory',
};

export const stock: GroupSpec = {
  name: 'stock',
  description: msg(
    '仓库管理（出入库、盘点、进销存台账）',
    'the warehouse (receipts, issues, stocktakes, the stock ledger)',
  ),
  commands: [
    {
      name: 'item',
      description: msg('库存物品', 'stock items'),
      commands: [
        {
          name: 'add',
          writes: true,
          description: msg(
            '登记物品（编码、名称、单位、类别、安全库存）',
            'add an item (code, name, unit, category, safety stock)',
          ),
          args: [item],
          options: [
            { flags: '--name <name>', description: msg('名称', 'name'), required: true },
            {
              flags: '--uom <unit>',
              description: msg('计量单位（个、支、米…）', 'unit of measure (each, m, box…)'),
              required: true,
            },
            { ...category, required: true },
            { flags: '--safety <n>', description: msg('安全库存', 'safety stock'), required: true },
            { flags: '--spec <text>', description: msg('规格型号', 'specification') },
            { flags: '--location <text>', description: msg('库位', 'location') },
          ],
          load: () => import('./commands/item-add.js'),
        },
        {
          name: 'list',
          description: msg(
            '物品列表：库存数量、金额、平均单价、安全库存',
            'list items: quantity, value, average cost, safety stock',
          ),
          options: [category],
          load: () => import('./commands/item-list.js'),
        },
      ],
    },
    {
      name: 'in',
      writes: true,
      description: msg(
        '入库（采购：供应商、单价、发票，验收人）',
        'receive (a purchase: supplier, price, invoice, checked by)',
      ),
      args: [item],
      options: [
        qty,
        { flags: '--price <yuan>', description: msg('单价（元）', 'unit price (yuan)') },
        {
          flags: '--amount <yuan>',
          description: msg('金额（元；不写则 单价×数量）', 'amount (yuan; default price × quantity)'),
        },
        { flags: '--supplier <name>', description: msg('供应商', 'supplier'), required: true },
        { flags: '--invoice <no>', description: msg('发票号', 'invoice number') },
        { flags: '--checked-by <staff>', description: msg('验收人', 'checked by') },
        date,
        note,
      ],
      load: () => import('./commands/in.js'),
    },
    {
      name: 'out',
      writes: true,
      description: msg(
        '出库/领料（领用人、部门、用途或维修单；不能超出库存）',
        'issue (who, department, purpose or repair order; never beyond stock)',
      ),
      args: [item],
      options: [
        qty,
        { flags: '--to <staff>', description: msg('领用人', 'requested by'), required: true },
        {
          flags: '--department <dept>',
          description: msg('领用部门', 'department'),
          choices: DEPARTMENT,
          labels: 'department',
        },
        { flags: '--purpose <text>', description: msg('用途', 'purpose') },
        { flags: '--repair <order>', description: msg('维修单号', 'repair order') },
        { flags: '--approved-by <staff>', description: msg('批准人', 'approved by') },
        date,
        note,
      ],
      load: () => import('./commands/out.js'),
    },
    {
      name: 'return',
      writes: true,
      description: msg(
        '退库（领用的工具、工服归还，或未用完的材料）',
        'return (a tool or uniform handed back, or materials unused)',
      ),
      args: [
        {
          name: 'issue',
          description: msg('原出库单号，如 KC2026-0003', 'the issue, e.g. KC2026-0003'),
          required: true,
          kind: 'stock-move',
        },
      ],
      options: [
        { ...qty, required: false, description: msg('数量（默认未还的全部）', 'quantity (default all still out)') },
        date,
        note,
      ],
      load: () => import('./commands/return.js'),
    },
    {
      name: 'writeoff',
      writes: true,
      description: msg('报废（损坏、过期、遗失；须批准）', 'write off (damaged, expired, lost; approved)'),
      args: [item],
      options: [
        qty,
        {
          flags: '--reason <reason>',
          description: msg('原因', 'reason'),
          required: true,
          choices: WRITEOFF_REASON,
          labels: 'writeoffReason',
        },
        {
          flags: '--approved-by <staff>',
          description: msg('批准人（wuye.yaml stock.approve_roles）', 'approved by (stock.approve_roles)'),
          required: true,
        },
        date,
        note,
      ],
      load: () => import('./commands/writeoff.js'),
    },
    {
      name: 'take',
      description: msg(
        '盘点（打印盘点表、登记实盘、说明差异、批准后调账）',
        'stocktake (count sheet, counts, explanations, approval, then the book)',
      ),
      commands: [
        {
          name: 'count',
          writes: true,
          description: msg(
            '登记实盘数量（差异待说明和批准，账面暂不变）',
            'record the counts (differences wait for explanation and approval; the book is unchanged)',
          ),
          options: [
            {
              flags: '--line <count...>',
              description: msg('实盘，可重复: 编码:数量[:差异说明]', 'a count, repeatable: CODE:QTY[:explanation]'),
              required: true,
            },
            date,
            note,
          ],
          load: () => import('./commands/take-count.js'),
        },
        {
          name: 'explain',
          writes: true,
          description: msg('写明差异原因', 'explain differences'),
          args: [take],
          options: [
            {
              flags: '--line <explanation...>',
              description: msg('说明，可重复: 编码:说明', 'an explanation, repeatable: CODE:TEXT'),
              required: true,
            },
          ],
          load: () => import('./commands/take-explain.js'),
        },
        {
          name: 'approve',
          writes: true,
          description: msg(
            '批准盘点并按差异调整账面（盘盈、盘亏）',
            'approve the stocktake and adjust the book (surplus, shortage)',
          ),
          args: [take],
          load: () => import('./commands/take-approve.js'),
        },
        {
          name: 'list',
          description: msg(
            '盘点列表和下次盘点期限（至少每月一次）',
            'stocktakes and when the next is due (at least monthly)',
          ),
          load: () => import('./commands/take-list.js'),
        },
      ],
    },
    {
      name: 'held',
      description: msg(
        '借出未还的工具、工服（按领用人）',
        'tools and uniforms issued and not yet returned (by person)',
      ),
      options: [{ flags: '--to <staff>', description: msg('领用人', 'person') }],
      load: () => import('./commands/held.js'),
    },
    {
      name: 'low',
      description: msg('低于安全库存、需要采购的物品', 'items below safety stock: what to buy'),
      load: () => import('./commands/low.js'),
    },
    {
      name: 'ledger',
      description: msg(
        '进销存台账：按月，期初、入库、出库、期末（数量和金额，xlsx）',
        'the stock ledger of a month: opening, in, out, closing (quantities and values, xlsx)',
      ),
      options: [
        {
          flags: '--month <month>',
          description: msg('月份 YYYY-MM（默认本月）', 'month YYYY-MM (default this month)'),
        },
        ...REPORT_OPTIONS,
      ],
      load: () => import('./commands/ledger.js'),
    },
    {
      name: 'form',
      description: msg(
        '打印入库单、出库单/领料单、盘点表（PDF）',
        'print a receipt, an issue slip or a stocktake sheet (PDF)',
      ),
      args: [
        {
          name: 'name',
          description: msg(
            '表单: receipt、issue、count 或 take（--list 列出）',
            'form: receipt, issue, count or take (see --list)',
          ),
        },
        { name: 'id', description: msg('单号（盘点表 count 为日期）', 'id (the count sheet: a date)') },
      ],
      options: FORM_OPTIONS,
      load: () => import('./commands/form.js'),
    },
  ],
};

export const manifest: Manifest = {
  name: 'stock',
  commands: [stock],
  checks: async () => (await import('./checks.js')).checks,
  forms: async () => (await import('./forms.js')).FORMS,
  generators: async () => [(await import('./generator.js')).stockGenerator],
};
