// The warranty reports in the one case engine (src/core/case-engine.ts): their kind and machine, and the
// configuration with its defaults (wuye.yaml `warranty`).
// e.g. await ctx.write((tx) => stepCase(tx, WARRANTY_CASES, actor(ctx), 'ZB2026-0003', 'route', …))
import type { Ctx } from '../../kit/context.js';
import { defineCases } from '../../core/case-engine.js';
import { msg } from '../../core/i18n.js';
import { WARRANTY } from './machine.js';
import { cfg, type WarrantyConf } from './rules.js';

export const WARRANTY_CASES = defineCases({
  kind: 'warranty',
  machine: WARRANTY,
  missing: () =>
    msg(
      '用 wuye warranty list 查看保修报告；新报告用 wuye warranty report',
      'see wuye warranty list; a new one: wuye warranty report',
    ),
});

export const conf = (ctx: Ctx): WarrantyConf => cfg(ctx.config.warranty);
