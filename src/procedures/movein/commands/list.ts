// wuye movein list [--building 3] [--state rectifying] [--json]: one line per case.
import { msg, t } from '../../../core/i18n.js';
import { compareIds } from '../../../core/kinds.js';
import { label } from '../../../core/labels.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { readMovein } from '../cases.js';
import { caseIdsOfBuilding } from '../lookup.js';
import { openDefects, type MoveinState } from '../rules.js';

export function parse(l: Line) {
  return { building: l.building(), state: l.choice<MoveinState>('state') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { building, state } = o;
  const rows = caseIdsOfBuilding(ctx.store, building)
    .sort(compareIds)
    .map((id) => readMovein(ctx.shown, id))
    .filter((c) => !state || c.state === state);
  if (ctx.globals.json) {
    ctx.out.json(
      rows.map((c) => ({
        id: c.id,
        state: c.state,
        slot: `${c.slot.date} ${c.slot.time}`,
        owner: c.owner ?? null,
        open_defects: openDefects(c).length,
        fee_start: c.notice?.fee_start ?? null,
      })),
    );
    return;
  }
  ctx.out.table(rows, [
    { key: 'id', header: msg('房屋', 'Unit'), get: (c) => c.id },
    { key: 'state', header: msg('状态', 'State'), get: (c) => label('moveinState', c.state) },
    { key: 'slot', header: msg('预约', 'Slot'), get: (c) => `${c.slot.date} ${c.slot.time}` },
    { key: 'owner', header: msg('业主', 'Owner'), get: (c) => c.owner },
    { key: 'defects', header: msg('待整改', 'Open defects'), get: (c) => openDefects(c).length || '', align: 'right' },
    { key: 'fee', header: msg('管理费起算', 'Fee starts'), get: (c) => c.notice?.fee_start },
  ]);
  if (!ctx.globals.quiet) ctx.out.err(t(msg(`共 ${rows.length} 户`, `${rows.length} cases`)));
}
