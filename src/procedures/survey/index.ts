// Satisfaction surveys (spec procedures/13-survey.md; manual 三.6.12 a customer survey every twelve months, 三.5.9 a
// staff survey every year, both analysed and acted on): a questionnaire from a template, a sample drawn by building
// from a seed, printed questionnaires, answers entered or imported, the analysis (PDF with charts, workbook), the
// improvement actions of items below target, and the close.
// e.g. wuye survey new --year 2026 ; wuye survey sample DC2026-01 --rate 30 --seed 7 ; wuye survey analyse DC2026-01
import { msg } from '../../core/i18n.js';
import { SURVEY_STATE, SURVEY_TYPE } from '../../core/enums.gen.js';
import type { Manifest } from '../../kit/manifest.js';
import type { ArgSpec, GroupSpec } from '../../kit/spec.js';

const id: ArgSpec = {
  name: 'id',
  description: msg('调查编号，如 DC2026-01', 'survey id, e.g. DC2026-01'),
  required: true,
  kind: 'survey',
};
const year = { flags: '--year <year>', description: msg('年度（默认今年）', 'year (default this year)') };

export const survey: GroupSpec = {
  name: 'survey',
  description: msg(
    '满意度调查：业主意见调查（三.6.12）、职员满意度调查（三.5.9）',
    'satisfaction surveys of owners (三.6.12) and staff (三.5.9)',
  ),
  commands: [
    {
      name: 'new',
      writes: true,
      description: msg('建立一次调查（问卷取自模板）', 'make a survey (the questionnaire from a template)'),
      options: [
        year,
        {
          flags: '--type <type>',
          description: msg('调查对象: owners（业主）, staff（职员）', 'who is surveyed: owners, staff'),
          choices: SURVEY_TYPE,
          labels: 'surveyType',
          default: 'owners',
        },
        {
          flags: '--template <name>',
          description: msg(
            '问卷模板（templates/surveys/NAME.yaml，默认同调查对象）',
            'questionnaire template (default: the type)',
          ),
        },
        { flags: '--title <text>', description: msg('标题', 'title') },
      ],
      load: () => import('./commands/new.js'),
    },
    {
      name: 'sample',
      writes: true,
      description: msg(
        '抽样：按楼栋按比例抽取房屋（同一种子抽出同一样本）；职员调查按在职人数发放',
        'draw the sample: units by building at a rate (the same seed draws the same units); staff: one per person in post',
      ),
      args: [id],
      options: [
        {
          flags: '--rate <pct>',
          description: msg('抽样比例（%，默认 wuye.yaml，100 为全部）', 'sample rate (%; 100 for all)'),
        },
        { flags: '--seed <n>', description: msg('随机种子（默认取年份）', 'seed (default the year)') },
      ],
      load: () => import('./commands/sample.js'),
    },
    {
      name: 'forms',
      description: msg(
        '打印样本的问卷：每户（每份）一个 PDF，或合并为一个',
        'print the questionnaires of the sample: one PDF each, or merged',
      ),
      args: [id],
      options: [
        {
          flags: '--out <dir>',
          description: msg('输出目录（默认 out/ID-questionnaires）', 'folder to write (default out/ID-questionnaires)'),
        },
        { flags: '--merge', description: msg('合并为一个 PDF', 'one merged PDF') },
      ],
      load: () => import('./commands/forms.js'),
    },
    {
      name: 'enter',
      writes: true,
      description: msg(
        '录入一份回收的问卷（逐项提示，或 --answers）',
        'enter one questionnaire returned (prompted, or --answers)',
      ),
      args: [id],
      options: [
        {
          flags: '--respondent <who>',
          description: msg('房号（业主）或问卷编号 Q001（职员）', 'unit (owners) or questionnaire number Q001 (staff)'),
        },
        {
          flags: '--answers <list>',
          description: msg(
            '各项答案，逗号分隔：等级或其序号（1 为最好），空为未答，如 1,2,1,,3',
            'answers, comma-separated: the scale value or its number (1 best), empty for blank, e.g. 1,2,1,,3',
          ),
        },
        { flags: '--group <text>', description: msg('部门（职员调查）', 'department (staff survey)') },
        { flags: '--suggestion <text>', description: msg('意见建议', 'suggestions'), personal: 'text' },
      ],
      load: () => import('./commands/enter.js'),
    },
    {
      name: 'import',
      writes: true,
      description: msg(
        '从 Excel/CSV 导入问卷（每行一份；先全部检查，有错则不写入）',
        'import questionnaires from Excel/CSV (one per row; all checked before anything is written)',
      ),
      args: [id, { name: 'file', description: msg('xlsx 或 csv 文件', 'xlsx or csv file'), required: true }],
      load: () => import('./commands/import.js'),
    },
    {
      name: 'analyse',
      writes: true,
      description: msg(
        '分析：回收率、各项及各楼栋满意率、与上年比较；输出分析报告 PDF 和 Excel',
        'analyse: response rate, satisfaction per item and building, against last year; the PDF report and workbook',
      ),
      args: [id],
      options: [
        {
          flags: '--out <file>',
          description: msg(
            '分析报告 PDF（默认 out/ID-analysis.pdf）',
            'the analysis PDF (default out/ID-analysis.pdf)',
          ),
        },
        { flags: '--xlsx <file>', description: msg('写入 Excel 文件', 'write an Excel workbook') },
      ],
      load: () => import('./commands/analyse.js'),
    },
    {
      name: 'action',
      writes: true,
      description: msg(
        '整改措施：为未达标项目加一项（--item --what --who --due），或登记完成/转下年度（--no N --done|--carry-over）',
        'improvement actions: add one (--item --what --who --due), or mark one done / carried over (--no N)',
      ),
      args: [id],
      options: [
        { flags: '--item <code>', description: msg('项目代码', 'item code') },
        { flags: '--what <text>', description: msg('整改措施', 'what is done'), personal: 'text' },
        { flags: '--who <staff>', description: msg('负责人（员工编号）', 'who (staff id)') },
        { flags: '--due <date>', description: msg('完成期限', 'by when') },
        { flags: '--no <n>', description: msg('措施序号（登记完成或结转）', 'action number (to mark it)') },
        { flags: '--done', description: msg('已完成', 'done') },
        { flags: '--carry-over', description: msg('转下年度', 'carried over to next year') },
        { flags: '--result <text>', description: msg('完成情况', 'result'), personal: 'text' },
      ],
      load: () => import('./commands/action.js'),
    },
    {
      name: 'close',
      writes: true,
      description: msg(
        '结束调查（每项整改措施已完成或转下年度）',
        'close the survey (every action done or carried over)',
      ),
      args: [id],
      load: () => import('./commands/close.js'),
    },
    {
      name: 'list',
      description: msg('调查列表', 'surveys'),
      options: [
        { flags: '--year <year>', description: msg('年度', 'year') },
        { flags: '--state <state>', description: msg('状态', 'state'), choices: SURVEY_STATE, labels: 'surveyState' },
      ],
      load: () => import('./commands/list.js'),
    },
    {
      name: 'show',
      description: msg('显示一次调查：样本、回收、结果、整改措施', 'show a survey: sample, returns, results, actions'),
      args: [id],
      load: () => import('./commands/show.js'),
    },
  ],
};

export const manifest: Manifest = {
  name: 'survey',
  commands: [survey],
  checks: async () => (await import('./checks.js')).checks,
  forms: async () => (await import('./forms.js')).FORMS,
  standards: async () => (await import('./standards.js')).sources,
  generators: async () => [(await import('./generator.js')).surveyGenerator],
  bench: 'tests/bench/survey.mjs',
};
