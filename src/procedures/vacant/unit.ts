// The unit a vacant-unit command names, read under the lock, and the round a check or a sheet belongs to.
// e.g. requireUnit(tx, '3-1-0101') · roundOf(l) → '2026-08-typhoon'
import { NotFoundError, UsageError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import type { Store, Tx } from '../../core/store.js';
import type { UnitRecord } from '../../core/types.gen.js';
import type { Line } from '../../kit/line.js';

export function requireUnit(src: Store | Tx, id: string): UnitRecord {
  const u = src.tryRead<UnitRecord>('unit', id)?.data;
  if (!u)
    throw new NotFoundError(
      msg(`没有房屋 ${id}`, `no unit ${id}`),
      msg('用 wuye vacant list 查看空置房', 'see wuye vacant list for the vacant units'),
    );
  return u;
}

/** --round: a month (2026-12) or a month with a word for an extra round (2026-08-typhoon). */
export function roundOf(l: Line): string | undefined {
  const r = l.text('round');
  if (r !== undefined && !/^\d{4}-(0[1-9]|1[0-2])(-[a-z0-9]{1,12})?$/.test(r))
    throw new UsageError(
      msg(`--round 无效: "${r}"`, `invalid --round: "${r}"`),
      msg('如 2026-12，或加一轮的 2026-08-typhoon', 'e.g. 2026-12, or an extra round 2026-08-typhoon'),
    );
  return r;
}
