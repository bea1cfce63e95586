// wuye stock take count --line WX001:18 --line QJ002:40:破损两桶已丢弃 [--date 2026-11-27] --as S006
// A stocktake's counts (spec 16-stock.md: at least monthly; count sheets from `wuye stock form count DATE`): each
// item's book quantity on the day beside the count; the book does not change until the differences are explained
// and approved (wuye stock take approve).
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { checkId } from '../../../core/kinds.js';
import { nextCaseId } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import { parts, type Line } from '../../../kit/line.js';
import { allItems, allMoves, bookOf, requireItem } from '../book.js';
import { difference, parseQty, qn, type Take } from '../rules.js';

export function parse(l: Line) {
  const lines = l.values('line').map((v, i) => {
    const [code, q, ...rest] = parts(v, 3).map((s) => s.trim());
    if (!code || q === undefined)
      throw new UsageError(
        msg(
          `--line ${i + 1} 应为 编码:数量[:差异说明]，而不是 "${v}"`,
          `--line ${i + 1} must be CODE:QTY[:explanation], not "${v}"`,
        ),
      );
    return {
      item: checkId('stock-item', code, `--line ${i + 1}`),
      counted: parseQty(q, `--line ${i + 1}`, true),
      explanation: rest.join(':').trim() || undefined,
    };
  });
  const seen = new Set<string>();
  for (const x of lines) {
    if (seen.has(x.item)) throw new UsageError(msg(`${x.item} 写了两次`, `${x.item} is counted twice`));
    seen.add(x.item);
  }
  return { lines, date: l.date('date'), note: l.text('note') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    const op = ctx.operator();
    const date = o.date ?? ctx.today();
    if (date > ctx.today()) throw new RuleError(msg(`盘点日期 ${date} 在今天之后`, `${date} is after today`));
    const items = allItems(tx.store);
    const book = bookOf(
      ctx,
      tx.store,
      allMoves(tx.store).filter((m) => m.date <= date),
    );
    const lines = o.lines.map((x, i) => {
      const it = requireItem(items, x.item, `--line ${i + 1}`);
      return {
        item: it.id,
        book: qn(book.balances.get(it.id)?.qty ?? 0),
        counted: qn(x.counted),
        ...(x.explanation ? { explanation: x.explanation } : {}),
      };
    });
    const id = nextCaseId(ctx, tx, 'stocktake', date.slice(0, 4));
    const take: Take = {
      kind: 'stocktake',
      id,
      date,
      counted_by: op.id,
      at: ctx.now(),
      lines: lines as Take['lines'],
      state: 'counted',
      ...(o.note ? { note: o.note } : {}),
    };
    tx.create('stocktake', id, take);
    const diffs = lines.filter((l) => difference(l) !== 0);
    const open = diffs.filter((l) => !l.explanation);
    return {
      message: `stock: take count ${id}`,
      summary: msg(
        `盘点 ${id}: ${lines.length} 项，差异 ${diffs.length} 项${open.length ? `（${open.length} 项待说明: wuye stock take explain ${id} --line 编码:说明）` : ''}；批准后调账: wuye stock take approve ${id}`,
        `stocktake ${id}: ${lines.length} items, ${diffs.length} differences${open.length ? ` (${open.length} to explain: wuye stock take explain ${id} --line CODE:TEXT)` : ''}; the book changes once approved: wuye stock take approve ${id}`,
      ),
    };
  });
}
