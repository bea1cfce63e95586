// wuye renovation permit ZX2026-0007
// Manual 四.3: the permit (施工许可证, posted at the door) is issued only after the
// agreement is signed, the workers registered with passes, the deposit and fees paid.
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { readCase, stepCase } from '../../../core/case-engine.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { labelZh } from '../../../core/labels.js';
import { formatYuan } from '../../../core/money.js';
import { conf, RENOVATION_CASES, unitOf } from '../cases.js';
import type { RenovationState } from '../machine.js';
import { outstanding, permitNumber, type Case } from '../rules.js';

export const parse = (l: Line) => ({ id: l.id(0, 'renovation'), note: l.text('note') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id } = o;
  const number = permitNumber(id);
  await ctx.write((tx) => {
    const c = readCase<Case>(tx, RENOVATION_CASES, id);
    if (c.state === 'approved') {
      const missing: { zh: string; en: string }[] = [];
      if (!c.agreement)
        missing.push({
          zh: '装修施工协议书未签订（renovation sign）',
          en: 'the agreement is not signed (renovation sign)',
        });
      if (!(c.workers ?? []).some((w) => !w.removed))
        missing.push({
          zh: '未登记施工人员（renovation workers add）',
          en: 'no workers registered (renovation workers add)',
        });
      const owed = outstanding(c, unitOf(tx, c).area, conf(ctx));
      if (owed.length)
        missing.push({
          zh: `未缴: ${owed.map((o) => `${labelZh('renovationCharge', o.item)} ${formatYuan(o.amount)}`).join('、')}（renovation pay）`,
          en: `unpaid: ${owed.map((o) => `${o.item} ${formatYuan(o.amount)}`).join(', ')} (renovation pay)`,
        });
      if (missing.length)
        throw new RuleError(
          msg(
            `${id} 尚不能发施工许可证: ${missing.map((m) => m.zh).join('；')}`,
            `${id} cannot have its permit yet: ${missing.map((m) => m.en).join('; ')}`,
          ),
          msg('办完上述手续后再发证', 'complete these first'),
        );
    }
    const who = actor(ctx);
    stepCase<Case, RenovationState>(
      tx,
      RENOVATION_CASES,
      who,
      id,
      'permit',
      () => ({ permit: { number, at: who.now, by: who.id } }),
      o.note,
    );
    return {
      message: `renovation: permit ${id} ${number}`,
      summary: msg(
        `已发施工许可证 ${number}；打印: wuye renovation form permit ${id}`,
        `permit ${number} issued; print it with wuye renovation form permit ${id}`,
      ),
    };
  });
}
