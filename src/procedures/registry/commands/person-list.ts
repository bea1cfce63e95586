// wuye person list [--unit 1-2-0801] [--reveal] [--json]
import { argId, str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { msg } from '../../../core/i18n.js';
import type { PersonRecord, UnitRecord } from '../../../core/types.gen.js';
import { maskedPerson } from '../person-view.js';

export async function run(ctx: Ctx, _args: string[], opts: Opts): Promise<void> {
  const unitId = str(opts, 'unit');
  let people: PersonRecord[];
  if (unitId) {
    const u = ctx.store.read<UnitRecord>('unit', argId('unit', unitId, '--unit')).data;
    const ids = [...(u.owners ?? []), ...(u.residents ?? []), ...(u.tenants ?? [])].map((o) => o.person);
    people = [...new Set(ids)].map((id) => ctx.store.read<PersonRecord>('person', id).data);
  } else {
    people = [...ctx.store.all<PersonRecord>('person')].map((r) => r.data);
  }
  const shown = people.map((p) => maskedPerson(p, ctx.globals.reveal));
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
