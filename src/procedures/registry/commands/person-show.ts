// wuye person show P000123 [--reveal] [--json]
// One person of the owner archive (spec 01; manual 四.16) with the units they own, live in or rent,
// derived from the units; personal data masked by its schema's declaration unless --reveal.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { msg } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { PersonRecord } from '../../../core/types.gen.js';
import { rolesOf } from '../rules.js';
import { unitsMentioning } from '../mentions.js';

export const parse = (l: Line) => ({ id: l.id(0, 'person') });

export async function run(ctx: Ctx, { id }: ReturnType<typeof parse>): Promise<void> {
  const p = ctx.shown.read<PersonRecord>('person', id).data;
  const units = rolesOf(id, unitsMentioning(ctx, id));
  if (ctx.globals.json) {
    ctx.out.json({ ...p, units });
    return;
  }
  const as = { owner: msg('业主', 'owner'), resident: msg('住户', 'resident'), tenant: msg('租户', 'tenant') };
  ctx.out.fields([
    [msg('人员', 'Person'), p.id],
    [msg('姓名', 'Name'), p.name],
    [msg('性别', 'Gender'), label('gender', p.gender)],
    [msg('身份证号', 'National id'), p.national_id],
    [
      msg('其他证件', 'Other document'),
      p.other_document ? `${label('document', p.other_document.type)} ${p.other_document.number}` : undefined,
    ],
    [msg('手机', 'Mobile'), p.phones?.join('，')],
    [
      msg('紧急联系人', 'Emergency contact'),
      p.emergency_contact
        ? `${p.emergency_contact.name} ${p.emergency_contact.phone} ${p.emergency_contact.relation ?? ''}`.trim()
        : undefined,
    ],
    [msg('单位', 'Company'), p.company ? `${p.company.name}（${p.company.licence}）` : undefined],
    [
      msg('房屋', 'Units'),
      units.map((u) => `${u.unit}（${ctx.globals.lang === 'en' ? as[u.as].en : as[u.as].zh}）`).join('，'),
    ],
    [msg('备注', 'Notes'), p.notes],
  ]);
}
