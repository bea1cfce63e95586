// Dunning (催缴, 07-fees.md "Arrears and dunning"): the notices of a stage that are due — bills overdue at least
// the stage's months, not yet in a notice of that stage, and (past the first stage) pressed by the stage before
// with its deadline gone: the ladder runs in order per debt — printed one PDF per unit, each with its own number
// (CJ2026-1-2-0801-01), stating the whole debt overdue on its date, in the stage's words (the final demand names
// the consequence), and recorded in the unit's account, so no notice goes twice for the same stage and debt. A notice asks for payment by a
// reasonable deadline (民法典 art. 944); the CLI offers no utility cut-off. e.g. wuye fee dunning --stage formal --out out/
import { outputPath } from '../../../kit/outpath.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { Progress } from '../../../kit/output.js';
import { addDays } from '../../../core/dates.js';
import { UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { formatMoney, formatYuan } from '../../../core/money.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import { changeAccount, feeItems, ownerName, scanAccounts } from '../accounts.js';
import { dunningData } from '../forms.js';
import { renderFeeBatch } from '../render.js';
import { balance, dunningDue, dunningNumber, dunningTone, overdueOn } from '../rules.js';

const STAGE_LABELS: Record<string, string> = { reminder: '缴费提醒', formal: '催缴通知', final: '最后催告' };
const TONE_LABELS = { reminder: '缴费提醒', formal: '催缴通知', final: '最后催告' } as const;

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
  const tone = dunningTone(stages, stageName);
  const label = (s: string) => STAGE_LABELS[s] ?? TONE_LABELS[dunningTone(stages, s)];
  const outDir = outputPath(ctx, o.out, `dunning-${stageName}`, 'folder');
  const today = ctx.today();
  const year = Number(today.slice(0, 4));
  const deadline = addDays(today, stage.pay_within_days ?? 15);
  const items = feeItems(ctx.config.fees);
  const due: {
    unit: string;
    no: string;
    bills: string[];
    amount: number;
    data: Record<string, unknown>;
  }[] = [];
  let waiting = 0;
  for (const { unit, accounts } of scanAccounts(ctx.store, o.building)) {
    const bal = balance(accounts);
    const notices = accounts.flatMap((a) => a.dunning ?? []);
    const r = dunningDue(bal, notices, stages, stageName, today);
    if (r.waiting.length && !r.due.length) waiting++;
    if (!r.due.length) continue;
    const u = ctx.store.read<UnitRecord>('unit', unit).data;
    // the notice states the whole debt overdue today; the stage presses the bills of its ladder
    const owed = overdueOn(bal, today);
    const amount = owed.reduce((a, s) => a + s.outstanding, 0);
    const no = dunningNumber(year, unit, accounts.find((a) => a.year === year)?.dunning ?? []);
    const ids = new Set(r.due.map((s) => s.bill.id));
    const earlier = notices
      .filter((n) => n.stage !== stageName && n.bills.some((b) => ids.has(b)))
      .map((n) => ({ ...(n.no ? { no: n.no } : {}), label: label(n.stage), date: n.at.slice(0, 10) }));
    due.push({
      unit,
      no,
      bills: r.due.map((s) => s.bill.id),
      amount,
      data: dunningData({
        unit: u,
        ownerName: ownerName(ctx.store, u),
        no,
        stage: stageName,
        stageLabel: label(stageName),
        tone,
        earlier,
        bills: owed.map((s) => ({ period: s.bill.period, item: s.bill.item, amount: s.outstanding, due: s.bill.due })),
        items,
        deadline,
        date: today,
      }),
    });
  }
  if (waiting && !ctx.globals.quiet)
    ctx.info(
      msg(
        `另有 ${waiting} 户的欠费尚未经过前一阶段的催缴（或其限期未到），本阶段暂不发出`,
        `${waiting} more unit(s) have not been through the stage before (or its deadline has not passed): no notice of this stage yet`,
      ),
    );
  if (!due.length) {
    ctx.info(msg(`没有到期的「${label(stageName)}」`, `no "${stageName}" notices are due`));
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
        forms: [{ form: 'fee/dunning', data: d.data, id: d.no }],
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
      changeAccount(tx, year, d.unit, (acc) => {
        (acc.dunning ??= []).push({
          no: d.no,
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
        `「${label(stageName)}」${due.length} 份（${due[0].no} 等），合计欠费 ${formatYuan(due.reduce((a, d) => a + d.amount, 0))}，限期 ${deadline}`,
        `${due.length} "${stageName}" notices (${due[0].no} …), total ${formatYuan(due.reduce((a, d) => a + d.amount, 0))}, pay by ${deadline}`,
      ),
    };
  });
}
