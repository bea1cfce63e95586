// The event cases in the one case engine (spec procedures/10-events.md; manual 三.6.7–6.8): their kind and
// machine, the configuration with the manual's defaults, and ids allocated under the lock (HD2026-0003,
// station-coded HD2026-B0003, never reused), the plan of a year (HD2026).
// e.g. await ctx.write((tx) => stepCase(tx, EVENT_CASES, actor(ctx), 'HD2026-0003', 'held', …))
import type { Ctx } from '../../kit/context.js';
import { defineCases } from '../../core/case-engine.js';
import { msg } from '../../core/i18n.js';
import { cfg, EVENT, type EventConf } from './rules.js';

export const EVENT_CASES = defineCases({
  kind: 'event',
  machine: EVENT,
  missing: () => msg('用 wuye event list 查看活动', 'see wuye event list for the events'),
});

export const conf = (ctx: Ctx): EventConf => cfg(ctx.config.events as Partial<EventConf> | undefined);
