// wuye stock take explain PD2026-0003 --line QJ002:两桶破损已丢弃 --as S006
// A difference of a stocktake explained (spec 16-stock.md: differences need an explanation before approval).
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { checkId } from '../../../core/kinds.js';
import { setIn } from '../../../core/yamlio.js';
import type { Ctx } from '../../../kit/context.js';
import { parts, type Line } from '../../../kit/line.js';
import type { Take } from '../rules.js';

export function parse(l: Line) {
  return {
    id: l.id(0, 'stocktake'),
    lines: l.values('line').map((v, i) => {
      const [code, ...rest] = parts(v, 2).map((s) => s.trim());
      const text = rest.join(':').trim();
      if (!code || !text)
        throw new UsageError(
          msg(`--line ${i + 1} 应为 编码:说明，而不是 "${v}"`, `--line ${i + 1} must be CODE:TEXT, not "${v}"`),
        );
      return { item: checkId('stock-item', code, `--line ${i + 1}`), text };
    }),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    ctx.operator();
    const t = tx.read<Take>('stocktake', o.id).data;
    if (t.state === 'approved')
      throw new RuleError(msg(`盘点 ${o.id} 已批准，不能再改`, `stocktake ${o.id} is approved; it cannot change`));
    const at = o.lines.map((x) => {
      const i = t.lines.findIndex((l) => l.item === x.item);
      if (i < 0) throw new RuleError(msg(`盘点 ${o.id} 没有 ${x.item}`, `stocktake ${o.id} has no line for ${x.item}`));
      return { i, text: x.text };
    });
    tx.edit('stocktake', o.id, (doc) => {
      for (const x of at) setIn(doc, ['lines', x.i, 'explanation'], x.text);
    });
    return {
      message: `stock: take explain ${o.id}`,
      summary: msg(`盘点 ${o.id}: 已说明 ${at.length} 项`, `stocktake ${o.id}: ${at.length} explained`),
    };
  });
}
