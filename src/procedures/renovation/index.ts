// The renovation procedure (spec procedures/03-renovation.md; manual 四.3 物业装修管理程序,
// 三.11 装修管理): application, engineering review, director's decision, agreement,
// workers and passes, money, permit, daily inspection, violations, acceptance, refund.
// e.g. wuye renovation apply --unit 1-2-0801 --applicant P000001 ... ; wuye renovation list --overdue
import { msg } from '../../core/i18n.js';
import type { Manifest } from '../../kit/manifest.js';
import type { ArgSpec, GroupSpec, OptionSpec } from '../../kit/spec.js';
import {
  PAY_METHOD,
  RENOVATION_ACCEPTANCE_RESULT,
  RENOVATION_ACTION,
  RENOVATION_CHARGE,
  RENOVATION_DECISION_RESULT,
  RENOVATION_DRAWING,
  RENOVATION_REVIEW_RESULT,
  RENOVATION_SCOPE,
  RENOVATION_STATE,
  RENOVATION_TRADE,
  RENOVATION_VIOLATION,
} from '../../core/enums.gen.js';

const id: ArgSpec = {
  name: 'id',
  description: msg('装修案卷编号，如 ZX2026-0007', 'renovation case id, e.g. ZX2026-0007'),
  required: true,
};
const SCOPE = RENOVATION_SCOPE.join(',');
const DRAWINGS = RENOVATION_DRAWING.join(',');
const note: OptionSpec = { flags: '--note <text>', description: msg('备注（写入日志）', 'note (goes into the log)') };
const date: OptionSpec = { flags: '--date <date>', description: msg('日期（默认今天）', 'date (default today)') };

const applicationFields: OptionSpec[] = [
  {
    flags: '--scope <list>',
    description: msg(`装修项目，逗号分隔: ${SCOPE}`, `scope items, comma-separated: ${SCOPE}`),
  },
  { flags: '--scope-notes <text>', description: msg('装修项目说明', 'scope details') },
  { flags: '--start <date>', description: msg('计划开工日期', 'planned start') },
  { flags: '--end <date>', description: msg('计划完工日期', 'planned end') },
  {
    flags: '--drawings <list>',
    description: msg(`已收图纸，逗号分隔: ${DRAWINGS}`, `drawings received, comma-separated: ${DRAWINGS}`),
  },
];

