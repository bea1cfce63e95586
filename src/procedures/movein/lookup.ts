// What the move-in commands look up in the records beside the case itself (manual 四.2): the unit, a
// staff member named on the command line, the cs-manager who follows up failed re-inspections, and
// the cases of a building (from the file names alone).
// e.g. requireStaff(ctx.store, 'S007', '--inspector') · caseIdsOfBuilding(ctx.store, '3')
import { NotFoundError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { honouredRoles } from '../../core/audit/roles.js';
import type { Store, Tx } from '../../core/store.js';
import type { StaffRecord, UnitRecord } from '../../core/types.gen.js';

export const readUnit = (src: Store | Tx, id: string): UnitRecord => src.read<UnitRecord>('unit', id).data;

/** A staff member named by an option, checked to exist. */
export function requireStaff(store: Store, id: string, flag: string): string {
  if (!store.exists('staff', id))
    throw new NotFoundError(
      msg(`${flag}: 没有员工 ${id}`, `${flag}: no staff member ${id}`),
      msg('用 wuye staff list 查看员工编号', 'see wuye staff list'),
    );
  return id;
}

/** The first staff member with the cs-manager role still active on `day` (who follows up by default). */
export function firstCsManager(store: Store, day: string): string | undefined {
  for (const s of store.all<StaffRecord>('staff')) {
    const st = s.data;
    if (
      (st.roles ?? []).includes('cs-manager') &&
      !(st.active_to && st.active_to < day) &&
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
