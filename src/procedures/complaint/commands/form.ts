// wuye complaint form record TS2026-0007 [--out f.pdf] · callback TS2026-0007 · analysis 2026-11 · NAME --blank · --list
// Prints the complaint forms (spec 14 "Forms": 用户投诉处理记录表, 回访记录表, the monthly analysis with charts)
// with the one renderer (src/render/pdf); the same forms are `wuye form complaint-record …`.
import { resolve } from 'node:path';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { UsageError } from '../../../core/errors.js';
import { lang, msg, t } from '../../../core/i18n.js';
import { FORMS } from '../forms.js';

const short = (name: string) => name.replace(/^complaint-/, '');

export function parse(l: Line) {
  const name = l.arg(0);
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
  const blank = l.flagged('blank');
  const id = l.arg(1);
  if (!blank && !id)
    throw new UsageError(
      msg(
        form.idKind === 'period' ? '缺少月份，如 2026-11（或加 --blank）' : '缺少投诉编号（或加 --blank 打印空白表）',
        form.idKind === 'period'
          ? 'give the month, e.g. 2026-11 (or --blank)'
          : 'give a complaint id (or --blank for a blank form)',
      ),
    );
  if (blank && id) throw new UsageError(msg('--blank 不能与编号同用', '--blank takes no ID'));
  return { list: false as const, form, blank, id, out: l.text('out') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  if (o.list) {
    ctx.out.table(FORMS, [
      { key: 'name', header: msg('名称', 'Name'), get: (f) => short(f.name) },
      { key: 'title', header: msg('表单', 'Form'), get: (f) => t(f.title) },
    ]);
    return;
  }
  const f = o.form;
  const loaded = o.blank ? undefined : await f.load(ctx, o.id!);
  const { renderForm } = await import('../../../render/pdf/index.js');
  const pdf = await renderForm(
    { form: f.template, data: loaded?.data, id: loaded?.id, date: loaded?.date ?? ctx.today() },
    { root: ctx.root, config: ctx.config, blank: o.blank, lang: lang() },
  );
  const out = resolve(
    ctx.cwd,
    o.out ?? (o.blank ? `blank-${short(f.name)}.pdf` : `${loaded!.id}-${short(f.name)}.pdf`),
  );
  const { writeIfChanged } = await import('../../../render/pdf/batch.js');
  try {
    writeIfChanged(out, pdf);
  } catch (e) {
    throw new UsageError(
      msg(`无法写入 ${out}: ${(e as Error).message}`, `cannot write ${out}: ${(e as Error).message}`),
      msg('换一个可写的位置（--out）', 'choose a place you can write to (--out)'),
    );
  }
  if (ctx.globals.reveal && !o.blank)
    ctx.warn(msg(`${out} 含未遮蔽的个人资料，请妥善保管`, `${out} holds unmasked personal data: keep it safe`));
  if (ctx.globals.json) ctx.out.json({ file: out, form: f.name, id: loaded?.id ?? null });
  else ctx.out.line(out);
}
