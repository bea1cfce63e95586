// The complaint procedure (spec procedures/14-complaints-hotline-repairs.md; manual 三.3.5–3.9 用户投诉处理,
// 三.4.3, 一.5.3.13 首问责任制): a complaint received at the desk, classified (category, valid or not,
// severity), owned by its first responder until handed over, answered within 2 working days, a major one
// reported upward within 1, followed up, resolved, visited again and closed; statistics and forms.
// e.g. wuye complaint new --unit 1-2-0801 --what … --category noise ; wuye complaint list --overdue
import { msg } from '../../core/i18n.js';
import {
  COMPLAINT_CATEGORY,
  COMPLAINT_SEVERITY,
  COMPLAINT_STATE,
  CONTACT_METHOD,
  DEPARTMENT,
  DESK_CHANNEL,
} from '../../core/enums.gen.js';
import type { Manifest } from '../../kit/manifest.js';
import { FORM_OPTIONS, type ArgSpec, type GroupSpec, type OptionSpec } from '../../kit/spec.js';

const id: ArgSpec = {
  name: 'id',
  description: msg('投诉编号，如 TS2026-0007', 'complaint id, e.g. TS2026-0007'),
  required: true,
  kind: 'complaint',
};
const at: OptionSpec = {
  flags: '--at <time>',
  description: msg(
    '发生时间（如 2026-11-28T09:30 或 09:30；默认现在）',
    'when it happened (e.g. 2026-11-28T09:30 or 09:30; default now)',
  ),
};
const how: OptionSpec = {
  flags: '--how <method>',
  description: msg('方式（默认电话）', 'how (default phone)'),
  choices: CONTACT_METHOD,
  labels: 'contactMethod',
};
const category: OptionSpec = {
  flags: '--category <category>',
  description: msg('投诉类别', 'category'),
  choices: COMPLAINT_CATEGORY,
  labels: 'complaintCategory',
};
const severity: OptionSpec = {
  flags: '--severity <severity>',
  description: msg(
    '性质：一般或重大（重大须 1 个工作日内向上通报）',
    'normal or major (a major one is reported upward within 1 working day)',
  ),
  choices: COMPLAINT_SEVERITY,
  labels: 'complaintSeverity',
};
const invalid: OptionSpec[] = [
  {
    flags: '--invalid',
    description: msg(
      '无效投诉（如不属服务中心职责；须写 --reason）',
      "not a valid complaint (e.g. outside the center's responsibility; needs --reason)",
    ),
  },
  { flags: '--reason <text>', description: msg('无效的理由', 'why it is not valid') },
  {
    flags: '--referred-to <whom>',
    description: msg(
      '转介单位（告知投诉人向何处反映，如 自来水公司）',
      'referred to (where the complainant was told to turn, e.g. the water company)',
    ),
  },
];

