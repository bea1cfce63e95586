// Quality (manual 三.3 internal audit, 三 the service standards; spec standards.md): `wuye standards` holds the
// center against every clause the procedures measure (each gives its rows through its manifest's `standards`).
// e.g. wuye standards --year 2026 --pdf 自查表.pdf
import { msg } from '../../core/i18n.js';
import type { Manifest } from '../../kit/manifest.js';
import type { CommandSpec } from '../../kit/spec.js';

export const standards: CommandSpec = {
  name: 'standards',
  description: msg(
    '服务标准自查：每条标准的要求、实测、达标/未达标/无数据及依据（三.3 内审）',
    'the service standards check: each clause, its figure, met / not met / no data, and the evidence',
  ),
  options: [
    { flags: '--year <year>', description: msg('年度（默认今年）', 'year (default this year)') },
    { flags: '--from <date>', description: msg('开始日期', 'from date') },
    { flags: '--to <date>', description: msg('结束日期', 'to date') },
    { flags: '--xlsx <file>', description: msg('写入 Excel 文件', 'write an Excel file') },
    {
      flags: '--pdf <file>',
      description: msg('打印自查表 PDF（内审用）', 'print the self-assessment (PDF, for the internal audit)'),
    },
    {
      flags: '--format <format>',
      description: msg('输出格式', 'output format'),
      choices: ['table', 'csv'],
      default: 'table',
    },
  ],
  load: () => import('./commands/standards.js'),
};

export const manifest: Manifest = {
  name: 'quality',
  commands: [standards],
};