export const renovation: GroupSpec = {
  name: 'renovation',
  description: msg('物业装修管理（四.3）', 'renovation of units (manual 四.3)'),
  commands: [
    {
      name: 'apply',
      writes: true,
      description: msg(
        '受理装修申请（资料齐全即送工程部审核）',
        'take a renovation application (sent to engineering when complete)',
      ),
      options: [
        { flags: '--unit <unit>', description: msg('房屋编号', 'unit id'), required: true },
        {
          flags: '--applicant <person>',
          description: msg('申请人（业主或租户的人员编号）', 'applicant (person id of the owner or tenant)'),
          required: true,
        },
        {
          flags: '--tenant',
          description: msg(
            '申请人为租户（须有业主书面同意）',
            "the applicant is a tenant (needs the owner's written consent)",
          ),
        },
        {
          flags: '--consent <document>',
          description: msg('业主书面同意书（名称或编号）', "the owner's written consent (document)"),
        },
        {
          flags: '--consent-date <date>',
          description: msg('同意书签署日期（默认今天）', 'date of the consent (default today)'),
        },
        { flags: '--phone <mobile>', description: msg('申请人电话', "applicant's phone"), personal: 'mobile' },
        { flags: '--contractor <company>', description: msg('施工单位', 'contractor company'), required: true },
        { flags: '--licence <no>', description: msg('施工单位营业执照/资质证书号', 'contractor licence number') },
        {
          flags: '--manager <name>',
          description: msg('施工现场负责人', "contractor's person in charge"),
          required: true,
        },
        {
          flags: '--contractor-phone <phone>',
          personal: 'phone',
          description: msg('负责人电话', "person in charge's phone"),
          required: true,
        },
        ...applicationFields.map((o) => (/--(scope|start|end) /.test(o.flags) ? { ...o, required: true } : o)),
        { flags: '--debris', description: msg('委托服务中心清运装修垃圾', 'debris removal entrusted to the center') },
        note,
      ],
      load: () => import('./commands/apply.js'),
    },
    {
      name: 'submit',
      writes: true,
      description: msg('资料补齐后送工程部审核', 'send a completed application to engineering review'),
      args: [id],
      options: [applicationFields[4], note],
      load: () => import('./commands/submit.js'),
    },
    {
      name: 'revise',
      writes: true,
      description: msg('申请人按退回意见修改后重新申请', 'the applicant revises a returned application'),
      args: [id],
      options: [...applicationFields, note],
      load: () => import('./commands/revise.js'),
    },
    {
      name: 'review',
      writes: true,
      description: msg('工程部审核意见（2 个工作日内）', 'engineering review (within 2 working days)'),
      args: [id],
      options: [
        {
          flags: '--result <result>',
          description: msg('结论', 'result'),
          choices: RENOVATION_REVIEW_RESULT,
          required: true,
        },
        {
          flags: '--reasons <text>',
          description: msg('退回理由及需修改之处（退回时必填）', 'reasons and changes requested (required to reject)'),
        },
        { flags: '--conditions <text>', description: msg('施工条件', 'conditions') },
      ],
      load: () => import('./commands/review.js'),
    },
    {
      name: 'decide',
      writes: true,
      description: msg('服务中心主任审批（1 个工作日内）', "the director's decision (within 1 working day)"),
      args: [id],
      options: [
        {
          flags: '--result <result>',
          description: msg('结论（退回则回到工程部复审）', 'result (reject sends it back to engineering)'),
          choices: RENOVATION_DECISION_RESULT,
          required: true,
        },
        { flags: '--notes <text>', description: msg('审批意见', 'notes') },
      ],
      load: () => import('./commands/decide.js'),
    },
    {
      name: 'sign',
      writes: true,
      description: msg('签订装修施工协议书（三方）', 'sign the three-party construction agreement'),
      args: [id],
      options: [
        date,
        { flags: '--owner-signatory <name>', description: msg('业主方签字人', 'signed for the owner by') },
        { flags: '--contractor-signatory <name>', description: msg('施工单位签字人', 'signed for the contractor by') },
      ],
      load: () => import('./commands/sign.js'),
    },
    {
      name: 'workers',
      description: msg('施工人员登记与出入证', 'workers and their passes'),
      commands: [
        {
          name: 'add',
          writes: true,
          description: msg(
            '登记施工人员并发出入证（电工、焊工须有特种作业操作证）',
            'register a worker and issue a pass (electricians and welders need a certificate)',
          ),
          args: [id],
          options: [
            { flags: '--name <name>', description: msg('姓名', 'name'), required: true },
            {
              flags: '--national-id <no>',
              description: msg('身份证号', 'national id'),
              required: true,
              personal: 'national-id',
            },
            { flags: '--trade <trade>', description: msg('工种', 'trade'), choices: RENOVATION_TRADE, required: true },
            { flags: '--phone <mobile>', description: msg('电话', 'phone'), personal: 'mobile' },
            {
              flags: '--certificate <no>',
              personal: 'document',
              description: msg('特种作业操作证号', 'special-operation certificate number'),
            },
          ],
          load: () => import('./commands/workers-add.js'),
        },
        {
          name: 'remove',
          writes: true,
          description: msg('注销施工人员（收回出入证）', 'deregister a worker (pass returned)'),
          args: [id],
          options: [{ flags: '--pass <no>', description: msg('出入证号', 'pass number'), required: true }, date],
          load: () => import('./commands/workers-remove.js'),
        },
      ],
    },
    {
      name: 'pay',
      writes: true,
      description: msg('收取装修押金、管理费、垃圾清运费、出入证费用（收银员）', 'take the deposit and fees (cashier)'),
      args: [id],
      options: [
        {
          flags: '--item <item>',
          description: msg('项目', 'item'),
          choices: [...RENOVATION_CHARGE, 'all'],
          required: true,
        },
        {
          flags: '--receipt <no>',
          description: msg(
            '核对收据号（可省略；押金和费用均经收费账户按收款员收据本自动取号）',
            "receipt number to check (optional; deposits and fees all take the next numbers of the cashier's book)",
          ),
        },
        {
          flags: '--method <m>',
          description: msg('付款方式', 'payment method'),
          choices: PAY_METHOD,
        },
        { flags: '--amount <yuan>', description: msg('金额（默认应收余额）', 'amount (default: what is still due)') },
      ],
      load: () => import('./commands/pay.js'),
    },
    {
      name: 'permit',
      writes: true,
      description: msg(
        '发装修施工许可证（协议、人员、费用齐全后）',
        'issue the permit (after agreement, workers and money)',
      ),
      args: [id],
      options: [
        {
          flags: '--start <date>',
          description: msg(
            '与业户重新核定的开工日期（原工期已过半时）',
            'the start agreed again with the applicant (when the planned period is half gone)',
          ),
        },
        { flags: '--end <date>', description: msg('重新核定的完工日期', 'the end agreed again') },
        note,
      ],
      load: () => import('./commands/permit.js'),
    },
    {
      name: 'start',
      writes: true,
      description: msg('开工', 'work starts'),
      args: [id],
      options: [date, note],
      load: () => import('./commands/start.js'),
    },
    {
      name: 'inspect',
      writes: true,
      description: msg(
        '日常巡查（每个工作日至少一次；核查灭火器 ceil(面积/50)）',
        'daily inspection (every working day; extinguishers ceil(area/50))',
      ),
      args: [id],
      options: [
        { flags: '--findings <text>', description: msg('巡查情况', 'findings'), required: true },
        { flags: '--extinguishers <n>', description: msg('现场灭火器数量', 'extinguishers on site') },
        {
          flags: '--permit-posted <yes|no>',
          description: msg('许可证是否张贴', 'permit posted at the door'),
          choices: ['yes', 'no'],
        },
        { flags: '--photos <refs>', description: msg('照片编号，逗号分隔', 'photo references, comma-separated') },
        date,
      ],
      load: () => import('./commands/inspect.js'),
    },
    {
      name: 'inspections',
      description: msg('巡查记录；--missing 列出缺巡的日期', 'inspections; --missing lists the days without one'),
      options: [
        { flags: '--missing', description: msg('只列缺巡（按日）', 'only the gaps, by day') },
        { flags: '--from <date>', description: msg('起始日期', 'from') },
        { flags: '--to <date>', description: msg('截止日期', 'to') },
      ],
      load: () => import('./commands/inspections.js'),
    },
    {
      name: 'violation',
      writes: true,
      description: msg('记录违规装修并出具整改通知书', 'record a violation and issue the notice'),
      args: [id],
      options: [
        { flags: '--kind <kind>', description: msg('违规类别', 'kind'), choices: RENOVATION_VIOLATION, required: true },
        { flags: '--what <text>', description: msg('违规事实', 'what was found'), required: true },
        {
          flags: '--at <time>',
          description: msg(
            '发现时间（如 2026-11-28T21:30；违规施工时间必填）',
            'when (e.g. 2026-11-28T21:30; required for hours)',
          ),
        },
        {
          flags: '--deadline <date>',
          description: msg('整改期限（默认 3 个工作日）', 'rectify by (default 3 working days)'),
        },
        {
          flags: '--action <action>',
          description: msg(
            '处理：限期整改、扣除押金、停水停电',
            'action: rectify, deduct deposit, suspend water/electricity',
          ),
          choices: RENOVATION_ACTION,
          default: 'rectify',
        },
        { flags: '--deduct <yuan>', description: msg('拟扣押金金额', 'deposit deduction') },
      ],
      load: () => import('./commands/violation.js'),
    },
    {
      name: 'rectify',
      writes: true,
      description: msg('记录违规已整改', 'record that a violation was rectified'),
      args: [id],
      options: [{ flags: '--notice <no>', description: msg('整改通知书编号', 'notice number'), required: true }, date],
      load: () => import('./commands/rectify.js'),
    },
    {
      name: 'suspend',
      writes: true,
      description: msg('停工', 'suspend the works'),
      args: [id],
      options: [{ flags: '--reason <text>', description: msg('原因', 'reason'), required: true }],
      load: () => import('./commands/suspend.js'),
    },
    {
      name: 'resume',
      writes: true,
      description: msg('复工', 'resume the works'),
      args: [id],
      options: [note],
      load: () => import('./commands/resume.js'),
    },
    {
      name: 'complete',
      writes: true,
      description: msg('完工申报', 'report completion'),
      args: [id],
      options: [note],
      load: () => import('./commands/complete.js'),
    },
    {
      name: 'accept',
      writes: true,
      description: msg('竣工验收', 'completion acceptance'),
      args: [id],
      options: [
        {
          flags: '--result <result>',
          description: msg('结论', 'result'),
          choices: RENOVATION_ACCEPTANCE_RESULT,
          required: true,
        },
        {
          flags: '--item <check...>',
          description: msg(
            '验收项目（可多项）项目:ok|fail[:说明]，如 防水:ok、消防:fail:烟感被遮挡',
            'items checked (repeatable) item:ok|fail[:note], e.g. waterproofing:ok',
          ),
        },
        date,
      ],
      load: () => import('./commands/accept.js'),
    },
    {
      name: 'refund',
      description: msg('装修押金退还（主任批准，收银员支付）', 'deposit refund (director approves, cashier pays)'),
      commands: [
        {
          name: 'approve',
          writes: true,
          description: msg('主任批准退还押金及扣款明细', 'the director approves the refund with itemised deductions'),
          args: [id],
          options: [
            {
              flags: '--deduct <reason:amount...>',
              description: msg('扣款（可多项），如 损坏公共墙面:300', 'deduction (repeatable), e.g. 损坏公共墙面:300'),
            },
            {
              flags: '--no-violation-deductions',
              description: msg('不自动计入违规通知书的扣款', 'do not include the deductions of violation notices'),
            },
          ],
          load: () => import('./commands/refund-approve.js'),
        },
        {
          name: 'pay',
          writes: true,
          description: msg('收银员经收费账户退还押金', 'the cashier pays the refund through the fee account'),
          args: [id],
          options: [
            { flags: '--voucher <no>', description: msg('退款凭证号', 'refund voucher number'), required: true },
          ],
          load: () => import('./commands/refund-pay.js'),
        },
      ],
    },
    {
      name: 'close',
      writes: true,
      description: msg('结案', 'close the case'),
      args: [id],
      options: [note],
      load: () => import('./commands/close.js'),
    },
    {
      name: 'withdraw',
      writes: true,
      description: msg('撤回申请（发证前）', 'withdraw the application (before the permit)'),
      args: [id],
      options: [{ flags: '--reason <text>', description: msg('原因', 'reason'), required: true }],
      load: () => import('./commands/withdraw.js'),
    },
    {
      name: 'show',
      description: msg('显示装修案卷及下一步期限', 'show a case and the due time of its next step'),
      args: [id],
      load: () => import('./commands/show.js'),
    },
    {
      name: 'list',
      description: msg('列出装修案卷', 'list renovation cases'),
      options: [
        { flags: '--state <state>', description: msg('只列此状态', 'only this state'), choices: RENOVATION_STATE },
        { flags: '--unit <unit>', description: msg('只列此房屋', 'only this unit') },
        {
          flags: '--overdue',
          description: msg('只列逾期的（审核、审批、巡查）', 'only the overdue (review, decision, inspection)'),
        },
      ],
      load: () => import('./commands/list.js'),
    },
    {
      name: 'form',
      description: msg('打印装修表单（PDF）', 'print a renovation form (PDF)'),
      args: [
        { name: 'name', description: msg('表单名称（--list 列出）', 'form name (see --list)') },
        { name: 'id', description: msg('案卷编号', 'case id') },
      ],
      options: [
        { flags: '--blank', description: msg('空白表', 'blank form') },
        {
          flags: '--out <file>',
          description: msg(
            '输出 PDF 文件（默认记录库的 out/<编号>-<表单>.pdf）',
            'PDF file to write (default out/<id>-<form>.pdf in the records root)',
          ),
        },
        { flags: '--list', description: msg('列出表单', 'list the forms') },
        {
          flags: '--notice <no>',
          description: msg('违规整改通知书编号（默认最近一份）', 'violation notice number (default: the latest)'),
        },
      ],
      load: () => import('./commands/form.js'),
    },
    {
      name: 'report',
      description: msg('装修报表（xlsx）', 'renovation report (xlsx)'),
      options: [
        { flags: '--xlsx <file>', description: msg('输出的 .xlsx 文件', 'the .xlsx file to write') },
        { flags: '--format <fmt>', description: msg('输出格式', 'output format'), choices: ['xlsx', 'table', 'csv'] },
      ],
      load: () => import('./commands/report.js'),
    },
  ],
};

export const manifest: Manifest = {
  name: 'renovation',
  commands: [renovation],
  standards: async () => (await import('./standards.js')).sources,
  checks: async () => (await import('./checks.js')).checks,
  forms: async () => (await import('./forms.js')).FORMS,
  generators: async () => [(await import('./generator.js')).renovationGenerator],
};
