// Public notices (manual 二.8 公共信息公布管理, 三.17.1, 三.6.13): a notice written from a template (water or power
// cut, lift maintenance, fee collection, renovation rules, holiday hours, an event, an emergency warning, the
// yearly fee income and spending disclosure), approved by the CS manager, posted and taken down where and when,
// printed as an A4 poster; notices still up past their end date are listed.
// e.g. wuye notice new --template water-cut --set reason=水箱清洗 --set date=2026-12-05 … --to 2026-12-05
import { msg } from '../../core/i18n.js';
import { NOTICE_STATE, NOTICE_TEMPLATE } from '../../core/enums.gen.js';
import type { Manifest } from '../../kit/manifest.js';
import type { ArgSpec, GroupSpec } from '../../kit/spec.js';

const id: ArgSpec = {
  name: 'id',
  description: msg('公告编号，如 GG2026-0002', 'notice id, e.g. GG2026-0002'),
  required: true,
  kind: 'notice',
};
const places = {
  flags: '--places <list>',
  description: msg('地点，逗号分隔', 'places, comma-separated'),
};

export const notice: GroupSpec = {
  name: 'notice',
  description: msg('公告张贴（二.8，三.6.13）', 'public notices (manual 二.8, 三.6.13)'),
  commands: [
    {
      name: 'new',
      writes: true,
      description: msg('由模板拟写公告（待审批）', 'write a notice from a template (a draft)'),
      options: [
        {
          flags: '--template <template>',
          description: msg(`模板: ${NOTICE_TEMPLATE.join(', ')}`, `template: ${NOTICE_TEMPLATE.join(', ')}`),
          choices: NOTICE_TEMPLATE,
          labels: 'noticeTemplate',
          required: true,
        },
        {
          flags: '--set <name=value...>',
          description: msg('填写模板的空位，可重复：--set date=2026-12-05', 'fill a blank of the template, repeatable'),
        },
        { flags: '--from <date>', description: msg('张贴起始日期（默认今天）', 'posted from (default today)') },
        { flags: '--to <date>', description: msg('截止日期（此后撤下）', 'until (taken down after)'), required: true },
        { flags: '--event <id>', description: msg('活动通知：活动编号', 'event notice: the event id') },
        {
          flags: '--year <year>',
          description: msg('收支公布：年度（默认上一年）', 'fee disclosure: the year (default last year)'),
        },
      ],
      load: () => import('./commands/new.js'),
    },
    {
      name: 'approve',
      writes: true,
      description: msg('用户服务部经理审批公告', 'the CS manager approves a notice'),
      args: [id],
      options: [{ flags: '--note <text>', description: msg('审批意见', 'note') }],
      load: () => import('./commands/approve.js'),
    },
    {
      name: 'post',
      writes: true,
      description: msg('张贴已审批的公告（记录地点和日期）', 'post an approved notice (places and date)'),
      args: [id],
      options: [
        {
          ...places,
          description: msg('张贴地点（默认 wuye.yaml 的常用地点）', 'where (default: wuye.yaml notices.places)'),
        },
        { flags: '--date <date>', description: msg('张贴日期（默认今天）', 'posted on (default today)') },
      ],
      load: () => import('./commands/post.js'),
    },
    {
      name: 'remove',
      writes: true,
      description: msg('撤下公告（全部地点，或 --places 中的）', 'take a notice down (everywhere, or at --places)'),
      args: [id],
      options: [
        places,
        { flags: '--date <date>', description: msg('撤下日期（默认今天）', 'removed on (default today)') },
      ],
      load: () => import('./commands/remove.js'),
    },
    {
      name: 'list',
      description: msg('公告列表（--expired：过期仍在张贴的）', 'notices (--expired: still up past their end date)'),
      options: [
        { flags: '--year <year>', description: msg('年度', 'year') },
        { flags: '--state <state>', description: msg('状态', 'state'), choices: NOTICE_STATE, labels: 'noticeState' },
        { flags: '--expired', description: msg('只列过期仍在张贴的', 'only those still up past their end date') },
      ],
      load: () => import('./commands/list.js'),
    },
    {
      name: 'print',
      description: msg('打印公告（A4 海报 PDF）', 'print the notice (an A4 poster PDF)'),
      args: [id],
      options: [
        {
          flags: '--out <file>',
          description: msg('PDF 文件（默认 out/ID-notice.pdf）', 'PDF file (default out/ID-notice.pdf)'),
        },
      ],
      load: () => import('./commands/print.js'),
    },
  ],
};

export const manifest: Manifest = {
  name: 'notice',
  commands: [notice],
  standards: async () => (await import('./standards.js')).sources,
  checks: async () => (await import('./checks.js')).checks,
  forms: async () => (await import('./forms.js')).FORMS,
  generators: async () => [(await import('./generator.js')).noticeGenerator],
};
