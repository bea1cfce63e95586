// Opening a repair order from a desk entry (manual 三.6.6 the 24-hour repair phone; 一.5.3.13 首问责任制):
// minor (零修) or urgent (急修), paid or free, a rework of an earlier order; received when the call came in,
// owned by its first responder until a technician is assigned. Used by `repair new` and, through api.ts, by
// `hotline log --open repair` (and by a warranty report found out of warranty) — one transaction, one commit.
// e.g. openRepair(tx, ctx, call, { urgency: 'urgent', paid: false })
import { actorAt, nextCaseId } from '../../kit/case.js';
import type { Ctx } from '../../kit/context.js';
import type { Line } from '../../kit/line.js';
import { openCase } from '../../core/case-engine.js';
import { RuleError, UsageError } from '../../core/errors.js';
import { msg, type Msg } from '../../core/i18n.js';
import { LABELS } from '../../core/labels.js';
import type { RepairUrgency } from '../../core/enums.gen.js';
import type { Tx } from '../../core/store.js';
import { checkParties, createCall, nextCallId, type CallData, type CallInput } from '../hotline/api.js';
import { dateOf } from '../../core/dates.js';
import { REPAIR_CASES } from './cases.js';
import type { RepairState } from './machine.js';
import type { Repair } from './rules.js';

export interface Intake {
  urgency: RepairUrgency;
  paid: boolean;
  reworkOf?: string;
  /** The warranty report converted into this paid repair. */
  warranty?: string;
}

/** --urgency, --paid, --rework-of: the order's kind at intake. */
export function parseIntake(l: Line): Intake {
  return {
    urgency: l.choice<RepairUrgency>('urgency') ?? 'minor',
    paid: l.flagged('paid'),
    reworkOf: l.idOpt('reworkOf', 'repair'),
  };
}

/** Open the repair order of a call: the order names the call; a rework names an earlier order that exists. */
export function openRepair(tx: Tx, ctx: Ctx, call: CallData, o: Intake & { description?: string }): Repair {
  if (o.paid && !call.unit)
    throw new UsageError(
      msg(
        '有偿维修须写明房屋（--unit）：费用记入该房屋的收费账户',
        'a paid repair needs the unit (--unit): it is charged to its fee account',
      ),
      msg('公共部位的维修不向业主收费：去掉 --paid', 'a public-area repair is not charged to an owner: drop --paid'),
    );
  if (o.reworkOf) {
    const first = tx.tryRead<Repair>('repair', o.reworkOf)?.data;
    if (!first)
      throw new UsageError(
        msg(`--rework-of: 没有维修单 ${o.reworkOf}`, `--rework-of: there is no repair order ${o.reworkOf}`),
        msg('用 wuye repair list --unit 房屋 查找原维修单', 'find the earlier order with wuye repair list --unit UNIT'),
      );
    if ((first.unit ?? '') !== (call.unit ?? '') || (first.place ?? '') !== (call.place ?? ''))
      throw new RuleError(
        msg(
          `返修须是同一房屋或部位的维修：${o.reworkOf} 是 ${first.unit ?? first.place}`,
          `a rework is of the same unit or place: ${o.reworkOf} is of ${first.unit ?? first.place}`,
        ),
      );
  }
  const id = nextCaseId(ctx, tx, 'repair', call.at.slice(0, 4));
  const now = ctx.now();
  const later =
    Date.parse(now) - Date.parse(call.at) >= 60_000 ? `立案于 ${now.slice(0, 16).replace('T', ' ')}` : undefined;
  return openCase<Repair, RepairState>(
    tx,
    REPAIR_CASES,
    actorAt(ctx, call.at),
    {
      kind: 'repair',
      id,
      hotline: call.id,
      ...(o.warranty ? { warranty: o.warranty } : {}),
      received_at: call.at,
      ...(call.unit ? { unit: call.unit } : {}),
      ...(call.place ? { place: call.place } : {}),
      ...(call.caller && Object.keys(call.caller).length ? { requester: call.caller } : {}),
      description: o.description ?? call.request,
      urgency: o.urgency,
      paid: o.paid,
      ...(o.reworkOf ? { rework_of: o.reworkOf } : {}),
      received_by: call.received_by,
    },
    'open',
    later,
  );
}

/** What the desk is told when an order is opened. */
export function openedSummary(r: Repair): Msg {
  const u = LABELS.repairUrgency[r.urgency];
  const paid = r.paid ? msg('，有偿', ', paid') : msg('', '');
  const rw = r.rework_of ? msg(`，返修 ${r.rework_of}`, `, rework of ${r.rework_of}`) : msg('', '');
  return msg(
    `已受理报修 ${r.id}（${u.zh}${paid.zh}${rw.zh}）；派工: wuye repair assign ${r.id} --to 维修人员 --promised 时间`,
    `repair ${r.id} received (${u.en}${paid.en}${rw.en}); dispatch: wuye repair assign ${r.id} --to TECHNICIAN --promised TIME`,
  );
}

/**
 * Open a repair order together with the desk entry that records how it came in (`repair new --unit … --what …`,
 * and a vacant unit's check that found a fault): the entry and the order in the caller's transaction.
 */
export function openRepairWithEntry(
  tx: Tx,
  ctx: Ctx,
  input: Omit<CallInput, 'type'>,
  o: Intake,
): { repair: Repair; call: string } {
  const entry = { ...input, type: 'repair' as const };
  checkParties(tx, entry, dateOf(entry.at));
  const call = { id: nextCallId(ctx, tx, entry.at), ...entry };
  const repair = openRepair(tx, ctx, call, o);
  createCall(tx, call.id, entry, { outcome: 'case', case: { kind: 'repair', id: repair.id } });
  return { repair, call: call.id };
}
