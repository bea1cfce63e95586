// What the records already hold that an import must respect: registered
// people by national id / licence (so a buyer already on file keeps their id),
// the next free person number, and registered units. A raw text scan finds the
// id lines without parsing thousands of person files.
import { readFileSync } from 'node:fs';
import type { Store } from '../../../core/store.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import type { Existing } from './plan.js';

export function loadExisting(store: Store): Existing {
  const people = new Map<string, { id: string; name: string }>();
  let max = 0;
  for (const rel of store.listRel('person')) {
    const id = rel.slice(rel.lastIndexOf('/') + 1, -5);
    const n = Number(id.slice(1));
    if (n > max) max = n;
    const raw = readFileSync(store.abs(rel), 'utf8');
    if (!/^(national_id|company):/m.test(raw)) continue;
    const p = store.readRel<{ name: string; national_id?: string; company?: { licence: string } }>(rel, 'person', id).data;
    if (p.national_id) people.set(`N:${p.national_id}`, { id, name: p.name });
    if (p.company?.licence) people.set(`L:${p.company.licence}`, { id, name: p.name });
  }
  return {
    people,
    nextPerson: max + 1,
    unit: (id) => store.tryRead<UnitRecord>('unit', id)?.data,
  };
}
