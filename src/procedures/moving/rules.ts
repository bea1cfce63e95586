// Occupancy rules (spec 04-moving.md "Rules"): a tenancy needs the owner's consent and lease dates (to after
// from); one person registered once per unit; when a tenancy ends its residents leave and cards come back.
// e.g. leaseProblem('2026-12-01', '2026-11-30') → "租期止早于租期起"
import { msg, type Msg } from '../../core/i18n.js';
import { minutesOf } from '../../core/hours.js';
import type { MovingRecord, UnitRecord } from '../../core/types.gen.js';

export type Resident = NonNullable<UnitRecord['residents']>[number];
export type Tenant = NonNullable<UnitRecord['tenants']>[number];

export function leaseProblem(from: string, to: string): Msg | undefined {
  if (to <= from)
    return msg(`租期止 ${to} 不晚于租期起 ${from}`, `the lease ends (${to}) on or before it starts (${from})`);
  return undefined;
}

/** How a person is registered on the unit now, if at all (shared with mail: kit/refs.ts). */
export { registeredAs } from '../../kit/refs.js';

/** A card number in use on the unit (residents and tenants), to refuse issuing it twice. */
export function cardInUse(u: UnitRecord, no: string): boolean {
  return [...(u.residents ?? []), ...(u.tenants ?? [])].some((x) => x.card?.no === no && !x.card.returned_on);
}

/** The card as it leaves: taken back on `on`, or the reason it was not. */
export function closeCard<T extends { card?: Resident['card'] }>(x: T, on: string, notReturned?: string): T {
  if (!x.card) return x;
  return { ...x, card: { ...x.card, ...(notReturned ? { not_returned: notReturned } : { returned_on: on }) } };
}

// ---- moving bookings and release passes (spec 04-moving.md "Rules") ----

export type Moving = MovingRecord;

/** The entrance (building-entrance) whose lift a unit's move uses: 3-1-0602 → 3-1. */
export const entranceOf = (unit: string): string => unit.split('-').slice(0, 2).join('-');

/** A booking on the same entrance's lift, the same day, whose slot overlaps from–to (cancelled ones never clash). */
export function liftClash(
  bookings: readonly Moving[],
  unit: string,
  date: string,
  from: string,
  to: string,
): Moving | undefined {
  const e = entranceOf(unit);
  return bookings.find(
    (b) =>
      !b.cancelled &&
      b.lift &&
      b.date === date &&
      entranceOf(b.unit) === e &&
      minutesOf(b.from) < minutesOf(to) &&
      minutesOf(from) < minutesOf(b.to),
  );
}

/** The release pass number of a booking: BJ2026-0007 → FX2026-0007. */
export const passNo = (id: string): string => `FX${id.replace(/^[A-Z]+/, '')}`;
