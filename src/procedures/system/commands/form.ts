// wuye form NAME [ID] [--blank] [--out FILE] [--reveal] · wuye form --list
// Prints any procedure's form as an A4 PDF (spec forms-and-reports.md "Forms"):
// filled from the record ID, or blank for handwriting.
// e.g. wuye form owner-registration 1-2-0801 --out 1-2-0801-登记表.pdf
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { printForm } from '../../../kit/print-form.js';
import { NotFoundError, UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import type { FormDef } from '../../../kit/forms.js';
import { collect, type Manifest } from '../../../kit/manifest.js';

/** Every procedure's forms (its manifest's `forms`), sorted by name; each procedure's code loads only here. */
export async function allForms(procedures: readonly Manifest[]): Promise<FormDef[]> {
  return (await collect<FormDef>(procedures, 'forms')).sort((x, y) => x.name.localeCompare(y.name));
}

export function parse(l: Line) {
  const o = {
    name: l.arg(0),
    id: l.arg(1),
    blank: l.flagged('blank'),
    out: l.text('out'),
    list: l.flagged('list'),
    layout: l.text('layout'),
  };
  if (!o.list && o.name && o.blank && o.id) throw new UsageError(msg('--blank 不能与编号同用', '--blank takes no ID'));
  return o;
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { name, id, blank } = o;
  const forms = await allForms(ctx.procedures);
  if (o.list || !name) {
    if (ctx.globals.json) {
      ctx.out.json(
        forms.map((f) => ({
          name: f.name,
          template: f.template,
          title: f.title,
          id: f.idKind,
          owner: !!f.ownerDocument,
        })),
      );
      return;
    }
    ctx.out.table(forms, [
      { key: 'name', header: msg('表单', 'form'), get: (f) => f.name },
      { key: 'id', header: msg('编号', 'id'), get: (f) => f.idKind },
      { key: 'title', header: msg('名称', 'title'), get: (f) => t(f.title) },
      { key: 'template', header: msg('模板', 'template'), get: (f) => `templates/forms/${f.template}.yaml` },
    ]);
    return;
  }
  const def = forms.find((f) => f.name === name);
  if (!def)
    throw new NotFoundError(
      msg(`没有表单 ${name}`, `no form named ${name}`),
      msg('用 wuye form --list 查看全部表单', 'see wuye form --list for all forms'),
    );
  if (!blank && !id)
    throw new UsageError(
      msg(
        `缺少编号：wuye form ${name} ID（或 --blank 打印空白表）`,
        `missing ID: wuye form ${name} ID (or --blank for a blank form)`,
      ),
      msg(`ID 的种类见 wuye form --list 的“编号”列（此表单：${def.idKind}）`, `ID is the ${def.idKind} id`),
    );

  // personal data masked unless --reveal (its audit entry written by the context, kit/context.ts) or the
  // form is the owner's own document (printed in full for an operator who may, recorded: kit/print-form.ts)
  const p = await printForm(ctx, def, { id: blank ? undefined : id, out: o.out, layout: o.layout });
  if (ctx.globals.json) ctx.out.json({ file: p.file, form: def.name, id: p.id, bytes: p.bytes, written: p.written });
  else
    ctx.info(
      msg(`已生成 ${p.file}${p.written ? '' : '（内容未变）'}`, `wrote ${p.file}${p.written ? '' : ' (unchanged)'}`),
    );
}
