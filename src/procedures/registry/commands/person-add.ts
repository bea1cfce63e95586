// wuye person add --name 张三 --national-id 110101199003071234 --phone 13800138000
// A person gets an opaque id (P000123): a person may own several units, and an
// id must not leak a national id number (records.md "Ids"). A national id number belongs to one person:
// a number already registered is refused, naming who holds it (identity.ts).
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { msg } from '../../../core/i18n.js';
import type { PersonRecord } from '../../../core/types.gen.js';
import { nextInSequence, personSequence } from '../../../core/ids.js';
import { personFields } from '../person-fields.js';
import { personIdsTaken, refuseTakenNationalId } from '../identity.js';

export const parse = (l: Line) => ({ fields: personFields(l) });

export async function run(ctx: Ctx, { fields: f }: ReturnType<typeof parse>): Promise<void> {
  let id = '';
  await ctx.write((tx) => {
    if (f.national_id) refuseTakenNationalId(tx, f.national_id);
    const seq = personSequence(ctx.config.station);
    id = nextInSequence(seq.head, seq.width, personIdsTaken(tx.store));
    const rec: PersonRecord = { kind: 'person', id, name: f.name!, ...f };
    tx.create('person', id, rec);
    return {
      message: `person: add ${id}`,
      summary: msg(`已登记人员 ${id}（${rec.name}）`, `registered person ${id} (${rec.name})`),
    };
  });
}
