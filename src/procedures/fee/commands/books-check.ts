// The receipt register auditors ask for (核销): every number of every book as used, voided or not issued,
// cross-checked against the payments in the fee accounts. e.g. wuye fee books check [SJ-0003] [--mark] [--format csv]
import { argId, str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { RuleError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { setIn } from '../../../core/yamlio.js';
import { allBooks } from '../accounts.js';
import { bookRegister, type Book } from '../rules.js';
import { csvCell } from '../roles.js';

const STATUS = { used: msg('已用', 'used'), void: msg('作废', 'void'), free: msg('未用', 'not issued') };

export async function run(ctx: Ctx, [bookArg]: string[], opts: Opts): Promise<void> {
  const only = bookArg ? argId('receipt-book', bookArg, 'BOOK') : undefined;
  const books = allBooks(ctx.store).filter((b) => !only || b.id === only);
  if (only && !books.length) ctx.store.read('receipt-book', only);
  const rows = books.flatMap((b) => bookRegister(b).map((r) => ({ book: b.id, holder: b.issued?.to ?? '', ...r })));
  if (opts.mark) {
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
  if (str(opts, 'format') === 'csv') {
    ctx.out.line('book,holder,no,status,unit,amount,reason');
    for (const r of rows)
      ctx.out.line([r.book, r.holder, r.no, r.status, r.unit, r.amount, r.reason].map(csvCell).join(','));
    return;
  }
  ctx.out.table(rows, [
    { key: 'book', header: msg('收据本', 'Book'), get: (r) => r.book },
    { key: 'no', header: msg('号码', 'Number'), get: (r) => r.no },
    { key: 'status', header: msg('状态', 'Status'), get: (r) => t(STATUS[r.status]) },
    { key: 'unit', header: msg('房屋', 'Unit'), get: (r) => r.unit },
    { key: 'amount', header: msg('金额', 'Amount'), get: (r) => r.amount, align: 'right' },
    { key: 'reason', header: msg('作废原因', 'Why void'), get: (r) => r.reason },
  ]);
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
