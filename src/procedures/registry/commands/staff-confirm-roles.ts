// wuye staff confirm-roles S003 --as S001 — the director confirms a staff member's roles as the file now lists
// them (spec README "Roles and who may do what"): a role added by hand (a hand commit or an uncommitted edit of
// staff/S003.yaml) does not work until this commit, which `wuye audit verify` reads as the confirmation
// (src/core/audit/roles.ts). Recorded in the record (roles_confirmed: roles, by, at) and its commit.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { CONFIRM_SUBJECT, honouredRoles } from '../../../core/audit/roles.js';
import { requireRole } from '../../../core/case.js';
import { msg } from '../../../core/i18n.js';
import type { StaffRecord } from '../../../core/types.gen.js';
import { setIn } from '../../../core/yamlio.js';

export const parse = (l: Line) => ({ id: l.id(0, 'staff') });

export async function run(ctx: Ctx, { id }: ReturnType<typeof parse>): Promise<void> {
  requireRole(ctx.operator().roles, ['director'], msg('确认手工修改的员工角色', 'confirming roles changed by hand'));
  const s = ctx.store.read<StaffRecord>('staff', id).data;
  const { unconfirmed } = honouredRoles(ctx.root, id, s.roles);
  if (unconfirmed.length === 0) {
    ctx.info(
      msg(
        `${id} 的角色（${s.roles.join('、')}）都已经 wuye 授予或确认，无需确认；未写入`,
        `${id}'s roles (${s.roles.join(', ')}) were all granted or confirmed through wuye; nothing to confirm, nothing written`,
      ),
    );
    if (ctx.globals.json) ctx.out.json({ id, confirmed: [], roles: s.roles, commit: null });
    return;
  }
  await ctx.write((tx) => {
    tx.edit('staff', id, (doc) =>
      setIn(doc, ['roles_confirmed'], { roles: [...s.roles], by: ctx.operator().id, at: ctx.now() }),
    );
    return {
      message: CONFIRM_SUBJECT(id),
      summary: msg(
        `已确认 ${id}（${s.name}）的角色：${s.roles.join('、')}（其中 ${unconfirmed.join('、')} 原为手工修改）`,
        `confirmed ${id} (${s.name})'s roles: ${s.roles.join(', ')} (${unconfirmed.join(', ')} had been changed by hand)`,
      ),
    };
  });
}
