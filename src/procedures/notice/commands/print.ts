// wuye notice print GG2026-0004 [--out notice.pdf]
// Manual 二.8: the notice as an A4 poster — large title, body, the center's name and date, a circle for the
// seal; a draft prints with a red line saying it is not approved and must not be posted.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { noticeLoad, writeNotice } from '../forms.js';

export const parse = (l: Line) => ({ id: l.id(0, 'notice'), out: l.text('out') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const loaded = noticeLoad(ctx, o.id);
  await writeNotice(ctx, loaded, o.out, `${o.id}-notice.pdf`);
}
