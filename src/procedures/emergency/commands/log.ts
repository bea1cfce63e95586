// wuye emergency log JJ2026-0003 --what 维保人员到场，开始盘车 --step 4 [--at 21:52] [--injuries 1 --losses 3500]
// wuye emergency log JJ2026-0001 --measure-done 2        (after closing: a preventive measure confirmed done)
// Manual 四.13, 三.3.11: the timeline of what was done, each response step ticked with its time; injuries and losses.
import { actorAt, atTime } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { readCase, recordAct } from '../../../core/case-engine.js';
import { dateOf } from '../../../core/dates.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { formatMoney } from '../../../core/money.js';
import { EMERGENCY_CASES, notBeforeDiscovery } from '../cases.js';
import { ACTS, type Emergency } from '../rules.js';

export function parse(l: Line) {
  const o = {
    id: l.id(0, 'emergency'),
    what: l.text('what'),
    steps: l.values('step').map((s) => {
      if (!/^\d+$/.test(s) || Number(s) < 1)
        throw new UsageError(msg(`--step 应为步骤序号，而不是 "${s}"`, `--step takes step numbers, not "${s}"`));
      return Number(s);
    }),
    at: l.localTime('at'),
    injuries: l.int('injuries', 0, 100000),
    deaths: l.int('deaths', 0, 100000),
    losses: l.money('losses'),
    lossesNote: l.text('lossesNote'),
    measureDone: l.int('measureDone', 1, 999),
  };
  const facts = o.injuries !== undefined || o.deaths !== undefined || o.losses !== undefined || !!o.lossesNote;
  if (o.measureDone !== undefined && (o.what || o.steps.length || facts))
    throw new UsageError(
      msg(
        '--measure-done 单独使用（结案后确认措施落实）',
        '--measure-done goes alone (confirming a measure after closing)',
      ),
    );
  if (o.measureDone === undefined && !o.what && !o.steps.length && !facts)
    throw new UsageError(
      msg('须给出 --what、--step 或伤亡损失', 'give --what, --step, or injuries and losses'),
      msg(
        '例: wuye emergency log JJ2026-0001 --step 1 --what 已通过对讲安抚被困人员',
        'e.g. --step 1 --what "comforted the people trapped"',
      ),
    );
  return o;
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const when = atTime(ctx, o.at) ?? ctx.now();
  await ctx.write((tx) => {
    const e = readCase<Emergency>(tx, EMERGENCY_CASES, o.id);
    const who = actorAt(ctx, undefined);
    if (o.measureDone !== undefined) {
      const m = (e.measures ?? []).find((x) => x.no === o.measureDone);
      if (!m)
        throw new RuleError(
          msg(`${e.id} 没有第 ${o.measureDone} 项预防措施`, `${e.id} has no preventive measure ${o.measureDone}`),
          msg(`查看: wuye form emergency-analysis ${e.id}`, `see them: wuye form emergency-analysis ${e.id}`),
        );
      if (m.done_at)
        throw new RuleError(
          msg(`第 ${m.no} 项措施已于 ${m.done_at} 确认落实`, `measure ${m.no} was confirmed done on ${m.done_at}`),
          msg('无需再次确认', 'nothing to do'),
        );
      recordAct<Emergency, Emergency['state']>(
        tx,
        EMERGENCY_CASES,
        who,
        o.id,
        ACTS.measure,
        (c) => ({
          measures: (c.measures ?? []).map((x) =>
            x.no === o.measureDone ? { ...x, done_at: dateOf(when), done_by: who.id } : x,
          ),
        }),
        `措施 ${o.measureDone}`,
      );
      const left = (e.measures ?? []).filter((x) => !x.done_at && x.no !== o.measureDone).length;
      return {
        message: `emergency: measure ${o.id} ${o.measureDone}`,
        summary: msg(
          `${o.id} 第 ${o.measureDone} 项预防措施已落实；尚余 ${left} 项`,
          `${o.id} measure ${o.measureDone} done; ${left} left`,
        ),
      };
    }
    notBeforeDiscovery(e, when, '处置');
    for (const n of o.steps) {
      const s = e.checklist.find((x) => x.no === n);
      if (!s)
        throw new RuleError(
          msg(
            `${e.id} 的处置步骤只有 1–${e.checklist.length}，没有第 ${n} 步`,
            `${e.id} has steps 1–${e.checklist.length}, not ${n}`,
          ),
          msg(`查看: wuye form emergency-record ${e.id}`, `see them: wuye form emergency-record ${e.id}`),
        );
      if (s.done_at)
        throw new RuleError(
          msg(
            `第 ${n} 步已于 ${s.done_at.slice(0, 16).replace('T', ' ')} 完成`,
            `step ${n} was done at ${s.done_at.slice(0, 16)}`,
          ),
          msg('去掉这一步再记', 'leave that step out'),
        );
    }
    const what = o.what ?? o.steps.map((n) => e.checklist.find((x) => x.no === n)!.step).join('；');
    recordAct<Emergency, Emergency['state']>(tx, EMERGENCY_CASES, who, o.id, ACTS.log, (c) => ({
      checklist: o.steps.length
        ? c.checklist.map((s) => (o.steps.includes(s.no) ? { ...s, done_at: when, by: who.id } : s))
        : undefined,
      ...(what
        ? {
            append: {
              timeline: [{ at: when, by: who.id, what, ...(o.steps.length === 1 ? { step: o.steps[0] } : {}) }],
            },
          }
        : {}),
      injuries: o.injuries,
      deaths: o.deaths,
      losses: o.losses === undefined ? undefined : formatMoney(o.losses),
      losses_note: o.lossesNote,
    }));
    const left = e.checklist.filter((s) => !s.done_at && !o.steps.includes(s.no)).length;
    return {
      message: `emergency: log ${o.id}`,
      summary: msg(
        `已记录 ${o.id} 的处置经过；处置步骤尚余 ${left} 步`,
        `logged on ${o.id}; ${left} response step(s) left`,
      ),
    };
  });
}
