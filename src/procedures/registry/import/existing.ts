// What the records already hold that an import must respect: registered
// people by national id / licence (so a buyer already on file keeps their id),
// the next free person number, and registered units. A raw text scan finds the
// id lines without parsing thousands of person files.
import { readFileSync } from 'node:fs';
import { nextInSequence, PERSON_ID_IN_TEXT, personSequence } from '../../../core/ids.js';
import { hmacOf } from '../../../core/sealed.js';
import { idOfPath } from '../../../core/kinds.js';
import type { Store } from '../../../core/store.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import type { Existing } from './plan.js';

/** `wanted`: the buyer keys of the import (N:national id, L:licence); only those people's files are parsed. */
export function loadExisting(store: Store, wanted: Set<string>, station = ''): Existing {
  const people = new Map<string, { id: string; name: string }>();
  const taken: string[] = [];
  // sealed id numbers (personal.encrypt): the wanted ones by their keyed hash
  const key = store.keyring?.hashKey();
  const byHash = new Map<string, string>();
  if (key)
    for (const w of wanted) if (w.startsWith('N:')) byHash.set(hmacOf(key, 'national-id', w.slice(2))!, w.slice(2));
  for (const rel of store.listRel('person')) {
    const id = idOfPath(rel);
    taken.push(id);
    const raw = readFileSync(store.abs(rel), 'utf8');
    // ids merged into this person (wuye person merge) are never allocated again
    if (raw.includes('merged_from')) taken.push(...(raw.match(PERSON_ID_IN_TEXT) ?? []));
    const sealedHash = byHash.size ? /^national_id:\n(?: {2,}\S.*\n)*? {2,}hmac: (\S+)/m.exec(raw)?.[1] : undefined;
    const nid = /^national_id: ["']?([0-9Xx]{18})/m.exec(raw)?.[1] ?? (sealedHash && byHash.get(sealedHash));
    const lic = /^ {2,}licence: ["']?([0-9A-Z]{15,18})/m.exec(raw)?.[1];
    if (!(nid && wanted.has(`N:${nid.toUpperCase()}`)) && !(lic && wanted.has(`L:${lic}`))) continue;
    const p = store.readRel<{ name: string; national_id?: string; company?: { licence: string } }>(
      rel,
      'person',
      id,
    ).data;
    if (nid) people.set(`N:${nid.toUpperCase()}`, { id, name: p.name });
    if (p.company?.licence) people.set(`L:${p.company.licence}`, { id, name: p.name });
  }
  const seq = personSequence(station);
  return {
    people,
    nextPerson: Number(nextInSequence(seq.head, seq.width, taken).slice(seq.head.length)),
    personSequence: seq,
    unit: (id) => store.tryRead<UnitRecord>('unit', id)?.data,
  };
}
