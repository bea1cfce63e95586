// The car park (spec procedures/09-parking.md; manual 四.10 停车场收费及发票领用管理措施): spaces and their
// holders, monthly passes paid through the fee account, temporary parking by shift, and the fixed-amount
// invoice books issued to the attendants, used per shift, returned and verified; forms and the month's report.
// e.g. wuye parking invoices issue FP0001 --code 143002620011 --denomination 5.00 --from 00012001 --to 00012100 --attendant S009 --as S005
import { msg } from '../../core/i18n.js';
import { PAY_METHOD, SPACE_TYPE, UNUSED_DISPOSITION } from '../../core/enums.gen.js';
import type { Manifest } from '../../kit/manifest.js';
import { FORM_OPTIONS, REPORT_OPTIONS, type ArgSpec, type GroupSpec, type OptionSpec } from '../../kit/spec.js';

const book: ArgSpec = {
  name: 'book',
  description: msg('发票本编号，如 FP0001', 'invoice book, e.g. FP0001'),
  required: true,
  kind: 'invoice-book',
};
const shiftArg: ArgSpec = {
  name: 'shift',
  description: msg('班次编号，如 TC2026-1128-1', 'shift, e.g. TC2026-1128-1'),
  required: true,
  kind: 'parking-shift',
};
const method: OptionSpec = {
  flags: '--method <method>',
  description: msg('付款方式（默认现金）', 'method (default cash)'),
  choices: PAY_METHOD,
  labels: 'payMethod',
};

