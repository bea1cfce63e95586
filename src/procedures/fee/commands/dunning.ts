// Dunning (催缴, 07-fees.md "Arrears and dunning"): the notices of a stage that are due — bills overdue at least
// the stage's months and not yet in a notice of that stage — printed one PDF per unit and recorded in the
// unit's account, so no notice goes twice for the same stage and debt. A notice asks for payment by a
// reasonable deadline (民法典 art. 944); the CLI offers no utility cut-off. e.g. wuye fee dunning --stage formal --out out/
import { outputPath } from '../../../kit/outpath.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { Progress } from '../../../kit/output.js';
import { addDays } from '../../../core/dates.js';
import { UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { formatMoney } from '../../../core/money.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import { changeAccount, feeItems, ownerName, scanAccounts } from '../accounts.js';
import { dunningData } from '../forms.js';
import { renderFeeBatch } from '../render.js';
import { balance, dunningDue } from '../rules.js';

const STAGE_LABELS: Record<string, string> = { reminder: '缴费提醒', formal: '催缴通知', final: '最后催告' };

export const parse = (l: Line) => ({ stage: l.text('stage')!, out: l.text('out'), building: l.building() });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const stageName = o.stage;
  const stages = ctx.config.fees.dunning;
  const stage = stages.find((s) => s.stage === stageName);
  if (!stage)
    throw new UsageError(
      msg(`--stage: 没有催缴阶段 ${stageName}`, `--stage: no dunning stage ${stageName}`),
      msg(
        `wuye.yaml 中的阶段: ${stages.map((s) => s.stage).join(', ')}`,
        `stages in wuye.yaml: ${stages.map((s) => s.stage).join(', ')}`,
      ),
    );
  const outDir = outputPath(ctx, o.out, `dunning-${stageName}`);
  const today = ctx.today();
  const deadline = addDays(today, stage.pay_within_days ?? 15);
  const items = feeItems(ctx.config.fees);
  const due: { unit: string; year: number; bills: string[]; amount: number; data: Record<string, unknown> }[] = [];
  for (const { unit, accounts } of scanAccounts(ctx.store, o.building)) {
    const bal = balance(accounts);
    const notices = accounts.flatMap((a) => a.dunning ?? []);
    const bills = dunningDue(bal, notices, stage, today);
    if (!bills.length) continue;
    const u = ctx.store.read<UnitRecord>('unit', unit).data;
    const amount = bills.reduce((a, s) => a + s.outstanding, 0);
    due.push({
      unit,
      year: Number(today.slice(0, 4)),
      bills: bills.map((s) => s.bill.id),
      amount,
      data: dunningData({
        unit: u,
        ownerName: ownerName(ctx.store, u),
        stage: stageName,
        stageLabel: STAGE_LABELS[stageName] ?? stageName,
        bills: bills.map((s) => ({ period: s.bill.period, item: s.bill.item, amount: s.outstanding, due: s.bill.due })),
        items,
        deadline,
        date: today,
      }),
    });
  }
  if (!due.length) {
    ctx.info(msg(`没有到期的「${stageName}」催缴通知`, `no "${stageName}" notices are due`));
    return;
  }
  // print first: a notice is recorded only once it exists on paper
  if (!ctx.dryRun) {
    const progress = new Progress(due.length, 'PDF');
    const res = await renderFeeBatch(
      ctx,
      due.map((d) => ({
        name: `${d.unit}-dunning-${stageName}`,
        date: today,
        forms: [{ form: 'fee/dunning', data: d.data, id: d.unit }],
      })),
      outDir,
      undefined,
      (done: number) => progress.at(done),
    );
    progress.end();
    if (!ctx.globals.json && !ctx.globals.quiet)
      ctx.out.line(
        t(msg(`已打印 ${res.files.length} 份通知到 ${outDir}`, `printed ${res.files.length} notices to ${outDir}`)),
      );
  }
  await ctx.write((tx) => {
    for (const d of due) {
      changeAccount(tx, d.year, d.unit, (acc) => {
        (acc.dunning ??= []).push({
          stage: stageName,
          at: ctx.now(),
          by: ctx.operator().id,
          bills: d.bills,
          amount: formatMoney(d.amount),
          deadline,
        });
      });
    }
    return {
      message: `fee: dunning ${stageName} (${due.length} notices)`,
      summary: msg(
        `「${stageName}」催缴通知 ${due.length} 份，合计欠费 ¥${formatMoney(due.reduce((a, d) => a + d.amount, 0))}，限期 ${deadline}`,
        `${due.length} "${stageName}" notices, total ¥${formatMoney(due.reduce((a, d) => a + d.amount, 0))}, pay by ${deadline}`,
      ),
    };
  });
}
