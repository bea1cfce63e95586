// The repair procedure (spec procedures/14-complaints-hotline-repairs.md; manual 三.6.6 the 24-hour repair phone,
// 三.7.1 punctual appointments, 三.7.6 minor/urgent repairs in time 100%, rework ≤ 1%, satisfaction ≥ 95%): an order
// from the desk, dispatched to a technician with an appointment, arrival and completion, materials, a paid repair
// charged to the fee account and receipted by the cashier, the owner's sign-off, the return visit; statistics, forms.
// e.g. wuye repair new --unit 1-2-0801 --what 水龙头漏水 --paid ; wuye repair stats --xlsx bx.xlsx
import { msg } from '../../core/i18n.js';
import { CONTACT_METHOD, DESK_CHANNEL, PAY_METHOD, REPAIR_STATE, REPAIR_URGENCY } from '../../core/enums.gen.js';
import type { Manifest } from '../../kit/manifest.js';
import { FORM_OPTIONS, REPORT_OPTIONS, type ArgSpec, type GroupSpec, type OptionSpec } from '../../kit/spec.js';

const id: ArgSpec = {
  name: 'id',
  description: msg('维修单号，如 BX2026-0007', 'repair order id, e.g. BX2026-0007'),
  required: true,
  kind: 'repair',
};
const at: OptionSpec = {
  flags: '--at <time>',
  description: msg(
    '发生时间（如 2026-11-28T14:03 或 14:03；默认现在）',
    'when it happened (e.g. 2026-11-28T14:03 or 14:03; default now)',
  ),
};
const note: OptionSpec = { flags: '--note <text>', description: msg('备注', 'note') };
export const intakeOptions: OptionSpec[] = [
  {
    flags: '--urgency <urgency>',
    description: msg('零修或急修（默认零修）', 'minor or urgent (default minor)'),
    choices: REPAIR_URGENCY,
    labels: 'repairUrgency',
  },
  { flags: '--paid', description: msg('有偿维修（户内，业主付费）', 'a paid repair (the owner pays)') },
  { flags: '--rework-of <order>', description: msg('返修：原维修单号', 'a rework of this earlier order') },
];

