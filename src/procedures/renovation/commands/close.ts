// wuye renovation close ZX2026-0007 — the deposit is refunded; the case is filed (manual 四.3).
import { msg, simpleStep } from '../simple-step.js';
export const run = simpleStep('close', (id) => msg(`${id} 已结案`, `${id} closed`));
