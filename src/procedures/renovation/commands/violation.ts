// wuye renovation violation ZX2026-0007 --kind hours --at 2026-11-28T21:30 --what "夜间电锤施工" --action deduct --deduct 200
// Manual 四.3 / 三.11.3: a violation gets a rectification notice (违规装修整改通知书)
// with a deadline and an action; work outside the hours of wuye.yaml is checked.
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { readCase, recordAct, stepCase } from '../../../core/case-engine.js';
import { UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { formatMoney } from '../../../core/money.js';
import { ACTS } from '../acts.js';
import { conf, RENOVATION_CASES } from '../cases.js';
import type { RenovationState } from '../machine.js';
import { optLocalTime } from '../options.js';
import { checkHoursViolation, type Case } from '../rules.js';
import { newViolation, type Violation } from '../violations.js';

export function parse(l: Line) {
  const kind = l.choice<Violation['kind']>('kind')!;
  const action = l.choice<Violation['action']>('action') ?? 'rectify';
  const raw = l.text('at');
  if (kind === 'hours' && !raw)
    throw new UsageError(
      msg('违规施工时间须用 --at 写明发现时间', 'a violation of hours needs the time it was seen (--at)'),
    );
  const deduct = l.money('deduct');
  if (action === 'deduct' && deduct === undefined)
    throw new UsageError(msg('扣除押金须用 --deduct 写明金额', 'a deposit deduction needs its amount (--deduct)'));
  return {
    id: l.id(0, 'renovation'),
    kind,
    action,
    /** The local time seen, without its offset (added in run, the clock's: the center's time zone). */
    at: raw ? optLocalTime(raw, '--at', '') : undefined,
    what: l.text('what')!,
    deadline: l.date('deadline'),
    deduction: deduct === undefined ? undefined : formatMoney(deduct),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id, kind, action, deadline, deduction } = o;
  const offset = ctx.now().slice(19);
  const at = o.at ? `${o.at}${offset}` : undefined;
  if (kind === 'hours') checkHoursViolation(conf(ctx).hours, ctx.calendar, at!);
  let v: Violation | undefined;
  await ctx.write((tx) => {
    const who = actor(ctx);
    recordAct<Case, RenovationState>(
      tx,
      RENOVATION_CASES,
      who,
      id,
      ACTS.violation,
      (c) => {
        v = newViolation(ctx, c, {
          kind,
          what: o.what,
          action,
          ...(at ? { at } : {}),
          ...(deadline ? { deadline } : {}),
          ...(deduction ? { deduction } : {}),
        });
        return { append: { violations: [v] } };
      },
      o.what,
    );
    if (action === 'suspend' && readCase<Case>(tx, RENOVATION_CASES, id).state === 'in-progress')
      stepCase<Case, RenovationState>(tx, RENOVATION_CASES, who, id, 'suspend', () => ({}), `${v!.notice}`);
    return {
      message: `renovation: violation ${id} ${v!.notice}`,
      summary: msg(
        `已记录违规，整改通知书 ${v!.notice}，期限 ${v!.deadline}；打印: wuye renovation form violation-notice ${id}`,
        `violation recorded, notice ${v!.notice}, rectify by ${v!.deadline}; print: wuye renovation form violation-notice ${id}`,
      ),
    };
  });
}
