// wuye renovation form permit ZX2026-0007 [--out permit.pdf] · wuye renovation form inspection --blank · --list
// Prints the procedure's forms (spec 03-renovation.md "Forms") with the one renderer (src/render/pdf).
import { resolve } from 'node:path';
import { str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { FORMS, loadRenovationForm } from '../forms.js';

export async function run(ctx: Ctx, [name, id]: string[], opts: Opts): Promise<void> {
  if (opts.list || !name) {
    ctx.out.table(FORMS, [
      { key: 'name', header: msg('名称', 'Name'), get: (f) => f.name.replace(/^renovation-/, '') },
      { key: 'title', header: msg('表单', 'Form'), get: (f) => t(f.title) },
    ]);
    return;
  }
  const f = FORMS.find((x) => x.name === name || x.name === `renovation-${name}`);
  if (!f)
    throw new UsageError(
      msg(`没有表单 ${name}`, `no form ${name}`),
      msg(
        `可用: ${FORMS.map((x) => x.name.replace(/^renovation-/, '')).join(', ')}`,
        `available: ${FORMS.map((x) => x.name.replace(/^renovation-/, '')).join(', ')}`,
      ),
    );
  const blank = opts.blank === true;
  if (!blank && !id)
    throw new UsageError(
      msg('缺少案卷编号（或加 --blank 打印空白表）', 'give a case id (or --blank for a blank form)'),
    );
  const short = f.name.replace(/^renovation-/, '');
  const loaded = blank
    ? undefined
    : loadRenovationForm(ctx, id, { reveal: !!ctx.globals.reveal, notice: str(opts, 'notice') });
  const { renderForm } = await import('../../../render/pdf/index.js');
  const pdf = await renderForm(
    { form: f.template, data: loaded?.data, id: loaded?.id, date: loaded?.date ?? '2026-01-01' },
    { root: ctx.root, config: ctx.config, blank },
  );
  const out = resolve(ctx.cwd, str(opts, 'out') ?? (blank ? `blank-${short}.pdf` : `${loaded!.id}-${short}.pdf`));
  const { writeFileAtomic } = await import('../../../core/fsx.js');
  writeFileAtomic(out, pdf);
  ctx.out.line(out);
}
