// Fees: billing, collection, receipts, arrears (spec procedures/07-fees.md; manual 四.7, 四.9, 二.7, 三.6.13, 三.7.5).
// The commands as data; each one's code loads only when it runs.
// e.g. wuye fee bill --period 2026-11 · wuye fee pay 1-2-0801 --amount 630.06 --method wechat
import { msg } from '../../core/i18n.js';
import type { Manifest } from '../../kit/manifest.js';
import type { ArgSpec, GroupSpec, OptionSpec } from '../../kit/spec.js';
import { PAY_METHOD } from '../../core/enums.gen.js';

const unitArg: ArgSpec = {
  name: 'unit',
  description: msg('房屋编号，如 1-2-0801', 'unit id, e.g. 1-2-0801'),
  required: true,
};
const receiptArg: ArgSpec = {
  name: 'number',
  description: msg('收据号（7 位），如 0000101', 'receipt number (7 digits), e.g. 0000101'),
  required: true,
};
const bookArg: ArgSpec = {
  name: 'book',
  description: msg('收据本编号，如 SJ-0003', 'receipt book number, e.g. SJ-0003'),
  required: true,
};
const building: OptionSpec = { flags: '--building <b>', description: msg('只含此栋', 'only this building') };
const pdfOut: OptionSpec = {
  flags: '--pdf <file>',
  description: msg('同时打印为 PDF 文件', 'also print it as a PDF file'),
};
const reason: OptionSpec = {
  flags: '--reason <text>',
  description: msg('原因（保留在记录中）', 'reason (kept on record)'),
  required: true,
};
const approvedBy: OptionSpec = {
  flags: '--approved-by <staff>',
  description: msg('批准人（员工编号）', 'approved by (staff id)'),
  required: true,
};
const format: OptionSpec = {
  flags: '--format <f>',
  description: msg('输出格式：table 或 csv（默认 table）', 'output format: table or csv (default table)'),
  choices: ['table', 'csv'],
};

