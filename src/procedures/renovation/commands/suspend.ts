// wuye renovation suspend ZX2026-0007 --reason "违规拆改承重墙，停工整改"
// Manual 四.3: serious violations stop the works (water and electricity may be cut).
import { msg } from '../../../core/i18n.js';
import { simpleStep } from '../simple-step.js';

export const { parse, run } = simpleStep('suspend', 'reason', (id) => msg(`${id} 已停工`, `${id} suspended`));
