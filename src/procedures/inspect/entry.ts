// What `inspect new` and `inspect record` both read from their line: the results (--pass/--fail/--na item…,
// --value item=N), the note, photos and a follow-up — and how they are written onto a round.
// e.g. const e = parseEntry(l); applyEntry(doc, cl, round, e)
import { UsageError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { appendIn, setIn } from '../../core/yamlio.js';
import type { Line } from '../../kit/line.js';
import type { Checklist } from './checklist.js';
import { enteredResults, mergeResults, noteAttached, type Entered, type Round } from './rules.js';

export interface Entry extends Entered {
  photos: string[];
  followUp?: string;
  ref?: string;
}

export function parseEntry(l: Line): Entry {
  const e = {
    pass: l.values('pass'),
    fail: l.values('fail'),
    na: l.values('na'),
    values: l.values('value'),
    note: l.text('note'),
    photos: l.values('photo'),
    followUp: l.text('followUp'),
    ref: l.text('ref'),
  };
  if (e.ref && !e.followUp)
    throw new UsageError(
      msg('--ref 要和 --follow-up 一起用', '--ref goes with --follow-up'),
      msg('例: --follow-up 更换灯具 --ref BX2026-0042', 'e.g. --follow-up "replace lamp" --ref BX2026-0042'),
    );
  return e;
}

/** The round's fields after this entry (results merged in the checklist's order). */
export function entryFields(cl: Checklist, round: Pick<Round, 'results' | 'photos' | 'follow_ups'>, e: Entry) {
  const entered = enteredResults(cl, e);
  const results = mergeResults(cl, round.results, entered);
  const follow = e.followUp ? [{ what: e.followUp, ...(e.ref ? { ref: e.ref } : {}) }] : [];
  return { results, photos: e.photos, follow, roundNote: noteAttached(entered, e.note) ? undefined : e.note };
}

/** Write an entry onto a round being edited. */
export function applyEntry(doc: Parameters<typeof setIn>[0], fields: ReturnType<typeof entryFields>): void {
  setIn(doc, ['results'], fields.results);
  for (const p of fields.photos) appendIn(doc, ['photos'], p);
  for (const f of fields.follow) appendIn(doc, ['follow_ups'], f);
  if (fields.roundNote) setIn(doc, ['notes'], fields.roundNote);
}
