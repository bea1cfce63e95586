// A procedure's own `form` command (`wuye repair form order BX2026-0007`, `wuye complaint form analysis 2026-11`,
// NAME --blank, --list): its forms by their short names, printed with the one renderer to --out or, by default,
// out/ under the records root (kit/outpath.ts). The same forms print through `wuye form <procedure>-<name>`.
// e.g. export const { parse, run } = formCommand(FORMS, 'repair', msg('缺少维修单号', 'give a repair order id'))
import type { Ctx } from './context.js';
import type { FormDef } from './forms.js';
import type { Line } from './line.js';
import { printForm } from './print-form.js';
import { UsageError } from '../core/errors.js';
import { KINDS } from '../core/kinds.js';
import { msg, t, type Msg } from '../core/i18n.js';

/** parse and run of `wuye <procedure> form`, over the procedure's forms (named `<procedure>-<short>`). */
export function formCommand(forms: readonly FormDef[], procedure: string, missingId: Msg) {
  const short = (name: string) => name.replace(new RegExp(`^${procedure}-`), '');

  function parse(l: Line) {
    const name = l.arg(0);
    if (l.flagged('list') || !name) return { list: true as const };
    const form = forms.find((x) => x.name === name || short(x.name) === name);
    if (!form)
      throw new UsageError(
        msg(`没有表单 ${name}`, `no form ${name}`),
        msg(
          `可用: ${forms.map((x) => short(x.name)).join(', ')}`,
          `available: ${forms.map((x) => short(x.name)).join(', ')}`,
        ),
      );
    const blank = l.flagged('blank');
    const id = l.arg(1);
    if (!blank && !id)
      throw new UsageError(
        form.idKind === 'period'
          ? msg('缺少月份，如 2026-11（或加 --blank）', 'give the month, e.g. 2026-11 (or --blank)')
          : msg(`${missingId.zh}（或加 --blank 打印空白表）`, `${missingId.en} (or --blank for a blank form)`),
      );
    if (blank && id) throw new UsageError(msg('--blank 不能与编号同用', '--blank takes no ID'));
    // an id of a record kind is checked here, before anything is read (a month or a date by the form's loader)
    const kind = KINDS.some((k) => k.kind === form.idKind);
    return { list: false as const, form, blank, id: id && kind ? l.id(1, form.idKind) : id, out: l.text('out') };
  }

  async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
    if (o.list) {
      ctx.out.table(forms, [
        { key: 'name', header: msg('名称', 'Name'), get: (f) => short(f.name) },
        { key: 'title', header: msg('表单', 'Form'), get: (f) => t(f.title) },
      ]);
      return;
    }
    const f = o.form;
    const defaultName = o.blank ? `blank-${short(f.name)}.pdf` : `${o.id}-${short(f.name)}.pdf`;
    const printed = await printForm(ctx, f, { id: o.blank ? undefined : o.id, out: o.out, defaultName });
    if (ctx.globals.json) ctx.out.json({ file: printed.file, form: f.name, id: printed.id });
    else ctx.out.line(printed.file);
  }

  return { parse, run };
}
