// Printing one form of a procedure to an A4 PDF — the one path behind `wuye form NAME ID|--blank` and every
// procedure's own `form` command (kit/form-command.ts): filled from the record through ctx.shown (masked) or
// blank with the form's fixed content, to --out or out/ under the records root, unchanged files left alone.
// A form for the owner's own file (FormDef.ownerDocument) prints in full for an operator who may, recorded
// (kit/reveal.ts revealForOwner). e.g. await printForm(ctx, def, { id: '1-2-0801' })
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Ctx } from './context.js';
import type { FormDef } from './forms.js';
import { outputPath } from './outpath.js';
import { revealForOwner } from './reveal.js';
import { UsageError } from '../core/errors.js';
import { checkId } from '../core/kinds.js';
import { lang, msg } from '../core/i18n.js';

export interface PrintRequest {
  /** The record to fill the form from; none for a blank form. */
  id?: string;
  /** The file name used when --out is not given (under out/). */
  defaultName?: string;
  out?: string;
  /** Write where every block landed (JSON) to this file: for checks of the layout. */
  layout?: string;
}

export interface Printed {
  file: string;
  id: string | null;
  bytes: number;
  written: boolean;
}

const cannotWrite = (file: string, e: unknown, option: string) =>
  new UsageError(
    msg(`无法写入 ${file}: ${(e as Error).message}`, `cannot write ${file}: ${(e as Error).message}`),
    msg(`换一个可写的位置（${option}）`, `choose a place you can write to (${option})`),
  );

/** Write a document's bytes to a guarded path (kit/outpath.ts), unless they are there already; whether written. */
export async function savePdf(ctx: Ctx, file: string, pdf: Buffer, option = '--out'): Promise<boolean> {
  const { writeIfChanged } = await import('../render/pdf/batch.js');
  try {
    return writeIfChanged(file, pdf);
  } catch (e) {
    throw cannotWrite(file, e, option);
  }
}

/** Print `def` for `req.id` (or blank): the file written, unless its bytes are already there. */
export async function printForm(ctx: Ctx, def: FormDef, req: PrintRequest): Promise<Printed> {
  const blank = req.id === undefined;
  const fixed = def.fixed?.(ctx);
  const { renderDocument } = await import('../render/pdf/index.js');
  const opts = { root: ctx.root, config: ctx.config, lang: lang(), layout: !!req.layout };
  let doc: Awaited<ReturnType<typeof renderDocument>>;
  let shownId: string | null = null;
  let out: string;
  if (blank) {
    out = outputPath(ctx, req.out, req.defaultName ?? `blank-${def.name}.pdf`, 'pdf');
    doc = await renderDocument({ forms: [{ form: def.template, fixed }], date: ctx.today() }, { ...opts, blank });
  } else {
    const name = req.defaultName ?? `${req.id}-${def.name}.pdf`;
    out = outputPath(ctx, req.out, name, 'pdf');
    if (def.ownerDocument && ctx.store.exists(def.idKind, checkId(def.idKind, req.id!, 'ID')))
      await revealForOwner(ctx, def.title, [{ kind: def.idKind, id: req.id! }], out);
    const loaded = await def.load(ctx, req.id!);
    shownId = loaded.id;
    let staff: { name: string } | undefined;
    try {
      staff = { name: ctx.operator().name };
    } catch {
      /* no operator set: the line stays blank */
    }
    doc = await renderDocument(
      { forms: [{ form: def.template, data: { staff, ...loaded.data }, id: loaded.id, fixed }], date: loaded.date },
      opts,
    );
  }
  const written = await savePdf(ctx, out, doc.pdf);
  if (req.layout) {
    const file = resolve(ctx.cwd, req.layout);
    try {
      writeFileSync(file, JSON.stringify(doc.layout, null, 1) + '\n');
    } catch (e) {
      throw cannotWrite(file, e, '--layout');
    }
  }
  if (ctx.globals.reveal && !blank)
    ctx.warn(msg(`${out} 含未遮蔽的个人资料，请妥善保管`, `${out} holds unmasked personal data: keep it safe`));
  return { file: out, id: shownId, bytes: doc.pdf.length, written };
}
