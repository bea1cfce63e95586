// wuye renovation sign ZX2026-0007 --owner-signatory 张三 --contractor-signatory 王工
// Manual 四.3: the owner, the contractor and the center sign the construction agreement (装修施工协议书);
// it and the application are listed in the unit's file (archive).
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { recordAct } from '../../../core/case-engine.js';
import { msg } from '../../../core/i18n.js';
import { fileDocuments } from '../../archive/api.js';
import { ACTS } from '../acts.js';
import { RENOVATION_CASES } from '../cases.js';
import type { RenovationState } from '../machine.js';
import type { Case } from '../rules.js';

export const parse = (l: Line) => ({
  id: l.id(0, 'renovation'),
  date: l.date('date'),
  owner: l.text('ownerSignatory'),
  contractor: l.text('contractorSignatory'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id } = o;
  await ctx.write((tx) => {
    const who = actor(ctx);
    const on = o.date ?? ctx.today();
    const c = recordAct<Case, RenovationState>(tx, RENOVATION_CASES, who, id, ACTS.sign, () => ({
      agreement: {
        signed_on: on,
        by: who.id,
        ...(o.owner ? { owner_signatory: o.owner } : {}),
        ...(o.contractor ? { contractor_signatory: o.contractor } : {}),
      },
    }));
    // the application and the signed agreement go into the owner's file (listed there: archive/api.ts)
    fileDocuments(tx, {
      unit: c.unit,
      types: ['renovation-application', 'renovation-agreement'],
      on,
      by: who.id,
      source: `renovation/${id}`,
    });
    return { message: `renovation: sign ${id}`, summary: msg(`${id} 装修施工协议书已签订`, `${id} agreement signed`) };
  });
}
