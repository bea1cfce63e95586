// The owners' files' printed form (manual 三.2 2.6): 档案借阅登记表, the loans of one unit's file or of every
// file in a month.
// e.g. wuye form archive-loans 1-2-0801 · wuye form archive-loans 2026-11
import { UsageError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { checkId } from '../../core/kinds.js';
import type { StaffRecord } from '../../core/types.gen.js';
import type { Ctx } from '../../kit/context.js';
import type { FormDef } from '../../kit/forms.js';
import { archiveId, loansBetween, placeText, type ArchiveFile } from './rules.js';

function staffName(ctx: Ctx, id?: string): string {
  return id ? (ctx.shown.tryRead<StaffRecord>('staff', id)?.data.name ?? id) : '';
}

/** The data of 档案借阅登记表 for a unit's file (1-2-0801) or a month (2026-11); dated from the records. */
export function archiveLoansData(ctx: Ctx, id: string) {
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(id);
  if (!month) {
    try {
      checkId('unit', id, 'ID');
    } catch {
      throw new UsageError(
        msg(
          `archive-loans 的编号应为房屋编号或月份，而不是 "${id}"`,
          `archive-loans takes a unit id or a month, not "${id}"`,
        ),
        msg('如 1-2-0801 或 2026-11', 'e.g. 1-2-0801 or 2026-11'),
      );
    }
  }
  const files = month
    ? [...ctx.shown.all<ArchiveFile>('archive')].map((r) => r.data)
    : [ctx.shown.read<ArchiveFile>('archive', archiveId(id)).data];
  const rows = loansBetween(files, month ? `${id}-01` : '0000-01-01', month ? `${id}-31` : '9999-12-31', '9999-12-31');
  const loans = rows.map((r) => ({
    file: r.file,
    confidential: r.confidential ? '机密' : '一般',
    to: r.loan.to,
    purpose: r.loan.purpose,
    approved: staffName(ctx, r.loan.approved_by),
    out: r.loan.out,
    due: r.loan.due,
    in: r.loan.in,
    received: staffName(ctx, r.loan.received_by),
  }));
  const date =
    rows
      .flatMap((r) => [r.loan.out, r.loan.in ?? ''])
      .filter(Boolean)
      .sort()
      .pop() ?? (month ? `${id}-01` : (files[0].documents[0]?.added_on ?? '2000-01-01'));
  const f = month ? undefined : files[0];
  return {
    id,
    date,
    data: {
      register: {
        id,
        scope: month ? `${id} 全部档案` : id,
        place: f ? placeText(f) : '',
        confidential: f ? (f.confidential ? '机密' : '一般') : '',
      },
      loans,
    },
  };
}

export const FORMS: FormDef[] = [
  {
    name: 'archive-loans',
    template: 'archive/archive-loans',
    title: msg('档案借阅登记表', 'file loan register'),
    idKind: 'unit|YYYY-MM',
    load: (ctx, id) => archiveLoansData(ctx, id),
  },
];
