// Statements (缴费通知单/对账单, 07-fees.md "The batch statement run"): one unit, a building or every unit,
// one PDF per unit (<unit>-statement.pdf) or one merged PDF; idempotent (unchanged files are not rewritten),
// progress on stderr, accounts read one unit at a time. e.g. wuye fee statement --all --period 2026-11 --out out/ --merge
import { resolve } from 'node:path';
import { str } from '../../../cli/args.js';
import type { Ctx } from '../../../cli/context.js';
import { Progress } from '../../../cli/output.js';
import type { Opts } from '../../../cli/spec.js';
import { parsePeriod } from '../../../core/dates.js';
import { UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import type { BatchItem } from '../../../render/pdf/index.js';
import { feeItems, feeYears, readUnit, unitAccounts, unitRels } from '../accounts.js';
import { statementData } from '../forms.js';
import { renderFeeBatch } from '../render.js';
import { balance, lastDay } from '../rules.js';
import { ownerName } from './receipt-print.js';

export async function run(ctx: Ctx, [unitArg]: string[], opts: Opts): Promise<void> {
  const period = str(opts, 'period')!;
  parsePeriod(period);
  const building = str(opts, 'building');
  const chosen = [unitArg, building, opts.all].filter(Boolean).length;
  if (chosen !== 1) throw new UsageError(msg('请给出一个房屋编号，或 --building B，或 --all（三者选一）', 'give one unit id, or --building B, or --all (exactly one)'));
  const outDir = resolve(ctx.cwd, str(opts, 'out')!);
  const ids = unitArg ? [readUnit(ctx.store, unitArg.trim()).id] : unitRels(ctx.store, building).map((u) => u.id);
  const years = feeYears(ctx.store);
  const items = feeItems(ctx.config.fees);
  const asOf = lastDay(period) < ctx.today() ? lastDay(period) : ctx.today();
  const dueDate = `${period}-${String(ctx.config.fees.due_day).padStart(2, '0')}`;
  const bank = ctx.config.center.bank;
  // one file per unit: built and rendered 1,000 units at a time, so memory stays flat however large the estate;
  // the next chunk is read while the worker threads render the last one (the loop yields to the event loop so
  // the workers keep being fed). Merged: one document, so every item goes to the renderer in one call.
  const CHUNK = opts.merge ? Infinity : 1000;
  const progress = new Progress(ids.length, msg('对账单', 'statements').zh);
  const total = { files: [] as string[], written: 0, unchanged: 0, pages: 0 };
  let count = 0;
  const flush = async (batch: BatchItem[]) => {
    if (!batch.length) return;
    const res = await renderFeeBatch(ctx, batch, outDir, opts.merge ? `statements-${period}${building ? `-${building}` : ''}.pdf` : undefined, () => progress.tick());
    total.files.push(...res.files); total.written += res.written; total.unchanged += res.unchanged; total.pages += res.pages; count += batch.length;
  };
  let rendering: Promise<void> = Promise.resolve();
  let batch: BatchItem[] = [];
  let seen = 0;
  for (const id of ids) {
    if (batch.length >= CHUNK) {
      await rendering; // one chunk on the workers at a time
      rendering = flush(batch); rendering.catch(() => undefined); // awaited (and its error thrown) below
      batch = [];
    }
    if (!opts.merge && ++seen % 20 === 0) await new Promise((r) => setImmediate(r));
    const accounts = unitAccounts(ctx.store, id, years.filter((y) => y <= Number(period.slice(0, 4))));
    if (!accounts.length) continue;
    const u = ctx.store.read<UnitRecord>('unit', id).data;
    // the statement shows the account as it stood at the period's end
    const upTo = accounts.map((a) => ({ ...a, bills: (a.bills ?? []).filter((b) => b.period <= period), payments: (a.payments ?? []).filter((p) => p.at.slice(0, 10) <= lastDay(period)), adjustments: (a.adjustments ?? []).filter((x) => x.at.slice(0, 10) <= lastDay(period)) }));
    const bal = balance(upTo);
    const payments = upTo.flatMap((a) => a.payments ?? []).filter((p) => !p.void && p.at.slice(0, 7) === period);
    batch.push({ name: `${id}-statement`, date: lastDay(period), forms: [{ form: 'fee/statement', id, data: statementData({ unit: u, ownerName: ownerName(ctx.store, u), period, asOf, bal, items, payments, dueDate, bank }) }] });
  }
  await rendering;
  await flush(batch);
  progress.end();
  if (!count) { ctx.info(msg(`${period} 没有可出对账单的房屋`, `no units with fee accounts for ${period}`)); return; }
  const res = total;
  if (ctx.globals.json) { ctx.out.json(res); return; }
  ctx.out.line(t(msg(`对账单 ${count} 份（${res.pages} 页）：写入 ${res.written} 个文件，${res.unchanged} 个未变 → ${outDir}`, `${count} statements (${res.pages} pages): ${res.written} files written, ${res.unchanged} unchanged → ${outDir}`)));
}
