// wuye expense list [--pending-for director] [--state approved] [--month 2026-11] [--claimant S003] [--json]
// Manual 四.8: what waits on whom — an approver sees the claims at their level, the cashier those to pay.
import { allCases } from '../../../core/case-engine.js';
import type { ExpenseState } from '../../../core/enums.gen.js';
import { msg, t } from '../../../core/i18n.js';
import { compareIds } from '../../../core/kinds.js';
import { label } from '../../../core/labels.js';
import { formatYuan, parseMoney } from '../../../core/money.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { EXPENSE_CASES } from '../cases.js';
import { EXPENSE, type Claim } from '../rules.js';

const WAITING: Record<string, ExpenseState> = {
  'cs-manager': 'pending-manager',
  director: 'pending-director',
  finance: 'pending-finance',
  cashier: 'approved',
};

export const parse = (l: Line) => ({
  pendingFor: l.choice<'cs-manager' | 'director' | 'finance' | 'cashier'>('pendingFor'),
  state: l.choice<ExpenseState>('state'),
  month: l.period('month'),
  claimant: l.text('claimant'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const want = o.pendingFor ? WAITING[o.pendingFor] : o.state;
  const rows = allCases<Claim>(ctx.shown, EXPENSE_CASES)
    .filter(
      (c) =>
        (!want || c.state === want) &&
        (!o.month || c.date.startsWith(o.month)) &&
        (!o.claimant || c.claimant === o.claimant),
    )
    .sort((a, b) => compareIds(a.id, b.id));
  if (ctx.globals.json) {
    ctx.out.json(
      rows.map((c) => ({
        id: c.id,
        date: c.date,
        claimant: c.claimant,
        category: c.category,
        amount: c.amount,
        state: c.state,
        chain: c.chain,
      })),
    );
    return;
  }
  ctx.out.table(rows, [
    { key: 'id', header: msg('报销单', 'Claim'), get: (c) => c.id },
    { key: 'date', header: msg('日期', 'Date'), get: (c) => c.date },
    { key: 'claimant', header: msg('报销人', 'Claimant'), get: (c) => c.claimant },
    { key: 'category', header: msg('类别', 'Category'), get: (c) => label('expenseCategory', c.category) },
    { key: 'amount', header: msg('金额', 'Amount'), get: (c) => formatYuan(parseMoney(c.amount)), align: 'right' },
    { key: 'state', header: msg('状态', 'State'), get: (c) => t(EXPENSE.states[c.state]) },
  ]);
  if (!ctx.globals.quiet) {
    const sum = rows.reduce((s, c) => s + parseMoney(c.amount), 0);
    ctx.out.err(t(msg(`共 ${rows.length} 张，合计 ${formatYuan(sum)}`, `${rows.length} claims, ${formatYuan(sum)}`)));
  }
}
