// Opening a warranty report from a desk entry (spec 06; manual 四.6; 一.5.3.13 首问责任制): the unit's building's
// completion acceptance and the unit's delivery (recorded on the unit in the same commit when given and missing)
// decide the two clocks for the component on the day reported; in warranty the report waits to be routed, out
// of warranty it becomes a paid repair of the center (repair/api.ts) in the same commit. Used by `warranty report`
// and, through api.ts, by `hotline log --open warranty`.
// e.g. openWarranty(tx, ctx, call, { component: 'wet-room-waterproofing', photos: [] })
import { actorAt, nextCaseId } from '../../kit/case.js';
import type { Ctx } from '../../kit/context.js';
import type { Line } from '../../kit/line.js';
import { openCase, stepCase } from '../../core/case-engine.js';
import { dateOf } from '../../core/dates.js';
import { RuleError, UsageError } from '../../core/errors.js';
import { msg, type Msg } from '../../core/i18n.js';
import { LABELS } from '../../core/labels.js';
import type { WarrantyComponent } from '../../core/enums.gen.js';
import type { Tx } from '../../core/store.js';
import type { UnitRecord } from '../../core/types.gen.js';
import { setIn } from '../../core/yamlio.js';
import type { CallData } from '../hotline/api.js';
import { openRepair } from '../repair/api.js';
import { WARRANTY_CASES, conf } from './cases.js';
import type { WarrantyState } from './machine.js';
import { acceptedOf, decide, type Warranty } from './rules.js';

export interface Intake {
  component: WarrantyComponent;
  photos: string[];
  /** The unit's delivery date, recorded on the unit when it has none. */
  delivered?: string;
}

const PHOTO = /^[A-Za-z0-9._/-]{1,120}$/;

/** --component (required), --photo, --delivered: what a warranty report reads of its command line. */
export function parseIntake(l: Line): Intake {
  const component = l.choice<WarrantyComponent>('component');
  if (!component)
    throw new UsageError(
      msg('须写明部位（--component）', 'give the component (--component)'),
      msg(
        `部位: ${Object.keys(LABELS.warrantyComponent).join('|')}`,
        `components: ${Object.keys(LABELS.warrantyComponent).join('|')}`,
      ),
    );
  const photos = l.values('photo');
  const bad = photos.find((p) => !PHOTO.test(p));
  if (bad)
    throw new UsageError(
      msg(`--photo: 照片引用 "${bad}" 无效`, `--photo: "${bad}" is not a file reference`),
      msg('写文件名或相对路径，如 photos/ZB-0801-1.jpg', 'a file name or relative path, e.g. photos/ZB-0801-1.jpg'),
    );
  return { component, photos, delivered: l.date('delivered') };
}

