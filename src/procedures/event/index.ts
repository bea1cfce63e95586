// Community cultural events (spec procedures/10-events.md; manual 二.5–6, 三.6.7–6.10, 四.11): the year's plan
// by quarter, each event planned → announced (a poster) → held (participants, cost) → evaluated, or cancelled
// with a reason; the quarterly event and half-yearly owners' forum checked by `event report`.
// e.g. wuye event plan --year 2027 --quarter 1 --type festival --theme 元宵灯谜会 --budget 800 ; wuye event report --year 2026
import { msg } from '../../core/i18n.js';
import { EVENT_STATE, EVENT_TYPE } from '../../core/enums.gen.js';
import type { Manifest } from '../../kit/manifest.js';
import type { ArgSpec, GroupSpec, OptionSpec } from '../../kit/spec.js';

const id: ArgSpec = {
  name: 'id',
  description: msg('活动编号，如 HD2026-0003', 'event id, e.g. HD2026-0003'),
  required: true,
  kind: 'event',
};
const note: OptionSpec = {
  flags: '--note <text>',
  description: msg('备注（写入日志）', 'note (goes into the log)'),
  personal: 'text',
};
const year: OptionSpec = { flags: '--year <year>', description: msg('年度（默认今年）', 'year (default this year)') };
const TYPES = EVENT_TYPE.join(',');

