// 空置房收费优惠申请 (四.5; issue 10 item 6): the owner applies for the months the unit stands empty, on an
// on-site check of the unit (a vacant check at most vacant.check_days before the application); the cs-manager
// approves or refuses it. Billing applies fees.vacant.discount_percent only to the months an approved
// application covers, never before the month it was made in.
// e.g. wuye vacant apply-discount 3-1-0101 --from 2026-12 --to 2027-05 · wuye vacant apply-discount 3-1-0101 --approve --as S002
import { requireRole } from '../../../core/case.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import { appendIn, setIn } from '../../../core/yamlio.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { requirePerson } from '../../../kit/refs.js';
import { checkDaysOf, overlapping, siteCheck, type Discount, type Vacant } from '../rules.js';
import { requireUnit } from '../unit.js';

export function parse(l: Line) {
  const o = {
    unit: l.id(0, 'unit'),
    from: l.period('from'),
    to: l.period('to'),
    applicant: l.idOpt('applicant', 'person'),
    applied: l.date('applied'),
    approve: l.flagged('approve'),
    refuse: l.text('refuse'),
  };
  const decide = o.approve || o.refuse !== undefined;
  if (o.approve && o.refuse !== undefined)
    throw new UsageError(msg('--approve 与 --refuse 只能选一个', 'give --approve or --refuse, not both'));
  if (decide && (o.from || o.to || o.applicant || o.applied))
    throw new UsageError(
      msg(
        '批准或不批准时不带申请的选项（--from --to --applicant --applied）',
        'a decision takes no application options',
      ),
    );
  if (!decide && (!o.from || !o.to))
    throw new UsageError(
      msg(
        '申请须写明优惠的月份（--from 与 --to，如 2026-12）',
        'an application gives its months (--from and --to, e.g. 2026-12)',
      ),
    );
  if (o.from && o.to && o.from > o.to)
    throw new UsageError(msg(`--from ${o.from} 晚于 --to ${o.to}`, `--from ${o.from} is after --to ${o.to}`));
  if (o.refuse === '') throw new UsageError(msg('--refuse 须写明理由', '--refuse needs the reason'));
  return o;
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.operator();
  const today = ctx.today();
  const vacantCfg = ctx.config.fees?.vacant;
  if (!vacantCfg?.discount_percent)
    throw new RuleError(
      msg(
        '本中心未设空置房收费优惠（wuye.yaml fees.vacant.discount_percent）',
        'no vacant discount is configured (fees.vacant.discount_percent)',
      ),
    );
  await ctx.write((tx) => {
    const unit = requireUnit(tx, o.unit);
    const rec = tx.tryRead<Vacant>('vacant', unit.id)?.data;
    if (o.approve || o.refuse !== undefined) {
      requireRole(op.roles, ['cs-manager'], msg('批准空置优惠', 'decide a vacant discount'));
      const i = (rec?.discounts ?? []).findIndex((d) => d.state === 'applied');
      if (i < 0)
        throw new RuleError(
          msg(`${unit.id} 没有待批准的空置优惠申请`, `${unit.id} has no discount application waiting`),
          msg(
            `先登记申请: wuye vacant apply-discount ${unit.id} --from 月 --to 月`,
            `register it first: wuye vacant apply-discount ${unit.id} --from M --to M`,
          ),
        );
      const d = rec!.discounts![i];
      tx.edit('vacant', unit.id, (doc) => {
        setIn(doc, ['discounts', i, 'state'], o.approve ? 'approved' : 'refused');
        setIn(doc, ['discounts', i, 'decided_by'], op.id);
        setIn(doc, ['discounts', i, 'decided_on'], today);
        if (o.refuse) setIn(doc, ['discounts', i, 'reason'], o.refuse);
      });
      return {
        message: `vacant: discount ${unit.id} #${d.no} ${o.approve ? 'approved' : 'refused'}`,
        summary: o.approve
          ? msg(
              `${unit.id} 空置优惠 ${d.from} 至 ${d.to} 已批准（自 ${d.applied.slice(0, 7)} 起计费时按 ${vacantCfg.discount_percent}% 优惠）`,
              `${unit.id} vacant discount ${d.from} to ${d.to} approved`,
            )
          : msg(`${unit.id} 空置优惠申请不批准：${o.refuse}`, `${unit.id} discount refused: ${o.refuse}`),
      };
    }
    const states: readonly string[] = vacantCfg.states ?? ['vacant'];
    if (!states.includes(unit.state))
      throw new RuleError(
        msg(
          `${unit.id} 的状态是「${label('unitState', unit.state)}」，不能申请空置优惠（适用：${states.map((s) => label('unitState', s)).join('、')}）`,
          `${unit.id} is ${unit.state}; the vacant discount is for ${states.join(', ')} units`,
        ),
      );
    const applied = o.applied ?? today;
    if (applied > today)
      throw new UsageError(msg(`--applied ${applied} 在今天之后`, `--applied ${applied} is after today`));
    const owners = (unit.owners ?? []).map((w) => w.person);
    const applicant = o.applicant ?? owners[0];
    if (!applicant)
      throw new RuleError(
        msg(`${unit.id} 没有登记业主，空置优惠须由业主申请`, `${unit.id} has no owner on record; the owner applies`),
      );
    requirePerson(tx, applicant, '--applicant');
    if (!owners.includes(applicant))
      throw new RuleError(
        msg(
          `--applicant: ${applicant} 不是 ${unit.id} 的业主`,
          `--applicant: ${applicant} is not an owner of ${unit.id}`,
        ),
        msg('空置优惠须由业主本人申请', 'the owner applies for the discount'),
      );
    if (o.to! < applied.slice(0, 7))
      throw new RuleError(
        msg(
          `优惠月份 ${o.from} 至 ${o.to} 都在申请之前，不能追溯`,
          `the months ${o.from}..${o.to} are all before the application`,
        ),
        msg('空置优惠自申请当月起计', 'the discount runs from the month of the application'),
      );
    const days = checkDaysOf(ctx.config);
    const check = siteCheck(rec, applied, days);
    if (!check)
      throw new RuleError(
        msg(
          `${unit.id} 在申请日 ${applied} 前 ${days} 天内没有现场巡查记录，不能受理空置优惠申请`,
          `${unit.id} has no on-site check in the ${days} days before ${applied}`,
        ),
        msg(`先现场核查: wuye vacant check ${unit.id}`, `check the unit on site first: wuye vacant check ${unit.id}`),
      );
    const clash = overlapping(rec, o.from!, o.to!);
    if (clash)
      throw new RuleError(
        msg(
          `${unit.id} 已有 ${clash.from} 至 ${clash.to} 的空置优惠申请（${label('vacantDiscountState', clash.state)}）`,
          `${unit.id} already has an application for ${clash.from}..${clash.to} (${clash.state})`,
        ),
        msg('月份不能重叠', 'the months may not overlap'),
      );
    const d: Discount = {
      no: (rec?.discounts?.length ?? 0) + 1,
      applied,
      applicant,
      from: o.from!,
      to: o.to!,
      check: check.date,
      state: 'applied',
      by: op.id,
    };
    if (rec) tx.edit('vacant', unit.id, (doc) => appendIn(doc, ['discounts'], d));
    else tx.create('vacant', unit.id, { kind: 'vacant', id: unit.id, discounts: [d] });
    return {
      message: `vacant: discount ${unit.id} #${d.no} applied ${d.from}..${d.to}`,
      summary: msg(
        `${unit.id} 空置优惠申请已登记（${d.from} 至 ${d.to}，现场核查 ${d.check}），待用户服务部经理批准`,
        `${unit.id} discount application recorded (${d.from}..${d.to}, checked ${d.check}); awaiting the cs-manager`,
      ),
    };
  });
}
