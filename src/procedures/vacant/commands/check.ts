// 空置房巡查 (四.5): one check of a vacant or unsold unit — doors and windows, leaks, smell and pests, power and
// water off as agreed, cleanliness, meter readings —; a fault found opens a repair order (--repair) with its desk
// entry in the same commit, and the check names the order.
// e.g. wuye vacant check 3-1-0101 --fault water --findings "卫生间顶棚渗水" --repair
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { VacantCheckItem } from '../../../core/enums.gen.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import { appendIn } from '../../../core/yamlio.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { requireStaff } from '../../../kit/refs.js';
import { openRepairWithEntry } from '../../repair/api.js';
import { isVacantUnit, type Vacant, type VacantCheck } from '../rules.js';
import { requireUnit, roundOf } from '../unit.js';

export function parse(l: Line) {
  const o = {
    unit: l.id(0, 'unit'),
    faults: l.values('fault') as VacantCheckItem[],
    findings: l.text('findings'),
    meters: l.text('meters'),
    repair: l.flagged('repair'),
    round: roundOf(l),
    on: l.date('on'),
    by: l.idOpt('by', 'staff'),
  };
  if (o.repair && !o.findings)
    throw new UsageError(
      msg('开维修单须写明发现的问题（--findings）', 'a repair order needs what was found (--findings)'),
    );
  if (o.faults.length && !o.findings)
    throw new UsageError(
      msg('有不正常的项目，须写明发现的问题（--findings）', 'an item found wrong needs what was found (--findings)'),
    );
  return o;
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.operator();
  const on = o.on ?? ctx.today();
  if (on > ctx.today())
    throw new UsageError(
      msg(`--on ${on} 在今天之后`, `--on ${on} is after today`),
      msg('巡查后再登记', 'record a check once made'),
    );
  await ctx.write((tx) => {
    const unit: UnitRecord = requireUnit(tx, o.unit);
    if (!isVacantUnit(unit))
      throw new RuleError(
        msg(
          `${unit.id} 的状态是「${label('unitState', unit.state)}」，不是空置或未售房屋`,
          `${unit.id} is ${label('unitState', unit.state)}, not a vacant or unsold unit`,
        ),
        msg('空置房巡查只对未售、空置的房屋', 'checks are for unsold and vacant units'),
      );
    const by = o.by ?? op.id;
    if (o.by) requireStaff(tx, o.by, '--by');
    let repair: string | undefined;
    if (o.repair) {
      const r = openRepairWithEntry(
        tx,
        ctx,
        {
          at: on === ctx.today() ? ctx.now() : `${on}T17:00:00+08:00`,
          channel: 'visit',
          caller: {},
          unit: unit.id,
          request: `空置房巡查发现：${o.findings}`,
          received_by: by,
        },
        { urgency: o.faults.includes('water') ? 'urgent' : 'minor', paid: false },
      );
      repair = r.repair.id;
    }
    const check: VacantCheck = {
      date: on,
      by,
      round: o.round ?? on.slice(0, 7),
      ...(o.faults.length ? { faults: o.faults } : {}),
      ...(o.meters ? { meters: o.meters } : {}),
      ...(o.findings ? { findings: o.findings } : {}),
      ...(repair ? { repair } : {}),
    };
    if (tx.tryRead<Vacant>('vacant', unit.id)) tx.edit('vacant', unit.id, (doc) => appendIn(doc, ['checks'], check));
    else tx.create('vacant', unit.id, { kind: 'vacant', id: unit.id, checks: [check] });
    const ok = o.faults.length
      ? msg(`不正常：${o.faults.map((f) => label('vacantCheckItem', f)).join('、')}`, `faults: ${o.faults.join(', ')}`)
      : msg('各项正常', 'all in order');
    return {
      message: `vacant: check ${unit.id} ${on}${repair ? ` (${repair})` : ''}`,
      summary: msg(
        `${unit.id} ${on} 巡查已登记（${ok.zh}）${repair ? `，已开维修单 ${repair}` : ''}`,
        `${unit.id} checked on ${on} (${ok.en})${repair ? `, repair order ${repair} opened` : ''}`,
      ),
    };
  });
}