export const event: GroupSpec = {
  name: 'event',
  description: msg('小区文化活动（四.11，三.6.7–6.10）', 'community events (manual 四.11, 三.6.7–6.10)'),
  commands: [
    {
      name: 'plan',
      writes: true,
      description: msg(
        '年度文化活动计划：加一项（--theme…），或显示/打印全年计划',
        "the year's event plan: add an item (--theme …), or show / print the plan",
      ),
      options: [
        year,
        { flags: '--quarter <n>', description: msg('季度 1–4', 'quarter 1–4') },
        { flags: '--month <n>', description: msg('计划月份 1–12（定季度）', 'planned month 1–12 (sets the quarter)') },
        { flags: '--theme <text>', description: msg('活动主题（加一项时必填）', 'theme (to add an item)') },
        {
          flags: '--type <type>',
          description: msg(`活动类别: ${TYPES}`, `kind of event: ${TYPES}`),
          choices: EVENT_TYPE,
          labels: 'eventType',
        },
        { flags: '--venue <text>', description: msg('场地', 'venue') },
        { flags: '--budget <yuan>', description: msg('预算（元）', 'budget (yuan)') },
        { flags: '--organiser <staff>', description: msg('负责人（员工编号）', 'organiser (staff id)') },
        { flags: '--out <file>', description: msg('打印年度文化活动计划表（PDF）', 'print the plan form (PDF)') },
      ],
      load: () => import('./commands/plan.js'),
    },
    {
      name: 'new',
      writes: true,
      description: msg('登记一次活动（计划中）', 'register an event (planned)'),
      options: [
        { flags: '--title <text>', description: msg('活动名称', 'title'), required: true },
        {
          flags: '--type <type>',
          description: msg(`活动类别: ${TYPES}`, `kind of event: ${TYPES}`),
          choices: EVENT_TYPE,
          labels: 'eventType',
          required: true,
        },
        { flags: '--date <date>', description: msg('活动日期', 'date'), required: true },
        {
          flags: '--time <hh:mm>',
          description: msg('时间，如 14:30 或 14:30-16:30', 'time, e.g. 14:30 or 14:30-16:30'),
        },
        { flags: '--venue <text>', description: msg('场地', 'venue'), required: true },
        { flags: '--organiser <staff>', description: msg('负责人（默认操作员）', 'organiser (default the operator)') },
        { flags: '--partners <list>', description: msg('协办单位，逗号分隔', 'partners, comma-separated') },
        {
          flags: '--budget <yuan>',
          description: msg('预算（元，默认取计划项）', 'budget (yuan; default from the plan item)'),
        },
        { flags: '--plan-item <n>', description: msg('年度计划中的序号', 'item number in the year plan') },
        {
          flags: '--description <text>',
          description: msg('活动内容（印在通知上）', 'what happens (printed on the notice)'),
        },
        note,
      ],
      load: () => import('./commands/new.js'),
    },
    {
      name: 'announce',
      writes: true,
      description: msg('发布活动通知并打印海报式通知', 'announce the event and print the poster'),
      args: [id],
      options: [
        {
          flags: '--places <list>',
          description: msg(
            '张贴地点，逗号分隔（默认 wuye.yaml 的常用地点）',
            'where posted (default: wuye.yaml notices.places)',
          ),
        },
        {
          flags: '--out <file>',
          description: msg('活动通知 PDF（默认 out/ID-poster.pdf）', 'the poster PDF (default out/ID-poster.pdf)'),
        },
        note,
      ],
      load: () => import('./commands/announce.js'),
    },
    {
      name: 'held',
      writes: true,
      description: msg(
        '登记活动已举办：参加人数或签到房屋、实际费用',
        'record the event held: participants, actual cost',
      ),
      args: [id],
      options: [
        { flags: '--count <n>', description: msg('参加人数', 'participants') },
        { flags: '--units <list>', description: msg('签到的房屋，逗号分隔', 'units signed in, comma-separated') },
        { flags: '--cost <yuan>', description: msg('实际费用（元）', 'actual cost (yuan)') },
        { flags: '--expenses <list>', description: msg('费用报销单号，逗号分隔', 'expense claims, comma-separated') },
        { flags: '--photos <list>', description: msg('照片文件或存档号，逗号分隔', 'photos, comma-separated') },
        note,
      ],
      load: () => import('./commands/held.js'),
    },
    {
      name: 'evaluate',
      writes: true,
      description: msg('活动总结评估（举办后 14 天内）', 'evaluate the event (within 14 days of holding it)'),
      args: [id],
      options: [
        { flags: '--feedback <text>', description: msg('业主反馈', 'feedback'), required: true, personal: 'text' },
        {
          flags: '--went-well <text>',
          description: msg('成功之处', 'what went well'),
          required: true,
          personal: 'text',
        },
        {
          flags: '--to-improve <text>',
          description: msg('改进之处', 'what to improve'),
          required: true,
          personal: 'text',
        },
        { flags: '--satisfaction <pct>', description: msg('满意率（%）', 'satisfied share (%)') },
        {
          flags: '--cost <yuan>',
          description: msg('实际费用（元，若举办时未登记）', 'actual cost (if not given when held)'),
        },
        { flags: '--out <file>', description: msg('打印活动总结评估表（PDF）', 'print the evaluation form (PDF)') },
      ],
      load: () => import('./commands/evaluate.js'),
    },
    {
      name: 'cancel',
      writes: true,
      description: msg('取消活动（须写明原因）', 'cancel an event (with the reason)'),
      args: [id],
      options: [{ flags: '--reason <text>', description: msg('取消原因', 'why'), required: true, personal: 'text' }],
      load: () => import('./commands/cancel.js'),
    },
    {
      name: 'list',
      description: msg(
        '活动列表（--overdue：举办超过 14 天未评估）',
        'events (--overdue: held over 14 days, not evaluated)',
      ),
      options: [
        year,
        { flags: '--state <state>', description: msg('状态', 'state'), choices: EVENT_STATE, labels: 'eventState' },
        { flags: '--overdue', description: msg('只列评估逾期的', 'only those whose evaluation is overdue') },
      ],
      load: () => import('./commands/list.js'),
    },
    {
      name: 'report',
      description: msg(
        '年度活动报告：每季度活动、半年业主恳谈会、评估、费用',
        'the year report: events per quarter, forums per half-year, evaluations, cost',
      ),
      options: [
        year,
        { flags: '--xlsx <file>', description: msg('写入 Excel 文件', 'write an Excel file') },
        {
          flags: '--format <format>',
          description: msg('输出格式', 'output format'),
          choices: ['table', 'csv'],
          default: 'table',
        },
      ],
      load: () => import('./commands/report.js'),
    },
  ],
};

export const manifest: Manifest = {
  name: 'event',
  commands: [event],
  standards: async () => (await import('./standards.js')).sources,
  checks: async () => (await import('./checks.js')).checks,
  forms: async () => (await import('./forms.js')).FORMS,
  generators: async () => [(await import('./generator.js')).eventGenerator],
};
