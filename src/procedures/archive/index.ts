// The owners' files (业主档案, manual 三.2 文件资料管理, 四.16; spec procedures/01-registry-and-archive.md
// "archive"): the paper file of each unit, the documents it holds, where it is kept, its confidentiality, and
// its loans — a confidential file lent only with the cs-manager's approval; loans past due in `loans --overdue`.
// e.g. wuye archive loan 1-2-0801 --to 工程部黄海波 --purpose 查阅装修图纸 --approved-by S002
import { msg } from '../../core/i18n.js';
import type { Manifest } from '../../kit/manifest.js';
import type { GroupSpec } from '../../kit/spec.js';
import { ARCHIVE_DOCUMENT } from '../../core/enums.gen.js';

const unitArg = {
  name: 'unit',
  description: msg('房屋编号，如 1-2-0801（档案袋 DA-1-2-0801）', 'unit id, e.g. 1-2-0801 (its file is DA-1-2-0801)'),
  required: true,
  kind: 'unit',
};

export const archive: GroupSpec = {
  name: 'archive',
  description: msg('业主档案：档案袋、存放位置、借阅（三.2）', "owners' files: documents, place, loans (三.2)"),
  commands: [
    {
      name: 'show',
      description: msg(
        '显示一套房屋的档案袋：文件、位置、密级、借阅',
        "show a unit's file: documents, place, confidentiality, loans",
      ),
      args: [unitArg],
      load: () => import('./commands/show.js'),
    },
    {
      name: 'add-doc',
      writes: true,
      description: msg(
        '把一份文件归入档案袋（无档案袋则新建）；也可登记存放位置和密级',
        "file a document in a unit's file (opened when it has none); also sets its place and confidentiality",
      ),
      args: [unitArg],
      options: [
        {
          flags: '--type <type>',
          description: msg('文件种类', 'kind of document'),
          choices: ARCHIVE_DOCUMENT,
          labels: 'archiveDocument',
          required: true,
        },
        { flags: '--title <text>', description: msg('名称或说明', 'title or description') },
        { flags: '--pages <n>', description: msg('页数', 'pages') },
        { flags: '--on <date>', description: msg('归档日期（默认今天）', 'filed on (default today)') },
        { flags: '--cabinet <c>', description: msg('档案柜', 'cabinet') },
        { flags: '--shelf <s>', description: msg('层', 'shelf') },
        { flags: '--box <b>', description: msg('盒', 'box') },
        {
          flags: '--confidential <yes|no>',
          description: msg('机密档案（借阅须经理批准）', "confidential (a loan needs the manager's approval)"),
          choices: ['yes', 'no'],
        },
      ],
      load: () => import('./commands/add-doc.js'),
    },
    {
      name: 'loan',
      writes: true,
      description: msg(
        '借出档案袋（机密档案须客服部经理批准）',
        "lend a file (a confidential one needs the cs-manager's approval)",
      ),
      args: [unitArg],
      options: [
        {
          flags: '--to <name>',
          description: msg('借阅人（姓名、部门）', 'borrower (name, department)'),
          required: true,
          personal: 'name',
        },
        { flags: '--purpose <text>', description: msg('借阅事由', 'purpose'), required: true },
        { flags: '--staff <id>', description: msg('借阅人的员工编号', "the borrower's staff id") },
        { flags: '--due <date>', description: msg('应还日期（默认 3 个工作日）', 'due back (default 3 working days)') },
        {
          flags: '--approved-by <staff>',
          description: msg('批准人（机密档案：客服部经理）', 'approved by (confidential: the cs-manager)'),
        },
      ],
      load: () => import('./commands/loan.js'),
    },
    {
      name: 'return',
      writes: true,
      description: msg('收回借出的档案袋并清点', 'take a file back and check it is complete'),
      args: [unitArg],
      options: [
        {
          flags: '--missing <text>',
          description: msg(
            '清点时缺少的文件（登记为不齐全）',
            'documents missing when it came back (recorded incomplete)',
          ),
        },
      ],
      load: () => import('./commands/return.js'),
    },
    {
      name: 'loans',
      description: msg(
        '档案借阅登记：借出、未还、逾期、机密档案的批准（标准 2.6）',
        'file loans: out, not back, overdue, approvals of confidential files (standard 2.6)',
      ),
      options: [
        { flags: '--overdue', description: msg('只列逾期未还的', 'only overdue loans not back') },
        { flags: '--open', description: msg('只列未还的', 'only loans not back') },
        { flags: '--from <date>', description: msg('借出日期起（默认今年初）', 'out from (default this year)') },
        { flags: '--to <date>', description: msg('借出日期止（默认今天）', 'out until (default today)') },
      ],
      load: () => import('./commands/loans.js'),
    },
  ],
};

export const manifest: Manifest = {
  name: 'archive',
  commands: [archive],
  standards: async () => (await import('./standards.js')).sources,
  checks: async () => (await import('./checks.js')).checks,
  forms: async () => (await import('./forms.js')).FORMS,
  generators: async () => [(await import('./generator.js')).archiveGenerator],
};
