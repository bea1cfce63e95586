// The cases a desk entry can open in the same command and commit (`hotline log --open KIND`; spec 14,
// issue 13): each is a procedure's CaseOpener (hotline/api.ts), exported from that procedure's api.ts and
// loaded only when used — complaints, repairs and warranty reports; hotline/index.ts declares the options each
// reads on the hotline line (--category and --severity for a complaint, --component for a warranty report).
// e.g. const opener = await loadOpener('complaint'); opener.open(tx, ctx, call, opener.parse(line))
import { UsageError } from '../../core/errors.js';
import { msg, type Msg } from '../../core/i18n.js';
import type { DeskCase } from '../../core/enums.gen.js';
import type { CaseOpener } from './api.js';

interface Entry {
  load?: () => Promise<CaseOpener>;
  /** What the desk does meanwhile, while the procedure is not built yet. */
  meanwhile?: Msg;
}

export const OPENERS: Record<DeskCase, Entry> = {
  complaint: { load: async () => (await import('../complaint/api.js')).complaintOpener as CaseOpener },
  repair: { load: async () => (await import('../repair/api.js')).repairOpener as CaseOpener },
  warranty: { load: async () => (await import('../warranty/api.js')).warrantyOpener as CaseOpener },
};

/** The opener of a kind, or exit 2 saying it is not available yet and what to do meanwhile. */
export async function loadOpener(kind: DeskCase): Promise<CaseOpener> {
  const e = OPENERS[kind];
  if (!e.load)
    throw new UsageError(
      msg(
        `--open ${kind}: 此类案卷尚不能从值班电话记录立案`,
        `--open ${kind}: this kind of case cannot be opened from the desk yet`,
      ),
      e.meanwhile,
    );
  return e.load();
}
