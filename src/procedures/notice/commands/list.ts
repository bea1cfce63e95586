// wuye notice list [--year 2026] [--state posted] [--expired] [--json]
// Manual 二.8: notices still up past their end date (--expired) are to be taken down.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { allCases } from '../../../core/case-engine.js';
import type { NoticeState } from '../../../core/enums.gen.js';
import { msg, t } from '../../../core/i18n.js';
import { compareIds } from '../../../core/kinds.js';
import { labelZh } from '../../../core/labels.js';
import { expired, NOTICE, NOTICE_CASES, stillUp, type Notice } from '../rules.js';

export const parse = (l: Line) => ({
  year: l.int('year', 2000, 2100),
  state: l.choice<NoticeState>('state'),
  expired: l.flagged('expired'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const today = ctx.today();
  const rows = allCases<Notice>(ctx.store, NOTICE_CASES)
    .filter((n) => (!o.year || n.id.slice(2, 6) === String(o.year)) && (!o.state || n.state === o.state))
    .filter((n) => !o.expired || expired(n, today))
    .sort((a, b) => compareIds(a.id, b.id));
  if (ctx.globals.json) {
    ctx.out.json(
      rows.map((n) => ({
        id: n.id,
        template: n.template,
        title: n.title,
        state: n.state,
        from: n.from,
        to: n.to,
        up_at: stillUp(n).map((p) => p.place),
        expired: expired(n, today),
      })),
    );
    return;
  }
  ctx.out.table(rows, [
    { key: 'id', header: msg('编号', 'Id'), get: (n) => n.id },
    { key: 'title', header: msg('标题', 'Title'), get: (n) => n.title },
    {
      key: 'tpl',
      header: msg('模板', 'Template'),
      get: (n) => t(msg(labelZh('noticeTemplate', n.template), n.template)),
    },
    { key: 'state', header: msg('状态', 'State'), get: (n) => t(NOTICE.states[n.state]) },
    { key: 'from', header: msg('起', 'From'), get: (n) => n.from },
    {
      key: 'to',
      header: msg('止', 'To'),
      get: (n) => n.to + (expired(n, today) ? t(msg('（已过期）', ' (expired)')) : ''),
    },
    {
      key: 'up',
      header: msg('张贴于', 'Up at'),
      get: (n) =>
        stillUp(n)
          .map((p) => p.place)
          .join('、'),
    },
  ]);
}
