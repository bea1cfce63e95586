// wuye person update P000123 --phone 13900139000 --emergency 李四:13700137000:配偶
// Changes fields of a person of the owner archive (spec 01 "Records": person; manual 四.2 4.3: owner data
// kept up to date), in place so comments in the file survive; a national id another person holds is refused.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { setIn } from '../../../core/yamlio.js';
import { personFields } from '../person-fields.js';
import { refuseTakenNationalId } from '../identity.js';

export function parse(l: Line) {
  const id = l.id(0, 'person');
  const f = personFields(l);
  if (Object.keys(f).length === 0)
    throw new UsageError(
      msg('没有要修改的内容', 'nothing to change'),
      msg(
        '至少给出一个字段选项；见 wuye person update --help',
        'give at least one field option; see wuye person update --help',
      ),
    );
  return { id, fields: f };
}

export async function run(ctx: Ctx, { id, fields: f }: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    if (f.national_id) refuseTakenNationalId(tx, f.national_id, id);
    tx.edit('person', id, (doc) => {
      for (const [k, v] of Object.entries(f)) setIn(doc, [k], v);
    });
    return { message: `person: update ${id}`, summary: msg(`已修改人员 ${id}`, `updated person ${id}`) };
  });
}
