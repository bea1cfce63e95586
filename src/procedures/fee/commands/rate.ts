// A fee item's rate from a date (07-fees.md "Records": rates change, a bill uses the rate in force for its
// period; manual 三.7.5 the published price list; 四.9): the director or the cs-manager sets it with its price
// document (the pricing authority's filing, the owners' assembly resolution), effective-dated in wuye.yaml —
// the rate in force the day before ends then — and it is refused when a period from that date is already billed
// (a billed line is never repriced: correct it with fee adjust). One commit of wuye.yaml, comments kept.
// e.g. wuye fee rate mgmt-residential --rate 2.30 --from 2027-01-01 --document "长发改价服〔2026〕18号" --as S002
import { readdirSync } from 'node:fs';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { requireRole } from '../../../core/case.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { parseDecimal } from '../../../core/money.js';
import { replaceInText } from '../../../core/yamlio.js';
import { feeDir, feeYears, findItem } from '../accounts.js';
import { periodOf, rateOn, scheduleRate, type Account } from '../rules.js';

export function parse(l: Line) {
  const rate = l.text('rate')!;
  if (!/^(0|[1-9]\d{0,7})(\.\d{1,6})?$/.test(rate))
    throw new UsageError(
      msg(`--rate 单价无效: "${rate}"`, `invalid --rate: "${rate}"`),
      msg('单价为元，最多六位小数，如 2.30', 'a rate in yuan, at most six decimals, e.g. 2.30'),
    );
  const document = l.text('document')!.trim();
  if (!document) throw new UsageError(msg('--document 不能为空', '--document cannot be empty'));
  // rates are kept with two decimals at least, as wuye.yaml writes money ("2.30")
  const [int, dec = ''] = rate.split('.');
  return {
    item: l.arg(0)!,
    rate: `${int}.${dec.padEnd(2, '0')}`,
    from: l.date('from')!,
    document,
  };
}

/** The periods of an item billed on or after a period, with how many units, over the accounts of those years. */
function billedSince(ctx: Ctx, code: string, period: string): Map<string, number> {
  const out = new Map<string, number>();
  const mark = `/${code}\n`;
  for (const y of feeYears(ctx.store).filter((y) => y >= Number(period.slice(0, 4)))) {
    for (const n of readdirSync(feeDir(ctx.store, y))) {
      if (!n.endsWith('.yaml')) continue;
      const rel = `fees/${y}/${n}`;
      const text = ctx.store.readText(rel);
      if (!text.includes(mark)) continue; // no bill id of the item in this file
      const acc = ctx.store.parseRel<Account>(rel, 'fee-account', `${y}-${n.slice(0, -5)}`, text).data;
      for (const b of acc.bills ?? [])
        if (b.item === code && b.period >= period) out.set(b.period, (out.get(b.period) ?? 0) + 1);
    }
  }
  return out;
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  requireRole(ctx.operator().roles, ['director', 'cs-manager'], msg('调整收费单价', 'set a fee rate'));
  const item = findItem(ctx.config.fees, o.item, 'ITEM');
  if (item.rule === 'fixed' && parseDecimal(o.rate, 6) % 10_000n !== 0n)
    throw new UsageError(msg('一次性收费的金额只有两位小数', 'a fixed charge has at most two decimals'));
  const period = periodOf(o.from);
  const billed = billedSince(ctx, item.code, period);
  if (billed.size) {
    const periods = [...billed.keys()].sort();
    const units = [...billed.values()].reduce((a, b) => a + b, 0);
    throw new RuleError(
      msg(
        `${item.name} 自 ${periods[0]} 起已出账（${periods.join('、')}，共 ${units} 行）：已出账的期间不能改价`,
        `${item.name} is already billed from ${periods[0]} (${periods.join(', ')}; ${units} lines): a billed period cannot be repriced`,
      ),
      msg(
        `新单价从未出账的期间起执行（如 --from ${periods.at(-1)!.slice(0, 7)}-01 之后的月份）；已出账的行用 wuye fee adjust 更正`,
        `start the new rate in a period not yet billed (after ${periods.at(-1)}); correct billed lines with wuye fee adjust`,
      ),
    );
  }
  const before = rateOn(item, o.from);
  if (before === o.rate)
    throw new RuleError(
      msg(`${item.name} 在 ${o.from} 的单价已是 ¥${o.rate}`, `${item.name} is already ¥${o.rate} on ${o.from}`),
    );
  const rates = scheduleRate(item.rates, { rate: o.rate, from: o.from, document: o.document }, ctx.config.fees.cycle);
  await ctx.write((tx) => {
    tx.editConfig((text) => {
      // the item's place in wuye.yaml as written (ctx.config has the defaults filled in, the same items in order)
      const i = ctx.config.fees.items.findIndex((x) => x.code === item.code);
      return replaceInText(text, ['fees', 'items', i, 'rates'], rates);
    });
    return {
      message: `fee: rate ${item.code} ${o.rate} from ${o.from}`,
      summary: msg(
        `${item.name} 自 ${o.from} 起单价 ¥${o.rate}（${o.document}）${before ? `，原单价 ¥${before} 执行至 ${rates.find((r) => r.rate === before && r.to)?.to ?? '前一日'}` : ''}；请更新公示的收费价目表（wuye fee items --date ${o.from}）`,
        `${item.name}: ¥${o.rate} from ${o.from} (${o.document})${before ? `; the old rate ¥${before} ends the day before` : ''}; republish the price list (wuye fee items --date ${o.from})`,
      ),
    };
  });
}