export const complaint: GroupSpec = {
  name: 'complaint',
  description: msg('用户投诉处理（三.3.5–3.9）', 'complaints (manual 三.3.5–3.9)'),
  commands: [
    {
      name: 'new',
      writes: true,
      description: msg(
        '受理投诉（同时记入值班电话记录；或 --call 指明已记录的来电）',
        'receive a complaint (logged at the desk in the same commit; or --call names an entry already logged)',
      ),
      options: [
        { ...category, required: true },
        { flags: '--what <text>', description: msg('投诉内容', 'what the complaint is') },
        severity,
        ...invalid,
        { flags: '--unit <unit>', description: msg('房屋编号', 'unit id') },
        { flags: '--place <text>', description: msg('公共部位（不涉及房屋时）', 'public area (when no unit)') },
        {
          flags: '--person <person>',
          description: msg('投诉人（登记的人员编号）', 'complainant (a registered person id)'),
        },
        {
          flags: '--caller <name>',
          description: msg('投诉人姓名或称呼（如 王先生）', 'complainant name (e.g. 王先生)'),
        },
        { flags: '--phone <phone>', description: msg('联系电话', 'phone') },
        {
          flags: '--channel <channel>',
          description: msg('渠道（默认来访）', 'channel (default visit)'),
          choices: DESK_CHANNEL,
          labels: 'deskChannel',
        },
        { ...at, description: msg('收到的时间（默认现在）', 'when it was received (default now)') },
        {
          flags: '--received-by <staff>',
          description: msg(
            '接待人（首问责任人，默认操作员）',
            'received by (the first responder; default the operator)',
          ),
        },
        {
          flags: '--call <entry>',
          description: msg(
            '由已记录的值班电话记录立案，如 RX20261128-003',
            'open it from a desk entry already logged, e.g. RX20261128-003',
          ),
        },
        { flags: '--note <text>', description: msg('备注', 'note') },
      ],
      load: () => import('./commands/new.js'),
    },
    {
      name: 'assign',
      writes: true,
      description: msg(
        '派单或转交（首问责任人交给同事或部门；回访不满意时重新处理）',
        'assign or hand over (to a colleague or a department; again after an unsatisfied visit)',
      ),
      args: [id],
      options: [
        {
          flags: '--to <staff>',
          description: msg('接手的员工（成为负责人）', 'the colleague who takes it over (the new owner)'),
        },
        {
          flags: '--department <dept>',
          description: msg('承办部门（默认接手员工的部门）', "department (default the colleague's)"),
          choices: DEPARTMENT,
          labels: 'department',
        },
        { ...category, description: msg('改投诉类别', 'change the category') },
        { ...severity, description: msg('改性质（一般/重大）', 'change the severity') },
        { flags: '--valid', description: msg('改为有效投诉', 'make it a valid complaint') },
        ...invalid,
        { flags: '--note <text>', description: msg('要求', 'instructions') },
        at,
      ],
      load: () => import('./commands/assign.js'),
    },
    {
      name: 'escalate',
      writes: true,
      description: msg(
        '向上通报（重大投诉 1 个工作日内，三.4.3）',
        'report it upward (a major one within 1 working day)',
      ),
      args: [id],
      options: [
        {
          flags: '--to <whom>',
          description: msg(
            '通报对象（默认 wuye.yaml 的 complaint.report_to）',
            'to whom (default complaint.report_to)',
          ),
        },
        how,
        { flags: '--note <text>', description: msg('通报内容', 'what was reported') },
        at,
      ],
      load: () => import('./commands/escalate.js'),
    },
    {
      name: 'feedback',
      writes: true,
      description: msg(
        '反馈投诉人（收到之日起 2 个工作日内，三.3.6）',
        'feedback to the complainant (within 2 working days)',
      ),
      args: [id],
      options: [
        { flags: '--what <text>', description: msg('反馈内容', 'what they were told'), required: true },
        how,
        at,
      ],
      load: () => import('./commands/feedback.js'),
    },
    {
      name: 'follow-up',
      writes: true,
      description: msg('记录跟进情况', 'record a follow-up'),
      args: [id],
      options: [{ flags: '--note <text>', description: msg('跟进情况', 'what was done'), required: true }, at],
      load: () => import('./commands/follow-up.js'),
    },
    {
      name: 'resolve',
      writes: true,
      description: msg('记录处理结果', 'record the resolution'),
      args: [id],
      options: [{ flags: '--resolution <text>', description: msg('处理结果', 'what was done'), required: true }, at],
      load: () => import('./commands/resolve.js'),
    },
    {
      name: 'callback',
      writes: true,
      description: msg(
        '回访（处理后；有效投诉结案前必须，三.3.8）',
        'return visit (after the resolution; required to close a valid one)',
      ),
      args: [id],
      options: [
        {
          flags: '--satisfied <yes|no>',
          description: msg('投诉人是否满意', 'is the complainant satisfied'),
          choices: ['yes', 'no'],
          required: true,
        },
        { flags: '--comments <text>', description: msg('投诉人意见', "the complainant's comments") },
        how,
        at,
      ],
      load: () => import('./commands/callback.js'),
    },
    {
      name: 'close',
      writes: true,
      description: msg(
        '结案（须有处理结果、反馈；有效投诉须已回访）',
        'close (needs a resolution and feedback; a valid one a return visit)',
      ),
      args: [id],
      options: [{ flags: '--note <text>', description: msg('备注', 'note') }, at],
      load: () => import('./commands/close.js'),
    },
    {
      name: 'show',
      description: msg('显示投诉及其期限', 'show a complaint and its clocks'),
      args: [id],
      load: () => import('./commands/show.js'),
    },
    {
      name: 'list',
      description: msg('列出投诉', 'list complaints'),
      options: [
        {
          flags: '--overdue',
          description: msg('只列逾期的（反馈、重大通报）', 'only the overdue (feedback, major report)'),
        },
        {
          flags: '--state <state>',
          description: msg('只列此状态', 'only this state'),
          choices: COMPLAINT_STATE,
          labels: 'complaintState',
        },
        { ...category, description: msg('只列此类别', 'only this category') },
        { ...severity, description: msg('只列此性质', 'only this severity') },
        { flags: '--unit <unit>', description: msg('只列此房屋', 'only this unit') },
        { flags: '--owner <staff>', description: msg('只列此负责人', 'only this owner') },
        { flags: '--from <date>', description: msg('收到日期起', 'received from') },
        { flags: '--to <date>', description: msg('收到日期止', 'received to') },
      ],
      load: () => import('./commands/list.js'),
    },
    {
      name: 'stats',
      description: msg(
        '投诉统计：有效投诉处理率、反馈及时率，按类别、按月，与上期对比（表、xlsx、含图表的 PDF）',
        'statistics: handling rate, feedback timeliness, by category and month, against the previous period (table, xlsx, PDF with charts)',
      ),
      options: [
        {
          flags: '--from <date>',
          description: msg('起始日期（默认本月 1 日）', 'from (default the 1st of this month)'),
        },
        { flags: '--to <date>', description: msg('截止日期（默认今天）', 'to (default today)') },
        { flags: '--xlsx <file>', description: msg('输出的 .xlsx 文件', 'the .xlsx file to write') },
        { flags: '--pdf <file>', description: msg('输出含图表的分析 PDF', 'the analysis PDF with charts to write') },
        { flags: '--format <fmt>', description: msg('输出格式', 'output format'), choices: ['table', 'csv'] },
      ],
      load: () => import('./commands/stats.js'),
    },
    {
      name: 'form',
      description: msg(
        '打印投诉表单（PDF）：处理记录表、回访记录表、月度分析',
        'print a complaint form (PDF): handling record, return visit, monthly analysis',
      ),
      args: [
        { name: 'name', description: msg('表单名称（--list 列出）', 'form name (see --list)') },
        { name: 'id', description: msg('投诉编号，或月份（分析表）', 'complaint id, or the month (analysis)') },
      ],
      options: FORM_OPTIONS,
      load: () => import('./commands/form.js'),
    },
  ],
};

export const manifest: Manifest = {
  name: 'complaint',
  commands: [complaint],
  standards: async () => (await import('./standards.js')).sources,
  checks: async () => (await import('./checks.js')).checks,
  forms: async () => (await import('./forms.js')).FORMS,
  bench: 'tests/bench/complaint.mjs',
};
