// wuye review training add --date 2026-11-20 --topic 投诉处理技巧 --trainer 李经理 --hours 2 --attendees S003 S004 S005 [--assessment S005=failed]
// Manual 三.5.4: a training session with its hours and who attended, and each one's assessment (培训签到及考核表).
import { nextCaseId } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { checkId } from '../../../core/kinds.js';
import type { StaffRecord } from '../../../core/types.gen.js';
import { activeIn, quarterOf, type Training } from '../rules.js';

const GRADES = ['excellent', 'passed', 'failed'] as const;

export function parse(l: Line) {
  const hours = Number(l.text('hours'));
  if (!(hours > 0 && hours <= 24))
    throw new UsageError(
      msg(
        `--hours ${l.text('hours')}: 须为 0 到 24 之间的小时数`,
        `--hours ${l.text('hours')}: hours between 0 and 24`,
      ),
      msg('例: --hours 1.5', 'e.g. --hours 1.5'),
    );
  const attendees = l.values('attendees').map((s) => checkId('staff', s, '--attendees'));
  if (new Set(attendees).size !== attendees.length)
    throw new UsageError(msg('--attendees 有重复的员工', '--attendees names someone twice'));
  const assessment = new Map<string, Training['attendees'][number]['assessment']>();
  for (const kv of l.values('assessment')) {
    const [s, g] = kv.split('=');
    if (!attendees.includes(s) || !GRADES.includes(g as never))
      throw new UsageError(
        msg(
          `--assessment ${kv}: 写成 参加人=excellent|passed|failed`,
          `--assessment ${kv}: write attendee=excellent|passed|failed`,
        ),
      );
    assessment.set(s, g as never);
  }
  return {
    date: l.date('date')!,
    topic: l.text('topic')!,
    trainer: l.text('trainer')!,
    hours,
    attendees,
    assessment,
    notes: l.text('notes'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  if (o.date > ctx.today())
    throw new UsageError(
      msg(`--date ${o.date} 在今天之后`, `--date ${o.date} is after today`),
      msg('登记已举行的培训', 'record a session that took place'),
    );
  const op = ctx.operator();
  await ctx.write((tx) => {
    for (const s of o.attendees) {
      const st = tx.tryRead<StaffRecord>('staff', s)?.data;
      if (!st)
        throw new RuleError(
          msg(`没有员工 ${s}`, `no staff member ${s}`),
          msg('用 wuye staff list 查看员工编号', 'see wuye staff list'),
        );
      if (!activeIn(st, o.date, o.date))
        throw new RuleError(
          msg(`${s}（${st.name}）${o.date} 不在职`, `${s} (${st.name}) was not on the staff on ${o.date}`),
        );
    }
    const id = nextCaseId(ctx, tx, 'training', o.date.slice(0, 4));
    const rec: Training = {
      kind: 'training',
      id,
      date: o.date,
      topic: o.topic,
      trainer: o.trainer,
      hours: o.hours,
      attendees: o.attendees.map((s) => ({
        staff: s,
        ...(o.assessment.get(s) ? { assessment: o.assessment.get(s) } : {}),
      })) as Training['attendees'],
      by: op.id,
      ...(o.notes ? { notes: o.notes } : {}),
    };
    tx.create('training', id, rec);
    return {
      message: `review: training ${id}`,
      summary: msg(
        `已登记培训 ${id}（${o.topic}，${o.hours} 小时，${o.attendees.length} 人，计入 ${quarterOf(o.date)}）`,
        `training ${id} (${o.topic}, ${o.hours} h, ${o.attendees.length} attendees, counted in ${quarterOf(o.date)})`,
      ),
    };
  });
}
