// 归档 (三.2 2.1, 四.2 4.3.3): a document into a unit's file — opened when the unit has none yet —, and where
// the file is kept (cabinet / shelf / box) and whether it is confidential.
// e.g. wuye archive add-doc 1-2-0801 --type transfer-papers --title 不动产权证复印件 --cabinet A --shelf 2 --box 12
import { msg } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { ArchiveDocument } from '../../../core/enums.gen.js';
import { setIn } from '../../../core/yamlio.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { fileOf } from '../rules.js';
import { fileDocuments } from '../api.js';

export function parse(l: Line) {
  const conf = l.choice<'yes' | 'no'>('confidential');
  return {
    ...fileOf(l.id(0, 'unit')),
    type: l.choice<ArchiveDocument>('type')!,
    title: l.text('title'),
    pages: l.int('pages', 1, 1000),
    on: l.date('on'),
    place: { cabinet: l.text('cabinet'), shelf: l.text('shelf'), box: l.text('box') },
    confidential: conf === undefined ? undefined : conf === 'yes',
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.operator();
  await ctx.write((tx) => {
    tx.read('unit', o.unit);
    const added = fileDocuments(tx, {
      unit: o.unit,
      types: [o.type],
      on: o.on ?? ctx.today(),
      by: op.id,
      title: o.title,
    });
    const place = Object.entries(o.place).filter(([, v]) => v !== undefined);
    if (place.length || o.confidential !== undefined || o.pages)
      tx.edit('archive', o.id, (doc, f: { documents: unknown[] }) => {
        for (const [k, v] of place) setIn(doc, ['place', k], v);
        if (o.confidential !== undefined) setIn(doc, ['confidential'], o.confidential);
        if (o.pages && added.length) setIn(doc, ['documents', f.documents.length - 1, 'pages'], o.pages);
      });
    const what = label('archiveDocument', o.type) + (o.title ? `（${o.title}）` : '');
    return {
      message: `archive: add-doc ${o.unit} ${o.type}`,
      summary: added.length
        ? msg(`${what} 已归入 ${o.unit} 的档案袋`, `${o.type} filed in ${o.unit}'s file`)
        : msg(`${o.unit} 的档案袋已有${what}`, `${o.unit}'s file already holds ${o.type}`),
    };
  });
}
