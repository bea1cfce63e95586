// The complaint cases in the one case engine (src/core/case-engine.ts; records.md "Case records"): their
// kind and machine, and the configuration with its defaults (wuye.yaml `complaint`).
// e.g. await ctx.write((tx) => stepCase(tx, COMPLAINT_CASES, actor(ctx), 'TS2026-0007', 'close'))
import type { Ctx } from '../../kit/context.js';
import { defineCases } from '../../core/case-engine.js';
import { msg } from '../../core/i18n.js';
import { COMPLAINT } from './machine.js';
import { cfg } from './rules.js';

export const COMPLAINT_CASES = defineCases({
  kind: 'complaint',
  machine: COMPLAINT,
  missing: () =>
    msg(
      '用 wuye complaint list 查看投诉；新投诉用 wuye complaint new',
      'see wuye complaint list; a new one: wuye complaint new',
    ),
});

/** The complaint section of wuye.yaml with its defaults (2 working days to feed back, 1 to report a major one). */
export const conf = (ctx: Ctx) => cfg(ctx.config.complaint);
