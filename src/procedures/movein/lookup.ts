// What the move-in commands look up in the records beside the case itself (manual 四.2): the unit, a
// staff member named on the command line, the cs-manager who follows up failed re-inspections, and
// the cases of a building (from the file names alone).
// e.g. requireStaff(ctx.store, 'S007', '--inspector') · caseIdsOfBuilding(ctx.store, '3')
import { ROLE_LABELS, type Role } from '../../core/case.js';
import { NotFoundError, RuleError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { honouredRoles } from '../../core/audit/roles.js';
import type { Store, Tx } from '../../core/store.js';
import type { StaffRecord, UnitRecord } from '../../core/types.gen.js';

export const readUnit = (src: Store | Tx, id: string): UnitRecord => src.read<UnitRecord>('unit', id).data;

/** Is a staff member in post on a day (active_from ≤ day ≤ active_to)? */
export const activeOn = (s: Pick<StaffRecord, 'active_from' | 'active_to'>, day: string): boolean =>
  !(s.active_from && s.active_from > day) && !(s.active_to && s.active_to < day);

/**
 * A staff member named by an option, checked to exist — and, when given, to hold one of `roles`
 * and to be in post on `day` (an inspector named with --inspector is the one who walked the unit).
 */
export function requireStaff(
  store: Store,
  id: string,
  flag: string,
  need?: { roles: readonly Role[]; day: string },
): string {
  const s = store.tryRead<StaffRecord>('staff', id)?.data;
  if (!s)
    throw new NotFoundError(
      msg(`${flag}: 没有员工 ${id}`, `${flag}: no staff member ${id}`),
      msg('用 wuye staff list 查看员工编号', 'see wuye staff list'),
    );
  // a role granted by hand (not confirmed by the director) is not one this staff member holds
  if (need && !need.roles.some((r) => honouredRoles(store.dir, id, s.roles ?? []).honoured.includes(r)))
    throw new RuleError(
      msg(
        `${flag}: ${id}（${s.name}）不是${need.roles.map((r) => ROLE_LABELS[r].zh).join('或')}的人员`,
        `${flag}: ${id} (${s.name}) is not ${need.roles.map((r) => ROLE_LABELS[r].en).join(' or ')} staff`,
      ),
    );
  if (need && !activeOn(s, need.day))
    throw new RuleError(
      msg(`${flag}: ${id}（${s.name}）${need.day} 不在职`, `${flag}: ${id} (${s.name}) was not in post on ${need.day}`),
    );
  return id;
}

/** The first staff member with the cs-manager role in post on `day` (who follows up by default). */
export function firstCsManager(store: Store, day: string): string | undefined {
  for (const s of store.all<StaffRecord>('staff')) {
    const st = s.data;
    if (
      (st.roles ?? []).includes('cs-manager') &&
      activeOn(st, day) &&
      honouredRoles(store.dir, st.id, st.roles).honoured.includes('cs-manager') // not one granted by hand
    )
      return st.id;
  }
  return undefined;
}

/** The ids of a building's move-in cases, or of every building (file names only, no parsing). */
export function caseIdsOfBuilding(store: Store, building: string | undefined): string[] {
  return store.ids('movein').filter((id) => !building || id.split('-')[0] === building);
}
