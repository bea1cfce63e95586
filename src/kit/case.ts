// A command's side of the one case engine (src/core/case-engine.ts): the operator and the clock of
// this command as the actor of a step. e.g. stepCase(tx, CASES, actor(ctx), id, 'review-pass', …)
import type { Actor } from '../core/case-engine.js';
import type { Ctx } from './context.js';

export function actor(ctx: Ctx): Actor {
  const op = ctx.operator();
  return { id: op.id, roles: (op.roles as string[] | undefined) ?? [], now: ctx.now() };
}
