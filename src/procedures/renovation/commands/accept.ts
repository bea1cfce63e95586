// wuye renovation accept ZX2026-0007 --result pass --item 防水:ok --item 消防:ok --as S004
// Manual 四.3: engineering inspects the finished works; only accepted works get the deposit back, and works
// with a violation not yet put right (5.2.1 整改通知书) are not accepted; the
// acceptance form is listed in the unit's file (archive).
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { readCase, recordAct, stepCase } from '../../../core/case-engine.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { fileDocuments } from '../../archive/api.js';
import { ACTS } from '../acts.js';
import { RENOVATION_CASES } from '../cases.js';
import type { RenovationState } from '../machine.js';
import { acceptBlocker, type Case } from '../rules.js';

export function parse(l: Line) {
  const items = l.values('item').map((s) => {
    const [item, ok, ...rest] = s.split(':');
    if (!item || (ok !== 'ok' && ok !== 'fail'))
      throw new UsageError(
        msg(`--item 格式应为 项目:ok|fail[:说明]，而不是 "${s}"`, `--item is item:ok|fail[:note], not "${s}"`),
      );
    return { item, ok: ok === 'ok', ...(rest.length ? { note: rest.join(':') } : {}) };
  });
  return {
    id: l.id(0, 'renovation'),
    pass: l.choice<'pass' | 'fail'>('result') === 'pass',
    items,
    date: l.date('date'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id, pass, items } = o;
  await ctx.write((tx) => {
    const who = actor(ctx);
    const entry = {
      date: o.date ?? ctx.today(),
      by: who.id,
      result: pass ? 'pass' : 'fail',
      ...(items.length ? { items } : {}),
    };
    const changes = () => ({ append: { acceptances: [entry] } });
    if (pass) {
      const why = acceptBlocker(readCase<Case>(tx, RENOVATION_CASES, id));
      if (why)
        throw new RuleError(
          why,
          msg(
            `整改复查后用 wuye renovation rectify ${id} --notice 编号 登记，再验收；或 --result fail 记录本次验收不合格`,
            `record each with wuye renovation rectify ${id} --notice N once put right, then accept; or record --result fail`,
          ),
        );
      const c = stepCase<Case, RenovationState>(tx, RENOVATION_CASES, who, id, 'accept', changes).after;
      // the acceptance form goes into the owner's file (listed there: archive/api.ts)
      fileDocuments(tx, {
        unit: c.unit,
        types: ['renovation-acceptance'],
        on: entry.date,
        by: who.id,
        source: `renovation/${id}`,
      });
    } else recordAct<Case, RenovationState>(tx, RENOVATION_CASES, who, id, ACTS.acceptFail, changes);
    return {
      message: `renovation: accept ${id} ${pass ? 'pass' : 'fail'}`,
      summary: pass
        ? msg(`${id} 验收合格`, `${id} accepted`)
        : msg(`${id} 验收不合格，整改后再验`, `${id} failed acceptance; inspect again after rectification`),
    };
  });
}
