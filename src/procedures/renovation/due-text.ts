// The due time of a case's next step in words (manual 四.3: review in 2 working days, decision in
// 1, an inspection every working day), as `renovation show` and `renovation list` print it.
// e.g. dueText(nextDue(c, …)) → "工程审核 须于 2026-11-26 24:00 前（已逾期）"
import { msg, t } from '../../core/i18n.js';
import { RENOVATION } from './machine.js';
import type { NextDue } from './rules.js';

export function dueText(n: NextDue | undefined): string {
  if (!n) return '';
  const step =
    n.step === 'inspection'
      ? msg('日常巡查', 'daily inspection')
      : RENOVATION.deadlines!.find((d) => d.name === n.step)!.label;
  return `${t(step)} ${t(msg(`须于 ${n.due} 24:00 前`, `due by end of ${n.due}`))}${n.overdue ? t(msg('（已逾期）', ' (OVERDUE)')) : ''}`;
}
