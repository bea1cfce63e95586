// Helpers the fee commands share: entry ids, money options, roles, the unit's balance over all years.
// e.g. const { accounts, bal } = unitBalance(ctx.store, '1-2-0801')
import { str } from '../../kit/options.js';
import type { Ctx } from '../../kit/context.js';
import type { Opts } from '../../kit/spec.js';
import { requireRole, type Role } from '../../core/case.js';
import { msg, type Msg } from '../../core/i18n.js';
import { parseAmountInput } from '../../core/money.js';
import type { Store, Tx } from '../../core/store.js';
import { feeYears, unitAccounts } from './accounts.js';
import { balance, type Account } from './rules.js';

export function nextAdjustmentId(acc: Account): string {
  const n = (acc.adjustments ?? []).reduce((m, a) => Math.max(m, Number(a.id.slice(1))), 0) + 1;
  return `A${String(n).padStart(3, '0')}`;
}

export function amountOpt(opts: Opts, key = 'amount', flag = '--amount'): number {
  const a = parseAmountInput(str(opts, key) ?? '', flag);
  return a;
}

export function requireRoles(ctx: Ctx, roles: Role[], what: Msg): void {
  requireRole(ctx.operator().roles as string[], roles, what);
}

export const CASHIER_ROLES: Role[] = ['cashier', 'director', 'cs-manager'];
export const cashierWhat = msg('收款', 'taking payments');

export function unitBalance(src: Store | Tx, store: Store, unit: string) {
  const accounts = unitAccounts(src, unit, feeYears(store));
  return { accounts, bal: balance(accounts) };
}

/** A CSV cell: quoted when it holds a comma, quote or newline. */
export const csvCell = (v: unknown): string => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
