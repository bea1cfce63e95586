// wuye survey action DC2026-01 --item repair-speed --what "报修 30 分钟内回电确认上门时间" --who S005 --due 2027-03-31
// wuye survey action DC2026-01 --no 1 --done --result "已执行，回访满意" | --no 2 --carry-over --result "列入明年计划"
// Manual 三.6.12 / 三.5.9: the problems a survey shows are acted on — an item of the analysed survey gets an
// improvement action (what, who, by when), later marked done or carried over to next year.
import { readCase, recordAct } from '../../../core/case-engine.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { SURVEY_CASES } from '../cases.js';
import type { Action, Survey } from '../rules.js';

export function parse(l: Line) {
  const o = {
    id: l.id(0, 'survey'),
    item: l.text('item'),
    what: l.text('what'),
    who: l.idOpt('who', 'staff'),
    due: l.date('due'),
    no: l.int('no', 1, 999),
    done: l.flagged('done'),
    carry: l.flagged('carryOver'),
    result: l.text('result'),
  };
  if (o.no === undefined) {
    if (o.done || o.carry)
      throw new UsageError(msg('--done/--carry-over 须与 --no 同用', '--done/--carry-over need --no N'));
    const lack = (['item', 'what', 'who', 'due'] as const).filter((k) => !o[k]);
    if (lack.length)
      throw new UsageError(
        msg(
          `加整改措施须给出 ${lack.map((k) => `--${k}`).join(' ')}`,
          `a new action needs ${lack.map((k) => `--${k}`).join(' ')}`,
        ),
        msg('或用 --no N --done|--carry-over 登记一项措施', 'or mark one with --no N --done|--carry-over'),
      );
  } else {
    if (o.done === o.carry)
      throw new UsageError(
        msg('--no 须与 --done 或 --carry-over 之一同用', '--no takes one of --done and --carry-over'),
      );
    if (o.item || o.what || o.who || o.due)
      throw new UsageError(
        msg('登记措施时不能再给 --item/--what/--who/--due', '--item/--what/--who/--due are for a new action'),
      );
  }
  return o;
}

const ACT = {
  action: 'action',
  what: msg('登记整改措施', 'record an improvement action'),
  states: ['analysed'] as Survey['state'][],
};

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const s = readCase<Survey>(ctx.store, SURVEY_CASES, o.id);
  if (o.who) ctx.store.read('staff', o.who);
  if (o.item && !s.questionnaire.items.some((i) => i.id === o.item))
    throw new RuleError(
      msg(`${s.id} 的问卷没有项目 ${o.item}`, `${s.id}'s questionnaire has no item ${o.item}`),
      msg(
        `项目: ${s.questionnaire.items.map((i) => i.id).join(', ')}`,
        `items: ${s.questionnaire.items.map((i) => i.id).join(', ')}`,
      ),
    );
  await ctx.write((tx) => {
    let summary;
    recordAct<Survey, Survey['state']>(
      tx,
      SURVEY_CASES,
      actor(ctx),
      o.id,
      ACT,
      (c) => {
        const actions: Action[] = [...(c.actions ?? [])];
        if (o.no === undefined) {
          const no = actions.reduce((m, a) => Math.max(m, a.no), 0) + 1;
          actions.push({ no, item: o.item!, what: o.what!, who: o.who!, due: o.due!, state: 'open' });
          summary = msg(
            `${o.id} 整改措施 #${no} 已登记（${o.item}，${o.due} 前）`,
            `${o.id} action #${no} recorded (${o.item}, by ${o.due})`,
          );
        } else {
          const k = actions.findIndex((a) => a.no === o.no);
          if (k < 0)
            throw new RuleError(
              msg(`${o.id} 没有措施 #${o.no}`, `${o.id} has no action #${o.no}`),
              msg(`查看: wuye survey show ${o.id}`, `see wuye survey show ${o.id}`),
            );
          if (actions[k].state !== 'open')
            throw new RuleError(
              msg(
                `措施 #${o.no} 已是「${actions[k].state === 'done' ? '已完成' : '转下年度'}」`,
                `action #${o.no} is already ${actions[k].state}`,
              ),
            );
          actions[k] = {
            ...actions[k],
            state: o.done ? 'done' : 'carried-over',
            closed_at: ctx.today(),
            ...(o.result ? { result: o.result } : {}),
          };
          summary = msg(
            `${o.id} 措施 #${o.no}: ${o.done ? '已完成' : '转下年度'}`,
            `${o.id} action #${o.no}: ${o.done ? 'done' : 'carried over'}`,
          );
        }
        return { actions };
      },
      o.no === undefined ? `+ ${o.item}` : `#${o.no} ${o.done ? 'done' : 'carried-over'}`,
    );
    return { message: `survey: action ${o.id}${o.no ? ` #${o.no}` : ''}`, summary: summary! };
  });
}
