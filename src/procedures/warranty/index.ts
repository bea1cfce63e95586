// The warranty procedure (spec procedures/06-warranty.md; manual 四.6 房屋质保期售后服务管理程序, 三.9.3 keep the
// repair follow-up records): the owner's report of a defect, the in-warranty decision from two clocks (the
// contractor's from completion acceptance, the developer's from delivery), routed to the developer with a deadline
// (a miss escalates to the cs-manager), visits, completion, the center's check, the owner's confirmation, the return
// visit — or, out of warranty, a paid repair of the center; statistics by component and building for the developer.
// e.g. wuye warranty report --unit 3-1-0602 --component wet-room-waterproofing --what 卫生间楼板渗水到楼下
import { msg } from '../../core/i18n.js';
import {
  CONTACT_METHOD,
  DESK_CHANNEL,
  WARRANTY_COMPONENT,
  WARRANTY_PARTY,
  WARRANTY_STATE,
} from '../../core/enums.gen.js';
import type { Manifest } from '../../kit/manifest.js';
import { FORM_OPTIONS, REPORT_OPTIONS, type ArgSpec, type GroupSpec, type OptionSpec } from '../../kit/spec.js';

const id: ArgSpec = {
  name: 'id',
  description: msg('保修报告编号，如 ZB2026-0003', 'warranty report id, e.g. ZB2026-0003'),
  required: true,
  kind: 'warranty',
};
const at: OptionSpec = {
  flags: '--at <time>',
  description: msg(
    '发生时间（如 2026-11-28T14:03 或 14:03；默认现在）',
    'when it happened (e.g. 2026-11-28T14:03 or 14:03; default now)',
  ),
};
const note: OptionSpec = { flags: '--note <text>', description: msg('备注', 'note') };
const yesNo = ['yes', 'no'];

