// 钥匙借用登记 (三.12.2, standard 12.2): the loans of a period — not back, overdue (not back by the end of
// the day) — as a table, --json, or with the figures of standard 12.2.
// e.g. wuye key loans --overdue · wuye key loans --from 2026-11-01 --to 2026-11-30
import { msg } from '../../../core/i18n.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { allKeys } from '../api.js';
import { dayEndOf } from '../rules.js';
import { keyLoanStandard, loansBetween } from '../rules.js';

export function parse(l: Line) {
  return {
    overdue: l.flagged('overdue'),
    open: l.flagged('open'),
    from: l.date('from'),
    to: l.date('to'),
    key: l.idOpt('key', 'key'),
  };
}

const hm = (iso?: string) => (iso ? iso.slice(0, 16).replace('T', ' ') : '');

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const now = ctx.now();
  const today = ctx.today();
  const dayEnd = dayEndOf(ctx.config);
  // open and overdue loans count whenever they went out; a period bounds the register
  const from = o.from ?? (o.open || o.overdue ? '0000-01-01' : `${today.slice(0, 7)}-01`);
  const to = o.to ?? today;
  const keys = allKeys(ctx.shown).filter((k) => !o.key || k.id === o.key);
  const rows = loansBetween(keys, from, to, now, dayEnd).filter(
    (r) => (!o.open || (!r.loan.in && !r.loan.lost)) && (!o.overdue || (r.overdue && !r.loan.in)),
  );
  if (ctx.globals.json) {
    ctx.out.json({
      from,
      to,
      standard: keyLoanStandard(keys, from, to, now, dayEnd),
      loans: rows.map((r) => ({ key: r.key, no: r.index + 1, overdue: r.overdue, ...r.loan })),
    });
    return;
  }
  ctx.out.table(rows, [
    { key: 'key', header: msg('钥匙', 'Key'), get: (r) => r.key },
    { key: 'label', header: msg('名称', 'Label'), get: (r) => r.label },
    { key: 'to', header: msg('借用人', 'Borrower'), get: (r) => r.loan.to },
    { key: 'purpose', header: msg('用途', 'Purpose'), get: (r) => r.loan.purpose },
    { key: 'out', header: msg('借出', 'Out'), get: (r) => hm(r.loan.out) },
    { key: 'due', header: msg('应还', 'Due'), get: (r) => hm(r.loan.due) },
    {
      key: 'in',
      header: msg('归还', 'Back'),
      get: (r) => (r.loan.lost ? '遗失' : r.loan.in ? hm(r.loan.in) : r.overdue ? '逾期未还' : '未还'),
    },
  ]);
  if (!o.open && !o.overdue) {
    const s = keyLoanStandard(keys, from, to, now, dayEnd);
    ctx.info(
      msg(
        `${from} 至 ${to}：借用 ${s.loans} 次，未还 ${s.notReturned}（逾期 ${s.overdue}），逾期归还 ${s.returnedLate}`,
        `${from} to ${to}: ${s.loans} loans, ${s.notReturned} not back (${s.overdue} overdue), ${s.returnedLate} back late`,
      ),
    );
  }
}
