// wuye renovation complete ZX2026-0007 — the contractor reports completion; acceptance follows (manual 四.3).
import { msg } from '../../../core/i18n.js';
import { simpleStep } from '../simple-step.js';

export const { parse, run } = simpleStep(
  'complete',
  'note',
  (id) => msg(`${id} 已完工，待验收`, `${id} completed; awaiting acceptance`),
  (ctx) => ({ completion: { by: ctx.operator().id, at: ctx.now() } }),
);