export const fee: GroupSpec = {
  name: 'fee',
  description: msg('物业管理费用收取：计费、收款、收据、欠费催缴', 'fees: billing, collection, receipts, arrears'),
  commands: [
    {
      name: 'account',
      description: msg('一套房屋的账户：账单、收款、余额、欠费', "a unit's account: bills, payments, balance, arrears"),
      args: [unitArg],
      options: [{ flags: '--year <y>', description: msg('只显示此年度', 'only this year') }],
      load: () => import('./commands/account.js'),
    },
    {
      name: 'adjust',
      writes: true,
      description: msg(
        '调整：减免、更正或滞纳金减免（冲正条目，须注明原因和批准人）',
        'adjust: a waiver, correction or late-fee waiver (a reversing entry with reason and approver)',
      ),
      args: [unitArg],
      options: [
        {
          flags: '--type <t>',
          description: msg('类型', 'type'),
          choices: ['waiver', 'correction', 'late-fee-waiver'],
          required: true,
        },
        { flags: '--bill <id>', description: msg('账单，如 2026-11/mgmt', 'bill, e.g. 2026-11/mgmt'), required: true },
        {
          flags: '--amount <yuan>',
          description: msg(
            '金额（减少应收；更正可加 --increase 增加）',
            'amount (reduces what is due; a correction may --increase)',
          ),
          required: true,
        },
        { flags: '--increase', description: msg('更正为增加应收', 'the correction increases what is due') },
        reason,
        approvedBy,
      ],
      load: () => import('./commands/adjust.js'),
    },
    {
      name: 'arrears',
      description: msg(
        '欠费清单与账龄（0–3、3–6、6–12、12 个月以上）',
        'arrears with ageing (0–3, 3–6, 6–12, >12 months)',
      ),
      options: [
        { flags: '--months <n>', description: msg('只列逾期至少 N 个月的', 'only those overdue at least N months') },
        building,
        { flags: '--as-of <date>', description: msg('计至日期（默认今天）', 'as of (default today)') },
        format,
      ],
      load: () => import('./commands/arrears.js'),
    },
    {
      name: 'bill',
      writes: true,
      description: msg(
        '按期计费：为已起算的每套房屋出账（重复运行不重复计费）',
        'bill a period: every unit whose fee has started (re-running bills nothing twice)',
      ),
      options: [
        {
          flags: '--period <YYYY-MM>',
          description: msg('计费期间（周期首月）', 'period (first month of the cycle)'),
          required: true,
        },
        building,
      ],
      load: () => import('./commands/bill.js'),
    },
    {
      name: 'books',
      description: msg('收据本：领用、缴回、核销', 'receipt books: issue, return, check'),
      commands: [
        {
          name: 'issue',
          writes: true,
          description: msg('领用收据本给收款员', 'issue a receipt book to a cashier'),
          args: [bookArg],
          options: [
            { flags: '--from <no>', description: msg('起始号（7 位）', 'first number (7 digits)'), required: true },
            { flags: '--to <no>', description: msg('终止号（7 位）', 'last number (7 digits)'), required: true },
            {
              flags: '--cashier <staff>',
              description: msg('领用的收款员', 'the cashier it is issued to'),
              required: true,
            },
          ],
          load: () => import('./commands/books-issue.js'),
        },
        {
          name: 'return',
          writes: true,
          description: msg('缴回收据本（用完或停用）', 'return a receipt book (used up or withdrawn)'),
          args: [bookArg],
          load: () => import('./commands/books-return.js'),
        },
        {
          name: 'check',
          description: msg(
            '核销登记：每本每个号码的使用、作废、未用',
            'the register: every number of every book as used, voided or not issued',
          ),
          args: [{ name: 'book', description: msg('只核此本', 'only this book') }],
          options: [
            { flags: '--mark', description: msg('记录核销（已缴回的本）', 'record the check (returned books)') },
            {
              flags: '--all',
              description: msg(
                '列出每本的每个号码（否则终端中每本一行）',
                'every number of every book (else one line a book on screen)',
              ),
            },
            format,
          ],
          load: () => import('./commands/books-check.js'),
        },
      ],
    },
    {
      name: 'close-day',
      writes: true,
      description: msg(
        '日结：当日收据、按方式合计、应存银行现金；日结后不可更改，此后的收款记入下一个工作日',
        "close the cashier's day: receipts, totals by method, cash to bank; immutable afterwards, later payments are booked to the next working day",
      ),
      options: [
        { flags: '--date <date>', description: msg('日期（默认今天）', 'date (default today)') },
        { flags: '--slip <no>', description: msg('银行缴款单号', 'bank deposit slip number') },
        pdfOut,
      ],
      load: () => import('./commands/close-day.js'),
    },
    {
      name: 'reopen-day',
      writes: true,
      description: msg(
        '重开已日结的一天（用户服务部经理，须写原因，记入日结记录）；再次 close-day 后重新封存',
        "reopen a closed cashier day (the cs-manager, with a reason kept in the day's record); close-day seals it again",
      ),
      options: [
        { flags: '--date <date>', description: msg('日期（默认今天）', 'date (default today)') },
        {
          flags: '--cashier <staff>',
          description: msg('收款员（员工编号）', 'the cashier (staff id)'),
          required: true,
        },
        reason,
      ],
      load: () => import('./commands/reopen-day.js'),
    },
    {
      name: 'dunning',
      writes: true,
      description: msg(
        '催缴通知：打印到期的通知并记录（同一阶段同一欠费不重复）',
        'dunning notices: print those due and record them (never twice for a stage and debt)',
      ),
      options: [
        {
          flags: '--stage <s>',
          description: msg(
            '阶段（wuye.yaml 的 dunning，如 reminder、formal、final）',
            'stage (dunning in wuye.yaml, e.g. reminder, formal, final)',
          ),
          required: true,
        },
        {
          flags: '--out <dir>',
          description: msg('输出目录（默认记录库的 out/）', 'output folder (default out/ in the records root)'),
        },
        building,
      ],
      load: () => import('./commands/dunning.js'),
    },
    {
      name: 'items',
      description: msg('收费价目表（收费项目、标准、依据）', 'the published price list (fee items, rates, basis)'),
      options: [
        { flags: '--date <date>', description: msg('价目生效日（默认今天）', 'rates in force on (default today)') },
        pdfOut,
      ],
      load: () => import('./commands/items.js'),
    },
    {
      name: 'rate',
      writes: true,
      description: msg(
        '调整收费单价：自某日起执行，附价格文件文号；已出账的期间不能改价（主任、用户服务部经理）',
        "set a fee item's rate from a date, with its price document; refused for a billed period (director, cs-manager)",
      ),
      args: [
        {
          name: 'item',
          description: msg('收费项目代码，如 mgmt-residential', 'fee item code, e.g. mgmt-residential'),
          required: true,
        },
      ],
      options: [
        {
          flags: '--rate <yuan>',
          description: msg('新单价（元），如 2.30', 'the new rate (yuan), e.g. 2.30'),
          required: true,
        },
        {
          flags: '--from <date>',
          description: msg(
            '执行日期（计费周期第一天，如 2027-01-01）',
            'effective from (the first day of a billing cycle)',
          ),
          required: true,
        },
        {
          flags: '--document <text>',
          description: msg(
            '价格依据文号（价格主管部门备案/批复、业主大会决议）',
            "the price document (the pricing authority's filing or approval, the owners' assembly resolution)",
          ),
          required: true,
        },
      ],
      load: () => import('./commands/rate.js'),
    },
    {
      name: 'late-fees',
      writes: true,
      description: msg(
        '计算滞纳金（按 wuye.yaml 设定；默认关闭）',
        'compute late fees (as wuye.yaml sets; off by default)',
      ),
      options: [
        { flags: '--as-of <date>', description: msg('计至日期', 'as of'), required: true },
        building,
        { flags: '--record', description: msg('记入账单（否则只显示）', 'record them on the bills (else only show)') },
      ],
      load: () => import('./commands/late-fees.js'),
    },
    {
      name: 'pay',
      writes: true,
      description: msg(
        '收款并打印收据（三联：存根、收据、记账）',
        'take a payment and print the receipt (three copies: stub, receipt, accounts)',
      ),
      args: [unitArg],
      options: [
        { flags: '--amount <yuan>', description: msg('金额（元）', 'amount (yuan)'), required: true },
        { flags: '--method <m>', description: msg('方式', 'method'), choices: PAY_METHOD, required: true },
        {
          flags: '--items <codes>',
          description: msg(
            '只付这些项目（逗号分隔），否则从最早的账单付起',
            'pay only these items (comma-separated); else oldest bills first',
          ),
        },
        {
          flags: '--bills <ids>',
          description: msg(
            '只付这些账单（逗号分隔，如 2026-11/mgmt）',
            'pay only these bills (comma-separated, e.g. 2026-11/mgmt)',
          ),
        },
        { flags: '--late-fees', description: msg('先付已计提的滞纳金', 'pay accrued late fees first') },
        {
          flags: '--deposit <item>',
          description: msg('收取押金（押金类收费项目）', 'take a deposit (a deposit fee item)'),
        },
        { flags: '--payer <name>', description: msg('交款人', 'payer') },
        {
          flags: '--out <dir>',
          description: msg(
            '收据 PDF 输出目录（默认记录库的 out/receipts/）',
            'folder for the receipt PDF (default out/receipts/ in the records root)',
          ),
        },
        { flags: '--no-print', description: msg('不打印收据 PDF', 'do not print the receipt PDF') },
      ],
      load: () => import('./commands/pay.js'),
    },
    {
      name: 'receipt',
      description: msg('收据：补打、作废', 'receipts: reprint, void'),
      commands: [
        {
          name: 'reprint',
          writes: true,
          description: msg('补打收据（同一号码，标明“补打”）', 'reprint a receipt (same number, marked 补打)'),
          args: [receiptArg],
          options: [
            {
              flags: '--out <dir>',
              description: msg(
                '输出目录（默认记录库的 out/receipts/）',
                'output folder (default out/receipts/ in the records root)',
              ),
            },
          ],
          load: () => import('./commands/receipt-reprint.js'),
        },
        {
          name: 'void',
          writes: true,
          description: msg(
            '作废收据（保留号码和原因，收款冲回）',
            'void a receipt (the number is kept with the reason; the payment is reversed)',
          ),
          args: [receiptArg],
          options: [reason],
          load: () => import('./commands/receipt-void.js'),
        },
      ],
    },
    {
      name: 'refund',
      writes: true,
      description: msg(
        '退款：退预存或退押金（须注明原因和批准人）',
        'refund prepayment or a deposit (with reason and approver)',
      ),
      args: [unitArg],
      options: [
        { flags: '--amount <yuan>', description: msg('金额（元）', 'amount (yuan)'), required: true },
        {
          flags: '--deposit <item>',
          description: msg('退此押金（否则退预存）', 'refund this deposit (else prepayment)'),
        },
        reason,
        approvedBy,
      ],
      load: () => import('./commands/refund.js'),
    },
    {
      name: 'report',
      description: msg('收费报表（xlsx）', 'fee reports (xlsx)'),
      args: [
        {
          name: 'report',
          description: msg(
            'ledger（台账）、collection（收缴率）、daily（日报）、arrears（账龄）、books（收据使用）、disclosure（收支公布）',
            'ledger, collection, daily, arrears, books, disclosure',
          ),
          required: true,
        },
      ],
      options: [
        { flags: '--xlsx <file>', description: msg('输出的 .xlsx 文件', 'the .xlsx file to write') },
        {
          flags: '--pdf <file>',
          description: msg('输出 PDF（收缴率含图表）', 'PDF output (collection rates with a chart)'),
        },
        {
          flags: '--year <y>',
          description: msg(
            '年度（默认今年；台账可用 all：全部年度）',
            'year (default this year; the ledger takes all: every year)',
          ),
        },
        { flags: '--date <date>', description: msg('日报的日期', 'date of the daily report') },
        format,
      ],
      load: () => import('./commands/report.js'),
    },
    {
      name: 'statement',
      description: msg(
        '对账单/缴费通知单：一套、一栋或全部（批量，可合并）',
        'statements: one unit, a building or all (batch, optionally merged)',
      ),
      args: [{ name: 'unit', description: msg('房屋编号', 'unit id') }],
      options: [
        building,
        { flags: '--all', description: msg('全部房屋', 'every unit') },
        { flags: '--period <YYYY-MM>', description: msg('期间', 'period'), required: true },
        {
          flags: '--out <dir>',
          description: msg('输出目录（默认记录库的 out/）', 'output folder (default out/ in the records root)'),
        },
        { flags: '--merge', description: msg('合并为一个 PDF', 'one merged PDF') },
      ],
      load: () => import('./commands/statement.js'),
    },
  ],
};

export const manifest: Manifest = {
  name: 'fee',
  commands: [fee],
  checks: async () => (await import('./checks.js')).checks,
  history: async () => [(await import('./history.js')).closedDayRule],
  forms: async () => (await import('./forms.js')).FORMS,
  generators: async () => [(await import('./generator.js')).feesGenerator],
};
