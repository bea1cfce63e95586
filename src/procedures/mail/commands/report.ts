// 邮件收发登记簿 (四.12): the items received in a month — on screen, --format csv, --json, --xlsx, or printed
// (--pdf) as the register book; a summary by carrier and state first.
// e.g. wuye mail report --month 2026-11 --xlsx 邮件收发登记簿.xlsx · wuye mail report --month 2026-11 --pdf
import { msg } from '../../../core/i18n.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { emitReport } from '../../../kit/report.js';
import { label } from '../../../core/labels.js';
import { formatYuan, parseMoney } from '../../../core/money.js';
import { allMail, allMailOut } from '../api.js';
import { checkMonth, registerData, registerRow } from '../forms.js';
import { mailClockOf, mailState } from '../rules.js';

export function parse(l: Line) {
  const month = l.text('month');
  if (month) checkMonth(month, '--month');
  return { month, pdf: l.text('pdf'), xlsx: l.text('xlsx'), format: l.choice<'table' | 'csv'>('format') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const month = o.month ?? ctx.today().slice(0, 7);
  const today = ctx.today();
  const clock = mailClockOf(ctx.config);
  const items = allMail(ctx.shown).filter((m) => m.received_at.startsWith(month));
  const sent = allMailOut(ctx.shown).filter((m) => m.sent_at.startsWith(month));
  const postage = sent.reduce((sum, m) => sum + parseMoney(m.cost), 0);
  const count = (s: string) => items.filter((m) => mailState(m, today, clock) === s).length;
  const op = ctx.globals.as ? ctx.operator() : undefined;
  const reg = registerData(items, month);
  await emitReport(
    ctx,
    {
      title: msg('邮件收发登记簿', 'Mail register'),
      center: ctx.config.center.name,
      period: month,
      generatedAt: ctx.now(),
      generatedBy: op ? `${op.id} ${op.name}` : undefined,
      sheets: [
        {
          name: msg('汇总', 'Summary'),
          columns: [
            { key: 'what', header: msg('项目', 'Item') },
            { key: 'n', header: msg('件数', 'Items'), type: 'integer' },
          ],
          rows: [
            { what: '收件', n: items.length },
            { what: '已领取', n: count('collected') },
            { what: '其中授权代领', n: items.filter((m) => m.collected?.as === 'authorised').length },
            { what: '待领（未满催领期）', n: count('waiting') },
            { what: `应催领（满 ${clock.remind} 天）`, n: count('remind') },
            { what: `应退回（满 ${clock.ret} 天）`, n: count('overdue') },
            { what: '已退回寄件方', n: count('returned') },
            { what: `寄出（邮费 ${formatYuan(postage)}）`, n: sent.length },
          ],
        },
        {
          name: msg('登记簿', 'Register'),
          columns: [
            { key: 'id', header: msg('登记号', 'Id') },
            { key: 'received', header: msg('收到时间', 'Received') },
            { key: 'unit', header: msg('房屋', 'Unit') },
            { key: 'addressee', header: msg('收件人', 'Addressee') },
            { key: 'carrier', header: msg('承运方', 'Carrier') },
            { key: 'type', header: msg('种类', 'Kind') },
            { key: 'tracking', header: msg('运单号', 'Tracking') },
            { key: 'notified', header: msg('通知', 'Notified') },
            { key: 'collector', header: msg('领取人', 'Collector') },
            { key: 'collected', header: msg('领取时间', 'Collected') },
            { key: 'checks', header: msg('签字/验证', 'Signed / id') },
            { key: 'returned', header: msg('退回', 'Returned') },
          ],
          rows: items.map((m) => {
            const { received_short: _r, collected_short: _c, ...row } = registerRow(m);
            return row;
          }),
        },
        {
          name: msg('寄出', 'Sent'),
          columns: [
            { key: 'id', header: msg('登记号', 'Id') },
            { key: 'sent', header: msg('寄出时间', 'Sent') },
            { key: 'addressee', header: msg('收件人', 'Addressee') },
            { key: 'carrier', header: msg('承运方', 'Carrier') },
            { key: 'type', header: msg('种类', 'Kind') },
            { key: 'tracking', header: msg('运单号', 'Tracking') },
            { key: 'purpose', header: msg('事由', 'What') },
            { key: 'cost', header: msg('邮费', 'Postage'), type: 'money', total: true },
            { key: 'by', header: msg('经办人', 'By') },
          ],
          rows: sent.map((m) => ({
            id: m.id,
            sent: m.sent_at.slice(0, 16).replace('T', ' '),
            addressee: m.addressee,
            carrier: label('mailCarrier', m.carrier),
            type: label('mailType', m.type),
            tracking: m.tracking ?? '',
            purpose: m.purpose ?? '',
            cost: m.cost,
            by: m.by,
          })),
        },
      ],
    },
    {
      xlsx: o.xlsx,
      format: o.format,
      pdf:
        o.pdf === undefined
          ? undefined
          : { given: o.pdf, form: 'mail/register', ...reg, defaultName: `mail-register-${month}.pdf` },
    },
  );
}
