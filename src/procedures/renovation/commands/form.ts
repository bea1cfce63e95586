// wuye renovation form permit ZX2026-0007 [--out permit.pdf] · wuye renovation form inspection --blank · --list
// Prints the procedure's forms (spec 03-renovation.md "Forms") with the one renderer (src/render/pdf).
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { outputPath } from '../../../kit/outpath.js';
import { UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { FORMS, loadRenovationForm } from '../forms.js';

export function parse(l: Line) {
  const list = l.flagged('list');
  const name = l.arg(0);
  const blank = l.flagged('blank');
  if (list || !name) return { list: true as const };
  const form = FORMS.find((x) => x.name === name || x.name === `renovation-${name}`);
  if (!form)
    throw new UsageError(
      msg(`没有表单 ${name}`, `no form ${name}`),
      msg(
        `可用: ${FORMS.map((x) => x.name.replace(/^renovation-/, '')).join(', ')}`,
        `available: ${FORMS.map((x) => x.name.replace(/^renovation-/, '')).join(', ')}`,
      ),
    );
  if (!blank && !l.arg(1))
    throw new UsageError(
      msg('缺少案卷编号（或加 --blank 打印空白表）', 'give a case id (or --blank for a blank form)'),
    );
  return {
    list: false as const,
    form,
    blank,
    id: blank ? undefined : l.id(1, 'renovation'),
    out: l.text('out'),
    notice: l.text('notice'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  if (o.list) {
    ctx.out.table(FORMS, [
      { key: 'name', header: msg('名称', 'Name'), get: (f) => f.name.replace(/^renovation-/, '') },
      { key: 'title', header: msg('表单', 'Form'), get: (f) => t(f.title) },
    ]);
    return;
  }
  const { form: f, blank } = o;
  const short = f.name.replace(/^renovation-/, '');
  const loaded = blank ? undefined : loadRenovationForm(ctx, o.id!, { notice: o.notice });
  const { renderForm } = await import('../../../render/pdf/index.js');
  const pdf = await renderForm(
    { form: f.template, data: loaded?.data, id: loaded?.id, date: loaded?.date ?? '2026-01-01' },
    { root: ctx.root, config: ctx.config, blank },
  );
  const out = outputPath(ctx, o.out, blank ? `blank-${short}.pdf` : `${loaded!.id}-${short}.pdf`);
  const { writeFileAtomic } = await import('../../../core/fsx.js');
  writeFileAtomic(out, pdf);
  ctx.out.line(out);
}
