// wuye renovation resume ZX2026-0007 — work resumes after rectification (manual 四.3).
import { msg, simpleStep } from '../simple-step.js';
export const run = simpleStep('resume', (id) => msg(`${id} 已复工`, `${id} resumed`));
