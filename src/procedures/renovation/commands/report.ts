// wuye renovation form permit ZX2026-0007 --out permit.pdf — placeholder until the renderer lands.
import type { Ctx } from '../../../cli/context.js';
export async function run(_ctx: Ctx): Promise<void> { throw new Error('not built yet'); }
