// 看房登记 (四.5; spec 05-vacant "every viewing goes through a key loan"): a viewing of a vacant or unsold unit
// lends its key through the key register (钥匙借用登记, due back the same day) and records who viewed it; --end
// takes the key back and closes the viewing — both in one commit with the key register.
// e.g. wuye vacant viewing 3-1-0101 --who 周先生 --firm 开发商销售部 · wuye vacant viewing 3-1-0101 --end
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import { appendIn, setIn } from '../../../core/yamlio.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { dayEndOf, lendKey, returnKey, unitKeys } from '../../key/api.js';
import { isVacantUnit, type Vacant, type Viewing } from '../rules.js';
import { requireUnit } from '../unit.js';

export function parse(l: Line) {
  const o = {
    unit: l.id(0, 'unit'),
    who: l.text('who'),
    phone: l.text('phone')?.replace(/\s/g, ''),
    firm: l.text('firm'),
    key: l.idOpt('key', 'key'),
    end: l.flagged('end'),
  };
  if (o.end && (o.who || o.phone || o.firm || o.key))
    throw new UsageError(
      msg('--end 只收回钥匙，不带其他选项', '--end only takes the key back; drop the other options'),
    );
  if (!o.end && !o.who)
    throw new UsageError(
      msg('须写明看房人（--who）', 'say who views the unit (--who)'),
      msg('看房结束用 --end', 'when the viewing is over use --end'),
    );
  return o;
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.operator();
  const now = ctx.now();
  await ctx.write((tx) => {
    const unit = requireUnit(tx, o.unit);
    const rec = tx.tryRead<Vacant>('vacant', unit.id)?.data;
    const open = (rec?.viewings ?? []).findIndex((v) => !v.to);
    if (o.end) {
      if (open < 0)
        throw new RuleError(
          msg(`${unit.id} 没有进行中的看房`, `${unit.id} has no viewing under way`),
          msg(`看房情况见 wuye form vacant-viewings ${unit.id}`, `see wuye form vacant-viewings ${unit.id}`),
        );
      const v = rec!.viewings![open];
      returnKey(tx, { key: v.key, at: now, by: op.id });
      tx.edit('vacant', unit.id, (doc) => setIn(doc, ['viewings', open, 'to'], now));
      return {
        message: `vacant: viewing ${unit.id} ended`,
        summary: msg(`${unit.id} 看房结束，钥匙 ${v.key} 已收回`, `${unit.id} viewing over, key ${v.key} back`),
      };
    }
    if (!isVacantUnit(unit))
      throw new RuleError(
        msg(
          `${unit.id} 的状态是「${label('unitState', unit.state)}」，不是空置或未售房屋`,
          `${unit.id} is ${label('unitState', unit.state)}, not a vacant or unsold unit`,
        ),
      );
    if (open >= 0)
      throw new RuleError(
        msg(`${unit.id} 已有看房进行中（${rec!.viewings![open].who}）`, `${unit.id} already has a viewing under way`),
        msg(`先结束: wuye vacant viewing ${unit.id} --end`, `end it first: wuye vacant viewing ${unit.id} --end`),
      );
    const key = o.key ?? unitKeys(tx.store, unit.id)[0]?.id;
    if (!key)
      throw new RuleError(
        msg(`服务中心没有 ${unit.id} 的钥匙，不能安排看房`, `the center holds no key of ${unit.id}`),
        msg(
          `先登记钥匙: wuye key add K-${unit.id} --type unit-set --unit ${unit.id} --label …`,
          `register the key first: wuye key add K-${unit.id} --type unit-set --unit ${unit.id} --label …`,
        ),
      );
    lendKey(tx, {
      key,
      to: o.firm ? `${o.who}（${o.firm}）` : o.who!,
      ...(o.phone ? { phone: o.phone } : {}),
      purpose: '带客户看房',
      out: now,
      by: op.id,
      dayEnd: dayEndOf(ctx.config),
      ref: `vacant/${unit.id}`,
    });
    const v: Viewing = {
      who: o.who!,
      ...(o.phone ? { phone: o.phone } : {}),
      ...(o.firm ? { firm: o.firm } : {}),
      key,
      from: now,
      by: op.id,
    };
    if (rec) tx.edit('vacant', unit.id, (doc) => appendIn(doc, ['viewings'], v));
    else tx.create('vacant', unit.id, { kind: 'vacant', id: unit.id, viewings: [v] });
    return {
      message: `vacant: viewing ${unit.id} (${key})`,
      summary: msg(
        `${unit.id} 看房已登记，钥匙 ${key} 借给 ${o.who}，当日下班前归还`,
        `${unit.id} viewing recorded, key ${key} lent to ${o.who}, due back today`,
      ),
    };
  });
}
