// Who may do what with the fee records (07-fees.md "Payments", "Receipt books", "Cashier days"; manual 二.7: the
// cashier takes payments and closes the day; the director or the CS manager issues books, voids, approves).
// e.g. requireFeeRole(ctx, 'pay') · requireStaff(ctx.store, o.approvedBy, '--approved-by', APPROVERS.adjust)
import type { Role } from '../../core/case.js';
import { requireRole } from '../../core/case.js';
import { msg, type Msg } from '../../core/i18n.js';
import type { Ctx } from '../../kit/context.js';

/** The acts of the fee procedure that only some roles may do, and how the refusal names each. */
export const FEE_ACTS = {
  pay: { roles: ['cashier'], what: msg('收款', 'taking payments') },
  closeDay: { roles: ['cashier'], what: msg('日结', 'closing the day') },
  reopenDay: { roles: ['cs-manager'], what: msg('重开已日结的一天', 'reopening a closed cashier day') },
  voidReceipt: { roles: ['cashier', 'director', 'cs-manager'], what: msg('作废收据', 'voiding receipts') },
  issueBooks: { roles: ['director', 'cs-manager', 'storekeeper'], what: msg('发放收据本', 'issuing receipt books') },
} as const satisfies Record<string, { roles: readonly Role[]; what: Msg }>;

/** Who may approve an adjustment or a refund (--approved-by). */
export const APPROVERS = { adjust: ['director', 'cs-manager'], refund: ['director'] } as const;

/** Refuse the operator unless one of their roles may do the act. */
export function requireFeeRole(ctx: Ctx, act: keyof typeof FEE_ACTS): void {
  requireRole(ctx.operator().roles, FEE_ACTS[act].roles, FEE_ACTS[act].what);
}
