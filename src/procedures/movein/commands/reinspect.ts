// 二次验收 (4.4 6): after the repairs the owner is called back; what passes
// is closed, what fails goes to the cs-manager, who presses the project
// engineering department to fix it by a new deadline. When the last defect
// passes, the entrance key kept at the center goes back to the owner (4.6 2).
// e.g. wuye movein reinspect 3-1-0101 --fail 2 --deadline 2026-12-24
import { optDate, str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { KeyRecord, StaffRecord } from '../../../core/types.gen.js';
import { setIn, appendIn } from '../../../core/yamlio.js';
import { keptKeyId, reinspectOutcome } from '../rules.js';
import { caseId, logEntry, numbers, readCase, stepDate, staffOpt, takeStep } from '../lookup.js';

/** The cs-manager who follows up: --manager, else the first active staff member with the role. */
function manager(ctx: Ctx, opts: Opts): string | undefined {
  if (str(opts, 'manager')) return staffOpt(ctx, opts, 'manager', '--manager');
  const day = ctx.today();
  for (const s of ctx.store.all<StaffRecord>('staff')) {
    const st = s.data;
    if ((st.roles ?? []).includes('cs-manager') && !(st.active_to && st.active_to < day)) return st.id;
  }
  return undefined;
}

export async function run(ctx: Ctx, [idArg]: string[], opts: Opts): Promise<void> {
  const id = caseId(idArg);
  const fail = numbers(opts, 'fail', '--fail');
  const on = stepDate(ctx, opts);
  const inspector = staffOpt(ctx, opts, 'inspector', '--inspector');
  const deadline =
    optDate(opts, 'deadline', '--deadline') ?? ctx.calendar.addWorkdays(on, ctx.config.movein.escalate_workdays);
  const mgr = fail.length ? manager(ctx, opts) : undefined;
  let keyBack = false;
  await ctx.write((tx) => {
    const c = readCase(tx, id);
    const o = reinspectOutcome(c.defects ?? [], fail);
    if (o.unknown.length)
      throw new RuleError(
        msg(`${id} 没有待复验的问题 ${o.unknown.join('、')}`, `${id} has no open defect ${o.unknown.join(', ')}`),
      );
    if (o.notDone.length)
      throw new RuleError(
        msg(
          `问题 ${o.notDone.join('、')} 尚未登记整改完成，不能复验`,
          `defect(s) ${o.notDone.join(', ')} not yet recorded as fixed; nothing to re-inspect`,
        ),
        msg(
          `先用 wuye movein rectify ${id} --done ${o.notDone.join(',')} 登记，或在 --fail 中列出`,
          `record them with wuye movein rectify ${id} --done ${o.notDone.join(',')}, or list them in --fail`,
        ),
      );
    if (!o.pass.length && !o.fail.length)
      throw new RuleError(msg(`${id} 没有待复验的问题`, `${id} has nothing to re-inspect`));
    const round = Math.max(1, ...(c.inspections ?? []).map((i) => i.round)) + 1;
    const result = o.fail.length ? 'failed' : 'passed';
    const allClosed = (c.defects ?? []).every((d) => d.status === 'verified' || o.pass.includes(d.no));
    takeStep(
      ctx,
      tx,
      id,
      'reinspect',
      (cur) => ({
        inspections: [...(cur.inspections ?? []), { round, on, by: inspector, result }],
        defects: (cur.defects ?? []).map((d) => {
          if (o.pass.includes(d.no))
            return { ...d, status: 'verified' as const, verified_on: on, verified_by: inspector };
          if (o.fail.includes(d.no)) {
            const { done_on: _done, ...rest } = d;
            return { ...rest, status: 'open' as const, escalation: { on, deadline, ...(mgr ? { manager: mgr } : {}) } };
          }
          return d;
        }),
      }),
      result === 'passed'
        ? `复验合格 ${o.pass.join(',')}`
        : `复验不合格 ${o.fail.join(',')}，转经理${mgr ? ` ${mgr}` : ''}跟进，期限 ${deadline}`,
    );
    if (allClosed && c.keys?.kept) {
      const kid = keptKeyId(id);
      const k = tx.tryRead<KeyRecord>('key', kid);
      if (k && k.data.state === 'held') {
        tx.edit('key', kid, (doc) => {
          setIn(doc, ['state'], 'returned');
          setIn(doc, ['returned_on'], on);
          if (c.keys?.to) setIn(doc, ['returned_to'], c.keys.to);
        });
        tx.edit('movein', id, (doc) =>
          appendIn(
            doc,
            ['log'],
            logEntry(ctx, 'key-returned', readCase(tx, id).state, `留存的大门钥匙 ${kid} 交还业主`),
          ),
        );
        keyBack = true;
      }
    }
    return {
      message: `movein: reinspect ${id}`,
      summary:
        result === 'passed'
          ? msg(
              `${id}：复验合格（问题 ${o.pass.join('、')}）${keyBack ? `；留存的大门钥匙已交还业主` : ''}`,
              `${id}: re-inspection passed (${o.pass.join(', ')})${keyBack ? '; the kept entrance key went back to the owner' : ''}`,
            )
          : msg(
              `${id}：复验不合格（问题 ${o.fail.join('、')}），已转用户服务部经理${mgr ? ` ${mgr}` : ''}跟进，新期限 ${deadline}`,
              `${id}: re-inspection failed (${o.fail.join(', ')}), escalated to the cs-manager${mgr ? ` ${mgr}` : ''}, new deadline ${deadline}`,
            ),
    };
  });
}
