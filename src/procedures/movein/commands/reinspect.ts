// 二次验收 (4.4 6): after the repairs the owner is called back and engineering inspects again; what
// passes is closed, what fails goes to the cs-manager, who presses the project engineering department
// to fix it by a new deadline (--deadline, or wuye.yaml movein.escalate_workdays; no default). When the last defect
// passes, the entrance key kept at the center goes back to the owner (4.6 2).
// e.g. wuye movein reinspect 3-1-0101 --fail 2 --deadline 2026-12-24
import { recordAct, stepCase } from '../../../core/case-engine.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { KeyRecord, MoveinRecord } from '../../../core/types.gen.js';
import { setIn } from '../../../core/yamlio.js';
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { MOVEIN_CASES, readMovein } from '../cases.js';
import { firstCsManager, requireStaff } from '../lookup.js';
import { keptKeyId, reinspectOutcome, type MoveinState } from '../rules.js';

const KEY_RETURNED = msg('交还留存的大门钥匙', 'give back the kept entrance key');

export function parse(l: Line) {
  return {
    id: l.id(0, 'movein'),
    fail: l.numbers('fail') ?? [],
    on: l.date('on'),
    inspector: l.idOpt('inspector', 'staff'),
    deadline: l.date('deadline'),
    manager: l.idOpt('manager', 'staff'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id, fail } = o;
  const on = o.on ?? ctx.today();
  const inspector = o.inspector
    ? requireStaff(ctx.store, o.inspector, '--inspector', { roles: ['engineer'], day: on })
    : ctx.operator().id;
  const limit = ctx.config.movein.escalate_workdays;
  if (fail.length && !o.deadline && limit === undefined)
    throw new UsageError(
      msg(
        '复验不合格：须用 --deadline 写明用户服务部经理协调项目工程部的整改期限（手册 4.4 6)“限期”处理）',
        'the re-inspection failed: give --deadline, the time limit the cs-manager sets with the project engineering department (manual 4.4 6)',
      ),
      msg(
        '或在 wuye.yaml 的 movein.escalate_workdays 设定本中心的工作日数',
        "or set the center's number of working days in wuye.yaml movein.escalate_workdays",
      ),
    );
  const deadline = o.deadline ?? ctx.calendar.addWorkdays(on, limit ?? 0);
  // the cs-manager who follows up what fails: --manager, else the first active one
  const mgr = fail.length
    ? o.manager
      ? requireStaff(ctx.store, o.manager, '--manager')
      : firstCsManager(ctx.store, ctx.today())
    : undefined;
  const who = actor(ctx);
  let keyBack = false;
  await ctx.write((tx) => {
    const c = readMovein(tx, id);
    const r = reinspectOutcome(c.defects ?? [], fail);
    if (r.unknown.length)
      throw new RuleError(
        msg(`${id} 没有待复验的问题 ${r.unknown.join('、')}`, `${id} has no open defect ${r.unknown.join(', ')}`),
      );
    if (r.notDone.length)
      throw new RuleError(
        msg(
          `问题 ${r.notDone.join('、')} 尚未登记整改完成，不能复验`,
          `defect(s) ${r.notDone.join(', ')} not yet recorded as fixed; nothing to re-inspect`,
        ),
        msg(
          `先用 wuye movein rectify ${id} --done ${r.notDone.join(',')} 登记，或在 --fail 中列出`,
          `record them with wuye movein rectify ${id} --done ${r.notDone.join(',')}, or list them in --fail`,
        ),
      );
    if (!r.pass.length && !r.fail.length)
      throw new RuleError(msg(`${id} 没有待复验的问题`, `${id} has nothing to re-inspect`));
    const round = Math.max(1, ...(c.inspections ?? []).map((i) => i.round)) + 1;
    const result = r.fail.length ? 'failed' : 'passed';
    const allClosed = (c.defects ?? []).every((d) => d.status === 'verified' || r.pass.includes(d.no));
    stepCase<MoveinRecord, MoveinState>(
      tx,
      MOVEIN_CASES,
      who,
      id,
      'reinspect',
      (cur) => ({
        append: { inspections: [{ round, on, by: inspector, result }] },
        defects: (cur.defects ?? []).map((d) => {
          if (r.pass.includes(d.no))
            return { ...d, status: 'verified' as const, verified_on: on, verified_by: inspector };
          if (r.fail.includes(d.no)) {
            const { done_on: _done, ...rest } = d;
            return { ...rest, status: 'open' as const, escalation: { on, deadline, ...(mgr ? { manager: mgr } : {}) } };
          }
          return d;
        }),
      }),
      result === 'passed'
        ? `复验合格 ${r.pass.join(',')}`
        : `复验不合格 ${r.fail.join(',')}，转经理${mgr ? ` ${mgr}` : ''}跟进，期限 ${deadline}`,
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
        recordAct<MoveinRecord, MoveinState>(
          tx,
          MOVEIN_CASES,
          who,
          id,
          { action: 'key-returned', what: KEY_RETURNED, states: ['keys-issued', 'completed'] },
          undefined,
          `留存的大门钥匙 ${kid} 交还业主`,
        );
        keyBack = true;
      }
    }
    return {
      message: `movein: reinspect ${id}`,
      summary:
        result === 'passed'
          ? msg(
              `${id}：复验合格（问题 ${r.pass.join('、')}）${keyBack ? `；留存的大门钥匙已交还业主` : ''}`,
              `${id}: re-inspection passed (${r.pass.join(', ')})${keyBack ? '; the kept entrance key went back to the owner' : ''}`,
            )
          : msg(
              `${id}：复验不合格（问题 ${r.fail.join('、')}），已转用户服务部经理${mgr ? ` ${mgr}` : ''}跟进，新期限 ${deadline}`,
              `${id}: re-inspection failed (${r.fail.join(', ')}), escalated to the cs-manager${mgr ? ` ${mgr}` : ''}, new deadline ${deadline}`,
            ),
    };
  });
}
