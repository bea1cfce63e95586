// What other procedures (and the mail commands) ask of the mail register: every item, and the refusal of a
// step on an item already collected or returned.
// e.g. allMail(ctx.shown).filter((m) => !m.collected)
import { RuleError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import type { Store } from '../../core/store.js';
import type { MailOutRecord } from '../../core/types.gen.js';
import type { MailItem } from './rules.js';

/** Every mail item, oldest first (by id within a year). */
/** The company's outgoing mail, in the order sent. */
export function allMailOut(store: Store): MailOutRecord[] {
  return [...store.all<MailOutRecord>('mail-out')]
    .map((r) => r.data)
    .sort((a, b) => (a.sent_at < b.sent_at ? -1 : a.sent_at > b.sent_at ? 1 : a.id < b.id ? -1 : 1));
}

export function allMail(store: Store): MailItem[] {
  return [...store.all<MailItem>('mail-item')]
    .map((r) => r.data)
    .sort((a, b) => (a.received_at < b.received_at ? -1 : a.received_at > b.received_at ? 1 : a.id < b.id ? -1 : 1));
}

/** Refuse a step on an item that has left the center: collected or returned (exit 1). */
export function alreadyOut(m: MailItem): void {
  if (m.collected)
    throw new RuleError(
      msg(
        `${m.id} 已于 ${m.collected.at.slice(0, 16).replace('T', ' ')} 由 ${m.collected.name} 领取`,
        `${m.id} was collected on ${m.collected.at.slice(0, 16)} by ${m.collected.name}`,
      ),
      msg(`见 wuye show ${m.id}`, `see wuye show ${m.id}`),
    );
  if (m.returned)
    throw new RuleError(
      msg(`${m.id} 已于 ${m.returned.on} 退回寄件方`, `${m.id} was returned to the sender on ${m.returned.on}`),
      msg(`见 wuye show ${m.id}`, `see wuye show ${m.id}`),
    );
}
