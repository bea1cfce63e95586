// The estate registry (spec procedures/01-registry-and-archive.md; manual 四.16,
// 四.2 4.3): units, people and staff — the records every procedure refers to.
// e.g. wuye unit add 1-2-0801 --area 89.37 --type residential
import { msg } from '../../core/i18n.js';
import type { Manifest } from '../../kit/manifest.js';
import type { GroupSpec, OptionSpec } from '../../kit/spec.js';
import { DEPARTMENT, GENDER, UNIT_STATE, UNIT_TYPE } from '../../core/enums.gen.js';

const unitFields: OptionSpec[] = [
  { flags: '--type <type>', description: msg('类型', 'unit type'), choices: UNIT_TYPE, labels: 'unitType' },
  { flags: '--area <m2>', description: msg('建筑面积（平方米）', 'gross floor area (m²)') },
  { flags: '--usable-area <m2>', description: msg('套内面积（平方米）', 'usable area (m²)') },
  { flags: '--floor <n>', description: msg('楼层', 'floor') },
  { flags: '--layout <text>', description: msg('户型，如 三室两厅', 'layout, e.g. 三室两厅') },
  { flags: '--state <state>', description: msg('状态', 'state'), choices: UNIT_STATE, labels: 'unitState' },
  { flags: '--water-meter <no>', description: msg('水表号', 'water meter number') },
  { flags: '--electricity-meter <no>', description: msg('电表号', 'electricity meter number') },
  { flags: '--gas-meter <no>', description: msg('燃气表号', 'gas meter number') },
  { flags: '--fee-start <date>', description: msg('物业管理费起算日', 'date the management fee starts') },
  { flags: '--notes <text>', description: msg('备注', 'notes') },
];

const personFields: OptionSpec[] = [
  { flags: '--gender <g>', description: msg('性别', 'gender'), choices: GENDER },
  { flags: '--national-id <no>', description: msg('居民身份证号', 'national id number'), personal: 'national-id' },
  { flags: '--phone <mobile...>', description: msg('手机号（可多个）', 'mobile number(s)'), personal: 'mobile' },
  {
    flags: '--document <type:number>',
    personal: 'document',
    description: msg('其他证件，如 passport:E12345678', 'other document, e.g. passport:E12345678'),
  },
  {
    flags: '--emergency <name:phone[:relation]>',
    description: msg('紧急联系人', 'emergency contact'),
    personal: 'phone',
  },
  {
    flags: '--company <name:licence>',
    description: msg('单位购房：单位名称:营业执照号', 'company buyer: name:licence number'),
  },
  { flags: '--notes <text>', description: msg('备注', 'notes') },
];

const staffFields: OptionSpec[] = [
  { flags: '--email <email>', description: msg('电子邮箱（git 提交作者）', 'e-mail (git commit author)') },
  { flags: '--phone <phone>', description: msg('电话', 'phone'), personal: 'phone' },
  {
    flags: '--department <dept>',
    description: msg('部门', 'department'),
    choices: DEPARTMENT,
    labels: 'department',
  },
  {
    flags: '--roles <roles>',
    description: msg(
      '角色，逗号分隔：director,cs-manager,cs-assistant,cashier,storekeeper,engineer,security',
      'roles, comma-separated: director,cs-manager,cs-assistant,cashier,storekeeper,engineer,security',
    ),
  },
  { flags: '--active-from <date>', description: msg('入职日期', 'active from') },
  { flags: '--active-to <date>', description: msg('离职日期', 'active until') },
  { flags: '--notes <text>', description: msg('备注', 'notes') },
];

const listFilters: OptionSpec[] = [
  { flags: '--building <b>', description: msg('只列此栋', 'only this building') },
  { flags: '--state <state>', description: msg('只列此状态', 'only this state'), choices: UNIT_STATE },
  { flags: '--type <type>', description: msg('只列此类型', 'only this type'), choices: UNIT_TYPE },
];

const unitId = {
  name: 'unit',
  description: msg('房屋编号，如 1-2-0801', 'unit id, e.g. 1-2-0801'),
  required: true,
  kind: 'unit',
};