export const parking: GroupSpec = {
  name: 'parking',
  description: msg('停车场收费及发票领用（四.10）', 'car park fees and invoice books (manual 四.10)'),
  commands: [
    {
      name: 'spaces',
      description: msg('车位列表（产权、租用、访客）', 'list the spaces (owned, rented, visitor)'),
      options: [
        {
          flags: '--type <type>',
          description: msg('车位类别', 'kind of space'),
          choices: SPACE_TYPE,
          labels: 'spaceType',
        },
      ],
      load: () => import('./commands/spaces.js'),
    },
    {
      name: 'space',
      writes: true,
      description: msg('登记或修改车位（类别、使用人、车牌）', 'add or change a space (kind, holder, plate)'),
      args: [
        {
          name: 'id',
          description: msg('车位编号，如 P1-001', 'space, e.g. P1-001'),
          required: true,
          kind: 'parking-space',
        },
      ],
      options: [
        {
          flags: '--type <type>',
          description: msg('车位类别', 'kind of space'),
          choices: SPACE_TYPE,
          labels: 'spaceType',
        },
        { flags: '--unit <unit>', description: msg('对应的车位房屋（产权车位）', 'the parking unit (owned)') },
        { flags: '--holder <person>', description: msg('使用人', 'holder') },
        { flags: '--plate <plate>', description: msg('车牌', 'plate') },
        { flags: '--area <m2>', description: msg('面积', 'area') },
      ],
      load: () => import('./commands/space.js'),
    },
    {
      name: 'pass',
      description: msg('停车月卡', 'monthly passes'),
      commands: [
        {
          name: 'new',
          writes: true,
          description: msg(
            '办理月卡并收首期月费（收款员，经收费账户开收据）',
            'issue a pass and take its first months (the cashier; receipted through the fee account)',
          ),
          options: [
            { flags: '--plate <plate>', description: msg('车牌', 'plate'), required: true },
            { flags: '--holder <person>', description: msg('持卡人', 'holder'), required: true },
            {
              flags: '--unit <unit>',
              description: msg('持卡人的房屋（月卡费记入其账户）', "the holder's unit (the fee goes on its account)"),
              required: true,
            },
            { flags: '--space <space>', description: msg('固定车位', 'assigned space') },
            {
              flags: '--fee <yuan>',
              description: msg('月费（默认 wuye.yaml parking.pass_fee）', 'fee a month (default parking.pass_fee)'),
            },
            { flags: '--months <n>', description: msg('缴费月数（默认 1）', 'months paid (default 1)') },
            {
              flags: '--from <month>',
              description: msg('起始月 YYYY-MM（默认本月）', 'first month YYYY-MM (default this month)'),
            },
            method,
          ],
          load: () => import('./commands/pass-new.js'),
        },
        {
          name: 'renew',
          writes: true,
          description: msg(
            '月卡续费（从已缴月份的下月起；不能补缴已过去的月份）',
            'renew a pass (from the month after the paid one; never a month already past)',
          ),
          args: [
            {
              name: 'card',
              description: msg('月卡卡号，如 YK0001', 'card, e.g. YK0001'),
              required: true,
              kind: 'parking-pass',
            },
          ],
          options: [
            { flags: '--months <n>', description: msg('续费月数（默认 1）', 'months (default 1)') },
            { flags: '--from <month>', description: msg('起始月 YYYY-MM', 'first month YYYY-MM') },
            method,
          ],
          load: () => import('./commands/pass-renew.js'),
        },
        {
          name: 'list',
          description: msg('月卡列表（--expiring 列出将到期、须续费的）', 'list passes (--expiring: those to renew)'),
          options: [
            { flags: '--expiring', description: msg('只列将到期或已过期的', 'only those running out or lapsed') },
          ],
          load: () => import('./commands/pass-list.js'),
        },
      ],
    },
    {
      name: 'shift',
      description: msg('临时停车收费班次', 'temporary-parking shifts'),
      commands: [
        {
          name: 'open',
          writes: true,
          description: msg('收费员接班', 'an attendant takes a shift'),
          options: [
            { flags: '--attendant <staff>', description: msg('收费员', 'attendant'), required: true },
            {
              flags: '--shift <shift>',
              description: msg('班次', 'shift'),
              choices: ['day', 'night'],
              labels: 'parkingShift',
              required: true,
            },
            { flags: '--date <date>', description: msg('日期（默认今天）', 'date (default today)') },
          ],
          load: () => import('./commands/shift-open.js'),
        },
        {
          name: 'close',
          writes: true,
          description: msg(
            '交班：车次、电子收款、交回现金；差额须说明（收款员接收）',
            'hand over: entries, electronic payments, cash; a difference needs an explanation (the cashier receives)',
          ),
          args: [shiftArg],
          options: [
            { flags: '--entries <n>', description: msg('临时车进场车次', 'entries of temporary cars'), required: true },
            { flags: '--cash <yuan>', description: msg('交回现金', 'cash handed over'), required: true },
            { flags: '--wechat <yuan>', description: msg('微信收款', 'WeChat Pay taken') },
            { flags: '--alipay <yuan>', description: msg('支付宝收款', 'Alipay taken') },
            {
              flags: '--explain <text>',
              description: msg('差额说明（有差额时必填）', 'explanation of a difference (required when there is one)'),
            },
          ],
          load: () => import('./commands/shift-close.js'),
        },
        {
          name: 'list',
          description: msg('班次列表', 'list shifts'),
          options: [
            { flags: '--month <month>', description: msg('月份 YYYY-MM', 'month YYYY-MM') },
            { flags: '--flagged', description: msg('只列有差额的', 'only those with a difference') },
          ],
          load: () => import('./commands/shift-list.js'),
        },
      ],
    },
    {
      name: 'invoices',
      description: msg('定额发票领用、使用、交回与核销', 'fixed-amount invoice books: issue, use, return, verify'),
      commands: [
        {
          name: 'issue',
          writes: true,
          description: msg('收款员向收费员发放一本定额发票', 'the cashier issues a book to an attendant'),
          args: [book],
          options: [
            { flags: '--code <code>', description: msg('发票代码', 'invoice code'), required: true },
            {
              flags: '--denomination <yuan>',
              description: msg(
                '面额（wuye.yaml parking.denominations 之一）',
                'denomination (one of parking.denominations)',
              ),
              required: true,
            },
            { flags: '--from <no>', description: msg('起始号码（8 位）', 'first number (8 digits)'), required: true },
            { flags: '--to <no>', description: msg('截止号码（8 位）', 'last number (8 digits)'), required: true },
            { flags: '--attendant <staff>', description: msg('领用的收费员', 'attendant'), required: true },
          ],
          load: () => import('./commands/invoices-issue.js'),
        },
        {
          name: 'use',
          writes: true,
          description: msg('登记本班发出的号码段和作废的号码', "record a shift's numbers handed out and voided"),
          args: [book],
          options: [
            { flags: '--shift <shift>', description: msg('班次', 'shift'), required: true },
            { flags: '--from <no>', description: msg('起始号码', 'first number') },
            { flags: '--to <no>', description: msg('截止号码', 'last number') },
            {
              flags: '--void <no:reason...>',
              description: msg('作废: 号码:原因，可重复', 'void: number:reason, repeatable'),
            },
          ],
          load: () => import('./commands/invoices-use.js'),
        },
        {
          name: 'return',
          writes: true,
          description: msg(
            '收费员交回发票本，未用号码退回或缴销',
            'the attendant returns a book; unused numbers go back or are cancelled',
          ),
          args: [book],
          options: [
            {
              flags: '--unused <disposition>',
              description: msg('未用号码的处理（默认退回库存）', 'what becomes of the unused numbers (default back)'),
              choices: UNUSED_DISPOSITION,
              labels: 'unusedDisposition',
            },
          ],
          load: () => import('./commands/invoices-return.js'),
        },
        {
          name: 'check',
          writes: true,
          description: msg(
            '核销：每个号码都有着落才结本',
            'verify (核销): close the book only when every number is accounted for',
          ),
          args: [book],
          load: () => import('./commands/invoices-check.js'),
        },
      ],
    },
    {
      name: 'form',
      description: msg(
        '打印停车表单（PDF）: pass、invoice-book、shift',
        'print a car-park form (PDF): pass, invoice-book, shift',
      ),
      args: [
        { name: 'name', description: msg('表单（--list 列出）', 'form (see --list)') },
        { name: 'id', description: msg('月卡、发票本或班次编号', 'pass, book or shift id') },
      ],
      options: FORM_OPTIONS,
      load: () => import('./commands/form.js'),
    },
    {
      name: 'report',
      description: msg(
        '停车场月报：月卡、临时停车、发票本（xlsx）',
        "the car park's month: passes, temporary parking, invoice books (xlsx)",
      ),
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
  name: 'parking',
  commands: [parking],
  checks: async () => (await import('./checks.js')).checks,
  forms: async () => (await import('./forms.js')).FORMS,
  generators: async () => [(await import('./generator.js')).parkingGenerator],
};
