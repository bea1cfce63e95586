// wuye renovation permit ZX2026-0007 [--start 2026-12-01 --end 2027-01-10]
// Manual 四.3 5.1.6–5.1.7: the permit (施工许可证, posted at the door) is issued only after the
// agreement is signed, the workers registered with passes, the deposit and fees paid — and not for a
// planned period that is over or more than half gone (permitTiming): the dates agreed again with the
// applicant come with --start/--end and are recorded on the case and in the log.
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { readCase, stepCase } from '../../../core/case-engine.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { labelZh } from '../../../core/labels.js';
import { formatYuan } from '../../../core/money.js';
import { conf, RENOVATION_CASES, unitOf } from '../cases.js';
import type { RenovationState } from '../machine.js';
import { outstanding, permitNumber, permitTiming, type Case } from '../rules.js';

export function parse(l: Line) {
  const start = l.date('start');
  const end = l.date('end');
  if ((start === undefined) !== (end === undefined))
    throw new UsageError(
      msg('新工期须同时给出 --start 和 --end', 'new dates need both --start and --end'),
      msg('如 --start 2026-12-01 --end 2027-01-10', 'e.g. --start 2026-12-01 --end 2027-01-10'),
    );
  if (start && end && end < start)
    throw new UsageError(msg('计划完工日期早于开工日期', 'the planned end is before the start'));
  return { id: l.id(0, 'renovation'), note: l.text('note'), dates: start && end ? { start, end } : undefined };
}

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
    const today = ctx.today();
    if (o.dates && o.dates.start < today)
      throw new RuleError(
        msg(
          `新的开工日期 ${o.dates.start} 早于今天（${today}）`,
          `the new start ${o.dates.start} is before today (${today})`,
        ),
      );
    const timing = permitTiming(o.dates ?? c.planned, today);
    if (timing.refuse)
      throw new RuleError(
        timing.refuse,
        msg(
          `与业户核定新的工期后再发证: wuye renovation permit ${id} --start 日期 --end 日期`,
          `agree new dates with the applicant, then: wuye renovation permit ${id} --start DATE --end DATE`,
        ),
      );
    if (timing.warn) ctx.warn(timing.warn);
    const who = actor(ctx);
    const moved = o.dates && (o.dates.start !== c.planned.start || o.dates.end !== c.planned.end);
    stepCase<Case, RenovationState>(
      tx,
      RENOVATION_CASES,
      who,
      id,
      'permit',
      () => ({ permit: { number, at: who.now, by: who.id }, ...(moved ? { planned: o.dates } : {}) }),
      [
        moved ? `工期改为 ${o.dates!.start} 至 ${o.dates!.end}（原 ${c.planned.start} 至 ${c.planned.end}）` : '',
        o.note ?? '',
      ]
        .filter(Boolean)
        .join('；') || undefined,
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
