// References a command writes must resolve (records.md validation layer 3), checked under the lock with a
// message that names the option: a staff member (with one of the roles a step needs) or a registered person.
// e.g. requireStaff(tx, 'S002', '--approved-by', ['cs-manager']) → "--approved-by: S003（李四）不是 用户服务部经理"
import { honouredRoles } from '../core/audit/roles.js';
import { NotFoundError, RuleError } from '../core/errors.js';
import { msg } from '../core/i18n.js';
import { checkId } from '../core/kinds.js';
import { label } from '../core/labels.js';
import { Tx, type Store } from '../core/store.js';
import type { PersonRecord, StaffRecord, UnitRecord } from '../core/types.gen.js';

/** A staff member named in an option; with roles, one of them (as honoured: core/audit/roles.ts) is required (a rule: exit 1). */
export function requireStaff(src: Store | Tx, id: string, flag: string, roles?: readonly string[]): StaffRecord {
  checkId('staff', id, flag);
  const s = src.tryRead<StaffRecord>('staff', id)?.data;
  if (!s)
    throw new NotFoundError(
      msg(`${flag}: 没有员工 ${id}`, `${flag}: no staff member ${id}`),
      msg('用 wuye staff list 查看员工编号', 'see wuye staff list for staff ids'),
    );
  // only roles granted through wuye count: one added to the file by hand waits for the director (staff confirm-roles)
  const dir = src instanceof Tx ? src.store.dir : src.dir;
  if (roles && !roles.some((r) => honouredRoles(dir, id, s.roles).honoured.includes(r))) {
    const names = roles.map((r) => label('role', r)).join('/');
    throw new RuleError(
      msg(`${flag}: ${id}（${s.name}）不是${names}`, `${flag}: ${id} (${s.name}) is not a ${roles.join('/')}`),
      msg(`须由${names}批准`, `it needs the approval of a ${roles.join('/')}`),
    );
  }
  return s;
}

/** A registered person named in an option. */
export function requirePerson(src: Store | Tx, id: string, flag: string): PersonRecord {
  checkId('person', id, flag);
  const p = src.tryRead<PersonRecord>('person', id)?.data;
  if (!p)
    throw new NotFoundError(
      msg(`${flag}: 没有人员 ${id}`, `${flag}: no person ${id}`),
      msg('先用 wuye person add 登记此人', 'register the person first with wuye person add'),
    );
  return p;
}

/** How a person is registered on the unit now, if at all: owner, resident (household member) or tenant. */
export function registeredAs(u: UnitRecord, person: string): 'owner' | 'resident' | 'tenant' | undefined {
  if ((u.owners ?? []).some((o) => o.person === person)) return 'owner';
  if ((u.residents ?? []).some((r) => r.person === person)) return 'resident';
  if ((u.tenants ?? []).some((t) => t.person === person)) return 'tenant';
  return undefined;
}
