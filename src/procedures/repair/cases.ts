// The repair orders in the one case engine (src/core/case-engine.ts): their kind and machine, and the
// configuration with its defaults (wuye.yaml `repair`).
// e.g. await ctx.write((tx) => stepCase(tx, REPAIR_CASES, actor(ctx), 'BX2026-0007', 'arrive', …))
import type { Ctx } from '../../kit/context.js';
import { defineCases } from '../../core/case-engine.js';
import { msg } from '../../core/i18n.js';
import { REPAIR } from './machine.js';
import { cfg, type RepairConf } from './rules.js';

export const REPAIR_CASES = defineCases({
  kind: 'repair',
  machine: REPAIR,
  missing: () =>
    msg('用 wuye repair list 查看维修单；新报修用 wuye repair new', 'see wuye repair list; a new one: wuye repair new'),
});

export const conf = (ctx: Ctx): RepairConf => cfg(ctx.config.repair);
