// wuye renovation resume ZX2026-0007 — work resumes after rectification (manual 四.3).
import { msg } from '../../../core/i18n.js';
import { simpleStep } from '../simple-step.js';

export const { parse, run } = simpleStep('resume', 'note', (id) => msg(`${id} 已复工`, `${id} resumed`));
