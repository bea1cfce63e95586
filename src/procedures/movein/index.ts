// Move-in handover (物业入伙管理规程, manual 四.2; spec procedures/02-movein.md):
// the commands of `wuye movein` as data. Each step of the manual is a verb, in
// its order: plan → notice → checkin → inspect → (rectify → reinspect)* → fees → keys → sign → complete.
// e.g. wuye movein plan --building 3 --from 2026-12-05 --per-day 12 --announced-on 2026-11-25
import { msg } from '../../core/i18n.js';
import type { Manifest } from '../../kit/manifest.js';
import type { GroupSpec, OptionSpec } from '../../kit/spec.js';
import { MOVEIN_STATE, PAY_METHOD } from '../../core/enums.gen.js';

const unitArg = { name: 'unit', description: msg('房屋编号，如 3-1-0101', 'unit id, e.g. 3-1-0101'), required: true };
const on: OptionSpec = { flags: '--on <date>', description: msg('日期（默认今天）', 'date (default today)') };
const note: OptionSpec = { flags: '--note <text>', description: msg('备注', 'note') };

export const movein: GroupSpec = {
  name: 'movein',
  description: msg(
    '物业入伙：预约、通知、资料查验、验房、整改、收费、钥匙、协议',
    'move-in handover: slots, notices, documents, inspection, rectification, fees, keys, agreements',
  ),
  commands: [
    {
      name: 'plan',
      writes: true,
      description: msg(
        '为一栋楼有购房人的房屋排定入伙预约时段（登报公告不足 7 天时警告）',
        'give every unit of a building that has a buyer an appointment slot (warns when the newspaper notice is less than 7 days ahead)',
      ),
      options: [
        { flags: '--building <b>', description: msg('楼栋', 'building'), required: true },
        { flags: '--from <date>', description: msg('集中入伙首日', 'first move-in day'), required: true },
        { flags: '--per-day <n>', description: msg('每日办理户数', 'units per day'), required: true },
        {
          flags: '--slots <times>',
          description: msg(
            '每日时段，逗号分隔，如 09:00,10:00,14:00（默认取 wuye.yaml）',
            'times of a day, comma-separated, e.g. 09:00,10:00,14:00 (default from wuye.yaml)',
          ),
        },
        { flags: '--announced-on <date>', description: msg('登报公告日期', 'newspaper announcement date') },
      ],
      load: () => import('./commands/plan.js'),
    },
    {
      name: 'notice',
      writes: true,
      description: msg(
        '登记入伙通知书已以挂号信寄出；管理费自通知书注明之日起计（写入房屋的 fee_start）',
        "record the move-in notice sent by registered mail; the management fee starts on the date it names (written to the unit's fee_start)",
      ),
      args: [
        {
          name: 'units',
          description: msg('房屋编号（可多个；或用 --building）', 'unit ids (several; or --building)'),
          variadic: true,
        },
      ],
      options: [
        { flags: '--building <b>', description: msg('该楼栋所有已预约的房屋', 'every planned unit of this building') },
        { flags: '--sent-on <date>', description: msg('寄出日期（默认今天）', 'date sent (default today)') },
        { flags: '--mail <number>', description: msg('挂号信号码（单套房屋时）', 'registered mail number (one unit)') },
        { flags: '--announced-on <date>', description: msg('登报公告日期', 'newspaper announcement date') },
        {
          flags: '--fee-start <date>',
          description: msg(
            '通知书注明的管理费起算日（默认集中入伙首日）',
            'the date the notice names for the management fee to start (default the first move-in day)',
          ),
        },
      ],
      load: () => import('./commands/notice.js'),
    },
    {
      name: 'checkin',
      writes: true,
      description: msg(
        '查验入伙资料（4.3）：购房协议、身份证、照片、收楼手续步骤表；单位购房查营业执照，代办查委托书',
        "check the documents (4.3): contract, ids, photos, steps form; a company's licence, an agent's power of attorney",
      ),
      args: [unitArg],
      options: [
        {
          flags: '--person <id>',
          description: msg(
            '前来办理的人（人员编号；默认第一位业主）',
            'the person who came (person id; default the first owner)',
          ),
        },
        { flags: '--agent', description: msg('受业主委托代办', 'acting for the owner with a power of attorney') },
        {
          flags: '--documents <list>',
          description: msg(
            '已查验的资料，逗号分隔：purchase-contract,owner-id,household-ids,company-licence,power-of-attorney,photos,steps-form',
            'documents checked, comma-separated: purchase-contract,owner-id,household-ids,company-licence,power-of-attorney,photos,steps-form',
          ),
          required: true,
        },
        {
          flags: '--photos <n>',
          description: msg('一寸彩照张数（每人 2 张）', 'one-inch photos received (2 per person)'),
        },
        {
          flags: '--household <ids>',
          description: msg('家庭成员（人员编号，逗号分隔）', 'household members (person ids, comma-separated)'),
        },
        on,
        note,
      ],
      load: () => import('./commands/checkin.js'),
    },
    {
      name: 'inspect',
      writes: true,
      description: msg(
        '验房（4.4）：抄录水电气表读数，登记问题，业主签字或拒签',
        'inspect the unit (4.4): meter readings, defects found, the owner signs or refuses',
      ),
      args: [unitArg],
      options: [
        {
          flags: '--result <r>',
          description: msg('业主签字确认或拒签', 'the owner signed or refused'),
          choices: ['signed', 'refused'],
          required: true,
        },
        { flags: '--water <reading>', description: msg('水表读数', 'water meter reading') },
        { flags: '--electricity <reading>', description: msg('电表读数', 'electricity meter reading') },
        { flags: '--gas <reading>', description: msg('燃气表读数', 'gas meter reading') },
        {
          flags: '--defect <defect...>',
          description: msg(
            '发现的问题 部位:描述[:类别]，可多个；类别 wall,floor,ceiling,door-window,plumbing,electrical,waterproofing,fixtures,gas,other',
            'a defect found, location:description[:category] (repeatable); categories wall,floor,ceiling,door-window,plumbing,electrical,waterproofing,fixtures,gas,other',
          ),
        },
        {
          flags: '--deadline <date>',
          description: msg(
            '约定整改完成日期（默认 wuye.yaml 的工作日数）',
            'agreed rectification deadline (default: working days from wuye.yaml)',
          ),
        },
        {
          flags: '--inspector <staff>',
          description: msg('陪同验房的维修人员（默认操作员）', 'the inspector (default the operator)'),
        },
        on,
        note,
      ],
      load: () => import('./commands/inspect.js'),
    },
    {
      name: 'rectify',
      writes: true,
      description: msg(
        '登记整改：项目工程部完成的问题，或变更约定期限',
        'record rectification: defects the engineering department fixed, or a changed deadline',
      ),
      args: [unitArg],
      options: [
        {
          flags: '--done <nos>',
          description: msg('已整改完成的问题序号，逗号分隔', 'numbers of the defects fixed, comma-separated'),
        },
        {
          flags: '--defect <nos>',
          description: msg(
            '要变更期限的问题序号（与 --deadline 一起）',
            'defects whose deadline changes (with --deadline)',
          ),
        },
        { flags: '--deadline <date>', description: msg('新的约定期限', 'the new agreed deadline') },
        {
          flags: '--assigned-to <text>',
          description: msg(
            '整改单位（默认开发企业项目工程部）',
            "assigned to (default the developer's project engineering department)",
          ),
        },
        on,
        note,
      ],
      load: () => import('./commands/rectify.js'),
    },
    {
      name: 'reinspect',
      writes: true,
      description: msg(
        '二次验收：已整改的问题合格或不合格；不合格的转用户服务部经理跟进并定新期限',
        're-inspect: rectified defects pass or fail; failed ones go to the cs-manager with a new deadline',
      ),
      args: [unitArg],
      options: [
        {
          flags: '--fail <nos>',
          description: msg(
            '复验不合格的问题序号，逗号分隔（其余已整改的视为合格）',
            'numbers of the defects that fail (the other rectified ones pass)',
          ),
        },
        {
          flags: '--deadline <date>',
          description: msg(
            '不合格问题的新期限（默认 wuye.yaml 的工作日数）',
            'new deadline for failed defects (default: working days from wuye.yaml)',
          ),
        },
        {
          flags: '--manager <staff>',
          description: msg(
            '跟进的用户服务部经理（默认第一位 cs-manager）',
            'the cs-manager following up (default the first one)',
          ),
        },
        { flags: '--inspector <staff>', description: msg('复验人（默认操作员）', 'inspector (default the operator)') },
        on,
        note,
      ],
      load: () => import('./commands/reinspect.js'),
    },
    {
      name: 'fees',
      writes: true,
      description: msg(
        '收取入伙费用（4.5，收款员）：at_movein 项目及自通知书日期起的物业管理费，记入收费账户并开收据',
        "take the move-in fees (4.5, the cashier): the at_movein items and the management fee from the notice's date, on the fee account with receipts",
      ),
      args: [unitArg],
      options: [
        {
          flags: '--defer <codes>',
          description: msg(
            '业主选择以后交的项目（如装修保证金、垃圾清运费），逗号分隔',
            'items the owner pays later (e.g. renovation deposit, debris fee), comma-separated',
          ),
        },
        {
          flags: '--method <method>',
          description: msg('付款方式（默认 cash）', 'payment method (default cash)'),
          choices: PAY_METHOD,
        },
        {
          flags: '--receipt <no>',
          description: msg(
            '手中收据的号码（核对收据本的下一个号码）',
            "the number on the receipt in hand (checked against the book's next number)",
          ),
        },
        { flags: '--print', description: msg('打印收据（三联）', 'print the receipts (three copies)') },
        {
          flags: '--out <dir>',
          description: msg('收据 PDF 的目录（默认当前目录）', 'folder for the receipt PDFs (default .)'),
        },
      ],
      load: () => import('./commands/fees.js'),
    },
    {
      name: 'keys',
      writes: true,
      description: msg(
        '发放钥匙（4.6）：须资料已查验、验房已签字；有待整改问题时留一把大门钥匙在服务中心',
        'hand over the keys (4.6): documents checked and inspection signed first; one entrance key stays at the center while defects are open',
      ),
      args: [unitArg],
      options: [
        {
          flags: '--to <person>',
          description: msg('领取人（默认办理入伙的人）', 'received by (default the person who checked in)'),
        },
        on,
      ],
      load: () => import('./commands/keys.js'),
    },
    {
      name: 'sign',
      writes: true,
      description: msg(
        '签署业主临时管理规约、前期物业服务协议、业主/住户安全责任书（一式两份，一份存档）',
        'sign the temporary covenant, service agreement and safety letter (in duplicate, one archived)',
      ),
      args: [unitArg],
      options: [
        {
          flags: '--items <list>',
          description: msg(
            '签署的文件，逗号分隔：covenant,service-agreement,safety（默认全部）',
            'documents signed: covenant,service-agreement,safety (default all)',
          ),
        },
        on,
      ],
      load: () => import('./commands/sign.js'),
    },
    {
      name: 'complete',
      writes: true,
      description: msg(
        '入伙完成（4.8）：发放业主手册等资料，办理住户证',
        'complete (4.8): hand out the handbook and documents, issue resident cards',
      ),
      args: [unitArg],
      options: [
        {
          flags: '--handed-out <list>',
          description: msg(
            '发放的资料，逗号分隔（默认全部 7 种）',
            'documents handed out, comma-separated (default all 7)',
          ),
        },
        {
          flags: '--cards <ids>',
          description: msg(
            '办理住户证的人（默认业主和家庭成员）',
            'people given a resident card (default the owner and household)',
          ),
        },
        on,
      ],
      load: () => import('./commands/complete.js'),
    },
    {
      name: 'show',
      description: msg('显示一套房屋的入伙案卷', 'show the move-in case of a unit'),
      args: [unitArg],
      load: () => import('./commands/show.js'),
    },
    {
      name: 'list',
      description: msg('列出入伙案卷', 'list move-in cases'),
      options: [
        { flags: '--building <b>', description: msg('只列此栋', 'only this building') },
        { flags: '--state <state>', description: msg('只列此状态', 'only this state'), choices: MOVEIN_STATE },
      ],
      load: () => import('./commands/list.js'),
    },
    {
      name: 'status',
      description: msg(
        '入伙看板：各步骤的户数，卡住的房屋及原因',
        'the board: units at each step, the stuck ones and why',
      ),
      options: [{ flags: '--building <b>', description: msg('楼栋', 'building'), required: true }],
      load: () => import('./commands/status.js'),
    },
    {
      name: 'packet',
      description: msg(
        '打印入伙资料包（每户一个 PDF，或 --merge 合并为一个）',
        'print the move-in packets (one PDF per unit, or one merged PDF with --merge)',
      ),
      args: [
        { name: 'unit', description: msg('房屋编号（或用 --building / --all）', 'unit id (or --building / --all)') },
      ],
      options: [
        { flags: '--building <b>', description: msg('该栋所有入伙案卷', 'every move-in case of this building') },
        { flags: '--all', description: msg('所有入伙案卷', 'every move-in case') },
        {
          flags: '--out <dir>',
          description: msg('输出目录（默认记录库的 out/）', 'output folder (default out/ in the records root)'),
        },
        {
          flags: '--merge',
          description: msg('合并为一个 PDF（每户从新的一页开始）', 'one merged PDF (each unit starts on a new sheet)'),
        },
      ],
      load: () => import('./commands/packet.js'),
    },
    {
      name: 'report',
      description: msg(
        '入伙报表：progress（按楼栋和日期的进度）、defects（待整改问题）、fees（入伙收费）',
        'move-in reports: progress (by building and day), defects (open, by category and deadline), fees (collected at move-in)',
      ),
      args: [
        { name: 'which', description: msg('progress | defects | fees', 'progress | defects | fees'), required: true },
      ],
      options: [
        { flags: '--building <b>', description: msg('只含此栋', 'only this building') },
        { flags: '--xlsx <file>', description: msg('写入 .xlsx 文件', 'write an .xlsx file') },
        { flags: '--format <f>', description: msg('打印格式', 'print format'), choices: ['table', 'csv'] },
      ],
      load: () => import('./commands/report.js'),
    },
  ],
};

export const manifest: Manifest = {
  name: 'movein',
  commands: [movein],
  standards: async () => (await import('./standards.js')).sources,
  checks: async () => (await import('./checks.js')).checks,
  forms: async () => (await import('./forms.js')).FORMS,
  generators: async () => [(await import('./generator.js')).moveinGenerator],
  bench: 'tests/bench/movein.mjs',
};
