// The complaint cases in the one case engine (src/core/case-engine.ts; records.md "Case records"): their
// kind and machine, and the configuration with its defaults (wuye.yaml `complaint`).
// e.g. await ctx.write((tx) => stepCase(tx, COMPLAINT_CASES, actor(ctx), 'TS2026-0007', 'close'))
import type { Ctx } from '../../kit/context.js';
import { defineCases } from '../../core/case-engine.js';
import { idOfPath } from '../../core/kinds.js';
import type { Store } from '../../core/store.js';
import { msg } from '../../core/i18n.js';
import { COMPLAINT } from './machine.js';
import { cfg, type Complaint } from './rules.js';

export const COMPLAINT_CASES = defineCases({
  kind: 'complaint',
  machine: COMPLAINT,
  missing: () =>
    msg(
      '用 wuye complaint list 查看投诉；新投诉用 wuye complaint new',
      'see wuye complaint list; a new one: wuye complaint new',
    ),
});

/** The complaint section of wuye.yaml with its defaults (2 working days to feed back, 1 to report a major one). */
export const conf = (ctx: Ctx) => cfg(ctx.config.complaint);

/** A closed complaint's file, told by its top-level `state: closed` line (a key at column 0 is never inside a text). */
const CLOSED = /^state: closed\s*$/m;

/**
 * The complaints not yet closed: every file is read, but only the open ones are parsed — a cheap look at the
 * text first, as `find` does (most of three years' complaints are closed; `list --overdue` needs only the rest).
 */
export function openComplaints(store: Store): Complaint[] {
  const out: Complaint[] = [];
  for (const rel of store.listRel('complaint')) {
    const text = store.readText(rel);
    if (!CLOSED.test(text)) out.push(store.parseRel<Complaint>(rel, 'complaint', idOfPath(rel), text).data);
  }
  return out;
}
