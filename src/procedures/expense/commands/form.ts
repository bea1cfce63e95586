// wuye expense form claim BZ2026-0001 [--out bz.pdf] · wuye expense form paste --blank · --list
// Prints the 费用报销单 and 粘贴单 (spec 08-expense.md "Forms"; manual 四.8) with the one renderer (src/render/pdf).
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { outputPath } from '../../../kit/outpath.js';
import { UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { FORMS, loadClaimForm } from '../forms.js';

export function parse(l: Line) {
  const list = l.flagged('list');
  const name = l.arg(0);
  const blank = l.flagged('blank');
  if (list || !name) return { list: true as const };
  const form = FORMS.find((x) => x.name === name || x.name === `expense-${name}`);
  if (!form)
    throw new UsageError(
      msg(`没有表单 ${name}`, `no form ${name}`),
      msg(
        `可用: ${FORMS.map((x) => x.name.replace(/^expense-/, '')).join(', ')}`,
        `available: ${FORMS.map((x) => x.name.replace(/^expense-/, '')).join(', ')}`,
      ),
    );
  if (!blank && !l.arg(1))
    throw new UsageError(
      msg('缺少报销单编号（或加 --blank 打印空白表）', 'give a claim id (or --blank for a blank form)'),
    );
  return {
    list: false as const,
    form,
    blank,
    id: blank ? undefined : l.id(1, 'expense'),
    out: l.text('out'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  if (o.list) {
    ctx.out.table(FORMS, [
      { key: 'name', header: msg('名称', 'Name'), get: (f) => f.name.replace(/^expense-/, '') },
      { key: 'title', header: msg('表单', 'Form'), get: (f) => t(f.title) },
    ]);
    return;
  }
  const { form: f, blank } = o;
  const short = f.name.replace(/^expense-/, '');
  const loaded = blank ? undefined : loadClaimForm(ctx, o.id!);
  const { renderForm } = await import('../../../render/pdf/index.js');
  const pdf = await renderForm(
    { form: f.template, data: loaded?.data, id: loaded?.id, date: loaded?.date ?? '2026-01-01' },
    { root: ctx.root, config: ctx.config, blank },
  );
  const out = outputPath(ctx, o.out, blank ? `blank-${short}.pdf` : `${loaded!.id}-${short}.pdf`, 'pdf');
  const { writeFileAtomic } = await import('../../../core/fsx.js');
  writeFileAtomic(out, pdf);
  ctx.out.line(out);
}
