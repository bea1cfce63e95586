// How a desk entry reads (list, show, the printed log): the caller (a registered person by name; phones
// masked as read through ctx.shown), the first responder by name, the outcome in words.
// e.g. outcomeText(call) → "立案 投诉 TS2026-0007" · "转交 S007" · "当场答复"
import { label, LABELS } from '../../core/labels.js';
import type { Store } from '../../core/store.js';
import type { Call } from './api.js';

export function callerText(store: Store, e: Pick<Call, 'caller'>): string {
  const c = e.caller;
  if (!c) return '';
  const name =
    c.name ?? (c.person ? (store.tryRead<{ name?: string }>('person', c.person)?.data.name ?? c.person) : '');
  return [name, c.phone ?? ''].filter(Boolean).join(' ');
}

export const staffText = (store: Store, id: string): string => {
  const name = store.tryRead<{ name?: string }>('staff', id)?.data.name;
  return name ? `${id} ${name}` : id;
};

export function outcomeText(e: Call): string {
  const o = label('hotlineOutcome', e.outcome);
  if (e.outcome === 'case' && e.case) return `${o} ${label('deskCase', e.case.kind)} ${e.case.id}`;
  if (e.outcome === 'handed-over' && e.handed_to) return `${o} ${e.handed_to.to}`;
  return e.answer ? `${o}：${e.answer.length > 20 ? `${e.answer.slice(0, 19)}…` : e.answer}` : o;
}

/** The outcome as the printed log says it, a colleague by name (e.g. "转交 黄海波 已派工…"). */
export const outcomeZh = (e: Call, name: (staff: string) => string = (s) => s): string => {
  if (e.outcome === 'case' && e.case) return `立案 ${LABELS.deskCase[e.case.kind].zh} ${e.case.id}`;
  if (e.outcome === 'handed-over' && e.handed_to)
    return `转交 ${name(e.handed_to.to)}${e.handed_to.note ? `：${e.handed_to.note}` : ''}`;
  return `当场答复${e.answer ? `：${e.answer}` : ''}`;
};
