// The receipt register auditors ask for (核销, 07-fees.md "Payments"): every number of every book as used, voided
// or not issued, cross-checked against the payments in the fee accounts; --mark records the check of returned
// books. A terminal sees one line a book (numbers, used, void, not issued, amount); every number with a book id,
// --all, --format csv or --json. e.g. wuye fee books check [SJ-0003] [--all] [--mark] [--format csv]
import { RuleError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { formatMoney, parseMoney } from '../../../core/money.js';
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
    all: l.flagged('all'),
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
  const title = msg('收据核销登记', 'Receipt register');
  if (!csv && !o.all && !o.book) {
    // by book: a register of every number is hundreds of lines on a screen (--all prints it)
    const perBook = books.map((b) => {
      const reg = bookRegister(b);
      const n = (s: string) => reg.filter((r) => r.status === s).length;
      const used = reg.filter((r) => r.status === 'used').reduce((sum, r) => sum + parseMoney(r.amount ?? '0'), 0);
      return {
        book: b.id,
        holder: b.issued?.to ?? '',
        numbers: reg.length ? `${reg[0].no}–${reg.at(-1)!.no}` : '',
        used: n('used'),
        void: n('void'),
        free: n('free'),
        amount: formatMoney(used),
        state: b.checked
          ? t(msg('已核销', 'checked'))
          : b.returned
            ? t(msg('已缴回', 'returned'))
            : b.issued
              ? t(msg('领用中', 'issued'))
              : t(msg('未领用', 'in stock')),
      };
    });
    const columns: ReportColumn[] = [
      { key: 'book', header: msg('收据本', 'Book') },
      { key: 'holder', header: msg('领用人', 'Holder') },
      { key: 'numbers', header: msg('号码', 'Numbers') },
      { key: 'used', header: msg('已用', 'Used'), type: 'integer' },
      { key: 'void', header: msg('作废', 'Void'), type: 'integer' },
      { key: 'free', header: msg('未用', 'Not issued'), type: 'integer' },
      { key: 'amount', header: msg('已用金额', 'Amount used'), type: 'money' },
      { key: 'state', header: msg('状态', 'State') },
    ];
    await emitReport(ctx, {
      ...reportHead(ctx),
      title,
      sheets: [{ name: msg('按收据本', 'By book'), columns, rows: perBook }],
    });
    ctx.out.err(t(msg('每个号码：加 --all，或给出收据本编号', 'every number: add --all, or give a book id')));
  } else {
    const sheet = {
      name: msg('核销登记', 'Register'),
      columns: csv ? CSV : TABLE,
      rows: csv ? rows : rows.map((r) => ({ ...r, status: t(NUMBER_STATUS[r.status]) })),
    };
    await emitReport(ctx, { ...reportHead(ctx), title, period: o.book, sheets: [sheet] }, { format: o.format });
  }
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
