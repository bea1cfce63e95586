// Reading and staging fee records for the fee commands (07-fees.md "Records"): a unit's accounts
// over all years, the account of one year (created when first needed), receipt books, fee items.
// e.g. const accs = unitAccounts(ctx.store, '1-2-0801')
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { honouredRoles } from '../../core/audit/roles.js';
import { InvalidRecordError, NotFoundError, RuleError, UsageError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { checkId, compareIds, idOfPath, kindDef, relPath } from '../../core/kinds.js';
import { inSchemaOrder, toYaml } from '../../core/yamlemit.js';
import type { Store, Tx } from '../../core/store.js';
import type { PersonRecord, StaffRecord, UnitRecord } from '../../core/types.gen.js';
import { balance, type Account, type Book, type FeeItem, type FeesConfig } from './rules.js';

export const accountId = (year: number | string, unit: string): string => `${year}-${unit}`;
/** The unit of an account id (2026-1-2-0801 → 1-2-0801). */
export const unitOfAccount = (id: string): string => id.slice(5);

/** The years that have a fees/<year>/ folder, ascending. */
export function feeYears(store: Store): number[] {
  const dir = store.abs('fees');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /^\d{4}$/.test(n))
    .map(Number)
    .sort((a, b) => a - b);
}

/** Every account of a unit, oldest year first (as a transaction sees them when given one). */
export function unitAccounts(src: Store | Tx, unit: string, years: number[]): Account[] {
  const out: Account[] = [];
  for (const y of years) {
    const r = src.tryRead<Account>('fee-account', accountId(y, unit));
    if (r) out.push(r.data);
  }
  return out;
}

/** A unit's accounts over every year and their balance (as a transaction sees them when given one). */
export function unitBalance(src: Store | Tx, store: Store, unit: string) {
  const accounts = unitAccounts(src, unit, feeYears(store));
  return { accounts, bal: balance(accounts) };
}

export const newAccount = (year: number, unit: string): Account => ({
  kind: 'fee-account',
  id: accountId(year, unit),
  year,
  unit,
  bills: [],
  payments: [],
  adjustments: [],
});

/**
 * Stage a change to a unit's account of a year, or create it. Edited in place so that comments a
 * person wrote on the keys left alone survive; `fast` re-dumps the file (billing runs over 5,000 units).
 */
export function changeAccount(
  tx: Tx,
  year: number,
  unit: string,
  fn: (a: Account) => void,
  fast = false,
  known?: Account,
): Account {
  const id = accountId(year, unit);
  const cur = known ? { data: known } : tx.tryRead<Account>('fee-account', id);
  const acc: Account = cur ? structuredClone(cur.data) : newAccount(year, unit);
  fn(acc);
  if (fast) {
    // the fast emitter writes what dumpRecord would (block style, quoting as YAML needs), many times faster;
    // the write is still parsed and validated against the schema before it lands
    const rel = relPath('fee-account', id);
    tx.writes.set(rel, {
      kind: 'fee-account',
      id,
      rel,
      text: toYaml(inSchemaOrder(acc as unknown as Record<string, unknown>)),
    });
    return acc;
  }
  if (!cur) {
    tx.put('fee-account', id, acc);
    return acc;
  }
  tx.edit<Account>('fee-account', id, (doc, old) => {
    for (const [k, v] of Object.entries(acc)) {
      if (JSON.stringify((old as unknown as Record<string, unknown>)[k]) !== JSON.stringify(v))
        doc.set(k, doc.createNode(v));
    }
  });
  return acc;
}

export function readUnit(src: Store | Tx, id: string, where = 'UNIT'): UnitRecord {
  checkId('unit', id, where);
  const r = src.tryRead<UnitRecord>('unit', id);
  if (!r)
    throw new NotFoundError(
      msg(`没有房屋 ${id}`, `no unit ${id}`),
      msg('用 wuye unit list 查看房屋', 'see wuye unit list'),
    );
  return r.data;
}

/** The name of a unit's first owner ('' when it has none): the payer on receipts, the addressee of statements. */
export function ownerName(src: Store | Tx, u: UnitRecord): string {
  const pid = u.owners?.[0]?.person;
  return pid ? (src.tryRead<PersonRecord>('person', pid)?.data.name ?? '') : '';
}

/** Whom a collector calls about a unit: its first owner's name and first mobile, as `src` shows them (ctx.shown masks). */
export function ownerContact(src: Store | Tx, unit: string): { name: string; phone: string } {
  const u = src.tryRead<UnitRecord>('unit', unit)?.data;
  const pid = u?.owners?.[0]?.person;
  const p = pid ? src.tryRead<PersonRecord>('person', pid)?.data : undefined;
  return { name: p ? (p.company?.name ?? p.name) : '', phone: p?.phones?.[0] ?? '' };
}

/** Unit files to visit (optionally one building), sorted by id, without parsing them. */
export function unitRels(store: Store, building?: string): { id: string; rel: string }[] {
  // the building names a folder: checked here too, whoever passes it (commands check it as they parse)
  if (building !== undefined && !/^[0-9A-Za-z]{1,6}$/.test(building))
    throw new UsageError(msg(`--building 无效: "${building}"`, `invalid --building: "${building}"`));
  return store.unitRels(building).map((rel) => ({ rel, id: idOfPath(rel) }));
}

export function allBooks(src: Store, tx?: Tx): Book[] {
  return src.ids('receipt-book').map((id) => (tx ?? src).tryRead<Book>('receipt-book', id)!.data);
}

