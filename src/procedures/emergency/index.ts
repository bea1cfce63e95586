// Emergencies (spec procedures/12-emergency.md; manual 四.13, 三.4.3, 三.3.10–3.12, 三.17.1): an emergency recorded
// with its kind's response checklist (templates/texts/emergency/), its timeline, who was notified, injuries and
// losses, the report upward within one working day of discovery, and closed only with cause, responsibility and
// preventive measures (tracked until done); the published emergency numbers and the drills.
// e.g. wuye emergency new --type lift-entrapment --place 3栋1单元2号梯 --discovered "2026-11-28 21:30"
import { msg } from '../../core/i18n.js';
import { EMERGENCY_KIND, EMERGENCY_PARTY, EMERGENCY_SEVERITY, EMERGENCY_STATE } from '../../core/enums.gen.js';
import type { Manifest } from '../../kit/manifest.js';
import { FORM_OPTIONS, type ArgSpec, type GroupSpec, type OptionSpec } from '../../kit/spec.js';

const id: ArgSpec = {
  name: 'id',
  description: msg('事件编号，如 JJ2026-0001', 'emergency id, e.g. JJ2026-0001'),
  required: true,
  kind: 'emergency',
};
const at: OptionSpec = {
  flags: '--at <time>',
  description: msg('发生时间（默认现在），如 "2026-11-28 21:40" 或 21:40', 'when (default now), e.g. 21:40'),
};
const note: OptionSpec = { flags: '--note <text>', description: msg('备注', 'note'), personal: 'text' };
const out: OptionSpec = { flags: '--out <file>', description: msg('PDF 文件', 'the PDF file') };
const KINDS = EMERGENCY_KIND.join(',');
const kind = (required: boolean): OptionSpec => ({
  flags: '--type <kind>',
  description: msg(`事件类别: ${KINDS}`, `kind of emergency: ${KINDS}`),
  choices: EMERGENCY_KIND,
  labels: 'emergencyKind',
  required,
});

