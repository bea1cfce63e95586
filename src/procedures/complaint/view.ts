// How a complaint reads to the desk (show, list, forms): its clocks in words, the complainant (masked unless
// --reveal), staff and people by name. e.g. clocksText(clocks(c, …)) → "反馈投诉人 须于 2026-10-09 24:00 前（已逾期）"
import type { Due } from '../../core/case-engine.js';
import { msg, t } from '../../core/i18n.js';
import type { Store } from '../../core/store.js';
import type { Complaint } from './rules.js';

export function clocksText(ds: readonly Due[]): string {
  return ds
    .map(
      (d) =>
        `${t(d.label)} ${t(msg(`须于 ${d.due} 24:00 前`, `due by end of ${d.due}`))}${d.overdue ? t(msg('（已逾期）', ' (OVERDUE)')) : ''}`,
    )
    .join(t(msg('；', '; ')));
}

/** A staff member as "S003 陈婷" (the id alone when unknown). */
export const staffText = (store: Store, id: string | undefined): string => {
  if (!id) return '';
  const name = store.tryRead<{ name?: string }>('staff', id)?.data.name;
  return name ? `${id} ${name}` : id;
};

const personName = (store: Store, id: string | undefined) =>
  id ? (store.tryRead<{ name?: string }>('person', id)?.data.name ?? '') : '';

/** The complainant in one line: name (or the registered person's), person id, phone (as read: masked through ctx.shown). */
export function complainantText(store: Store, c: Pick<Complaint, 'complainant'>): string {
  const p = c.complainant;
  if (!p) return t(msg('（匿名）', '(anonymous)'));
  const name = p.name ?? personName(store, p.person);
  const phone = p.phone ?? '';
  return [name, p.person, phone].filter(Boolean).join(' ');
}

/** Where: the unit, or the public area. */
export const whereText = (c: { unit?: string; place?: string }) => [c.unit, c.place].filter(Boolean).join(' ');
