// The staff fields that `staff add` and `staff update` take from options (spec 01 "Records": staff), read
// and checked once by those commands' parse: an e-mail for git authorship, known roles.
// e.g. wuye staff update S007 --roles cs-assistant,cashier --active-to 2026-12-31
import type { Line } from '../../kit/line.js';
import { UsageError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import type { StaffRecord } from '../../core/types.gen.js';

const ROLES = ['director', 'cs-manager', 'cs-assistant', 'cashier', 'storekeeper', 'engineer', 'security', 'finance'];

export function staffFields(l: Line): Partial<StaffRecord> {
  const f: Partial<StaffRecord> = {};
  const name = l.text('name');
  if (name !== undefined) f.name = name;
  const email = l.text('email');
  if (email !== undefined) {
    if (!/^[^@\s]+@[^@\s]+$/.test(email))
      throw new UsageError(msg(`--email 无效: "${email}"`, `invalid --email: "${email}"`));
    f.email = email;
  }
  const phone = l.text('phone');
  if (phone) f.phone = phone;
  const department = l.choice<StaffRecord['department']>('department');
  if (department) f.department = department;
  const roles = l.text('roles');
  if (roles !== undefined) {
    const list = roles
      .split(/[,，]/)
      .map((r) => r.trim())
      .filter(Boolean);
    const bad = list.filter((r) => !ROLES.includes(r));
    if (bad.length || list.length === 0)
      throw new UsageError(
        msg(
          `--roles 中有未知角色: ${bad.join(', ') || '(空)'}`,
          `unknown role(s) in --roles: ${bad.join(', ') || '(none)'}`,
        ),
        msg(`可用角色: ${ROLES.join(', ')}`, `roles: ${ROLES.join(', ')}`),
      );
    f.roles = [...new Set(list)] as StaffRecord['roles'];
  }
  const from = l.date('activeFrom');
  if (from) f.active_from = from;
  const to = l.date('activeTo');
  if (to) f.active_to = to;
  const notes = l.text('notes');
  if (notes !== undefined) f.notes = notes;
  return f;
}