export const emergency: GroupSpec = {
  name: 'emergency',
  description: msg('紧急事件（四.13，三.4.3）', 'emergencies (manual 四.13, 三.4.3)'),
  commands: [
    {
      name: 'new',
      writes: true,
      description: msg('登记紧急事件，打印该类别的应急处置步骤', 'record an emergency; prints its response steps'),
      options: [
        kind(true),
        { flags: '--place <text>', description: msg('地点', 'where'), required: true },
        {
          flags: '--discovered <time>',
          description: msg('发现时间，如 "2026-11-28 21:30"（默认现在）', 'discovered at, e.g. "2026-11-28 21:30"'),
        },
        {
          flags: '--reported-by <name>',
          description: msg('发现人/报告人', 'discovered or reported by'),
          personal: 'name',
        },
        {
          flags: '--severity <level>',
          description: msg('严重程度', 'severity'),
          choices: EMERGENCY_SEVERITY,
          labels: 'emergencySeverity',
          default: 'ordinary',
        },
        { flags: '--description <text>', description: msg('事件经过', 'what happened'), personal: 'text' },
      ],
      load: () => import('./commands/new.js'),
    },
    {
      name: 'log',
      writes: true,
      description: msg(
        '记录处置经过（--step 勾掉处置步骤），伤亡和损失；结案后 --measure-done 确认预防措施落实',
        'log an action (--step ticks a response step), injuries and losses; --measure-done after closing',
      ),
      args: [id],
      options: [
        { flags: '--what <text>', description: msg('做了什么', 'what was done'), personal: 'text' },
        { flags: '--step <n...>', description: msg('完成的处置步骤序号', 'response steps done (numbers)') },
        at,
        { flags: '--injuries <n>', description: msg('受伤人数', 'people injured') },
        { flags: '--deaths <n>', description: msg('死亡人数', 'deaths') },
        { flags: '--losses <yuan>', description: msg('直接经济损失（元）', 'direct losses (yuan)') },
        {
          flags: '--losses-note <text>',
          description: msg('伤亡和损失情况', 'injuries and losses in words'),
          personal: 'text',
        },
        {
          flags: '--measure-done <n>',
          description: msg('已落实的预防措施序号（结案后）', 'a preventive measure done (after closing)'),
        },
      ],
      load: () => import('./commands/log.js'),
    },
    {
      name: 'notify',
      writes: true,
      description: msg(
        '记录通知了谁（119/110/120、燃气、供电、供水、电梯维保、开发商、公司、业主）',
        'record who was notified (119/110/120, utilities, lift company, developer, head office, owners)',
      ),
      args: [id],
      options: [
        {
          flags: '--party <whom>',
          description: msg(`对象: ${EMERGENCY_PARTY.join(',')}`, `whom: ${EMERGENCY_PARTY.join(',')}`),
          choices: EMERGENCY_PARTY,
          labels: 'emergencyParty',
          required: true,
        },
        { flags: '--name <text>', description: msg('单位或联系人', 'organisation or person'), personal: 'name' },
        at,
        note,
      ],
      load: () => import('./commands/notify.js'),
    },
    {
      name: 'report',
      writes: true,
      description: msg(
        '记录向公司和有关部门的报告（发现后 1 个工作日内），打印紧急事件处理记录表',
        'record the report upward (due within 1 working day of discovery); prints the record',
      ),
      args: [id],
      options: [
        {
          flags: '--to <whom>',
          description: msg('报告对象（默认 wuye.yaml 的 公司总部）', 'to whom (default head office)'),
        },
        at,
        note,
        out,
      ],
      load: () => import('./commands/report.js'),
    },
    {
      name: 'close',
      writes: true,
      description: msg(
        '结案：写明原因、责任和预防措施，打印事故分析报告',
        'close with the cause, responsibility and preventive measures; prints the analysis',
      ),
      args: [id],
      options: [
        { flags: '--cause <text>', description: msg('原因分析', 'the cause'), personal: 'text' },
        { flags: '--responsibility <text>', description: msg('责任认定', 'responsibility'), personal: 'text' },
        {
          flags: '--measure <text...>',
          description: msg('预防措施（可多次）', 'a preventive measure (repeatable)'),
          personal: 'text',
        },
        { flags: '--measure-owner <staff>', description: msg('措施负责人', 'who sees the measures done') },
        { flags: '--measure-due <date>', description: msg('措施完成期限', 'the measures due by') },
        out,
      ],
      load: () => import('./commands/close.js'),
    },
    {
      name: 'form',
      description: msg(
        '打印紧急事件表单（PDF）：处理记录表、事故分析报告、应急联系电话表、应急处置卡',
        'print an emergency form (PDF): record, analysis, contact numbers, response card',
      ),
      args: [
        { name: 'name', description: msg('表单名称（--list 列出）', 'form name (see --list)') },
        {
          name: 'id',
          description: msg(
            '事件编号；处置卡给类别，电话表给日期',
            'emergency id; a kind for card, a date for contacts',
          ),
        },
      ],
      options: FORM_OPTIONS,
      load: () => import('./commands/form.js'),
    },
    {
      name: 'list',
      description: msg(
        '紧急事件列表（--overdue：逾期未报告或预防措施逾期；--drills：演练记录）',
        'emergencies (--overdue: report or measures late; --drills: the drills)',
      ),
      options: [
        { flags: '--year <year>', description: msg('年度', 'year') },
        {
          flags: '--state <state>',
          description: msg('状态', 'state'),
          choices: EMERGENCY_STATE,
          labels: 'emergencyState',
        },
        { flags: '--overdue', description: msg('只列逾期的', 'only the late ones') },
        { flags: '--drills', description: msg('列出应急演练', 'list the drills instead') },
      ],
      load: () => import('./commands/list.js'),
    },
    {
      name: 'contacts',
      description: msg('应急联系电话表（对外公布；--out 打印）', 'the published emergency numbers (--out prints them)'),
      options: [out],
      load: () => import('./commands/contacts.js'),
    },
    {
      name: 'drill',
      writes: true,
      description: msg(
        '登记一次应急演练：情景、参加人员、发现的问题',
        'record a drill: scenario, participants, findings',
      ),
      options: [
        kind(true),
        { flags: '--date <date>', description: msg('演练日期（默认今天）', 'date (default today)') },
        { flags: '--scenario <text>', description: msg('演练情景', 'scenario'), required: true, personal: 'text' },
        { flags: '--place <text>', description: msg('地点', 'where') },
        { flags: '--led-by <staff>', description: msg('总指挥（默认操作员）', 'led by (default the operator)') },
        { flags: '--participants <n>', description: msg('参加人数', 'people taking part'), required: true },
        { flags: '--staff <list>', description: msg('参加的员工，逗号分隔', 'staff taking part, comma-separated') },
        { flags: '--findings <text>', description: msg('发现的问题', 'findings'), required: true, personal: 'text' },
        { flags: '--improvements <text>', description: msg('改进措施', 'improvements'), personal: 'text' },
      ],
      load: () => import('./commands/drill.js'),
    },
  ],
};

export const manifest: Manifest = {
  name: 'emergency',
  commands: [emergency],
  checks: async () => (await import('./checks.js')).checks,
  forms: async () => (await import('./forms.js')).FORMS,
  standards: async () => (await import('./standards.js')).sources,
  generators: async () => [(await import('./generator.js')).emergencyGenerator],
};
