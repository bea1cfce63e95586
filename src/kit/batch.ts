// A batch of documents printed by a command (spec forms-and-reports.md "batch"): one PDF per item into a folder
// (or one merged), progress on stderr, then the files written and a count line — or one JSON document. Used by
// `movein packet` and `survey forms`, so every batch reports alike.
// e.g. await printBatch(ctx, items, { outDir, merge, progress: msg('调查问卷', 'questionnaires'), count: (n) => msg(`${n} 份问卷`, `${n} questionnaire(s)`), json: { survey: id } })
import { lang, msg, t, type Msg } from '../core/i18n.js';
import type { BatchItem } from '../render/pdf/index.js';
import type { Ctx } from './context.js';
import { Progress } from './output.js';

export async function printBatch(
  ctx: Ctx,
  items: BatchItem[],
  o: {
    outDir: string;
    merge?: string;
    /** What the progress bar names. */
    progress: Msg;
    /** How the count line names the items: 19 户, 19 份问卷. */
    count: (n: number) => Msg;
    /** The first fields of the JSON document. */
    json: Record<string, unknown>;
  },
): Promise<void> {
  const { renderBatch } = await import('../render/pdf/index.js');
  const progress = new Progress(items.length, t(o.progress));
  const res = await renderBatch(items, {
    root: ctx.root,
    config: ctx.config,
    lang: lang(),
    outDir: o.outDir,
    merge: o.merge,
    onProgress: (done) => progress.at(done),
  });
  progress.end();
  if (ctx.globals.json) {
    ctx.out.json({ ...o.json, files: res.files, written: res.written, unchanged: res.unchanged, pages: res.pages });
    return;
  }
  if (ctx.globals.quiet) return;
  for (const f of res.files) ctx.out.line(f);
  const n = o.count(items.length);
  ctx.out.err(
    t(
      msg(
        `${n.zh}，${res.pages} 页：新写入 ${res.written} 个文件，未变 ${res.unchanged} 个`,
        `${n.en}, ${res.pages} pages: ${res.written} file(s) written, ${res.unchanged} unchanged`,
      ),
    ),
  );
}
