// The cases a desk entry can open in the same command and commit (`hotline log --open KIND`; spec 14,
// issue 13): each is a procedure's CaseOpener (hotline/api.ts), exported from that procedure's api.ts and
// loaded only when used. Complaints open now; repairs and warranty reports plug in here when those
// procedures are built — their api.ts exports an opener, this table names it, and hotline/index.ts declares
// the options it reads on the hotline line (as --category and --severity are declared for a complaint).
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
  repair: {
    meanwhile: msg(
      '报修派工（wuye repair）尚未建成：先用 --hand-to 转交设备维护部的同事，或 --answer 记录答复',
      'repair orders (wuye repair) are not built yet: hand it to an engineer with --hand-to, or record the answer with --answer',
    ),
  },
  warranty: {
    meanwhile: msg(
      '保修（wuye warranty）尚未建成：先用 --hand-to 转交，或 --answer 记录答复',
      'warranty reports (wuye warranty) are not built yet: hand it over with --hand-to, or record the answer with --answer',
    ),
  },
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
