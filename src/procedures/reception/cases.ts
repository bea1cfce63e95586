// The reception cases in the one case engine (spec procedures/15-reception.md): their kind, machine and
// configuration, and the refusal of a tea round or a tick on a reception already closed.
// e.g. await ctx.write((tx) => stepCase(tx, RECEPTION_CASES, actor(ctx), 'JD2026-0001', 'serve', …))
import type { Ctx } from '../../kit/context.js';
import { defineCases } from '../../core/case-engine.js';
import { RuleError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { cfg, RECEPTION, type Reception, type ReceptionConf } from './rules.js';

export const RECEPTION_CASES = defineCases({
  kind: 'reception',
  machine: RECEPTION,
  missing: () => msg('用 wuye reception list 查看接待', 'see wuye reception list for the receptions'),
});

export const conf = (ctx: Pick<Ctx, 'config'>): ReceptionConf =>
  cfg(ctx.config.reception as Partial<ReceptionConf> | undefined);

/** A reception already closed takes no more rounds or ticks (exit 1, with what to do). */
export function notClosed(r: Reception, what: ReturnType<typeof msg>): void {
  if (r.state !== 'closed') return;
  const closed = [...r.log].reverse().find((e) => e.action === 'close')?.at ?? '';
  throw new RuleError(
    msg(
      `${r.id} 已于 ${closed.slice(0, 16).replace('T', ' ')} 结束，不能再${what.zh}`,
      `${r.id} was closed at ${closed.slice(0, 16)}; cannot ${what.en} now`,
    ),
    msg(
      '结束前的服务须在结束前登记；新的来访请另填工作单: wuye reception new',
      'rounds are recorded before closing; a new visit gets its own work order: wuye reception new',
    ),
  );
}