export const repair: GroupSpec = {
  name: 'repair',
  description: msg('报修与维修派工（三.6.6、三.7.1、三.7.6）', 'repair orders (manual 三.6.6, 三.7.1, 三.7.6)'),
  commands: [
    {
      name: 'new',
      writes: true,
      description: msg(
        '受理报修（同时记入值班电话记录；或 --call 指明已记录的来电）',
        'receive a repair request (logged at the desk in the same commit; or --call names an entry already logged)',
      ),
      options: [
        { flags: '--what <text>', description: msg('报修内容', 'what is to be repaired') },
        ...intakeOptions,
        { flags: '--unit <unit>', description: msg('房屋编号', 'unit id') },
        { flags: '--place <text>', description: msg('公共部位（不涉及房屋时）', 'public area (when no unit)') },
        {
          flags: '--person <person>',
          description: msg('报修人（登记的人员编号）', 'who reports it (a registered person id)'),
        },
        { flags: '--caller <name>', description: msg('报修人姓名或称呼', 'name of who reports it') },
        { flags: '--phone <phone>', description: msg('联系电话', 'phone'), personal: 'phone' },
        {
          flags: '--channel <channel>',
          description: msg('渠道（默认电话）', 'channel (default phone)'),
          choices: DESK_CHANNEL,
          labels: 'deskChannel',
        },
        { ...at, description: msg('报修时间（默认现在）', 'when it was reported (default now)') },
        {
          flags: '--received-by <staff>',
          description: msg('受理人（默认操作员）', 'received by (default the operator)'),
        },
        {
          flags: '--call <entry>',
          description: msg('由已记录的值班电话记录立案', 'open it from a desk entry already logged'),
        },
      ],
      load: () => import('./commands/new.js'),
    },
    {
      name: 'assign',
      writes: true,
      description: msg('派工：维修人员和约定上门时间', 'dispatch: the technician and the appointment'),
      args: [id],
      options: [
        {
          flags: '--to <staff>',
          description: msg('维修人员（设备维护部）', 'the technician (engineering)'),
          required: true,
        },
        {
          flags: '--promised <time>',
          description: msg('与业主约定的上门时间', 'the appointment agreed with the owner'),
          required: true,
        },
        {
          flags: '--due <time>',
          description: msg(
            '承诺完成时间（默认按 wuye.yaml repair）',
            'promised completion (default from wuye.yaml repair)',
          ),
        },
        note,
        at,
      ],
      load: () => import('./commands/assign.js'),
    },
    {
      name: 'arrive',
      writes: true,
      description: msg(
        '记录到场（提前超过 5 分钟或迟到超过 2 分钟为不准时，三.7.1）',
        'record the arrival (punctual: at most 5 minutes early, 2 late)',
      ),
      args: [id],
      options: [note, at],
      load: () => import('./commands/arrive.js'),
    },
    {
      name: 'done',
      writes: true,
      description: msg(
        '记录完工、材料和有偿维修的收费金额',
        'record the completion, materials and the charge of a paid repair',
      ),
      args: [id],
      options: [
        { flags: '--work <text>', description: msg('维修情况', 'what was done'), required: true },
        {
          flags: '--material <material...>',
          description: msg(
            '材料 物品编码或名称:数量[:出库单号]（按维修单出库）',
            'material ITEM:QTY[:STOCK-OUT] (issued against the order)',
          ),
        },
        { flags: '--charge <yuan>', description: msg('收费金额（有偿维修）', 'amount to charge (paid repairs)') },
        { flags: '--items <text>', description: msg('收费明细', 'what the charge is for') },
        note,
        at,
      ],
      load: () => import('./commands/done.js'),
    },
    {
      name: 'signoff',
      writes: true,
      description: msg(
        '业主签认（有偿维修同时由收款员收费开据）',
        "the owner's sign-off (a paid repair paid to the cashier at once)",
      ),
      args: [id],
      options: [
        { flags: '--name <name>', description: msg('签字人', 'who signs'), required: true },
        {
          flags: '--satisfied <yes|no>',
          description: msg('对维修是否满意', 'satisfied with the work'),
          choices: ['yes', 'no'],
        },
        { flags: '--comments <text>', description: msg('业主意见', "the owner's comments") },
        {
          flags: '--method <method>',
          description: msg('付款方式（有偿维修）', 'how it is paid (paid repairs)'),
          choices: PAY_METHOD,
          labels: 'payMethod',
        },
        { flags: '--cashier <staff>', description: msg('收款员（默认操作员）', 'the cashier (default the operator)') },
        at,
      ],
      load: () => import('./commands/signoff.js'),
    },
    {
      name: 'callback',
      writes: true,
      description: msg('回访并结单（三.7.6）', 'return visit, closing the order'),
      args: [id],
      options: [
        {
          flags: '--satisfied <yes|no>',
          description: msg('业主是否满意', 'is the owner satisfied'),
          choices: ['yes', 'no'],
          required: true,
        },
        { flags: '--comments <text>', description: msg('业主意见', "the owner's comments") },
        {
          flags: '--how <method>',
          description: msg('方式（默认电话）', 'how (default phone)'),
          choices: CONTACT_METHOD,
          labels: 'contactMethod',
        },
        at,
      ],
      load: () => import('./commands/callback.js'),
    },
    {
      name: 'show',
      description: msg('显示维修单', 'show a repair order'),
      args: [id],
      load: () => import('./commands/show.js'),
    },
    {
      name: 'list',
      description: msg('列出维修单', 'list repair orders'),
      options: [
        { flags: '--open', description: msg('只列未结单的', 'only those not closed') },
        { flags: '--late', description: msg('只列不准时到场或超时完工的', 'only late arrivals or completions') },
        {
          flags: '--state <state>',
          description: msg('只列此状态', 'only this state'),
          choices: REPAIR_STATE,
          labels: 'repairState',
        },
        { flags: '--unit <unit>', description: msg('只列此房屋', 'only this unit') },
        { flags: '--technician <staff>', description: msg('只列此维修人员', 'only this technician') },
        { flags: '--from <date>', description: msg('报修日期起', 'reported from') },
        { flags: '--to <date>', description: msg('报修日期止', 'reported to') },
      ],
      load: () => import('./commands/list.js'),
    },
    {
      name: 'stats',
      description: msg(
        '维修统计：及时率、返修率、回访满意率、准时到场率，按月、按维修人员（表、xlsx）',
        'statistics: on-time, rework, satisfaction, punctuality, by month and technician (table, xlsx)',
      ),
      options: [
        {
          flags: '--from <date>',
          description: msg('起始日期（默认本月 1 日）', 'from (default the 1st of this month)'),
        },
        { flags: '--to <date>', description: msg('截止日期（默认今天）', 'to (default today)') },
        ...REPORT_OPTIONS,
      ],
      load: () => import('./commands/stats.js'),
    },
    {
      name: 'form',
      description: msg(
        '打印维修表单（PDF）：维修派工单、月度分析',
        'print a repair form (PDF): work order, monthly analysis',
      ),
      args: [
        { name: 'name', description: msg('表单名称（--list 列出）', 'form name (see --list)') },
        { name: 'id', description: msg('维修单号，或月份（分析表）', 'order id, or the month (analysis)') },
      ],
      options: FORM_OPTIONS,
      load: () => import('./commands/form.js'),
    },
  ],
};

export const manifest: Manifest = {
  name: 'repair',
  commands: [repair],
  checks: async () => (await import('./checks.js')).checks,
  standards: async () => (await import('./standards.js')).sources,
  forms: async () => (await import('./forms.js')).FORMS,
  generators: async () => [(await import('./generator.js')).repairGenerator],
  bench: 'tests/bench/repair.mjs',
};
