// The staff fields that `staff add` and `staff update` take from options, checked once.
import { optDate, str } from '../../kit/options.js';
import type { Opts } from '../../kit/spec.js';
import { UsageError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import type { StaffRecord } from '../../core/types.gen.js';

const ROLES = ['director', 'cs-manager', 'cs-assistant', 'cashier', 'storekeeper', 'engineer', 'security'];

export function staffFieldsFromOpts(opts: Opts): Partial<StaffRecord> {
  const f: Partial<StaffRecord> = {};
  if (str(opts, 'name') !== undefined) f.name = str(opts, 'name')!.trim();
  const email = str(opts, 'email');
  if (email !== undefined) {
    if (!/^[^@\s]+@[^@\s]+$/.test(email))
      throw new UsageError(msg(`--email 无效: "${email}"`, `invalid --email: "${email}"`));
    f.email = email;
  }
  if (str(opts, 'phone')) f.phone = str(opts, 'phone');
  if (str(opts, 'department')) f.department = str(opts, 'department') as StaffRecord['department'];
  const roles = str(opts, 'roles');
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
  const from = optDate(opts, 'activeFrom', '--active-from');
  if (from) f.active_from = from;
  const to = optDate(opts, 'activeTo', '--active-to');
  if (to) f.active_to = to;
  if (str(opts, 'notes') !== undefined) f.notes = str(opts, 'notes');
  return f;
}
