// wuye emergency contacts [--out contacts.pdf]
// Manual 三.17.1: the emergency numbers and the persons responsible are published — from wuye.yaml
// `emergency.contacts` (119, 110, 120, 122, 95598 by default; a center adds its lift company, gas and water) and
// `center.phones`; --out prints the 应急联系电话表 to post.
import type { Ctx } from '../../../kit/context.js';
import { writeFormFile } from '../../../kit/form-command.js';
import type { Line } from '../../../kit/line.js';
import { msg } from '../../../core/i18n.js';
import { contactsModel } from '../forms.js';

export const parse = (l: Line) => ({ out: l.text('out') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const model = contactsModel(ctx) as {
    contacts: readonly { name: string; phone: string; note?: string }[];
    responsible: { duty: string; name: string; reach: string }[];
  };
  if (o.out !== undefined) {
    await writeFormFile(
      ctx,
      'emergency/contacts',
      { id: '', date: ctx.today(), data: model },
      o.out,
      'emergency-contacts.pdf',
    );
    return;
  }
  if (ctx.globals.json) {
    ctx.out.json(model);
    return;
  }
  ctx.out.table(model.contacts, [
    { key: 'name', header: msg('单位/岗位', 'Organisation or post'), get: (c) => c.name },
    { key: 'phone', header: msg('电话', 'Phone'), get: (c) => c.phone },
    { key: 'note', header: msg('用途', 'What for'), get: (c) => c.note },
  ]);
  ctx.out.table(model.responsible, [
    { key: 'duty', header: msg('职责', 'Duty'), get: (r) => r.duty },
    { key: 'name', header: msg('姓名', 'Name'), get: (r) => r.name },
    { key: 'reach', header: msg('联系方式', 'How to reach'), get: (r) => r.reach },
  ]);
}
