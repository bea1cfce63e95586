// What other procedures may ask the estate registry (spec 01): who a person is and which units they belong to,
// and who owns a unit — for output a person can read (a name and a unit, not P000123). A raw text test of the
// unit files first, then a parse of the few that name the people asked about.
// e.g. unitsOfPeople(store, ['P000114']) → Map { 'P000114' => [{ unit: '3-1-0602', as: 'owner' }] }
import { readFileSync } from 'node:fs';
import type { Store } from '../../core/store.js';
import { idOfPath } from '../../core/kinds.js';
import type { PersonRecord, UnitRecord } from '../../core/types.gen.js';
import { displayName, rolesOf } from './rules.js';

export type UnitRole = 'owner' | 'resident' | 'tenant';

/** The units each person belongs to, and how (owner, resident, tenant). */
export function unitsOfPeople(store: Store, ids: Iterable<string>): Map<string, { unit: string; as: UnitRole }[]> {
  const wanted = [...new Set(ids)];
  const out = new Map(wanted.map((id) => [id, [] as { unit: string; as: UnitRole }[]]));
  if (!wanted.length) return out;
  for (const rel of store.unitRels()) {
    const text = readFileSync(store.abs(rel), 'latin1');
    const here = wanted.filter((id) => text.includes(id));
    if (!here.length) continue;
    const u = store.readRel<UnitRecord>(rel, 'unit', idOfPath(rel)).data;
    for (const id of here) out.get(id)!.push(...rolesOf(id, [u]).map(({ unit, as }) => ({ unit, as })));
  }
  return out;
}

/** A person's name as shown (a company buyer by its company), or undefined when there is no such person. */
export function personName(store: Store, id: string): string | undefined {
  const p = store.tryRead<PersonRecord>('person', id)?.data;
  return p ? displayName(p) : undefined;
}

/** The names of a unit's owners, in the unit's order. */
export function ownerNames(store: Store, unit: string): string[] {
  const u = store.tryRead<UnitRecord>('unit', unit)?.data;
  return (u?.owners ?? []).map((o) => personName(store, o.person) ?? o.person);
}
