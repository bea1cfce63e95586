// The service standard the owners' files measure (manual 三.2.6; spec standards.md 2.6): confidential files
// lent only with the CS manager's approval, and every loan back by its due date. Read by `wuye standards`.
// e.g. archiveStandards(ctx, { from: '2026-01-01', to: '2026-12-31', today, now })
import { msg } from '../../core/i18n.js';
import type { Ctx } from '../../kit/context.js';
import {
  ratioText,
  statusOf,
  type StandardPeriod,
  type StandardRow,
  type StandardSource,
} from '../../kit/standards.js';
import type { StaffRecord } from '../../core/types.gen.js';
import { loansBetween, type ArchiveFile } from './rules.js';

export function archiveStandards(ctx: Ctx, p: StandardPeriod): StandardRow[] {
  const managers = new Set(
    [...ctx.shown.all<StaffRecord>('staff')].filter((s) => s.data.roles.includes('cs-manager')).map((s) => s.id),
  );
  const rows = loansBetween(
    [...ctx.shown.all<ArchiveFile>('archive')].map((r) => r.data),
    p.from,
    p.to,
    p.today,
  );
  const bad = rows.filter(
    (r) => r.overdue || (r.confidential && (!r.loan.approved_by || !managers.has(r.loan.approved_by))),
  );
  return [
    {
      clause: '2.6',
      requirement: msg('机密档案经批准方可借阅，按期归还', 'confidential files lent only with approval, returned'),
      measured: ratioText(rows.length - bad.length, rows.length),
      status: statusOf(rows.length, bad.length),
      evidence: bad.map((r) => `${r.file}#${r.index + 1}`),
    },
  ];
}

export const sources: readonly StandardSource[] = [{ clauses: ['2.6'], measure: archiveStandards }];
