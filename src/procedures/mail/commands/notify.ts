// 领取通知 (四.12; spec 11 "mail notify prints notice slips for a batch"): the items given, or every item still
// waiting that has had no notice, are recorded as notified (one commit) and a 领取通知单 per unit is printed into
// one PDF to put in the mailboxes; --how phone|sms records a call or a text instead, --how reminder the 3-day call.
// e.g. wuye mail notify --pdf 领取通知单.pdf · wuye mail notify YJ2026-0007 --how phone
import { basename, dirname } from 'node:path';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { MailNoticeHow } from '../../../core/enums.gen.js';
import { appendIn } from '../../../core/yamlio.js';
import { printBatch } from '../../../kit/batch.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { outputPath } from '../../../kit/outpath.js';
import { allMail, alreadyOut } from '../api.js';
import { noticeData, waitingByUnit } from '../forms.js';
import { mailClockOf, type MailItem } from '../rules.js';

export function parse(l: Line) {
  return {
    ids: l.rest(0).map((_, i) => l.id(i, 'mail-item')),
    how: l.choice<MailNoticeHow>('how') ?? 'slip',
    pdf: l.text('pdf'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.operator();
  const now = ctx.now();
  const today = ctx.today();
  const clock = mailClockOf(ctx.config);
  let batch: MailItem[] = [];
  await ctx.write((tx) => {
    if (o.ids.length) {
      batch = o.ids.map((id) => tx.read<MailItem>('mail-item', id).data);
      batch.forEach(alreadyOut);
    } else
      batch = [...waitingByUnit(allMail(tx.store), today, clock).values()].flat().filter((m) => !m.notices?.length);
    if (!batch.length)
      throw new RuleError(
        msg('没有尚未通知的待领邮件', 'no waiting item is left without a notice'),
        msg('催领见 wuye mail list --remind', 'to remind, see wuye mail list --remind'),
      );
    for (const m of batch)
      tx.edit('mail-item', m.id, (doc) => appendIn(doc, ['notices'], { at: now, how: o.how, by: op.id }));
    const units = new Set(batch.map((m) => m.unit)).size;
    return {
      message: `mail: notify ${batch.length} item(s) ${o.how}`,
      summary: msg(`已通知 ${units} 户 ${batch.length} 件`, `${batch.length} item(s) of ${units} unit(s) notified`),
    };
  });
  if (o.how !== 'slip' && o.pdf === undefined) return;
  const shown = new Map(allMail(ctx.shown).map((m) => [m.id, m]));
  const byUnit = new Map<string, MailItem[]>();
  for (const m of batch) byUnit.set(m.unit, [...(byUnit.get(m.unit) ?? []), shown.get(m.id) ?? m]);
  const items = [...byUnit]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([unit, ms]) => {
      const d = noticeData(unit, ms, today, clock);
      return { name: d.id, date: d.date, forms: [{ form: 'mail/notice', data: d.data, id: d.id }] };
    });
  const file = outputPath(ctx, o.pdf, `mail-notices-${today}.pdf`, 'pdf');
  await printBatch(ctx, items, {
    outDir: dirname(file),
    merge: basename(file),
    progress: msg('领取通知单', 'notice slips'),
    count: (n) => msg(`${n} 户`, `${n} unit(s)`),
    json: { items: batch.length },
  });
}
