// wuye person list [--unit 1-2-0801] [--reveal] [--json]
// The people of the owner archive (spec 01 "Records": person; manual 四.16), or those of one unit;
// personal data masked by its schema's declaration unless --reveal (read through ctx.shown).
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { msg } from '../../../core/i18n.js';
import type { PersonRecord, UnitRecord } from '../../../core/types.gen.js';

export const parse = (l: Line) => ({ unit: l.idOpt('unit', 'unit') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  let people: PersonRecord[];
  if (o.unit) {
    const u = ctx.store.read<UnitRecord>('unit', o.unit).data;
    const ids = [...(u.owners ?? []), ...(u.residents ?? []), ...(u.tenants ?? [])].map((o) => o.person);
    people = [...new Set(ids)].map((id) => ctx.shown.read<PersonRecord>('person', id).data);
  } else {
    people = [...ctx.shown.all<PersonRecord>('person')].map((r) => r.data);
  }
  const shown = people;
  if (ctx.globals.json) {
    ctx.out.json(shown);
    return;
  }
  ctx.out.table(shown, [
    { key: 'id', header: msg('人员', 'Person'), get: (p) => p.id },
    { key: 'name', header: msg('姓名', 'Name'), get: (p) => p.company?.name ?? p.name },
    { key: 'phone', header: msg('手机', 'Mobile'), get: (p) => p.phones?.join(',') },
    { key: 'nid', header: msg('身份证号', 'National id'), get: (p) => p.national_id },
  ]);
}
