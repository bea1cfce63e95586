// wuye config operator [STAFF-ID] — who works at this computer (issue 11 item 5): the default operator of every
// writing command run here without --as, kept in .wuye/local.yaml (ignored by git, one per computer); without
// an id it says who it is. The staff member must exist and be active.
// e.g. wuye config operator S003 → 本机操作员：S003 王芳（客服助理）
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { NotFoundError, RuleError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import { loadLocal, saveLocal } from '../../../core/root.js';
import type { StaffRecord } from '../../../core/types.gen.js';

export const parse = (l: Line) => ({ id: l.optionalId(0, 'staff') });

/** The staff member who may be this computer's operator: existing and active today. */
export function activeStaff(ctx: Ctx, id: string): StaffRecord {
  const s = ctx.store.tryRead<StaffRecord>('staff', id)?.data;
  if (!s)
    throw new NotFoundError(
      msg(`没有员工 ${id}`, `no staff member ${id}`),
      msg('用 wuye staff list 查看员工编号', 'see wuye staff list for staff ids'),
    );
  const day = ctx.today();
  if ((s.active_to && s.active_to < day) || (s.active_from && s.active_from > day))
    throw new RuleError(
      msg(`员工 ${id}（${s.name}）当前不在职`, `staff member ${id} (${s.name}) is not active`),
      msg('选一位在职员工', 'choose an active staff member'),
    );
  return s;
}

const who = (s: StaffRecord) => `${s.id} ${s.name}（${s.roles.map((r) => label('role', r)).join('、')}）`;

export async function run(ctx: Ctx, { id }: ReturnType<typeof parse>): Promise<void> {
  if (id === undefined) {
    const current = loadLocal(ctx.root).operator;
    const s = current ? ctx.store.tryRead<StaffRecord>('staff', current)?.data : undefined;
    if (ctx.globals.json) return ctx.out.json({ operator: current ?? null, name: s?.name ?? null });
    ctx.out.line(
      current
        ? t(msg(`本机操作员：${s ? who(s) : current}`, `operator on this computer: ${s ? who(s) : current}`))
        : t(
            msg(
              '本机没有默认操作员；用 wuye config operator 员工编号 设定',
              'no default operator on this computer; set one with wuye config operator STAFF-ID',
            ),
          ),
    );
    return;
  }
  const s = activeStaff(ctx, id);
  const file = saveLocal(ctx.root, { operator: s.id });
  if (ctx.globals.json) return ctx.out.json({ operator: s.id, name: s.name, file });
  if (!ctx.globals.quiet)
    ctx.out.line(
      t(
        msg(
          `本机操作员：${who(s)}（写入 ${file}，不进 git）`,
          `operator on this computer: ${who(s)} (kept in ${file}, not in git)`,
        ),
      ),
    );
}
