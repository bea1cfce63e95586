// wuye movein show 3-1-0101 [--json]: the whole case — slot, notice, documents,
// inspections with readings, defects and their follow-up, fees, keys, agreements, log.
import { actionText } from '../../../core/case.js';
import { localTime } from '../../../core/dates.js';
import { msg, t } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import { formatYuan } from '../../../core/money.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { readMovein } from '../cases.js';
import { fenOf, MOVEIN, openDefects, sumFen } from '../rules.js';

export const parse = (l: Line) => ({ id: l.id(0, 'movein') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const c = readMovein(ctx.shown, o.id);
  if (ctx.globals.json) {
    ctx.out.json(c);
    return;
  }
  const ins = c.inspections ?? [];
  const collected = (c.fees?.items ?? [])
    .filter((f) => f.status === 'collected')
    .map((f) => ({ fen: fenOf(f.amount) }));
  ctx.out.fields([
    [msg('房屋', 'Unit'), c.unit],
    [msg('状态', 'State'), label('moveinState', c.state)],
    [msg('业主', 'Owner'), c.owner],
    [
      msg('预约', 'Slot'),
      `${c.slot.date} ${c.slot.time}${c.plan ? `（${t(msg('批次', 'batch'))} ${c.plan.batch}）` : ''}`,
    ],
    [
      msg('通知书', 'Notice'),
      c.notice
        ? `${c.notice.sent_on}${c.notice.registered_mail ? ` ${c.notice.registered_mail}` : ''}；${t(msg('管理费起算', 'fee starts'))} ${c.notice.fee_start}`
        : undefined,
    ],
    [
      msg('资料查验', 'Documents'),
      c.checkin
        ? `${c.checkin.on} ${c.checkin.person}（${label('moveinCapacity', c.checkin.capacity)}）${c.checkin.documents.map((d) => label('moveinDocument', d)).join('、')}`
        : undefined,
    ],
    ...ins.map((i): [string, string] => [
      `${t(msg('验房', 'Inspection'))} ${i.round}`,
      `${i.on} ${i.by} ${label('inspectionResult', i.result)}${i.readings ? `；${t(msg('水/电/气', 'water/elec/gas'))} ${[i.readings.water, i.readings.electricity, i.readings.gas].map((r) => r ?? '-').join(' / ')}` : ''}`,
    ]),
    [msg('待整改', 'Open defects'), String(openDefects(c).length)],
    [
      msg('入伙费用', 'Fees'),
      c.fees
        ? `${c.fees.on} ${formatYuan(sumFen(collected))}${c.fees.receipt ? ` ${t(msg('收据', 'receipt'))} ${c.fees.receipt}` : ''}`
        : undefined,
    ],
    [
      msg('钥匙', 'Keys'),
      c.keys
        ? `${c.keys.on} → ${c.keys.to}：${c.keys.items.map((k) => `${label('keyType', k.type)}×${k.count}`).join('、')}${c.keys.kept ? `；${t(msg('留存', 'kept'))} ${c.keys.kept.key}` : ''}`
        : undefined,
    ],
    [
      msg('协议', 'Agreements'),
      c.agreements
        ? `${c.agreements.on} ${c.agreements.items.map((a) => label('agreement', a)).join('、')}`
        : undefined,
    ],
    [msg('完成', 'Completed'), c.completed_on],
  ]);
  if ((c.defects ?? []).length) {
    ctx.out.line();
    ctx.out.table(c.defects!, [
      { key: 'no', header: msg('序号', 'No'), get: (d) => d.no, align: 'right' },
      { key: 'loc', header: msg('部位', 'Location'), get: (d) => d.location },
      { key: 'desc', header: msg('问题', 'Defect'), get: (d) => d.description },
      { key: 'cat', header: msg('类别', 'Category'), get: (d) => label('defectCategory', d.category) },
      { key: 'status', header: msg('状态', 'Status'), get: (d) => label('defectStatus', d.status) },
      { key: 'deadline', header: msg('期限', 'Deadline'), get: (d) => d.escalation?.deadline ?? d.deadline },
      {
        key: 'esc',
        header: msg('经理跟进', 'Escalated'),
        get: (d) => (d.escalation ? `${d.escalation.on}${d.escalation.manager ? ` ${d.escalation.manager}` : ''}` : ''),
      },
    ]);
  }
  ctx.out.line();
  ctx.out.table(c.log, [
    { key: 'at', header: msg('时间', 'When'), get: (e) => localTime(e.at, ctx.tz) },
    { key: 'by', header: msg('操作员', 'By'), get: (e) => e.by },
    { key: 'action', header: msg('步骤', 'Step'), get: (e) => actionText(MOVEIN, e.action, [], e === c.log[0]) },
    { key: 'state', header: msg('状态', 'State'), get: (e) => label('moveinState', e.state) },
    { key: 'note', header: msg('备注', 'Note'), get: (e) => e.note },
  ]);
}