/** A receipt number as typed: 7 digits, e.g. 0000101. */
export function receiptNumber(no: string): string {
  if (!/^\d{7}$/.test(no))
    throw new UsageError(
      msg(`收据号无效: "${no}"`, `invalid receipt number: "${no}"`),
      msg('收据号为 7 位数字，如 0000101', 'a receipt number has 7 digits, e.g. 0000101'),
    );
  return no;
}

/** The book holding a receipt number, or NotFound. */
export function bookOfNumber(books: readonly Book[], no: string): Book {
  receiptNumber(no);
  const b = books.find((x) => x.from <= no && no <= x.to);
  if (!b)
    throw new NotFoundError(
      msg(`没有含收据号 ${no} 的收据本`, `no receipt book holds number ${no}`),
      msg('用 wuye fee books check 查看收据本', 'see wuye fee books check'),
    );
  return b;
}

export function feeItems(fees: FeesConfig): FeeItem[] {
  return fees.items ?? [];
}

export function findItem(fees: FeesConfig, code: string, flag: string): FeeItem {
  const it = feeItems(fees).find((i) => i.code === code);
  if (!it)
    throw new UsageError(
      msg(`${flag}: 没有收费项目 ${code}`, `${flag}: no fee item ${code}`),
      msg(
        `wuye.yaml 中的收费项目: ${
          feeItems(fees)
            .map((i) => i.code)
            .join(', ') || '（无）'
        }`,
        `fee items in wuye.yaml: ${
          feeItems(fees)
            .map((i) => i.code)
            .join(', ') || '(none)'
        }`,
      ),
    );
  return it;
}

export function requireStaff(src: Store, id: string, flag: string, roles?: readonly string[]): StaffRecord {
  checkId('staff', id, flag);
  const s = src.tryRead<StaffRecord>('staff', id)?.data;
  if (!s) throw new NotFoundError(msg(`${flag}: 没有员工 ${id}`, `${flag}: no staff member ${id}`));
  // the roles that work: one added by hand waits for the director's confirmation (src/core/audit/roles.ts)
  if (roles && !roles.some((r) => honouredRoles(src.dir, id, s.roles).honoured.includes(r))) {
    throw new RuleError(
      msg(
        `${flag}: ${id}（${s.name}）不具有 ${roles.join('/')} 角色`,
        `${flag}: ${id} (${s.name}) does not have the ${roles.join('/')} role`,
      ),
    );
  }
  return s;
}

/** Where the records root keeps a year's fee folder (for batch scans). */
export const feeDir = (store: Store, year: number): string => join(store.dir, 'fees', String(year));

/** A file in fees/<year>/ that is not named <unit>.yaml (e.g. 2026-1-2-0801.yaml, the layout before format 1 was released). */
const misplacedAccount = (rel: string) =>
  new InvalidRecordError(
    msg(
      '不是有效的收费账户文件位置（应为 fees/<年度>/<房屋>.yaml，如 fees/2026/1-2-0801.yaml）',
      'not a valid place for a fee account (it is fees/<year>/<unit>.yaml, e.g. fees/2026/1-2-0801.yaml)',
    ),
    msg(
      '用 git mv 把文件改名为 fees/<年度>/<房屋>.yaml，再运行 wuye validate',
      'rename the file to fees/<year>/<unit>.yaml with git mv, then run wuye validate',
    ),
    { file: rel },
  );

/** Every unit that has a fee account, with its years, optionally one building; sorted by unit id. */
export function accountUnits(store: Store, building?: string): { unit: string; years: number[] }[] {
  const map = new Map<string, number[]>();
  const valid = kindDef('fee-account').idPattern;
  for (const y of feeYears(store)) {
    for (const n of readdirSync(feeDir(store, y))) {
      if (!n.endsWith('.yaml')) continue;
      const rel = `fees/${y}/${n}`;
      const id = idOfPath(rel); // fees/2026/1-2-0801.yaml → 2026-1-2-0801
      if (!valid.test(id)) throw misplacedAccount(rel);
      const unit = unitOfAccount(id);
      if (building !== undefined && unit.split('-')[0] !== building) continue;
      const list = map.get(unit) ?? [];
      list.push(y);
      map.set(unit, list);
    }
  }
  return [...map].map(([unit, years]) => ({ unit, years })).sort((a, b) => compareIds(a.unit, b.unit));
}

/**
 * Read the accounts of each unit in turn (memory stays flat: one unit at a time). With `touching`, only the
 * accounts that can bear on that year's bills: the year's own and later ones, and an earlier one only when its
 * text names the year — every allocation or adjustment of a bill carries the bill's id, "2026-11/mgmt" — so
 * a ledger of one year does not parse every year before it.
 */
export function* scanAccounts(
  store: Store,
  building?: string,
  touching?: number,
): Generator<{ unit: string; accounts: Account[] }> {
  const mark = `${touching}-`;
  for (const { unit, years } of accountUnits(store, building)) {
    if (touching === undefined) {
      yield { unit, accounts: unitAccounts(store, unit, years) };
      continue;
    }
    const accounts: Account[] = [];
    for (const y of years) {
      const rel = relPath('fee-account', accountId(y, unit));
      const text = store.readText(rel);
      if (y >= touching || text.includes(mark))
        accounts.push(store.parseRel<Account>(rel, 'fee-account', accountId(y, unit), text).data);
    }
    yield { unit, accounts };
  }
}
