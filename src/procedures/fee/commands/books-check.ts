// The receipt register auditors ask for (核销, 07-fees.md "Payments"): every number of every book as used, voided
// or not issued, cross-checked against the payments in the fee accounts; --mark records the check of returned
// books. e.g. wuye fee books check [SJ-0003] [--mark] [--format csv]
import { RuleError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { setIn } from '../../../core/yamlio.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { emitReport, type ReportColumn } from '../../../kit/report.js';
import { allBooks } from '../accounts.js';
import { NUMBER_STATUS, reportHead } from '../reports/sheets.js';
import { bookRegister, type Book } from '../rules.js';

const TABLE: ReportColumn[] = [
  { key: 'book', header: msg('收据本', 'Book') },
  { key: 'no', header: msg('号码', 'Number') },
  { key: 'status', header: msg('状态', 'Status') },
  { key: 'unit', header: msg('房屋', 'Unit') },
  { key: 'amount', header: msg('金额', 'Amount'), type: 'money' },
  { key: 'reason', header: msg('作废原因', 'Why void') },
];
/** The CSV: the holder too, the status as its code (used, void, free), the header in no language — for scripts. */
const CSV: ReportColumn[] = ['book', 'holder', 'no', 'status', 'unit', 'amount', 'reason'].map((key) => ({
  key,
  header: key,
  ...(key === 'amount' ? { type: 'money' as const } : {}),
}));

export function parse(l: Line) {
  return {
    book: l.optionalId(0, 'receipt-book'),
    mark: l.flagged('mark'),
    format: l.choice<'table' | 'csv'>('format'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const books = allBooks(ctx.shown).filter((b) => !o.book || b.id === o.book);
  if (o.book && !books.length) ctx.store.read('receipt-book', o.book);
  const rows = books.flatMap((b) => bookRegister(b).map((r) => ({ book: b.id, holder: b.issued?.to ?? '', ...r })));
  if (o.mark) {
    await ctx.write((tx) => {
      for (const b of books) {
        if (!b.returned)
          throw new RuleError(
            msg(`收据本 ${b.id} 尚未缴回，不能核销`, `book ${b.id} is not returned yet; it cannot be checked`),
          );
        if (!b.checked)
          tx.edit<Book>('receipt-book', b.id, (doc) =>
            setIn(doc, ['checked'], { at: ctx.now(), by: ctx.operator().id }),
          );
      }
      return {
        message: `fee: books check ${books.map((b) => b.id).join(' ')}`,
        summary: msg(`已核销 ${books.length} 本`, `checked ${books.length} book(s)`),
      };
    });
    return;
  }
  if (ctx.globals.json) {
    ctx.out.json(rows);
    return;
  }
  const csv = o.format === 'csv';
  const sheet = {
    name: msg('核销登记', 'Register'),
    columns: csv ? CSV : TABLE,
    rows: csv ? rows : rows.map((r) => ({ ...r, status: t(NUMBER_STATUS[r.status]) })),
  };
  const title = msg('收据核销登记', 'Receipt register');
  await emitReport(ctx, { ...reportHead(ctx), title, period: o.book, sheets: [sheet] }, { format: o.format });
  if (csv) return;
  const count = (s: string) => rows.filter((r) => r.status === s).length;
  ctx.out.err(
    t(
      msg(
        `${books.length} 本：已用 ${count('used')}，作废 ${count('void')}，未用 ${count('free')}`,
        `${books.length} book(s): ${count('used')} used, ${count('void')} void, ${count('free')} not issued`,
      ),
    ),
  );
}