/** Open the report of a call; out of warranty, its paid repair too. Returns the report and the repair id. */
export function openWarranty(tx: Tx, ctx: Ctx, call: CallData, o: Intake): { w: Warranty; repair?: string } {
  if (!call.unit)
    throw new UsageError(
      msg('保修报告须写明房屋（--unit）', 'a warranty report needs the unit (--unit)'),
      msg('公共部位的质量问题按房屋所在栋报告，或记为报修', "report a common part's defect as a repair"),
    );
  const unit = tx.tryRead<UnitRecord>('unit', call.unit);
  if (!unit)
    throw new UsageError(
      msg(`--unit: 没有房屋 ${call.unit}`, `--unit: there is no unit ${call.unit}`),
      msg('用 wuye unit list 查看房屋编号', 'see wuye unit list for unit ids'),
    );
  const c = conf(ctx);
  const u = unit.data;
  const accepted = acceptedOf(c, u.building);
  if (!accepted)
    throw new RuleError(
      msg(
        `wuye.yaml 没有 ${u.building} 栋的竣工验收合格日期，无法判定保修期`,
        `wuye.yaml has no completion acceptance date for building ${u.building}: the warranty cannot be decided`,
      ),
      msg(
        `在 wuye.yaml 的 warranty.completion_accepted 写上 "${u.building}": 日期（或 "*" 整个项目）`,
        `add "${u.building}": DATE (or "*" for the whole project) under warranty.completion_accepted in wuye.yaml`,
      ),
    );
  let delivered = u.delivered_on;
  if (o.delivered) {
    if (o.delivered < accepted)
      throw new RuleError(
        msg(
          `交付日期 ${o.delivered} 早于 ${u.building} 栋的竣工验收合格日期 ${accepted}：未经竣工验收合格的房屋不得交付`,
          `delivery ${o.delivered} is before building ${u.building}'s completion acceptance (${accepted}): a unit is delivered only once accepted`,
        ),
        msg('核对入伙资料上的交付日期（--delivered）', 'check the delivery date in the move-in papers (--delivered)'),
      );
    if (o.delivered > dateOf(call.at))
      throw new UsageError(
        msg(`交付日期 ${o.delivered} 晚于报告日期`, `delivery ${o.delivered} is after the report`),
        msg('检查 --delivered', 'check --delivered'),
      );
    if (delivered && delivered !== o.delivered)
      throw new RuleError(
        msg(
          `房屋 ${u.id} 已登记交付日期 ${delivered}，与 --delivered ${o.delivered} 不符`,
          `unit ${u.id} was delivered on ${delivered} by the registry, not ${o.delivered}`,
        ),
        msg(
          '去掉 --delivered；登记有误时先更正房屋资料',
          'drop --delivered; if the registry is wrong, correct the unit first',
        ),
      );
    if (!delivered) {
      tx.edit<UnitRecord>('unit', u.id, (doc) => setIn(doc, ['delivered_on'], o.delivered));
      delivered = o.delivered;
    }
  }
  const decision = decide(o.component, accepted, delivered, dateOf(call.at), c);
  const id = nextCaseId(ctx, tx, 'warranty', call.at.slice(0, 4));
  const who = actorAt(ctx, call.at);
  const w = openCase<Warranty, WarrantyState>(tx, WARRANTY_CASES, who, {
    kind: 'warranty',
    id,
    hotline: call.id,
    reported_at: call.at,
    unit: u.id,
    ...(call.caller && Object.keys(call.caller).length ? { reporter: call.caller } : {}),
    component: o.component,
    description: call.request,
    ...(o.photos.length ? { photos: o.photos } : {}),
    received_by: call.received_by,
    decision,
  });
  if (decision.in_warranty) return { w };
  const r = openRepair(tx, ctx, call, { urgency: 'minor', paid: true, warranty: id });
  const { after } = stepCase<Warranty, WarrantyState>(
    tx,
    WARRANTY_CASES,
    who,
    id,
    'convert',
    () => ({ repair: r.id }),
    `已过保修期，转有偿维修 ${r.id}`,
  );
  return { w: after, repair: r.id };
}

/** What the desk is told: in warranty (which clock, both end dates), or the paid repair it became. */
export function openedSummary(w: Warranty, repair: string | undefined): Msg {
  const d = w.decision;
  const comp = LABELS.warrantyComponent[w.component];
  const ends = msg(
    `施工单位保修期至 ${d.contractor_end}${d.developer_end ? `，开发企业保修期至 ${d.developer_end}` : ''}`,
    `the contractor's until ${d.contractor_end}${d.developer_end ? `, the developer's until ${d.developer_end}` : ''}`,
  );
  if (d.in_warranty)
    return msg(
      `已受理保修报告 ${w.id}（${comp.zh}，在保修期内：${LABELS.warrantyClock[d.clock].zh}；${ends.zh}）；转交: wuye warranty route ${w.id} --to developer`,
      `warranty report ${w.id} (${comp.en}, in warranty: ${LABELS.warrantyClock[d.clock].en}; ${ends.en}); route it: wuye warranty route ${w.id} --to developer`,
    );
  return msg(
    `保修报告 ${w.id}（${comp.zh}）已过保修期（${ends.zh}），已转为有偿维修 ${repair}；派工: wuye repair assign ${repair} --to 维修人员 --promised 时间`,
    `warranty report ${w.id} (${comp.en}) is out of warranty (${ends.en}); it is now the paid repair ${repair}; dispatch: wuye repair assign ${repair} --to TECHNICIAN --promised TIME`,
  );
}
