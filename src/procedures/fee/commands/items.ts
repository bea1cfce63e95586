// The published price list (收费价目表, manual 三.7.5): every fee item of wuye.yaml with its kind, rule,
// the rate in force and its basis; --pdf prints the list to post. e.g. wuye fee items [--date 2027-01-01] [--pdf list.pdf]
import { writeFileAtomic } from '../../../core/fsx.js';
import { outputPath } from '../../../kit/outpath.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { msg, t } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import { feeItems } from '../accounts.js';
import { priceListData, priceListNumber } from '../forms.js';
import { renderFee } from '../render.js';
import { rateEntryOn, rateOn } from '../rules.js';

export const parse = (l: Line) => ({ date: l.date('date'), pdf: l.text('pdf') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const date = o.date ?? ctx.today();
  const items = feeItems(ctx.config.fees);
  if (ctx.globals.json) {
    ctx.out.json(items.map((i) => ({ ...i, rate_in_force: rateOn(i, date) ?? null })));
    return;
  }
  ctx.out.table(items, [
    { key: 'code', header: msg('代码', 'Code'), get: (i) => i.code },
    { key: 'name', header: msg('项目', 'Item'), get: (i) => i.name },
    { key: 'kind', header: msg('种类', 'Kind'), get: (i) => label('feeKind', i.kind) },
    { key: 'rate', header: msg('标准', 'Rate'), get: (i) => rateOn(i, date) ?? '—', align: 'right' },
    { key: 'rule', header: msg('单位', 'Per'), get: (i) => label('feeRule', i.rule) },
    {
      key: 'types',
      header: msg('适用', 'For'),
      get: (i) => (i.unit_types ?? []).map((x) => label('unitType', x)).join('、'),
    },
    {
      key: 'basis',
      header: msg('依据', 'Basis'),
      get: (i) => [i.basis, rateEntryOn(i, date)?.document].filter(Boolean).join('；'),
    },
  ]);
  const pdf = o.pdf;
  if (pdf) {
    const bytes = await renderFee(ctx, {
      form: 'fee/price-list',
      data: priceListData(items, date, ctx.config.renovation, ctx.config.parking),
      id: priceListNumber(date),
      date,
    });
    const file = outputPath(ctx, pdf, '', 'pdf');
    writeFileAtomic(file, bytes);
    ctx.out.line(t(msg(`价目表已打印: ${file}`, `price list printed: ${file}`)));
  }
}
