// What other procedures use of the warranty procedure: its case opener for `hotline log --open warranty` (the desk
// entry, the report and — out of warranty — its paid repair are one command, one commit; spec 06, issue 13).
// e.g. const opener = await OPENERS.warranty.load!(); opener.open(tx, ctx, call, opener.parse(line))
import type { CaseOpener } from '../hotline/api.js';
import { openWarranty, openedSummary, parseIntake, type Intake } from './open.js';
import type { Ctx } from '../../kit/context.js';
import { RuleError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import type { Tx } from '../../core/store.js';
import type { UnitRecord } from '../../core/types.gen.js';
import { setIn } from '../../core/yamlio.js';
import { conf } from './cases.js';
import { acceptedOf } from './rules.js';

export const warrantyOpener: CaseOpener<Intake> = {
  kind: 'warranty',
  parse: (l) => parseIntake(l),
  open(tx, ctx, call, o) {
    const { w, repair } = openWarranty(tx, ctx, call, o);
    return { id: w.id, summary: openedSummary(w, repair) };
  },
};

export type { Warranty } from './rules.js';

/**
 * The move-in completion is the delivery (商品房销售管理办法 art. 33): record it on the unit, refused (exit 1,
 * nothing written) when it is before the building's completion acceptance — a unit is delivered only once accepted.
 */
export function recordDelivery(tx: Tx, ctx: Ctx, unitId: string, on: string): void {
  const u = tx.tryRead<UnitRecord>('unit', unitId)?.data;
  if (!u) return;
  const accepted = acceptedOf(conf(ctx), u.building);
  if (accepted && on < accepted)
    throw new RuleError(
      msg(
        `交付日期 ${on} 早于 ${u.building} 栋的竣工验收合格日期 ${accepted}：未经竣工验收合格的房屋不得交付`,
        `delivery ${on} is before building ${u.building}'s completion acceptance (${accepted}): a unit is delivered only once accepted`,
      ),
      msg(
        '核对入伙完成日期（--on）和 wuye.yaml warranty.completion_accepted',
        'check --on and wuye.yaml warranty.completion_accepted',
      ),
    );
  if (u.delivered_on !== on) tx.edit<UnitRecord>('unit', unitId, (doc) => setIn(doc, ['delivered_on'], on));
}
