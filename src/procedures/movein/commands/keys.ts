// 发放钥匙 (4.6): never before the documents are checked and the inspection
// signed. With defects open the owner may still move in, but one entrance key
// stays at the center for the repairs, recorded in the key register (keys/).
// The unit is handed over from here.
// e.g. wuye movein keys 3-1-0101
import { stepCase } from '../../../core/case-engine.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { KeyRecord, MoveinRecord } from '../../../core/types.gen.js';
import { setIn } from '../../../core/yamlio.js';
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { MOVEIN_CASES, readMovein } from '../cases.js';
import { handoverBlocker, keptKeyId, keysToHand, openDefects, type KeyItem, type MoveinState } from '../rules.js';

export function parse(l: Line) {
  return { id: l.id(0, 'movein'), to: l.idOpt('to', 'person'), on: l.date('on') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id } = o;
  const on = o.on ?? ctx.today();
  let summary = '';
  await ctx.write((tx) => {
    const c = readMovein(tx, id);
    // the manual's order, said plainly rather than as "not allowed in state X"
    if (c.state !== 'fees-paid') {
      const why = handoverBlocker(c);
      if (why) throw new RuleError(why);
    }
    const to = o.to ?? c.checkin?.person ?? c.owner!;
    const open = openDefects(c);
    const { given, kept } = keysToHand(ctx.config.movein.keys, open.length > 0);
    if (!given.length)
      throw new RuleError(
        msg('wuye.yaml 的 movein.keys 中没有可交给业主的钥匙', 'movein.keys in wuye.yaml leaves no key to hand over'),
      );
    const kid = keptKeyId(id);
    stepCase<MoveinRecord, MoveinState>(
      tx,
      MOVEIN_CASES,
      actor(ctx),
      id,
      'keys',
      () => ({
        keys: {
          on,
          by: ctx.operator().id,
          to,
          items: given as [KeyItem, ...KeyItem[]],
          ...(kept ? { kept: { key: kid, count: kept } } : {}),
        },
      }),
      kept ? `留存大门钥匙 1 把（${open.length} 项待整改）` : '钥匙全部交付',
    );
    if (kept) {
      const key: KeyRecord = {
        kind: 'key',
        id: kid,
        label: `${id} 大门钥匙（入伙留存）`,
        type: 'unit-entrance',
        unit: id,
        count: kept,
        place: '服务中心钥匙柜',
        state: 'held',
        since: on,
        reason: `入伙验房有 ${open.length} 项待整改问题，留存供维修使用（手册 四.2 4.6）`,
        source: `movein/${id}`,
      };
      // a vacant unit's set kept until now (key register) becomes the kept entrance key; its loans stay on record
      const prev = tx.tryRead<KeyRecord>('key', kid)?.data;
      if (prev)
        tx.put('key', kid, {
          ...key,
          ...(prev.loans ? { loans: prev.loans } : {}),
          ...(prev.losses ? { losses: prev.losses } : {}),
        });
      else tx.create('key', kid, key);
    } else {
      // every key handed over: a vacant unit's set the center kept goes back with them
      const prev = tx.tryRead<KeyRecord>('key', kid)?.data;
      if (prev && prev.state === 'held')
        tx.edit('key', kid, (doc) => {
          setIn(doc, ['state'], 'returned');
          setIn(doc, ['returned_on'], on);
          setIn(doc, ['returned_to'], to);
        });
    }
    tx.edit('unit', id, (doc, u: { state: string }) => {
      if (['unsold', 'vacant'].includes(u.state)) setIn(doc, ['state'], 'handed-over');
    });
    const list = given.map((k) => `${label('keyType', k.type)} ${k.count}`).join('、');
    summary = kept ? `${list}；大门钥匙 1 把留存服务中心（${kid}）直至 ${open.length} 项问题整改复验合格` : list;
    return {
      message: `movein: keys ${id}`,
      summary: msg(`${id}：已发放钥匙 ${summary}`, `${id}: keys handed over: ${summary}`),
    };
  });
}
