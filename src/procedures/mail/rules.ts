// The mail rules (邮件收发, manual 四.12 and 二.8; spec procedures/11-mail.md): who may collect an item (a
// registered owner, resident or tenant of the unit, or a person the owner authorised — recorded), which kinds
// need a signature and an id check, and the clocks — reminded after mail.remind_days (3), returned to the sender
// after mail.return_days (15). e.g. mailState(item, '2026-11-30', { remind: 3, ret: 15 }) → 'remind'
import { CONFIG_DEFAULTS } from '../../core/enums.gen.js';
import type { MailType } from '../../core/enums.gen.js';
import type { MailItemRecord } from '../../core/types.gen.js';
import { addDays, daysBetween } from '../../core/dates.js';

export type MailItem = MailItemRecord;

export interface MailClock {
  /** Days after receipt an uncollected item is reminded (manual: 3). */
  remind: number;
  /** Days after receipt an uncollected item goes back to the sender. */
  ret: number;
}

export function mailClockOf(config: { mail?: { remind_days?: number; return_days?: number } }): MailClock {
  const m = config.mail ?? {};
  return {
    remind: m.remind_days ?? CONFIG_DEFAULTS.mail.remind_days,
    ret: m.return_days ?? CONFIG_DEFAULTS.mail.return_days,
  };
}

/** Registered letters, parcels and official letters are handed over only against a signature and an id check. */
export const SIGNED_TYPES: readonly MailType[] = ['registered', 'parcel', 'official'];
export const needsSignature = (t: MailType): boolean => SIGNED_TYPES.includes(t);

export type MailState = 'waiting' | 'remind' | 'overdue' | 'collected' | 'returned';

/** Where an item stands on a day: collected, returned, or waiting — reminded from day 3, to go back from the limit. */
export function mailState(m: MailItem, today: string, clock: MailClock): MailState {
  if (m.collected) return 'collected';
  if (m.returned) return 'returned';
  const days = daysWaiting(m, today);
  if (days >= clock.ret) return 'overdue';
  if (days >= clock.remind) return 'remind';
  return 'waiting';
}

/** Whole days since the item was received (the day of receipt is day 0). */
export const daysWaiting = (m: MailItem, today: string): number => daysBetween(m.received_at.slice(0, 10), today);

/** The day an uncollected item is to be reminded, and the day it goes back. */
export const remindOn = (m: MailItem, clock: MailClock): string => addDays(m.received_at.slice(0, 10), clock.remind);
export const returnOn = (m: MailItem, clock: MailClock): string => addDays(m.received_at.slice(0, 10), clock.ret);

export const isOwner = (u: { owners?: { person: string }[] }, person: string): boolean =>
  (u.owners ?? []).some((o) => o.person === person);
