// The registry's rules as pure functions (spec 01 "Records", "Ownership transfer"): a unit's parts from
// its id, who owns what, owners' shares, the next id of a sequence. No I/O here.
// e.g. unitParts('1-2-0801') → { building: '1', entrance: '2', room: '0801', floor: 8 }
import { RuleError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import type { PersonRecord, UnitRecord } from '../../core/types.gen.js';

/** 1-2-0801 → building 1, entrance 2, room 0801, floor 8 (rooms are FFRR or FRR). */
export function unitParts(id: string): { building: string; entrance: string; room: string; floor?: number } {
  const [building, entrance, room] = id.split('-');
  const m = /^(\d{1,3})(\d{2})$/.exec(room);
  return { building, entrance, room, floor: m ? Number(m[1]) : undefined };
}

/** Units a person belongs to, and how (derived from the units, never stored twice). */
export function rolesOf(
  personId: string,
  units: Iterable<UnitRecord>,
): { unit: string; as: 'owner' | 'resident' | 'tenant' }[] {
  const out: { unit: string; as: 'owner' | 'resident' | 'tenant' }[] = [];
  for (const u of units) {
    if (u.owners?.some((o) => o.person === personId)) out.push({ unit: u.id, as: 'owner' });
    if (u.residents?.some((o) => o.person === personId)) out.push({ unit: u.id, as: 'resident' });
    if (u.tenants?.some((o) => o.person === personId)) out.push({ unit: u.id, as: 'tenant' });
  }
  return out;
}

/** Owners' shares must add up to 100% when given. */
export function checkShares(owners: NonNullable<UnitRecord['owners']>): void {
  if (owners.length === 0 || owners.every((o) => o.share === undefined)) return;
  const sum = owners.reduce((s, o) => s + (o.share ?? 0), 0);
  if (sum !== 100)
    throw new RuleError(
      msg(`业主份额合计为 ${sum}%，应为 100%`, `owners' shares add up to ${sum}%, not 100%`),
      msg('为每位业主写份额，如 P000001:50', 'give each owner a share, e.g. P000001:50'),
    );
}

/** Display name of a person (company buyers by their company). */
export const displayName = (p: Pick<PersonRecord, 'name' | 'company'>): string => p.company?.name ?? p.name;
