// wuye renovation violation ZX2026-0007 --kind hours --at 2026-11-28T21:30 --what "夜间电锤施工" --action deduct --deduct 200
// Manual 四.3 / 三.11.3: a violation gets a rectification notice (违规装修整改通知书)
// with a deadline and an action; work outside the hours of wuye.yaml is checked.
import { str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { optDate } from '../../../kit/options.js';
import { UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { formatMoney, parseAmountInput } from '../../../core/money.js';
import { caseId, conf, readCase, record, takeStep } from '../cases.js';
import { optLocalTime } from '../options.js';
import { checkHoursViolation } from '../rules.js';
import { newViolation, type Violation } from '../violations.js';

export async function run(ctx: Ctx, [arg]: string[], opts: Opts): Promise<void> {
  const id = caseId(arg);
  const kind = str(opts, 'kind') as Violation['kind'];
  const action = (str(opts, 'action') ?? 'rectify') as Violation['action'];
  const offset = ctx.now().slice(19);
  const at = str(opts, 'at') ? optLocalTime(str(opts, 'at')!, '--at', offset) : undefined;
  if (kind === 'hours' && !at)
    throw new UsageError(
      msg('违规施工时间须用 --at 写明发现时间', 'a violation of hours needs the time it was seen (--at)'),
    );
  if (kind === 'hours') checkHoursViolation(conf(ctx).hours, ctx.calendar, at!);
  const deduction = str(opts, 'deduct') ? formatMoney(parseAmountInput(str(opts, 'deduct')!, '--deduct')) : undefined;
  if (action === 'deduct' && !deduction)
    throw new UsageError(msg('扣除押金须用 --deduct 写明金额', 'a deposit deduction needs its amount (--deduct)'));
  const deadline = optDate(opts, 'deadline', '--deadline');
  let v: Violation | undefined;
  await ctx.write((tx) => {
    record(
      ctx,
      tx,
      id,
      'violation',
      msg('记录违规装修', 'record violations'),
      ['permitted', 'in-progress', 'suspended'],
      ['engineer', 'security'],
      (c) => {
        v = newViolation(ctx, c, {
          kind,
          what: str(opts, 'what')!,
          action,
          ...(at ? { at } : {}),
          ...(deadline ? { deadline } : {}),
          ...(deduction ? { deduction } : {}),
        });
        return { append: { violations: [v] } };
      },
      str(opts, 'what'),
    );
    if (action === 'suspend' && readCase(tx, id).state === 'in-progress')
      takeStep(ctx, tx, id, 'suspend', () => ({}), `${v!.notice}`);
    return {
      message: `renovation: violation ${id} ${v!.notice}`,
      summary: msg(
        `已记录违规，整改通知书 ${v!.notice}，期限 ${v!.deadline}；打印: wuye renovation form violation-notice ${id}`,
        `violation recorded, notice ${v!.notice}, rectify by ${v!.deadline}; print: wuye renovation form violation-notice ${id}`,
      ),
    };
  });
}
