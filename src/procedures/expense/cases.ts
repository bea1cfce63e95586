// Expense claims in the one case engine (src/core/case-engine.ts): their kind and machine, the claim id
// allocated under the lock (BZ2026-0001, station-coded BZ2026-B0001, never reused), the configuration.
// e.g. await ctx.write((tx) => stepCase(tx, EXPENSE_CASES, actor(ctx), 'BZ2026-0001', 'approve'))
import { defineCases } from '../../core/case-engine.js';
import { msg } from '../../core/i18n.js';
import type { Ctx } from '../../kit/context.js';
import { cfg, EXPENSE } from './rules.js';

export const EXPENSE_CASES = defineCases({
  kind: 'expense',
  machine: EXPENSE,
  missing: () => msg('用 wuye expense list 查看报销单', 'see wuye expense list'),
});

export const conf = (ctx: Ctx) => cfg(ctx.config.expense);
