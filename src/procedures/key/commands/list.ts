// 公用钥匙清单 (三.12.3): every key the center keeps, its kind, place and where it is now (in, out, overdue).
// e.g. wuye key list --type roof · wuye key list --out · wuye key list --pdf 公用钥匙清单.pdf
import { msg } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { KeyRecordState, KeyRecordType } from '../../../core/enums.gen.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { outputPath } from '../../../kit/outpath.js';
import { savePdf } from '../../../kit/print-form.js';
import { allKeys } from '../api.js';
import { dayEndOf } from '../rules.js';
import { keyListData } from '../forms.js';
import { isOverdue, openLoan, whereabouts } from '../rules.js';

export function parse(l: Line) {
  return {
    type: l.choice<KeyRecordType>('type'),
    unit: l.idOpt('unit', 'unit'),
    state: l.choice<KeyRecordState>('state'),
    out: l.flagged('out'),
    pdf: l.text('pdf'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const now = ctx.now();
  const dayEnd = dayEndOf(ctx.config);
  const keys = allKeys(ctx.shown).filter(
    (k) =>
      (!o.type || k.type === o.type) &&
      (!o.unit || k.unit === o.unit) &&
      (!o.state || k.state === o.state) &&
      (!o.out || whereabouts(k) === 'out'),
  );
  if (o.pdf) {
    const { renderForm } = await import('../../../render/pdf/index.js');
    const { id, date, data } = keyListData(keys, o.type ? label('keyRecordType', o.type) : '全部', now, dayEnd);
    const pdf = await renderForm({ form: 'key/key-list', data, id, date }, { root: ctx.root, config: ctx.config });
    const file = outputPath(ctx, o.pdf, 'key-list.pdf', 'pdf');
    const written = await savePdf(ctx, file, pdf, '--pdf');
    ctx.info(msg(`已生成 ${file}${written ? '' : '（内容未变）'}`, `wrote ${file}${written ? '' : ' (unchanged)'}`));
    return;
  }
  if (ctx.globals.json) {
    ctx.out.json(keys.map((k) => ({ ...k, where: whereabouts(k) })));
    return;
  }
  ctx.out.table(keys, [
    { key: 'id', header: msg('钥匙', 'Key'), get: (k) => k.id },
    { key: 'label', header: msg('名称', 'Label'), get: (k) => k.label },
    { key: 'type', header: msg('种类', 'Kind'), get: (k) => label('keyRecordType', k.type) },
    { key: 'count', header: msg('数量', 'Count'), get: (k) => String(k.count) },
    { key: 'place', header: msg('存放位置', 'Place'), get: (k) => k.place ?? '' },
    {
      key: 'where',
      header: msg('现状', 'Now'),
      get: (k) => {
        const l = openLoan(k);
        if (k.state !== 'held') return label('keyRecordState', k.state);
        if (!l) return msg('在柜', 'in').zh;
        return `借出：${l.to}${isOverdue(l, now, dayEnd) ? '（逾期）' : ''}`;
      },
    },
  ]);
}
