// Statements (缴费通知单/对账单, 07-fees.md "The batch statement run"): one unit, a building or every unit,
// one PDF per unit (<unit>-statement.pdf) or one merged PDF; idempotent (unchanged files are not rewritten),
// progress on stderr. Each unit's accounts are read where its statement is drawn (statements.ts, in the
// batch's worker threads), so memory stays flat however large the estate.
// e.g. wuye fee statement --all --period 2026-11 --out out/ --merge
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { outputPath } from '../../../kit/outpath.js';
import { Progress } from '../../../kit/output.js';
import { UsageError } from '../../../core/errors.js';
import { lang, msg, t } from '../../../core/i18n.js';
import { readUnit, unitRels } from '../accounts.js';
import { STATEMENT_SOURCE, statementRun } from '../statements.js';

export function parse(l: Line) {
  const period = l.period('period')!;
  const building = l.building();
  const all = l.flagged('all');
  if ([l.arg(0), building, all].filter(Boolean).length !== 1)
    throw new UsageError(
      msg(
        '请给出一个房屋编号，或 --building B，或 --all（三者选一）',
        'give one unit id, or --building B, or --all (exactly one)',
      ),
    );
  return { unit: l.optionalId(0, 'unit'), building, period, out: l.text('out'), merge: l.flagged('merge') };
}

export async function run(ctx: Ctx, { unit, building, period, ...o }: ReturnType<typeof parse>): Promise<void> {
  const outDir = outputPath(ctx, o.out, `statements-${period}`);
  const ids = unit ? [readUnit(ctx.store, unit).id] : unitRels(ctx.store, building).map((u) => u.id);
  const merge = o.merge ? `statements-${period}${building ? `-${building}` : unit ? `-${ids[0]}` : ''}.pdf` : undefined;
  const progress = new Progress(ids.length, t(msg('对账单（房屋）', 'statements (units)')));
  const { renderBatch } = await import('../../../render/pdf/index.js');
  const res = await renderBatch(
    { module: STATEMENT_SOURCE, arg: statementRun(ctx, period), keys: ids },
    {
      root: ctx.root,
      config: ctx.config,
      lang: lang(),
      outDir,
      merge,
      onProgress: (done) => progress.at(done),
    },
  );
  progress.end();
  if (!res.count) {
    ctx.info(msg(`${period} 没有可出对账单的房屋`, `no units with fee accounts for ${period}`));
    return;
  }
  const skipped = ids.length - res.count;
  if (ctx.globals.json) {
    ctx.out.json({
      units: ids.length,
      files: res.files,
      written: res.written,
      unchanged: res.unchanged,
      pages: res.pages,
      count: res.count,
    });
    return;
  }
  if (!ctx.globals.quiet)
    ctx.out.line(
      t(
        msg(
          `对账单 ${res.count} 份（${res.pages} 页）：写入 ${res.written} 个文件，${res.unchanged} 个未变 → ${outDir}${skipped ? `；查看了 ${ids.length} 套房屋，${skipped} 套本期没有收费账户` : ''}`,
          `${res.count} statement(s) (${res.pages} pages): ${res.written} file(s) written, ${res.unchanged} unchanged → ${outDir}${skipped ? `; ${ids.length} units looked at, ${skipped} without a fee account for the period` : ''}`,
        ),
      ),
    );
}