export const unit: GroupSpec = {
  name: 'unit',
  description: msg('房屋登记', 'units of the estate'),
  commands: [
    {
      name: 'add',
      writes: true,
      description: msg('登记一套房屋', 'register a unit'),
      args: [unitId],
      options: unitFields.map((o) =>
        o.flags.startsWith('--type') || o.flags.startsWith('--area') ? { ...o, required: true } : o,
      ),
      load: () => import('./commands/unit-add.js'),
    },
    {
      name: 'show',
      description: msg('显示一套房屋及其业主、住户、租户', 'show a unit with its owners, residents and tenants'),
      args: [unitId],
      load: () => import('./commands/unit-show.js'),
    },
    {
      name: 'list',
      description: msg('列出房屋', 'list units'),
      options: listFilters,
      load: () => import('./commands/unit-list.js'),
    },
    {
      name: 'update',
      writes: true,
      description: msg('修改房屋的字段（保留文件中的注释）', 'change fields of a unit (comments in the file are kept)'),
      args: [unitId],
      options: [
        ...unitFields,
        {
          flags: '--add-owner <person[:share]>',
          description: msg(
            '增加业主（首次登记；已有业主请用 unit transfer）',
            'add an owner (first registration; to change owners use unit transfer)',
          ),
        },
        {
          flags: '--add-resident <person>',
          description: msg(
            '不再使用：改用 wuye moving residents add',
            'no longer taken: use wuye moving residents add',
          ),
        },
        {
          flags: '--remove-resident <person>',
          description: msg(
            '不再使用：改用 wuye moving residents remove',
            'no longer taken: use wuye moving residents remove',
          ),
        },
        {
          flags: '--add-tenant <person>',
          description: msg(
            '不再使用：改用 wuye moving tenancy start',
            'no longer taken: use wuye moving tenancy start',
          ),
        },
        {
          flags: '--tenant-consent <text>',
          description: msg(
            '不再使用：改用 wuye moving tenancy start --consent',
            'no longer taken: use wuye moving tenancy start --consent',
          ),
        },
        {
          flags: '--remove-tenant <person>',
          description: msg('不再使用：改用 wuye moving tenancy end', 'no longer taken: use wuye moving tenancy end'),
        },
        { flags: '--add-vehicle <plate[:space]>', description: msg('增加车辆', 'add a vehicle') },
      ],
      load: () => import('./commands/unit-update.js'),
    },
    {
      name: 'import',
      writes: true,
      description: msg(
        '从开发企业的房屋/购房人清单（.xlsx 或 .csv）导入，全部无误才写入',
        "import the developer's unit/buyer list (.xlsx or .csv); writes nothing unless every row is good",
      ),
      args: [{ name: 'file', description: msg('.xlsx 或 .csv 文件', '.xlsx or .csv file'), required: true }],
      options: [
        { flags: '--sheet <name>', description: msg('工作表名称（默认第一个）', 'sheet name (default: the first)') },
        {
          flags: '--map <rule...>',
          description: msg(
            '列的读法（可多个）：列=字段（如 住户=业主姓名、租金=忽略），列:代码=值（如 房屋类型:110=住宅）',
            'how to read a column (repeatable): HEADER=FIELD (e.g. 住户=name, 租金=ignore), HEADER:CODE=VALUE (e.g. 房屋类型:110=住宅)',
          ),
        },
        {
          flags: '--strict',
          description: msg(
            '有未知的列时拒绝（默认跳过并警告）',
            'refuse unknown columns (default: skip them with a warning)',
          ),
        },
      ],
      moreHelp: async () => (await import('./import/fields.js')).columnsHelp(),
      load: () => import('./commands/unit-import.js'),
    },
    {
      name: 'transfer',
      writes: true,
      description: msg(
        '过户：更换业主并保留原业主、日期和查验的文件；欠费未清须经理批准',
        'ownership transfer: change owners keeping the previous ones, the date and the papers seen; arrears need the manager',
      ),
      args: [unitId],
      options: [
        {
          flags: '--to <person...>',
          description: msg('新业主（人员编号，可多个）', 'new owner(s) (person ids)'),
          required: true,
        },
        { flags: '--date <date>', description: msg('过户日期（默认今天）', 'transfer date (default today)') },
        {
          flags: '--documents <list>',
          description: msg('查验的文件，逗号分隔', 'documents seen, comma-separated'),
          required: true,
        },
        {
          flags: '--override <reason>',
          description: msg('欠费未清时经理批准过户的理由', 'the reason the manager lets a unit in arrears transfer'),
        },
        {
          flags: '--approved-by <staff>',
          description: msg(
            '批准带欠费过户的客服部经理（默认操作员）',
            'the cs-manager overriding the arrears (default the operator)',
          ),
        },
        { flags: '--note <text>', description: msg('备注', 'note') },
      ],
      load: () => import('./commands/unit-transfer.js'),
    },
    {
      name: 'report',
      description: msg(
        '房屋登记报表（xlsx：按楼栋、状态、类型、面积）',
        'unit register report (xlsx: by building, state, type, area)',
      ),
      options: [
        {
          flags: '--xlsx <file>',
          description: msg(
            '输出的 .xlsx 文件（不给则在终端打印表格）',
            'the .xlsx file to write (else a table is printed)',
          ),
        },
        {
          flags: '--format <fmt>',
          description: msg('不写 xlsx 时的输出格式', 'output format when no --xlsx is given'),
          choices: ['table', 'csv'],
        },
        { flags: '--building <b>', description: msg('只含此栋', 'only this building') },
      ],
      load: () => import('./commands/unit-report.js'),
    },
  ],
};

