// wuye renovation withdraw ZX2026-0007 --reason "业主暂缓装修" — allowed only before the permit.
import { msg, simpleStep } from './simple.js';
export const run = simpleStep('withdraw', (id) => msg(`${id} 已撤回`, `${id} withdrawn`));
