// 钥匙遗失 (三.12): who lost it, how many, and what was done — the lock changed or a copy made; until
// then the key is recorded lost and cannot be lent. A key lost while out closes that loan.
// e.g. wuye key lost K-PUB-ROOF3 --who 王师傅 --action lock-changed --replaced --charged 借用人承担
import { msg } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { KeyLossAction } from '../../../core/enums.gen.js';
import { RuleError } from '../../../core/errors.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { appendIn, setIn } from '../../../core/yamlio.js';
import { openLoan, type Key } from '../rules.js';

export function parse(l: Line) {
  return {
    id: l.id(0, 'key'),
    who: l.text('who')!,
    action: l.choice<KeyLossAction>('action')!,
    count: l.int('count', 1, 100),
    charged: l.text('charged'),
    replaced: l.flagged('replaced'),
    on: l.date('on'),
    note: l.text('note'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.operator();
  if (o.replaced && o.action === 'none')
    throw new RuleError(
      msg('未换锁也未补配，不能登记为已恢复', 'nothing was done, so the key cannot be held again'),
      msg(
        '去掉 --replaced，或 --action lock-changed|copy-made',
        'drop --replaced, or give --action lock-changed|copy-made',
      ),
    );
  await ctx.write((tx) => {
    const k = tx.read<Key>('key', o.id).data;
    if (k.state !== 'held')
      throw new RuleError(
        msg(
          `钥匙 ${k.id} 不在服务中心（${label('keyRecordState', k.state)}）`,
          `key ${k.id} is not held at the center (${k.state})`,
        ),
        msg(`见 wuye key show ${k.id}`, `see wuye key show ${k.id}`),
      );
    const cur = openLoan(k);
    const on = o.on ?? ctx.today();
    tx.edit('key', k.id, (doc) => {
      if (cur) setIn(doc, ['loans', k.loans!.indexOf(cur), 'lost'], true);
      appendIn(doc, ['losses'], {
        on,
        who: o.who,
        count: o.count ?? k.count,
        action: o.action,
        ...(o.charged ? { charged: o.charged } : {}),
        by: op.id,
        ...(o.note ? { note: o.note } : {}),
      });
      if (!o.replaced) setIn(doc, ['state'], 'lost');
    });
    const what = label('keyLossAction', o.action);
    return {
      message: `key: lost ${o.id}`,
      summary: o.replaced
        ? msg(
            `${o.id} 遗失已登记（${o.who}，${what}），新钥匙已入柜`,
            `${o.id} lost (${o.who}, ${o.action}); the new key is held`,
          )
        : msg(`${o.id} 已登记遗失（${o.who}，${what}）`, `${o.id} recorded lost (${o.who}, ${o.action})`),
    };
  });
}
