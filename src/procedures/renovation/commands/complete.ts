// wuye renovation complete ZX2026-0007 — the contractor reports completion; acceptance follows (manual 四.3).
import { msg, simpleStep } from '../simple-step.js';
export const run = simpleStep(
  'complete',
  (id) => msg(`${id} 已完工，待验收`, `${id} completed; awaiting acceptance`),
  (ctx) => ({ completion: { by: ctx.operator().id, at: ctx.now() } }),
);
