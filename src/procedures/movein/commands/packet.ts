// Placeholder while this command is being built.
import type { Ctx } from '../../../cli/context.js';
export async function run(_ctx: Ctx): Promise<void> { throw new Error('not built yet'); }
