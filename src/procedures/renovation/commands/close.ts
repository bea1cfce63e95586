// wuye renovation close ZX2026-0007 — the deposit is refunded; the case is filed (manual 四.3).
import { msg } from '../../../core/i18n.js';
import { simpleStep } from '../simple-step.js';

export const { parse, run } = simpleStep('close', 'note', (id) => msg(`${id} 已结案`, `${id} closed`));