const personId = {
  name: 'person',
  description: msg('人员编号，如 P000123', 'person id, e.g. P000123'),
  required: true,
  kind: 'person',
};

export const person: GroupSpec = {
  name: 'person',
  description: msg('业主、住户、租户', 'owners, residents, tenants'),
  commands: [
    {
      name: 'add',
      writes: true,
      description: msg('登记一个人（自动分配编号）', 'register a person (an id is allocated)'),
      options: [
        { flags: '--name <name>', description: msg('姓名或单位名称', 'name or company name'), required: true },
        ...personFields,
      ],
      load: () => import('./commands/person-add.js'),
    },
    {
      name: 'show',
      description: msg('显示一个人及其房屋', 'show a person and their units'),
      args: [personId],
      load: () => import('./commands/person-show.js'),
    },
    {
      name: 'list',
      description: msg('列出人员', 'list people'),
      options: [{ flags: '--unit <unit>', description: msg('只列此房屋的', 'only those of this unit') }],
      load: () => import('./commands/person-list.js'),
    },
    {
      name: 'update',
      writes: true,
      description: msg('修改人员的字段', 'change fields of a person'),
      args: [personId],
      options: [{ flags: '--name <name>', description: msg('姓名', 'name') }, ...personFields],
      load: () => import('./commands/person-update.js'),
    },
    {
      name: 'merge',
      writes: true,
      description: msg(
        '合并同一人的两条记录：所有引用改为保留者，删除另一条（一次提交）',
        'merge two records of one person: every reference moves to the kept one, the other is deleted (one commit)',
      ),
      args: [
        { ...personId, name: 'keep', description: msg('保留的人员编号', 'the person to keep') },
        {
          ...personId,
          name: 'drop',
          description: msg('并入后删除的人员编号', 'the person merged into it and deleted'),
        },
      ],
      options: [
        {
          flags: '--reason <text>',
          description: msg(
            '原因（两人身份证号不同时与 --force 一起必填，记入提交）',
            'why (required with --force when the national ids differ; recorded in the commit)',
          ),
        },
      ],
      load: () => import('./commands/person-merge.js'),
    },
  ],
};

const staffId = {
  name: 'staff',
  description: msg('员工编号，如 S001', 'staff id, e.g. S001'),
  required: true,
  kind: 'staff',
};

export const staff: GroupSpec = {
  name: 'staff',
  description: msg('服务中心员工及其角色', 'service center staff and their roles'),
  commands: [
    {
      name: 'add',
      writes: true,
      description: msg('登记员工', 'register a staff member'),
      args: [staffId],
      options: [
        { flags: '--name <name>', description: msg('姓名', 'name'), required: true },
        ...staffFields.map((o) => (/--(email|department|roles) /.test(o.flags) ? { ...o, required: true } : o)),
      ],
      load: () => import('./commands/staff-add.js'),
    },
    { name: 'list', description: msg('列出员工', 'list staff'), load: () => import('./commands/staff-list.js') },
    {
      name: 'update',
      writes: true,
      description: msg('修改员工的字段', 'change fields of a staff member'),
      args: [staffId],
      options: [{ flags: '--name <name>', description: msg('姓名', 'name') }, ...staffFields],
      load: () => import('./commands/staff-update.js'),
    },
    {
      name: 'confirm-roles',
      writes: true,
      description: msg(
        '主任确认员工的角色：手工修改（非经 wuye）加上的角色在确认前不生效',
        "the director confirms a staff member's roles: a role added by hand (not through wuye) does not work until then",
      ),
      args: [staffId],
      load: () => import('./commands/staff-confirm-roles.js'),
    },
  ],
};

export const manifest: Manifest = {
  name: 'registry',
  commands: [unit, person, staff],
  checks: async () => (await import('./checks.js')).checks,
  history: async () => [(await import('./history.js')).staffRolesRule],
  forms: async () => (await import('./forms.js')).FORMS,
  generators: async () => [
    (await import('./staff-generator.js')).staffGenerator,
    (await import('./generator.js')).registryGenerator,
  ],
};
