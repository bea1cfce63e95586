// Vacant units (空置房管理, manual 四.5; spec procedures/05-vacant.md): every unsold or vacant unit checked at
// least monthly (vacant.check_days), the round's check sheets per building, findings that open a repair order,
// viewings through the key register's loans, and the fee-discount application (the owner's application, an
// on-site check, the cs-manager's approval) that billing reads.
// e.g. wuye vacant check 3-1-0101 --fault water --findings "卫生间顶棚渗水" --repair
import { msg } from '../../core/i18n.js';
import type { Manifest } from '../../kit/manifest.js';
import type { GroupSpec } from '../../kit/spec.js';
import { VACANT_CHECK_ITEM } from '../../core/enums.gen.js';

const unitArg = {
  name: 'unit',
  description: msg('房屋编号，如 3-1-0101', 'unit id, e.g. 3-1-0101'),
  required: true,
  kind: 'unit',
};
const building = { flags: '--building <b>', description: msg('楼栋', 'building') };

export const vacant: GroupSpec = {
  name: 'vacant',
  description: msg(
    '空置房管理：巡查、看房、空置优惠申请（四.5）',
    'vacant units: checks, viewings, fee-discount applications (四.5)',
  ),
  commands: [
    {
      name: 'list',
      description: msg(
        '空置房清单：上次巡查、应巡查日期、逾期，空置优惠月份',
        'vacant units: last check, next due, overdue, discount months',
      ),
      options: [building, { flags: '--overdue', description: msg('只列巡查逾期的', 'only those overdue for a check') }],
      load: () => import('./commands/list.js'),
    },
    {
      name: 'round',
      description: msg(
        '打印一栋楼一轮巡查的空置房巡查记录表（每套一行）',
        'print the check sheet (空置房巡查记录表) of a round for a building, one row per unit',
      ),
      options: [
        { ...building, required: true },
        {
          flags: '--round <round>',
          description: msg(
            '轮次，如 2026-12 或 2026-08-typhoon（默认本月）',
            'round, e.g. 2026-12 or 2026-08-typhoon (default this month)',
          ),
        },
        { flags: '--out <file>', description: msg('输出 PDF 文件', 'PDF file to write') },
      ],
      load: () => import('./commands/round.js'),
    },
    {
      name: 'check',
      writes: true,
      description: msg(
        '登记一次空置房巡查；--repair 把发现的问题开成维修单',
        'record a check of a vacant unit; --repair opens a repair order for what was found',
      ),
      args: [unitArg],
      options: [
        {
          flags: '--fault <item...>',
          description: msg('不正常的项目（其余视为正常）', 'items found wrong (the others in order)'),
          choices: VACANT_CHECK_ITEM,
          labels: 'vacantCheckItem',
        },
        { flags: '--findings <text>', description: msg('发现的问题', 'what was found') },
        {
          flags: '--meters <text>',
          description: msg('水电表读数，如 水 123 电 4567', 'meter readings, e.g. 水 123 电 4567'),
        },
        {
          flags: '--repair',
          description: msg('开维修单（须写明 --findings）', 'open a repair order (needs --findings)'),
        },
        { flags: '--round <round>', description: msg('轮次（默认本月）', 'round (default this month)') },
        { flags: '--on <date>', description: msg('巡查日期（默认今天）', 'checked on (default today)') },
        { flags: '--by <staff>', description: msg('巡查人（默认操作员）', 'inspector (default the operator)') },
      ],
      load: () => import('./commands/check.js'),
    },
    {
      name: 'viewing',
      writes: true,
      description: msg(
        '看房登记：借出房屋钥匙（钥匙借用登记）；--end 看房结束收回钥匙',
        'a viewing: lends the unit key through the key register; --end takes it back',
      ),
      args: [unitArg],
      options: [
        { flags: '--who <name>', description: msg('看房人', 'visitor'), personal: 'name' },
        { flags: '--phone <phone>', description: msg('看房人电话', "the visitor's phone"), personal: 'phone' },
        { flags: '--firm <text>', description: msg('开发企业销售部或中介', "the developer's sales or the agency") },
        {
          flags: '--key <key>',
          description: msg('借用的钥匙（默认该房屋在柜的钥匙）', "the key (default the unit's key held)"),
        },
        { flags: '--end', description: msg('看房结束，收回钥匙', 'the viewing is over: take the key back') },
      ],
      load: () => import('./commands/viewing.js'),
    },
    {
      name: 'apply-discount',
      writes: true,
      description: msg(
        '空置优惠申请：业主申请（须有现场巡查）；--approve/--refuse 由用户服务部经理批准',
        "the vacant fee discount: the owner's application (on an on-site check); --approve/--refuse by the cs-manager",
      ),
      args: [unitArg],
      options: [
        { flags: '--from <month>', description: msg('优惠起始月 YYYY-MM', 'first month YYYY-MM') },
        { flags: '--to <month>', description: msg('优惠截止月 YYYY-MM', 'last month YYYY-MM') },
        {
          flags: '--applicant <person>',
          description: msg('申请人（业主，默认第一业主）', 'applicant (an owner; default the first)'),
        },
        { flags: '--applied <date>', description: msg('申请日期（默认今天）', 'applied on (default today)') },
        { flags: '--approve', description: msg('批准待批的申请', 'approve the application waiting') },
        { flags: '--refuse <reason>', description: msg('不批准，写明理由', 'refuse it, with the reason') },
      ],
      load: () => import('./commands/apply-discount.js'),
    },
    {
      name: 'report',
      description: msg(
        '空置房巡查情况（标准 四.5）：空置套数、巡查次数、超期未巡查的房屋',
        'vacant checks (standard 四.5): units, checks made, units left unchecked too long',
      ),
      options: [
        { flags: '--from <date>', description: msg('起（默认今年初）', 'from (default the start of the year)') },
        { flags: '--to <date>', description: msg('止（默认今天）', 'to (default today)') },
        { flags: '--xlsx <file>', description: msg('写入 Excel 工作簿', 'write an Excel workbook') },
        { flags: '--format <fmt>', description: msg('输出格式', 'output format'), choices: ['table', 'csv'] },
      ],
      load: () => import('./commands/report.js'),
    },
  ],
};

export const manifest: Manifest = {
  name: 'vacant',
  commands: [vacant],
  checks: async () => (await import('./checks.js')).checks,
  forms: async () => (await import('./forms.js')).FORMS,
  standards: async () => (await import('./standards.js')).sources,
  generators: async () => [(await import('./generator.js')).vacantGenerator],
};
