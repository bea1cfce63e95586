// What other procedures call on the owners' files (manual 三.2, 四.2 4.3.3 / 4.7.3: copies and signed
// agreements go into the owner's file): list a document in a unit's file inside the caller's Tx (the file is
// opened when it has none yet; the same document from the same case is listed once), and the figures of
// standard 2.6 (archive loans) for `wuye standards`.
// e.g. fileDocuments(tx, { unit: '3-1-0101', types: ['covenant', 'service-agreement'], on: '2026-12-05', by: 'S003', source: 'movein/3-1-0101' })
import type { ArchiveDocument } from '../../core/enums.gen.js';
import type { Store, Tx } from '../../core/store.js';
import type { StaffRecord } from '../../core/types.gen.js';
import { appendIn } from '../../core/yamlio.js';
import { archiveId, archiveLoanStandard, type ArchiveFile, type ArchiveLoanStandard } from './rules.js';

export type { ArchiveFile, ArchiveLoan, ArchiveLoanStandard } from './rules.js';
export { archiveId, archiveLoanStandard, isOverdue, openLoan } from './rules.js';

export interface FileInput {
  unit: string;
  types: readonly ArchiveDocument[];
  on: string;
  by: string;
  /** The case the documents come from, e.g. movein/3-1-0101 or renovation/ZX2026-0007. */
  source?: string;
  title?: string;
}

/** List documents in a unit's file (staged in tx); returns the types actually added. */
export function fileDocuments(tx: Tx, x: FileInput): ArchiveDocument[] {
  const cur = tx.tryRead<ArchiveFile>('archive', archiveId(x.unit))?.data;
  const have = (t: string) =>
    (cur?.documents ?? []).some(
      (d) => d.type === t && (d.source ?? '') === (x.source ?? '') && (d.title ?? '') === (x.title ?? ''),
    );
  const add = x.types.filter((t) => !have(t));
  if (!add.length) return [];
  const docs = add.map((type) => ({
    type,
    ...(x.title ? { title: x.title } : {}),
    added_on: x.on,
    by: x.by,
    ...(x.source ? { source: x.source } : {}),
  }));
  if (!cur) {
    const rec: ArchiveFile = {
      kind: 'archive',
      id: archiveId(x.unit),
      unit: x.unit,
      confidential: false,
      documents: docs,
    };
    tx.create('archive', rec.id, rec);
  } else tx.edit('archive', archiveId(x.unit), (doc) => docs.forEach((d) => appendIn(doc, ['documents'], d)));
  return add;
}

/** Standard 2.6 over the loans that went out between from and to (dates, inclusive). */
export function archiveLoanFigures(store: Store, from: string, to: string, today: string): ArchiveLoanStandard {
  const managers = new Set(
    [...store.all<StaffRecord>('staff')]
      .filter((s) => (s.data.roles as string[]).includes('cs-manager'))
      .map((s) => s.id),
  );
  const files = [...store.all<ArchiveFile>('archive')].map((r) => r.data);
  return archiveLoanStandard(files, from, to, today, managers);
}
