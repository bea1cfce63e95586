// One person per national id number (spec 01 "Records": person; records.md "Values"): who already holds a
// number — a raw text scan of people/ first, then a parse of the few files that hold it — and the refusal
// person add / update give when it is taken. e.g. wuye person add --name 张三 --national-id 110101199003071234
// → "身份证号 110101********1234 已登记为 P000012（张三）"
import { hmacOf, sealedAt } from '../../core/sealed.js';
import { readFileSync } from 'node:fs';
import { RuleError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { maskNationalId } from '../../core/personal.js';
import type { Store, Tx } from '../../core/store.js';
import { idOfPath } from '../../core/kinds.js';
import { PERSON_ID_IN_TEXT } from '../../core/ids.js';
import type { PersonRecord } from '../../core/types.gen.js';
import { displayName } from './rules.js';

/**
 * Every person id ever allocated: the registered ones and those merged into them (a person file holds its own
 * id and its merged_from ids, nothing else of the form P000000), so a merged id is never given out again.
 */
export function personIdsTaken(store: Store): string[] {
  const out: string[] = [];
  for (const rel of store.listRel('person')) {
    out.push(idOfPath(rel));
    const text = readFileSync(store.abs(rel), 'latin1');
    if (text.includes('merged_from')) out.push(...(text.match(PERSON_ID_IN_TEXT) ?? []));
  }
  return out;
}

/** The registered person (other than `except`) whose national id is `nid`, as the transaction sees people. */
export function holderOfNationalId(tx: Tx, nid: string, except?: string): PersonRecord | undefined {
  const want = nid.toUpperCase();
  // a sealed id number (personal.encrypt) is found by its keyed hash
  const key = tx.store.keyring?.hashKey();
  const h = key ? hmacOf(key, 'national-id', want) : undefined;
  for (const rel of tx.store.listRel('person')) {
    const id = idOfPath(rel);
    if (id === except) continue;
    const text = readFileSync(tx.store.abs(rel), 'latin1');
    if (!text.toUpperCase().includes(want) && !(h && text.includes(h))) continue;
    const p = tx.tryRead<PersonRecord>('person', id)?.data;
    if (p?.national_id?.toUpperCase() === want || (h && p && sealedAt(p, '/national_id')?.hmac === h)) return p;
  }
  return undefined;
}

/** Refuse a national id that another person holds, naming that person and the way to repair a double record. */
export function refuseTakenNationalId(tx: Tx, nid: string, self?: string): void {
  const other = holderOfNationalId(tx, nid, self);
  if (!other) return;
  throw new RuleError(
    msg(
      `身份证号 ${maskNationalId(nid)} 已登记为 ${other.id}（${displayName(other)}）`,
      `national id ${maskNationalId(nid)} is already registered as ${other.id} (${displayName(other)})`,
    ),
    self
      ? msg(
          `同一人只留一条记录：wuye person merge ${other.id} ${self}（把 ${self} 并入 ${other.id}）`,
          `one person, one record: wuye person merge ${other.id} ${self} (merges ${self} into ${other.id})`,
        )
      : msg(
          `是同一人就用 ${other.id}（wuye person show ${other.id}）；否则核对号码`,
          `if it is the same person use ${other.id} (wuye person show ${other.id}); otherwise check the number`,
        ),
  );
}