export const warranty: GroupSpec = {
  name: 'warranty',
  description: msg(
    '房屋质量保修（四.6）：保修期判定、转交开发企业、跟踪、验收、回访',
    'warranty of the buildings (manual 四.6): the decision, routing to the developer, follow-up, check, return visit',
  ),
  commands: [
    {
      name: 'report',
      writes: true,
      description: msg(
        '受理房屋质量问题报修并判定保修期（已过保修期的同时转为有偿维修；同时记入值班电话记录）',
        'take a defect report and decide the warranty (out of warranty: a paid repair at once; logged at the desk in the same commit)',
      ),
      options: [
        { flags: '--unit <unit>', description: msg('房屋编号', 'unit id') },
        {
          flags: '--component <component>',
          description: msg('部位（建设工程质量管理条例第四十条）', 'the component (art. 40)'),
          choices: WARRANTY_COMPONENT,
          labels: 'warrantyComponent',
          required: true,
        },
        { flags: '--what <text>', description: msg('问题描述', 'the defect') },
        { flags: '--photo <ref...>', description: msg('照片文件引用', 'photo file references') },
        {
          flags: '--delivered <date>',
          description: msg('房屋交付日期（未登记时一并登记）', "the unit's delivery date (recorded when missing)"),
        },
        { flags: '--person <person>', description: msg('报告人（登记的人员编号）', 'who reports it (a person id)') },
        { flags: '--caller <name>', description: msg('报告人姓名或称呼', 'name of who reports it') },
        { flags: '--phone <phone>', description: msg('联系电话', 'phone'), personal: 'phone' },
        {
          flags: '--channel <channel>',
          description: msg('渠道（默认电话）', 'channel (default phone)'),
          choices: DESK_CHANNEL,
          labels: 'deskChannel',
        },
        { ...at, description: msg('报告时间（默认现在）', 'when it was reported (default now)') },
        {
          flags: '--received-by <staff>',
          description: msg('受理人（默认操作员）', 'received by (default the operator)'),
        },
        {
          flags: '--call <entry>',
          description: msg('由已记录的值班电话记录立案', 'open it from a desk entry already logged'),
        },
      ],
      load: () => import('./commands/report.js'),
    },
    {
      name: 'route',
      writes: true,
      description: msg(
        '转交开发企业工程部或施工单位，约定整改期限（逾期后另约须客服经理）',
        'route to the developer or the contractor with a deadline (after a miss, the cs-manager agrees a new one)',
      ),
      args: [id],
      options: [
        {
          flags: '--to <party>',
          description: msg('转交对象', 'routed to'),
          choices: WARRANTY_PARTY,
          labels: 'warrantyParty',
          required: true,
        },
        { flags: '--name <name>', description: msg('单位名称（默认开发企业）', 'its name (default the developer)') },
        { flags: '--contact <text>', description: msg('联系人', 'contact') },
        {
          flags: '--deadline <date>',
          description: msg('约定整改期限（默认按 wuye.yaml）', 'the deadline agreed (default from wuye.yaml)'),
        },
        note,
        at,
      ],
      load: () => import('./commands/route.js'),
    },
    {
      name: 'visit',
      writes: true,
      description: msg('记录开发企业/施工单位上门', 'record a visit of the developer or contractor'),
      args: [id],
      options: [
        { flags: '--note <text>', description: msg('情况', 'what was done'), required: true },
        { flags: '--who <text>', description: msg('上门人员', 'who came') },
        at,
      ],
      load: () => import('./commands/visit.js'),
    },
    {
      name: 'complete',
      writes: true,
      description: msg('记录整改完工', 'record the completion'),
      args: [id],
      options: [{ flags: '--work <text>', description: msg('整改情况', 'what was done'), required: true }, note, at],
      load: () => import('./commands/complete.js'),
    },
    {
      name: 'verify',
      writes: true,
      description: msg(
        '服务中心验收（合格时业主签字确认；不合格退回整改）',
        "the center's check (passed: the owner confirms; failed: back to the developer)",
      ),
      args: [id],
      options: [
        {
          flags: '--passed <yes|no>',
          description: msg('验收是否合格', 'did it pass'),
          choices: yesNo,
          required: true,
        },
        { flags: '--signed-by <name>', description: msg('确认的业主（合格时）', 'the owner who confirms (passed)') },
        note,
        at,
      ],
      load: () => import('./commands/verify.js'),
    },
    {
      name: 'callback',
      writes: true,
      description: msg('回访并结案', 'return visit, closing the report'),
      args: [id],
      options: [
        {
          flags: '--satisfied <yes|no>',
          description: msg('业主是否满意', 'is the owner satisfied'),
          choices: yesNo,
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
      description: msg(
        '显示保修报告：两个保修期、转交、期限、记录',
        'show a report: both clocks, routing, deadline, log',
      ),
      args: [id],
      load: () => import('./commands/show.js'),
    },
    {
      name: 'list',
      description: msg('列出保修报告', 'list warranty reports'),
      options: [
        {
          flags: '--overdue',
          description: msg(
            '只列逾期的（未按时答复业主，或开发企业超过约定期限：上报客服经理）',
            'only the late ones (the owner not answered in time, or the developer past the deadline: escalated to the cs-manager)',
          ),
        },
        {
          flags: '--component <component>',
          description: msg('只列此部位', 'only this component'),
          choices: WARRANTY_COMPONENT,
          labels: 'warrantyComponent',
        },
        {
          flags: '--state <state>',
          description: msg('只列此状态', 'only this state'),
          choices: WARRANTY_STATE,
          labels: 'warrantyState',
        },
        { flags: '--unit <unit>', description: msg('只列此房屋', 'only this unit') },
      ],
      load: () => import('./commands/list.js'),
    },
    {
      name: 'stats',
      description: msg(
        '保修统计：按部位、按栋（反馈开发企业；表、xlsx）',
        'statistics by component and building, for the developer (table, xlsx)',
      ),
      options: [
        { flags: '--from <date>', description: msg('起始日期（默认今年 1 月 1 日）', 'from (default 1 January)') },
        { flags: '--to <date>', description: msg('截止日期（默认今天）', 'to (default today)') },
        ...REPORT_OPTIONS,
      ],
      load: () => import('./commands/stats.js'),
    },
    {
      name: 'form',
      description: msg(
        '打印保修表单（PDF）：房屋质量问题报修单、保修转交单、保修完成确认单',
        'print a warranty form (PDF): defect report, transfer to the developer, completion confirmation',
      ),
      args: [
        { name: 'name', description: msg('表单名称（--list 列出）', 'form name (see --list)') },
        { name: 'id', description: msg('保修报告编号', 'report id') },
      ],
      options: FORM_OPTIONS,
      load: () => import('./commands/form.js'),
    },
  ],
};

export const manifest: Manifest = {
  name: 'warranty',
  commands: [warranty],
  checks: async () => (await import('./checks.js')).checks,
  forms: async () => (await import('./forms.js')).FORMS,
  generators: async () => [(await import('./generator.js')).warrantyGenerator],
};
