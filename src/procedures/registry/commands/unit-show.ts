// wuye unit show 1-2-0801 [--json] [--reveal]
// One unit of the register (spec 01; manual 四.16) with its owners, residents and tenants by name and
// masked phone, vehicles, meters and ownership transfers.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { msg } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import { personSummary, type PersonSummary } from '../person-view.js';

export const parse = (l: Line) => ({ id: l.id(0, 'unit') });

export async function run(ctx: Ctx, { id }: ReturnType<typeof parse>): Promise<void> {
  const u = ctx.shown.read<UnitRecord>('unit', id).data;
  const people = (ids: { person: string }[] | undefined) =>
    (ids ?? []).map((o) => ({ ...o, ...personSummary(ctx, o.person) }));
  const view = { ...u, owners: people(u.owners), residents: people(u.residents), tenants: people(u.tenants) };
  if (ctx.globals.json) {
    ctx.out.json(view);
    return;
  }
  const names = (ps: (PersonSummary & { person: string })[]) =>
    ps.map((p) => `${p.person} ${p.name}${p.phone ? ` ${p.phone}` : ''}`).join('；');
  ctx.out.fields([
    [msg('房屋', 'Unit'), u.id],
    [msg('类型', 'Type'), label('unitType', u.type)],
    [msg('状态', 'State'), label('unitState', u.state)],
    [msg('楼层', 'Floor'), u.floor],
    [msg('建筑面积', 'Gross area'), `${u.area} m²`],
    [msg('套内面积', 'Usable area'), u.usable_area ? `${u.usable_area} m²` : undefined],
    [msg('户型', 'Layout'), u.layout],
    [msg('业主', 'Owners'), names(view.owners)],
    [msg('住户', 'Residents'), names(view.residents)],
    [msg('租户', 'Tenants'), names(view.tenants)],
    [msg('车辆', 'Vehicles'), (u.vehicles ?? []).map((v) => v.plate + (v.space ? `（${v.space}）` : '')).join('，')],
    [
      msg('水/电/气表', 'Meters'),
      u.meters ? [u.meters.water, u.meters.electricity, u.meters.gas].map((m) => m ?? '-').join(' / ') : undefined,
    ],
    [msg('管理费起算', 'Fee starts'), u.fee_start],
    [
      msg('过户', 'Transfers'),
      (u.transfers ?? []).map((t) => `${t.date} ${t.from.join(',')} → ${t.to.join(',')}`).join('；'),
    ],
    [msg('备注', 'Notes'), u.notes],
  ]);
}
