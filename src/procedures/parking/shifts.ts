// Shifts and books of the car park read together (manual 四.10): a shift's id from its date and shift
// (TC2026-1128-1 the day shift, -2 the night), the staff checks, the books of an attendant.
// e.g. shiftId('2026-11-28', 'night') → 'TC2026-1128-2'
import { NotFoundError, RuleError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import type { Store, Tx } from '../../core/store.js';
import type { StaffRecord } from '../../core/types.gen.js';
import type { Book } from './rules.js';

export const shiftId = (date: string, shift: 'day' | 'night') =>
  `TC${date.slice(0, 4)}-${date.slice(5, 7)}${date.slice(8, 10)}-${shift === 'day' ? 1 : 2}`;

export function activeStaff(src: Store | Tx, id: string, day: string, flag: string): StaffRecord {
  const s = src.tryRead<StaffRecord>('staff', id)?.data;
  if (!s)
    throw new NotFoundError(
      msg(`${flag}: 没有员工 ${id}`, `${flag}: no staff member ${id}`),
      msg('用 wuye staff list 查看', 'see wuye staff list'),
    );
  if ((s.active_to && s.active_to < day) || (s.active_from && s.active_from > day))
    throw new RuleError(msg(`员工 ${id}（${s.name}）当前不在职`, `staff member ${id} (${s.name}) is not active`));
  return s;
}

export function requireCashier(op: StaffRecord, what: ReturnType<typeof msg>): void {
  if (!(op.roles as string[]).includes('cashier'))
    throw new RuleError(
      msg(`「${what.zh}」由收款员办理`, `"${what.en}" is the cashier's`),
      msg('用 --as 指定收款员', 'pass --as with a cashier'),
    );
}

export function allBooks(src: Store | Tx): Book[] {
  const store = 'store' in src ? src.store : src;
  return store.ids('invoice-book').map((id) => src.read<Book>('invoice-book', id).data);
}
