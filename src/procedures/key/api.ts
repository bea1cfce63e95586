// What other procedures call on the key register (manual 三.12; spec 01 "keys", 05-vacant "viewings through
// key loans"): lend a key and take it back inside the caller's Tx, the keys of a unit, and the figures of
// standard 12.2 (key loans registered, not returned) for `wuye standards`.
// e.g. const loan = lendKey(tx, { key: 'K-3-1-0101', to: '王先生', purpose: '看房', out: ctx.now(), by: op.id, dayEnd: ctx.config.keys.day_end, ref: 'vacant/KF2026-0003' })
import { NotFoundError, RuleError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import type { Store, Tx } from '../../core/store.js';
import { appendIn, setIn } from '../../core/yamlio.js';
import { dueOf, keyLoanStandard, keysOfUnit, openLoan, type Key, type KeyLoan, type KeyLoanStandard } from './rules.js';

export type { Key, KeyLoan, KeyLoanStandard } from './rules.js';
export { dayEndOf, isOverdue, keyLoanStandard, openLoan } from './rules.js';

export interface LendInput {
  key: string;
  /** The borrower's name as written in the register. */
  to: string;
  person?: string;
  staff?: string;
  phone?: string;
  purpose: string;
  /** Out time, ISO with offset (ctx.now()). */
  out: string;
  /** Due date (YYYY-MM-DD) when later than today, approved; default the end of the day it went out. */
  dueDate?: string;
  approvedBy?: string;
  by: string;
  /** keys.day_end of wuye.yaml. */
  dayEnd: string;
  /** The case this loan serves, e.g. vacant/KF2026-0003. */
  ref?: string;
}

function readKey(tx: Tx, id: string): Key {
  const r = tx.tryRead<Key>('key', id);
  if (!r)
    throw new NotFoundError(
      msg(`没有钥匙 ${id}`, `no key ${id}`),
      msg('用 wuye key list 查看钥匙编号', 'see wuye key list for key ids'),
    );
  return r.data;
}

/** Lend a key (staged in tx): refused when it is out, lost or back with its owner. Returns the loan and its number (1-based). */
export function lendKey(tx: Tx, x: LendInput): { loan: KeyLoan; no: number } {
  const k = readKey(tx, x.key);
  if (k.state === 'returned')
    throw new RuleError(
      msg(
        `钥匙 ${k.id} 已于 ${k.returned_on ?? ''} 交还业主，不在服务中心`,
        `key ${k.id} was returned to its owner; it is not at the center`,
      ),
      msg(
        '向业主借用，或登记新留存的钥匙: wuye key add',
        'borrow it from the owner, or register a key held now: wuye key add',
      ),
    );
  if (k.state === 'lost')
    throw new RuleError(
      msg(`钥匙 ${k.id} 已登记遗失，不能借出`, `key ${k.id} is recorded lost; it cannot be lent`),
      msg(
        `换锁或补配后登记: wuye key lost ${k.id} --action lock-changed --replaced`,
        `after a new lock or a copy: wuye key lost ${k.id} --action lock-changed --replaced`,
      ),
    );
  const cur = openLoan(k);
  if (cur)
    throw new RuleError(
      msg(
        `钥匙 ${k.id} 已借出（${cur.to}，${cur.out.slice(0, 16).replace('T', ' ')}，${cur.purpose}），尚未归还`,
        `key ${k.id} is already out (${cur.to}, ${cur.out.slice(0, 16).replace('T', ' ')}, ${cur.purpose})`,
      ),
      msg(`先收回: wuye key return ${k.id}`, `take it back first: wuye key return ${k.id}`),
    );
  const due = dueOf(x.out, x.dayEnd, x.dueDate);
  if (Date.parse(due) <= Date.parse(x.out))
    throw new RuleError(
      msg(
        `应还时间 ${due.slice(0, 16).replace('T', ' ')} 早于借出时间`,
        `due back ${due.slice(0, 16).replace('T', ' ')} is before the time it goes out`,
      ),
      msg('用 --due 给一个以后的日期', 'give a later date with --due'),
    );
  const loan: KeyLoan = {
    to: x.to,
    ...(x.person ? { person: x.person } : {}),
    ...(x.staff ? { staff: x.staff } : {}),
    ...(x.phone ? { phone: x.phone } : {}),
    purpose: x.purpose,
    out: x.out,
    due,
    approved_by: x.approvedBy ?? x.by,
    by: x.by,
    ...(x.ref ? { ref: x.ref } : {}),
  };
  tx.edit('key', k.id, (doc) => appendIn(doc, ['loans'], loan));
  return { loan, no: (k.loans?.length ?? 0) + 1 };
}

/** Take a key back (staged in tx): refused when it is not out. Returns the loan as closed. */
export function returnKey(tx: Tx, x: { key: string; at: string; by: string }): { loan: KeyLoan; late: boolean } {
  const k = readKey(tx, x.key);
  const cur = openLoan(k);
  if (!cur)
    throw new RuleError(
      msg(`钥匙 ${k.id} 没有借出，无需归还`, `key ${k.id} is not out; there is nothing to return`),
      msg(`借用情况见 wuye key show ${k.id}`, `see its loans with wuye key show ${k.id}`),
    );
  if (Date.parse(x.at) < Date.parse(cur.out))
    throw new RuleError(msg(`归还时间早于借出时间 ${cur.out}`, `the return time is before it went out (${cur.out})`));
  const i = k.loans!.indexOf(cur);
  tx.edit('key', k.id, (doc) => {
    setIn(doc, ['loans', i, 'in'], x.at);
    setIn(doc, ['loans', i, 'received_by'], x.by);
  });
  const loan = { ...cur, in: x.at, received_by: x.by };
  return { loan, late: !!cur.due && Date.parse(x.at) > Date.parse(cur.due) };
}

/** Every key record (fast read): public-area keys first, then the units' keys, each by id. */
export function allKeys(store: Store): Key[] {
  return [...store.all<Key>('key')]
    .map((r) => r.data)
    .sort((a, b) => (a.unit ? 1 : 0) - (b.unit ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The keys of a unit held at the center, a vacant unit's full set first. */
export function unitKeys(store: Store, unit: string): Key[] {
  return keysOfUnit(allKeys(store), unit);
}

/** Standard 12.2 over the loans that went out between from and to (dates, inclusive). */
export function keyLoanFigures(store: Store, from: string, to: string, now: string, dayEnd: string): KeyLoanStandard {
  return keyLoanStandard(allKeys(store), from, to, now, dayEnd);
}
