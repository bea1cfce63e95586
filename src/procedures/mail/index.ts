// Mail and parcels (邮件收发管理, manual 四.12 and 二.8; spec procedures/11-mail.md): items received for the
// residents (carrier, tracking number, addressee unit and name), notice slips for a batch, collection against a
// signature and an id check by a registered resident or a person the owner authorised, reminders after 3 days,
// return to the sender after mail.return_days, and the 邮件收发登记簿 by month.
// e.g. wuye mail in --unit 1-2-0801 --addressee 张三 --carrier sf --type parcel --tracking SF1234567890
import { msg } from '../../core/i18n.js';
import { MAIL_CARRIER, MAIL_NOTICE_HOW, MAIL_TYPE } from '../../core/enums.gen.js';
import type { Manifest } from '../../kit/manifest.js';
import type { GroupSpec } from '../../kit/spec.js';

const itemId = {
  name: 'id',
  description: msg('邮件登记号，如 YJ2026-0001', 'mail item id, e.g. YJ2026-0001'),
  required: true,
  kind: 'mail-item',
};

export const mail: GroupSpec = {
  name: 'mail',
  description: msg(
    '邮件收发：收件登记、领取通知、领取、退回、登记簿（四.12）',
    'mail and parcels: log, notify, collect, return, register (四.12)',
  ),
  commands: [
    {
      name: 'in',
      writes: true,
      description: msg('登记代收的邮件或包裹', 'log a letter or parcel received for a unit'),
      options: [
        { flags: '--unit <unit>', description: msg('收件房屋', 'addressee unit'), required: true },
        {
          flags: '--addressee <name>',
          description: msg('收件人姓名', "the addressee's name"),
          required: true,
          personal: 'name',
        },
        {
          flags: '--carrier <carrier>',
          description: msg('承运方', 'carrier'),
          choices: MAIL_CARRIER,
          labels: 'mailCarrier',
          required: true,
        },
        {
          flags: '--type <type>',
          description: msg('种类（默认包裹）', 'kind (default parcel)'),
          choices: MAIL_TYPE,
          labels: 'mailType',
        },
        { flags: '--tracking <no>', description: msg('运单号或挂号号码', 'tracking or registered number') },
        { flags: '--sender <text>', description: msg('寄件方', 'sender') },
        { flags: '--place <text>', description: msg('存放位置，如 货架B-3', 'where it is kept, e.g. 货架B-3') },
        { flags: '--at <time>', description: msg('收到时间（默认现在）', 'received at (default now)') },
        { flags: '--notes <text>', description: msg('备注', 'notes') },
      ],
      load: () => import('./commands/in.js'),
    },
    {
      name: 'notify',
      writes: true,
      description: msg(
        '为一批未领邮件打印领取通知单（PDF，每户一张）并登记已通知',
        'print notice slips (PDF, one per unit) for a batch of uncollected items and record the notice',
      ),
      args: [
        {
          name: 'ids',
          description: msg('邮件登记号（默认：所有尚未通知的）', 'item ids (default: every item not yet notified)'),
          variadic: true,
        },
      ],
      options: [
        {
          flags: '--how <how>',
          description: msg('通知方式（默认通知单）', 'how (default the slip)'),
          choices: MAIL_NOTICE_HOW,
          labels: 'mailNoticeHow',
        },
        {
          flags: '--pdf <file>',
          description: msg('通知单文件（默认 out/ 下）', 'the slips file (default under out/)'),
        },
      ],
      load: () => import('./commands/notify.js'),
    },
    {
      name: 'collect',
      writes: true,
      description: msg(
        '领取：登记住户本人或业主授权的人，签字并核验证件',
        'collect: a registered resident or a person the owner authorised, signed and id checked',
      ),
      args: [itemId],
      options: [
        {
          flags: '--person <id>',
          description: msg(
            '领取人的人员编号（业主、住户、租户）',
            "the collector's person id (owner, resident, tenant)",
          ),
        },
        {
          flags: '--name <name>',
          description: msg('领取人姓名（授权代领时必填）', "the collector's name (required when authorised)"),
          personal: 'name',
        },
        {
          flags: '--authorised-by <owner>',
          description: msg('授权代领的业主（人员编号）', 'the owner who authorised the collector (person id)'),
        },
        {
          flags: '--authorisation <text>',
          description: msg('授权方式，如 书面授权书、电话确认', 'how the owner authorised it, e.g. written, by phone'),
        },
        { flags: '--signed', description: msg('领取人已在登记簿签字', 'the collector signed the register') },
        { flags: '--id-checked', description: msg('已核验领取人证件', "the collector's id was checked") },
        { flags: '--id-type <text>', description: msg('核验的证件，如 身份证', 'the document shown, e.g. 身份证') },
        { flags: '--at <time>', description: msg('领取时间（默认现在）', 'collected at (default now)') },
      ],
      load: () => import('./commands/collect.js'),
    },
    {
      name: 'return',
      writes: true,
      description: msg(
        '退回寄件方（逾期未领；期限内须写明原因）',
        'return to the sender (uncollected past the limit; before it, a reason is required)',
      ),
      args: [itemId],
      options: [
        { flags: '--reason <text>', description: msg('原因（默认 逾期未领）', 'reason (default uncollected)') },
        { flags: '--on <date>', description: msg('退回日期（默认今天）', 'returned on (default today)') },
      ],
      load: () => import('./commands/return.js'),
    },
    {
      name: 'out',
      writes: true,
      description: msg('登记服务中心寄出的公司邮件（邮费记账）', "log the company's outgoing mail (with its postage)"),
      options: [
        { flags: '--to <name>', description: msg('收件人或收件单位', 'addressee'), required: true, personal: 'name' },
        { flags: '--address <text>', description: msg('收件地址', 'address'), required: true, personal: 'text' },
        {
          flags: '--carrier <carrier>',
          description: msg('承运方', 'carrier'),
          choices: MAIL_CARRIER,
          labels: 'mailCarrier',
          required: true,
        },
        {
          flags: '--type <type>',
          description: msg('种类（默认平信）', 'kind (default letter)'),
          choices: MAIL_TYPE,
          labels: 'mailType',
        },
        { flags: '--tracking <no>', description: msg('运单号或挂号号码', 'tracking or registered number') },
        {
          flags: '--cost <yuan>',
          description: msg('邮费（元），如 22.00', 'postage in yuan, e.g. 22.00'),
          required: true,
        },
        { flags: '--purpose <text>', description: msg('事由，如 合同、催缴通知书', 'what it is, e.g. a contract') },
        { flags: '--at <time>', description: msg('寄出时间（默认现在）', 'sent at (default now)') },
        { flags: '--notes <text>', description: msg('备注', 'notes') },
      ],
      load: () => import('./commands/out.js'),
    },
    {
      name: 'list',
      description: msg(
        '邮件清单：未领、应催领（3 日）、应退回',
        'mail items: uncollected, to remind (3 days), to return',
      ),
      options: [
        { flags: '--uncollected', description: msg('只列未领的', 'only items not collected') },
        {
          flags: '--remind',
          description: msg('只列收到已满 3 日仍未领的（应催领、应退回）', 'only items uncollected 3 days or more'),
        },
        { flags: '--unit <unit>', description: msg('只列此房屋的', "only this unit's") },
        { flags: '--month <month>', description: msg('只列此月收到的，如 2026-11', 'only received in this month') },
      ],
      load: () => import('./commands/list.js'),
    },
    {
      name: 'report',
      description: msg(
        '邮件收发登记簿（按月）：屏幕、--xlsx 或 --pdf',
        'the mail register of a month: on screen, --xlsx or --pdf',
      ),
      options: [
        { flags: '--month <month>', description: msg('月份（默认本月），如 2026-11', 'month (default this one)') },
        { flags: '--pdf <file>', description: msg('打印邮件收发登记簿（PDF）', 'print the register (PDF)') },
        { flags: '--xlsx <file>', description: msg('写入 Excel 文件', 'write an Excel file') },
        { flags: '--format <format>', description: msg('输出格式', 'output format'), choices: ['table', 'csv'] },
      ],
      load: () => import('./commands/report.js'),
    },
  ],
};

export const manifest: Manifest = {
  name: 'mail',
  commands: [mail],
  checks: async () => (await import('./checks.js')).checks,
  forms: async () => (await import('./forms.js')).FORMS,
  generators: async () => [(await import('./generator.js')).mailGenerator],
};
