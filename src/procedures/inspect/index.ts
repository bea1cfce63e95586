// Inspections by checklist, one engine (manual 一 conduct code, 三.8 shops, 三.14 signage, 三.15 canteen): a
// checklist is data (templates/checklists/NAME.yaml), a round records who, when, where, each item's result,
// photos and follow-ups. e.g. wuye inspect new canteen --place 员工食堂 --pass clean fire --value fridge=6
import { msg } from '../../core/i18n.js';
import type { Manifest } from '../../kit/manifest.js';
import type { GroupSpec, OptionSpec } from '../../kit/spec.js';

const entry: OptionSpec[] = [
  { flags: '--pass <items...>', description: msg('合格的检查项', 'items that pass') },
  { flags: '--fail <items...>', description: msg('不合格的检查项', 'items that fail') },
  { flags: '--na <items...>', description: msg('不适用的检查项', 'items that do not apply') },
  { flags: '--value <item=n...>', description: msg('计数或读数项：项=数值', 'counts and readings: item=N') },
  {
    flags: '--note <text>',
    description: msg('说明（只记一项时为该项的说明）', 'a note (the item’s, when one item is given)'),
  },
  { flags: '--photo <refs...>', description: msg('照片文件或编号', 'photo files or references') },
  {
    flags: '--follow-up <text>',
    description: msg('跟进事项（维修、整改通知）', 'a follow-up (a repair, a rectification notice)'),
  },
  { flags: '--ref <id>', description: msg('跟进的记录编号', 'the record of the follow-up') },
];
const period: OptionSpec[] = [
  { flags: '--from <date>', description: msg('开始日期', 'from date') },
  { flags: '--to <date>', description: msg('结束日期', 'to date') },
];

export const inspect: GroupSpec = {
  name: 'inspect',
  description: msg(
    '按检查表检查（行为规范、商铺、标识、食堂）',
    'inspections by checklist (conduct, shops, signage, canteen)',
  ),
  commands: [
    {
      name: 'new',
      writes: true,
      description: msg(
        '登记一次检查：检查表、对象及已知结果',
        'record a round: checklist, what is inspected, results known',
      ),
      args: [
        {
          name: 'checklist',
          description: msg(
            '检查表（conduct、shop、signage、canteen…）',
            'checklist (conduct, shop, signage, canteen…)',
          ),
          required: true,
        },
      ],
      options: [
        { flags: '--staff <id>', description: msg('受检员工', 'staff member inspected') },
        { flags: '--unit <unit>', description: msg('房屋或商铺', 'unit or shop') },
        { flags: '--building <b>', description: msg('楼栋', 'building') },
        { flags: '--place <text>', description: msg('地点', 'place') },
        { flags: '--date <date>', description: msg('检查日期（默认今天）', 'date (default today)') },
        ...entry,
      ],
      load: () => import('./commands/new.js'),
    },
    {
      name: 'record',
      writes: true,
      description: msg('记录检查项结果、照片和跟进', "record items' results, photos and follow-ups"),
      args: [{ name: 'id', description: msg('检查记录编号', 'round id'), required: true }],
      options: entry,
      load: () => import('./commands/record.js'),
    },
    {
      name: 'show',
      description: msg(
        '查看或打印一次检查（--blank 打印空白检查表）',
        'show or print a round (--blank: a blank sheet)',
      ),
      args: [
        {
          name: 'id',
          description: msg('检查记录编号，或 --blank 时的检查表', 'round id, or a checklist with --blank'),
          required: true,
        },
      ],
      options: [
        { flags: '--pdf <file>', description: msg('打印检查记录表 PDF', 'print the record (PDF)') },
        { flags: '--blank', description: msg('空白检查表', 'blank sheet') },
      ],
      load: () => import('./commands/show.js'),
    },
    {
      name: 'list',
      description: msg('检查记录列表：得分、不合格项、未查项', 'rounds: score, failed and open items'),
      options: [
        { flags: '--checklist <name>', description: msg('检查表', 'checklist') },
        { flags: '--staff <id>', description: msg('受检员工', 'staff member') },
        ...period,
        { flags: '--failed', description: msg('只列有不合格项的', 'only rounds with failures') },
      ],
      load: () => import('./commands/list.js'),
    },
    {
      name: 'report',
      description: msg(
        '检查汇总：按检查表、常见不合格项、各次检查',
        'inspections by checklist, items failed most, each round',
      ),
      options: [
        { flags: '--checklist <name>', description: msg('检查表', 'checklist') },
        ...period,
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
  name: 'inspect',
  commands: [inspect],
  standards: async () => (await import('./standards.js')).sources,
  generators: async () => [(await import('./generator.js')).inspectGenerator],
};
