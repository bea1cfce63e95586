// The move-in packet, the batch job of spec 02: for each unit the notice, the
// steps form, the registration form, the inspection and key forms, a blank
// renovation application, the safety letter, the covenant, the service
// agreement and the civility pact — one PDF per unit (<unit>-packet.pdf), or
// one merged PDF with each unit on a new sheet. Idempotent (unchanged files are
// not rewritten; an interrupted run finishes on re-run), deterministic (the
// document date comes from the case), progress on stderr. Writes no records.
// e.g. wuye movein packet --building 3 --out out/packets [--merge]
import { NotFoundError, UsageError } from '../../../core/errors.js';
import { lang, msg, t } from '../../../core/i18n.js';
import { compareIds } from '../../../core/kinds.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { outputPath } from '../../../kit/outpath.js';
import { Progress } from '../../../kit/output.js';
import { revealForOwner } from '../../../kit/reveal.js';
import { PacketLoader, packetForms } from '../forms.js';
import { caseIdsOfBuilding } from '../lookup.js';

export function parse(l: Line) {
  const unit = l.optionalId(0, 'movein');
  const building = l.building();
  const all = l.flagged('all');
  if ([unit !== undefined, building !== undefined, all].filter(Boolean).length !== 1) {
    throw new UsageError(
      msg('请给出一套房屋、--building 或 --all 之一', 'give one unit, --building or --all'),
      msg(
        '如 wuye movein packet --building 3 --out out/packets',
        'e.g. wuye movein packet --building 3 --out out/packets',
      ),
    );
  }
  return { unit, building, out: l.text('out'), merge: l.flagged('merge') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { unit, building, out } = o;
  let ids: string[];
  if (unit !== undefined) {
    if (!ctx.store.exists('movein', unit))
      throw new NotFoundError(
        msg(`房屋 ${unit} 没有入伙案卷`, `unit ${unit} has no move-in case`),
        msg('先用 wuye movein plan 排定预约', 'plan it first with wuye movein plan'),
      );
    ids = [unit];
  } else {
    ids = caseIdsOfBuilding(ctx.store, building).sort(compareIds);
    if (!ids.length)
      throw new NotFoundError(
        building
          ? msg(`第 ${building} 栋没有入伙案卷`, `building ${building} has no move-in cases`)
          : msg('没有入伙案卷', 'there are no move-in cases'),
        msg('先用 wuye movein plan --building B 排定预约', 'plan them first with wuye movein plan --building B'),
      );
  }

  const outDir = outputPath(ctx, out, 'packets', 'folder');
  // the owner's own documents: in full for an operator who may see personal data, recorded; else masked
  await revealForOwner(
    ctx,
    msg('入伙资料包', 'move-in packet'),
    ids.map((id) => ({ kind: 'movein', id })),
    outDir,
  );
  const loader = new PacketLoader(ctx.shown, ctx.config);
  const today = ctx.today();
  const items = ids.map((id) => {
    const r = loader.load(id, today);
    return { name: `${id}-packet`, date: r.date, title: `${id} 入伙资料`, forms: packetForms(id, r.data) };
  });
  const merge = o.merge
    ? `${unit ? `${ids[0]}-packet` : building ? `building-${building}-packets` : 'movein-packets'}.pdf`
    : undefined;
  const { renderBatch } = await import('../../../render/pdf/index.js');
  const progress = new Progress(items.length, t(msg('入伙资料包', 'move-in packets')));
  const res = await renderBatch(items, {
    root: ctx.root,
    config: ctx.config,
    lang: lang(),
    outDir,
    merge,
    onProgress: (done) => progress.at(done),
  });
  progress.end();
  if (ctx.globals.json) {
    ctx.out.json({
      units: ids.length,
      files: res.files,
      written: res.written,
      unchanged: res.unchanged,
      pages: res.pages,
    });
    return;
  }
  if (!ctx.globals.quiet) for (const f of res.files) ctx.out.line(f);
  if (!ctx.globals.quiet)
    ctx.out.err(
      t(
        msg(
          `${ids.length} 户，${res.pages} 页：新写入 ${res.written} 个文件，未变 ${res.unchanged} 个`,
          `${ids.length} unit(s), ${res.pages} pages: ${res.written} file(s) written, ${res.unchanged} unchanged`,
        ),
      ),
    );
}
