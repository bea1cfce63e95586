// The 24-hour hotline (spec procedures/14-complaints-hotline-repairs.md; manual 三.6.6 二十四小时接听电话制度,
// 一.5.3.13 首问责任制): every call, visit, letter, suggestion-box note or online message at the desk, its
// first responder, and what became of it — answered, handed over, or the complaint (repair, warranty) case
// it opened in the same commit; the day's log with the staffed hours that have no entry.
// e.g. wuye hotline log --request … --type enquiry --answer … ; wuye hotline list --date 2026-11-28
import { msg } from '../../core/i18n.js';
import {
  COMPLAINT_CATEGORY,
  COMPLAINT_SEVERITY,
  DESK_CASE,
  DESK_CHANNEL,
  HOTLINE_TYPE,
  REPAIR_URGENCY,
  WARRANTY_COMPONENT,
} from '../../core/enums.gen.js';
import type { Manifest } from '../../kit/manifest.js';
import type { GroupSpec } from '../../kit/spec.js';

export const hotline: GroupSpec = {
  name: 'hotline',
  description: msg(
    '24小时值班电话记录（三.6.6，首问责任制）',
    '24-hour hotline log (manual 三.6.6, first-responder ownership)',
  ),
  commands: [
    {
      name: 'log',
      writes: true,
      description: msg(
        '记录一次来电/来访及其处理结果（当场答复、转交或立案，同一次提交）',
        'log a call or visit and its outcome (answered, handed over or a case opened, in one commit)',
      ),
      options: [
        { flags: '--request <text>', description: msg('来电内容', 'what they asked or said'), required: true },
        {
          flags: '--type <type>',
          description: msg('类别（--open 时可省略）', 'what it is (may be left out with --open)'),
          choices: HOTLINE_TYPE,
          labels: 'hotlineType',
        },
        {
          flags: '--channel <channel>',
          description: msg('渠道（默认电话）', 'channel (default phone)'),
          choices: DESK_CHANNEL,
          labels: 'deskChannel',
        },
        {
          flags: '--at <time>',
          description: msg(
            '来电时间（如 2026-11-28T21:40 或 21:40；默认现在）',
            'when it came in (e.g. 2026-11-28T21:40 or 21:40; default now)',
          ),
        },
        { flags: '--unit <unit>', description: msg('房屋编号', 'unit id') },
        { flags: '--place <text>', description: msg('公共部位（不涉及房屋时）', 'public area (when no unit)') },
        { flags: '--person <person>', description: msg('来电人（登记的人员编号）', 'caller (a registered person id)') },
        { flags: '--caller <name>', description: msg('来电人姓名或称呼（如 王先生）', 'caller name (e.g. 王先生)') },
        { flags: '--phone <phone>', description: msg('来电号码', "caller's phone") },
        {
          flags: '--received-by <staff>',
          description: msg(
            '接待人（首问责任人，默认操作员）',
            'received by (the first responder; default the operator)',
          ),
        },
        { flags: '--answer <text>', description: msg('当场答复的内容', 'the answer given on the spot') },
        {
          flags: '--hand-to <staff>',
          description: msg('转交给同事答复（首问责任人交代清楚）', 'hand it to a colleague who answers'),
        },
        {
          flags: '--open <kind>',
          description: msg(
            '同时立案：complaint 投诉、repair 报修、warranty 保修',
            'open a case at once: complaint, repair, warranty',
          ),
          choices: DESK_CASE,
          labels: 'deskCase',
        },
        {
          flags: '--category <category>',
          description: msg('投诉类别（--open complaint 时必填）', 'complaint category (with --open complaint)'),
          choices: COMPLAINT_CATEGORY,
          labels: 'complaintCategory',
        },
        {
          flags: '--severity <severity>',
          description: msg(
            '投诉性质（--open complaint；默认一般）',
            'complaint severity (with --open complaint; default normal)',
          ),
          choices: COMPLAINT_SEVERITY,
          labels: 'complaintSeverity',
        },
        {
          flags: '--invalid',
          description: msg(
            '无效投诉（--open complaint；须写 --reason）',
            'not a valid complaint (with --open complaint; needs --reason)',
          ),
        },
        { flags: '--reason <text>', description: msg('无效投诉的理由', 'why the complaint is not valid') },
        {
          flags: '--referred-to <whom>',
          description: msg('无效投诉的转介单位', 'where an invalid complaint was referred'),
        },
        {
          flags: '--urgency <urgency>',
          description: msg(
            '零修或急修（--open repair；默认零修）',
            'minor or urgent (with --open repair; default minor)',
          ),
          choices: REPAIR_URGENCY,
          labels: 'repairUrgency',
        },
        { flags: '--paid', description: msg('有偿维修（--open repair）', 'a paid repair (with --open repair)') },
        {
          flags: '--rework-of <order>',
          description: msg('返修：原维修单号（--open repair）', 'a rework of this earlier order (with --open repair)'),
        },
        {
          flags: '--component <component>',
          description: msg('保修部位（--open warranty 时必填）', 'the component (with --open warranty)'),
          choices: WARRANTY_COMPONENT,
          labels: 'warrantyComponent',
        },
        {
          flags: '--photo <ref...>',
          description: msg('照片文件引用（--open warranty）', 'photo file references (with --open warranty)'),
        },
        {
          flags: '--delivered <date>',
          description: msg(
            '房屋交付日期，未登记时一并登记（--open warranty）',
            "the unit's delivery date, recorded when missing (with --open warranty)",
          ),
        },
        {
          flags: '--note <text>',
          description: msg('备注（转交时为交代事项）', 'note (with --hand-to: what was handed over)'),
        },
      ],
      load: () => import('./commands/log.js'),
    },
    {
      name: 'list',
      description: msg(
        '一天的值班电话记录，并标出值班时段中无记录的小时',
        "a day's desk log, with the staffed hours that have no entry",
      ),
      options: [
        { flags: '--date <date>', description: msg('日期（默认今天）', 'date (default today)') },
        {
          flags: '--type <type>',
          description: msg('只列此类别', 'only this type'),
          choices: HOTLINE_TYPE,
          labels: 'hotlineType',
        },
      ],
      load: () => import('./commands/list.js'),
    },
    {
      name: 'show',
      description: msg('显示一条值班电话记录及所立案卷', 'show a desk entry and the case it opened'),
      args: [
        {
          name: 'id',
          description: msg('记录编号，如 RX20261128-003', 'entry id, e.g. RX20261128-003'),
          required: true,
          kind: 'hotline',
        },
      ],
      load: () => import('./commands/show.js'),
    },
  ],
};

export const manifest: Manifest = {
  name: 'hotline',
  commands: [hotline],
  standards: async () => (await import('./standards.js')).sources,
  checks: async () => (await import('./checks.js')).checks,
  forms: async () => (await import('./forms.js')).FORMS,
  generators: async () => [(await import('./generator.js')).deskGenerator],
};
