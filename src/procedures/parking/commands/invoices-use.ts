// wuye parking invoices use FP0001 --shift TC2026-1128-1 --from 00012001 --to 00012038 [--void 00012039:写错车牌] --as S005
// Manual 四.10: each shift's numbers handed out (and those voided) are recorded against the attendant's
// book; a number outside the book, or used before, is refused.
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { appendIn } from '../../../core/yamlio.js';
import type { Ctx } from '../../../kit/context.js';
import { parts, type Line } from '../../../kit/line.js';
import { checkUse, num, pad, type Book, type Shift } from '../rules.js';

const eight = (v: string, flag: string) => {
  if (!/^\d{8}$/.test(v))
    throw new UsageError(
      msg(`${flag} 应为 8 位发票号码，而不是 "${v}"`, `${flag} must be an 8-digit invoice number, not "${v}"`),
    );
  return num(v);
};

export function parse(l: Line) {
  const from = l.text('from');
  const to = l.text('to') ?? from;
  const voids = l.values('void').map((v) => {
    const [no, reason] = parts(v, 2);
    if (!reason?.trim())
      throw new UsageError(
        msg(`--void ${v}: 须写明作废原因（号码:原因）`, `--void ${v}: give the reason (number:reason)`),
      );
    return { no: eight(no.trim(), '--void'), reason: reason.trim() };
  });
  if (from === undefined && !voids.length)
    throw new UsageError(
      msg(
        '写明使用的号码段（--from/--to）或作废的号码（--void）',
        'give the numbers used (--from/--to) or voided (--void)',
      ),
    );
  return {
    id: l.id(0, 'invoice-book'),
    shift: l.idOpt('shift', 'parking-shift')!,
    from: from === undefined ? undefined : eight(from, '--from'),
    to: to === undefined ? undefined : eight(to, '--to'),
    voids,
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    const op = ctx.operator();
    const b = tx.read<Book>('invoice-book', o.id).data;
    const s = tx.read<Shift>('parking-shift', o.shift).data;
    if (s.state !== 'open')
      throw new RuleError(
        msg(
          `班次 ${o.shift} 已交班，不能再登记发票`,
          `shift ${o.shift} is closed; no more invoices can be recorded on it`,
        ),
      );
    const hasRun = o.from !== undefined;
    checkUse(
      b,
      s.attendant,
      hasRun ? { from: o.from!, to: o.to! } : undefined,
      o.voids.map((v) => v.no),
    );
    tx.edit('invoice-book', o.id, (doc) => {
      if (hasRun) appendIn(doc, ['uses'], { shift: o.shift, from: pad(o.from!), to: pad(o.to!), at: ctx.now() });
      for (const v of o.voids)
        appendIn(doc, ['voids'], { no: pad(v.no), shift: o.shift, reason: v.reason, at: ctx.now(), by: op.id });
    });
    const n = hasRun ? o.to! - o.from! + 1 : 0;
    return {
      message: `parking: invoices use ${o.id}`,
      summary: msg(
        `发票本 ${o.id}: 本班发出 ${n} 张，作废 ${o.voids.length} 张`,
        `book ${o.id}: ${n} handed out, ${o.voids.length} voided this shift`,
      ),
    };
  });
}
