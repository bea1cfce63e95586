// The owners' files' rules (manual 三.2 文件资料管理 2.6: confidential files lent only with permission and a
// complete loan procedure; spec 01 "Rules"): one loan out at a time, due back after archive.loan_workdays
// working days, a confidential file lent only with the cs-manager's approval; standard 2.6's figures.
// e.g. archiveLoanStandard(files, '2026-01-01', '2026-12-31', '2026-11-28') → { loans: 6, confidential: 2, … }
import type { ArchiveRecord } from '../../core/types.gen.js';

export type ArchiveFile = ArchiveRecord;

/** A unit's file id (its own prefix, so `wuye show 1-2-0801` still names only the unit). */
export const archiveId = (unit: string): string => `DA-${unit}`;
/** A command's unit argument and its file's id. */
export const fileOf = (unit: string) => ({ unit, id: archiveId(unit) });
export type ArchiveLoan = NonNullable<ArchiveRecord['loans']>[number];
export type ArchiveDoc = ArchiveRecord['documents'][number];

/** The loan out now, if any. */
export const openLoan = (f: ArchiveFile): ArchiveLoan | undefined => (f.loans ?? []).find((l) => !l.in);

/** Not back by its due date (overdue the day after it was due). */
export const isOverdue = (l: ArchiveLoan, today: string): boolean => (l.in ? l.in > l.due : today > l.due);

/** Where a file is kept, as staff say it: 柜 A-3 / 层 2 / 盒 1-2-0801. */
export function placeText(f: ArchiveFile): string {
  const p = f.place;
  if (!p) return '';
  return [p.cabinet && `${p.cabinet}柜`, p.shelf && `${p.shelf}层`, p.box && `${p.box}盒`].filter(Boolean).join(' ');
}

export interface ArchiveLoanRow {
  file: string;
  confidential: boolean;
  index: number;
  loan: ArchiveLoan;
  overdue: boolean;
}

/** Every loan that went out between from and to (inclusive), oldest first. */
export function loansBetween(files: readonly ArchiveFile[], from: string, to: string, today: string): ArchiveLoanRow[] {
  const rows: ArchiveLoanRow[] = [];
  for (const f of files)
    (f.loans ?? []).forEach((loan, index) => {
      if (loan.out >= from && loan.out <= to)
        rows.push({ file: f.unit, confidential: f.confidential, index, loan, overdue: isOverdue(loan, today) });
    });
  return rows.sort((a, b) =>
    a.loan.out < b.loan.out ? -1 : a.loan.out > b.loan.out ? 1 : a.file.localeCompare(b.file),
  );
}

/** Standard 2.6 (confidential files lent only with approval, returned): the figures and the loans at fault. */
export interface ArchiveLoanStandard {
  loans: number;
  confidential: number;
  /** Confidential loans without a cs-manager's approval on record (approver ids the caller checks the roles of). */
  unapproved: number;
  notReturned: number;
  overdue: number;
  /** `1-2-0801#2` for each loan at fault (unapproved confidential, overdue, not back). */
  evidence: string[];
}

/** `managers`: the staff ids holding the cs-manager role (an approval by anyone else does not count). */
export function archiveLoanStandard(
  files: readonly ArchiveFile[],
  from: string,
  to: string,
  today: string,
  managers: ReadonlySet<string>,
): ArchiveLoanStandard {
  const rows = loansBetween(files, from, to, today);
  const conf = rows.filter((r) => r.confidential);
  const unapproved = conf.filter((r) => !r.loan.approved_by || !managers.has(r.loan.approved_by));
  const open = rows.filter((r) => !r.loan.in);
  const overdue = rows.filter((r) => r.overdue);
  const bad = new Set([...unapproved, ...overdue, ...open]);
  return {
    loans: rows.length,
    confidential: conf.length,
    unapproved: unapproved.length,
    notReturned: open.length,
    overdue: overdue.length,
    evidence: rows.filter((r) => bad.has(r)).map((r) => `${r.file}#${r.index + 1}`),
  };
}
