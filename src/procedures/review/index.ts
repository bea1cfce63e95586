// Staff review (manual 三.5.4 training, 一 conduct code; spec procedures/17-review.md): training sessions with
// hours and attendees, and everyone under 8 hours a quarter listed; the training standard (5.4) for `wuye standards`.
// e.g. wuye review training add --date 2026-11-20 --topic 礼仪 --trainer 李经理 --hours 2 --attendees S003 S004
import { msg } from '../../core/i18n.js';
import type { Manifest } from '../../kit/manifest.js';
import type { GroupSpec } from '../../kit/spec.js';

export const review: GroupSpec = {
  name: 'review',
  description: msg(
    '员工考评：行为规范检查、培训学时（三.5.4）、月度岗位考评',
    'staff review: conduct checks, training hours (三.5.4), monthly evaluations',
  ),
  commands: [
    {
      name: 'training',
      description: msg('培训记录与学时', 'training sessions and hours'),
      commands: [
        {
          name: 'add',
          writes: true,
          description: msg(
            '登记一次培训：主题、讲师、学时、参加人员及考核',
            'record a session: topic, trainer, hours, attendees, assessment',
          ),
          options: [
            { flags: '--date <date>', description: msg('日期', 'date'), required: true },
            { flags: '--topic <text>', description: msg('主题', 'topic'), required: true },
            { flags: '--trainer <name>', description: msg('讲师', 'trainer'), required: true },
            { flags: '--hours <h>', description: msg('学时（小时）', 'hours'), required: true },
            { flags: '--attendees <ids...>', description: msg('参加的员工', 'staff who attended'), required: true },
            {
              flags: '--assessment <staff=grade...>',
              description: msg('考核：员工=excellent|passed|failed', 'assessment: staff=excellent|passed|failed'),
            },
            { flags: '--notes <text>', description: msg('备注', 'notes') },
          ],
          load: () => import('./commands/training-add.js'),
        },
        {
          name: 'hours',
          description: msg(
            '每人一季度的培训学时，不足 8 小时者列出',
            "each person's hours in a quarter; under 8 listed",
          ),
          options: [
            {
              flags: '--quarter <q>',
              description: msg('季度，如 2026-Q4（默认本季度）', 'quarter, e.g. 2026-Q4 (default this one)'),
            },
            { flags: '--short', description: msg('只列不足的', 'only those short') },
          ],
          load: () => import('./commands/training-hours.js'),
        },
      ],
    },
    {
      name: 'conduct',
      writes: true,
      description: msg(
        '仪容仪表及行为规范检查：一名员工一次，按扣分表扣分',
        'a conduct check of one staff member, points deducted from the table',
      ),
      options: [
        { flags: '--staff <id>', description: msg('被检查的员工', 'the staff member checked'), required: true },
        { flags: '--date <date>', description: msg('日期（默认今天）', 'date (default today)') },
        { flags: '--pass <items...>', description: msg('合格的项目', 'items passed') },
        { flags: '--fail <items...>', description: msg('不合格的项目', 'items failed') },
        { flags: '--na <items...>', description: msg('不适用的项目', 'items not applicable') },
        { flags: '--value <item=n...>', description: msg('计数项的值', 'values of counted items') },
        { flags: '--note <text>', description: msg('发现的问题', 'findings') },
        { flags: '--photo <files...>', description: msg('照片', 'photos') },
        { flags: '--follow-up <text>', description: msg('整改要求', 'follow-up') },
        { flags: '--ref <id>', description: msg('整改关联的记录', 'record the follow-up refers to') },
      ],
      load: () => import('./commands/conduct.js'),
    },
    {
      name: 'month',
      writes: true,
      description: msg(
        '起草一个月的岗位考评表，由记录可算的项目自动评分并附依据',
        "draft a month's evaluation sheets, the scores the records give filled in with evidence",
      ),
      options: [
        { flags: '--month <month>', description: msg('月份，如 2026-11', 'month, e.g. 2026-11'), required: true },
        { flags: '--staff <ids...>', description: msg('只起草这些员工的', 'only these staff members') },
      ],
      load: () => import('./commands/month.js'),
    },
    {
      name: 'score',
      writes: true,
      args: [{ name: 'id', description: msg('考评表编号', 'evaluation id'), required: true }],
      description: msg('经理为考评表的其余项目评分', 'the manager scores the remaining criteria'),
      options: [
        { flags: '--set <criterion=score...>', description: msg('项目=得分', 'criterion=score') },
        { flags: '--comment <text>', description: msg('评语', 'comments') },
        { flags: '--note <text>', description: msg('改动自动评分的说明', 'why a computed score is changed') },
      ],
      load: () => import('./commands/score.js'),
    },
    {
      name: 'confirm',
      writes: true,
      args: [{ name: 'id', description: msg('考评表编号', 'evaluation id'), required: true }],
      description: msg(
        '员工本人确认考评表；经理用 --approve 审批',
        'the staff member confirms; the manager approves with --approve',
      ),
      options: [{ flags: '--approve', description: msg('经理审批', 'the manager approves') }],
      load: () => import('./commands/confirm.js'),
    },
    {
      name: 'report',
      description: msg('一个月的岗位考评汇总及明细', "a month's evaluations, totals, grades and evidence"),
      options: [
        { flags: '--month <month>', description: msg('月份，如 2026-11', 'month, e.g. 2026-11'), required: true },
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
  name: 'review',
  commands: [review],
  standards: async () => (await import('./standards.js')).sources,
  forms: async () => (await import('./forms.js')).FORMS,
  checks: async () => (await import('./checks.js')).checks,
  generators: async () => [(await import('./generator.js')).reviewGenerator],
};
