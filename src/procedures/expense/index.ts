// The expense-claim procedure (spec procedures/08-expense.md; manual 四.8 物业服务中心费用报销要求): claims
// with their invoices, the approval chain by amount, payment by the cashier, the 费用报销单 and 粘贴单, the
// month's report. e.g. wuye expense new --category office --line "vat-ordinary:043002400111:01234567:长沙文具店:2026-11-20:128.50:打印纸"
import { msg } from '../../core/i18n.js';
import { EXPENSE_CATEGORY, EXPENSE_STATE, INVOICE_TYPE, PAY_METHOD } from '../../core/enums.gen.js';
import type { Manifest } from '../../kit/manifest.js';
import { FORM_OPTIONS, REPORT_OPTIONS, type ArgSpec, type GroupSpec } from '../../kit/spec.js';

const id: ArgSpec = {
  name: 'id',
  description: msg('报销单编号，如 BZ2026-0001', 'claim id, e.g. BZ2026-0001'),
  required: true,
  kind: 'expense',
};

export const expense: GroupSpec = {
  name: 'expense',
  description: msg('费用报销（四.8）', 'expense claims (manual 四.8)'),
  commands: [
    {
      name: 'new',
      writes: true,
      description: msg(
        '填报费用报销单（发票逐张登记，按金额定审批链）',
        'file an expense claim (each invoice, the approval chain by amount)',
      ),
      options: [
        {
          flags: '--category <category>',
          description: msg('费用类别', 'category'),
          required: true,
          choices: EXPENSE_CATEGORY,
          labels: 'expenseCategory',
        },
        {
          flags: '--line <invoice...>',
          description: msg(
            `发票，可重复: 类型:代码:号码:开票单位:日期:金额[:摘要]（类型 ${INVOICE_TYPE.join('/')}；全电发票代码留空）`,
            `an invoice, repeatable: type:code:number:issuer:date:amount[:description] (type ${INVOICE_TYPE.join('/')}; empty code for an all-electronic invoice)`,
          ),
          required: true,
        },
        { flags: '--claimant <staff>', description: msg('报销人（默认操作员）', 'claimant (default: the operator)') },
        { flags: '--date <date>', description: msg('报销日期（默认今天）', 'date of the claim (default today)') },
        { flags: '--purpose <text>', description: msg('事由', 'purpose') },
        {
          flags: '--guests <text>',
          description: msg('招待对象及人数（业务招待费）', 'guests, who and how many (hospitality)'),
        },
        {
          flags: '--event <event>',
          description: msg(
            '关联的社区活动编号，如 HD2026-0006（社区活动费）',
            'the community event id, e.g. HD2026-0006 (event costs)',
          ),
        },
        {
          flags: '--attachments <n>',
          description: msg('附单据张数（默认发票张数）', 'documents attached (default: the invoices)'),
        },
      ],
      load: () => import('./commands/new.js'),
    },
    {
      name: 'approve',
      writes: true,
      description: msg(
        '按审批链签批（部门经理、主任、公司财务依次）',
        'sign at the next level of the chain (manager, director, finance in turn)',
      ),
      args: [id],
      options: [{ flags: '--note <text>', description: msg('审批意见', 'note') }],
      load: () => import('./commands/approve.js'),
    },
    {
      name: 'reject',
      writes: true,
      description: msg('退回报销单（须写理由）', 'reject a claim (with the reason)'),
      args: [id],
      options: [{ flags: '--reason <text>', description: msg('退回理由', 'reason'), required: true }],
      load: () => import('./commands/reject.js'),
    },
    {
      name: 'pay',
      writes: true,
      description: msg('出纳付款（审批完成后）', 'the cashier pays an approved claim'),
      args: [id],
      options: [
        {
          flags: '--method <method>',
          description: msg('付款方式（默认现金）', 'method (default cash)'),
          choices: PAY_METHOD,
          labels: 'payMethod',
        },
        { flags: '--voucher <no>', description: msg('付款凭证号', 'voucher number') },
      ],
      load: () => import('./commands/pay.js'),
    },
    {
      name: 'list',
      description: msg('报销单列表（--pending-for 某角色待批的）', 'list claims (--pending-for: awaiting a role)'),
      options: [
        {
          flags: '--pending-for <role>',
          description: msg(
            '待该角色审批的（cs-manager、director、finance）或待付款的（cashier）',
            'awaiting this role (cs-manager, director, finance) or payment (cashier)',
          ),
          choices: ['cs-manager', 'director', 'finance', 'cashier'],
          labels: 'role',
        },
        { flags: '--state <state>', description: msg('状态', 'state'), choices: EXPENSE_STATE, labels: 'expenseState' },
        { flags: '--month <month>', description: msg('报销月份 YYYY-MM', 'month of the claim, YYYY-MM') },
        { flags: '--claimant <staff>', description: msg('报销人', 'claimant') },
      ],
      load: () => import('./commands/list.js'),
    },
    {
      name: 'form',
      description: msg('打印费用报销单或粘贴单（PDF）', 'print the claim form or the paste sheet (PDF)'),
      args: [
        { name: 'name', description: msg('表单: claim 或 paste（--list 列出）', 'form: claim or paste (see --list)') },
        { name: 'id', description: msg('报销单编号', 'claim id') },
      ],
      options: FORM_OPTIONS,
      load: () => import('./commands/form.js'),
    },
    {
      name: 'report',
      description: msg('月度报销报表：按类别和报销人（xlsx）', "the month's claims by category and claimant (xlsx)"),
      options: [
        {
          flags: '--month <month>',
          description: msg('月份 YYYY-MM（默认本月）', 'month YYYY-MM (default this month)'),
        },
        ...REPORT_OPTIONS,
      ],
      load: () => import('./commands/report.js'),
    },
  ],
};

export const manifest: Manifest = {
  name: 'expense',
  commands: [expense],
  checks: async () => (await import('./checks.js')).checks,
  forms: async () => (await import('./forms.js')).FORMS,
  generators: async () => [(await import('./generator.js')).expenseGenerator],
};
