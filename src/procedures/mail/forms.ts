// The mail procedure's printed forms (manual 四.12; spec 11-mail.md "Forms"): 邮件收发登记簿 (every item of a
// month) and 领取通知单 (the slip for one unit: what waits for it and what to bring).
// e.g. wuye form mail-register 2026-11 · wuye form mail-notice 1-2-0801
import { UsageError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { label } from '../../core/labels.js';
import type { Ctx } from '../../kit/context.js';
import type { FormDef } from '../../kit/forms.js';
import { allMail } from './api.js';
import { mailClockOf, mailState, returnOn, type MailClock, type MailItem } from './rules.js';

const hm = (iso?: string) => (iso ? iso.slice(0, 16).replace('T', ' ') : '');
const latest = (dates: string[], fallback: string) => dates.filter(Boolean).sort().pop() ?? fallback;

export function checkMonth(id: string, what: string): void {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(id))
    throw new UsageError(
      msg(`${what} 的编号应为月份，而不是 "${id}"`, `${what} takes a month, not "${id}"`),
      msg('如 2026-11', 'e.g. 2026-11'),
    );
}

/** One row of the register, as printed and as the report's details sheet shows it. */
export function registerRow(m: MailItem) {
  const c = m.collected;
  return {
    id: m.id,
    received: hm(m.received_at),
    received_short: hm(m.received_at).slice(5),
    unit: m.unit,
    addressee: m.addressee,
    carrier: label('mailCarrier', m.carrier),
    type: label('mailType', m.type),
    what: `${label('mailCarrier', m.carrier)} ${label('mailType', m.type)}`,
    tracking: m.tracking ?? '',
    notified: (m.notices ?? []).map((n) => n.at.slice(5, 10)).join(' '),
    collector: c ? `${c.name}（${label('mailCollectorAs', c.as)}）` : '',
    collected: hm(c?.at),
    collected_short: hm(c?.at).slice(5),
    checks: c
      ? `${c.signed ? '签字' : ''}${c.signed && c.id_checked ? '/' : ''}${c.id_checked ? (c.id_type ?? '验证') : ''}`
      : '',
    returned: m.returned ? `${m.returned.on.slice(5)} ${m.returned.reason}` : '',
  };
}

/** The data of 邮件收发登记簿 for a month; its date is the last event it shows, never the clock. */
export function registerData(items: readonly MailItem[], month: string) {
  const inMonth = items.filter((m) => m.received_at.startsWith(month));
  const date = latest(
    inMonth.flatMap((m) => [m.received_at.slice(0, 10), m.collected?.at.slice(0, 10) ?? '', m.returned?.on ?? '']),
    `${month}-01`,
  );
  const collected = inMonth.filter((m) => m.collected).length;
  return {
    id: month,
    date,
    data: {
      register: { id: month, total: inMonth.length, collected, open: inMonth.length - collected },
      items: inMonth.map(registerRow),
    },
  };
}

/** The data of one unit's 领取通知单: the items waiting for it, with the day each goes back. */
export function noticeData(unit: string, items: readonly MailItem[], date: string, clock: MailClock) {
  const names = [...new Set(items.map((m) => m.addressee))];
  const id = `${unit}-${date}`;
  return {
    id,
    date,
    data: {
      slip: {
        id,
        unit,
        addressee: names.join('、'),
        date,
        count: items.length,
        remind: clock.remind,
        return: clock.ret,
      },
      items: items.map((m) => ({
        id: m.id,
        received: m.received_at.slice(0, 10),
        carrier: label('mailCarrier', m.carrier),
        type: label('mailType', m.type),
        tracking: m.tracking ?? '',
        until: returnOn(m, clock),
      })),
    },
  };
}

/** The items waiting at the center, by unit (in unit order). */
export function waitingByUnit(items: readonly MailItem[], today: string, clock: MailClock): Map<string, MailItem[]> {
  const by = new Map<string, MailItem[]>();
  for (const m of items) {
    const s = mailState(m, today, clock);
    if (s === 'collected' || s === 'returned') continue;
    by.set(m.unit, [...(by.get(m.unit) ?? []), m]);
  }
  return new Map([...by].sort(([a], [b]) => a.localeCompare(b)));
}

export const FORMS: FormDef[] = [
  {
    name: 'mail-register',
    template: 'mail/register',
    title: msg('邮件收发登记簿', 'mail register'),
    idKind: 'period',
    load: (ctx: Ctx, id: string) => {
      checkMonth(id, 'mail-register');
      return registerData(allMail(ctx.shown), id);
    },
  },
  {
    name: 'mail-notice',
    template: 'mail/notice',
    title: msg('领取通知单', 'mail collection notice'),
    idKind: 'unit with mail waiting',
    load: (ctx: Ctx, id: string) => {
      const clock = mailClockOf(ctx.config);
      const items = waitingByUnit(allMail(ctx.shown), ctx.today(), clock).get(id) ?? [];
      if (!items.length)
        throw new UsageError(
          msg(`${id} 没有待领的邮件`, `nothing waits for ${id}`),
          msg('见 wuye mail list --uncollected', 'see wuye mail list --uncollected'),
        );
      const date = latest(
        items.map((m) => m.received_at.slice(0, 10)),
        ctx.today(),
      );
      return noticeData(id, items, date, clock);
    },
  },
];
