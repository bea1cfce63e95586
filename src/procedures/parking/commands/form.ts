// wuye parking form shift TC2026-1128-1 [--out jb.pdf] · wuye parking form invoice-book --blank · --list
// Prints the car park's forms (spec 09-parking.md "Forms"; manual 四.10) with the one renderer (src/render/pdf).
import { UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { outputPath } from '../../../kit/outpath.js';
import { FORMS } from '../forms.js';

const short = (n: string) => n.replace(/^parking-/, '');

export function parse(l: Line) {
  const name = l.arg(0);
  const blank = l.flagged('blank');
  if (l.flagged('list') || !name) return { list: true as const };
  const form = FORMS.find((x) => x.name === name || short(x.name) === name);
  if (!form)
    throw new UsageError(
      msg(`没有表单 ${name}`, `no form ${name}`),
      msg(
        `可用: ${FORMS.map((x) => short(x.name)).join(', ')}`,
        `available: ${FORMS.map((x) => short(x.name)).join(', ')}`,
      ),
    );
  if (!blank && !l.arg(1))
    throw new UsageError(msg('缺少编号（或加 --blank 打印空白表）', 'give an id (or --blank for a blank form)'));
  return { list: false as const, form, blank, id: blank ? undefined : l.id(1, form.idKind), out: l.text('out') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  if (o.list) {
    ctx.out.table(FORMS, [
      { key: 'name', header: msg('名称', 'Name'), get: (f) => short(f.name) },
      { key: 'title', header: msg('表单', 'Form'), get: (f) => t(f.title) },
    ]);
    return;
  }
  const loaded = o.blank ? undefined : await o.form.load(ctx, o.id!);
  const { renderForm } = await import('../../../render/pdf/index.js');
  const pdf = await renderForm(
    { form: o.form.template, data: loaded?.data, id: loaded?.id, date: loaded?.date ?? '2026-01-01' },
    { root: ctx.root, config: ctx.config, blank: o.blank },
  );
  const out = outputPath(
    ctx,
    o.out,
    o.blank ? `blank-${short(o.form.name)}.pdf` : `${loaded!.id}-${short(o.form.name)}.pdf`,
    'pdf',
  );
  const { writeFileAtomic } = await import('../../../core/fsx.js');
  writeFileAtomic(out, pdf);
  ctx.out.line(out);
}
