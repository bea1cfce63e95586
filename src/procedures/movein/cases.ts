// The move-in case on the one case engine (src/core/case-engine.ts; manual 四.2, spec 02): one case a
// unit, kept in movein/<unit>.yaml, stepping through MOVEIN; every log entry names the state after it,
// so the log reads as the history of the handover. A missing case says how to plan one.
// e.g. stepCase<MoveinRecord, MoveinState>(tx, MOVEIN_CASES, actor(ctx), '3-1-0101', 'keys', () => ({ keys }))
import { defineCases, readCase } from '../../core/case-engine.js';
import { msg } from '../../core/i18n.js';
import type { Store, Tx } from '../../core/store.js';
import type { MoveinRecord } from '../../core/types.gen.js';
import { MOVEIN, type MoveinState } from './rules.js';

export const MOVEIN_CASES = defineCases<MoveinState>({
  kind: 'movein',
  machine: MOVEIN,
  notFound: (id) => msg(`房屋 ${id} 没有入伙案卷`, `unit ${id} has no move-in case`),
  missing: (id) =>
    msg(
      `先用 wuye movein plan --building ${id.split('-')[0]} ... 排定预约`,
      `plan it first: wuye movein plan --building ${id.split('-')[0]} ...`,
    ),
  logState: true,
});

/** A unit's move-in case; "not found" says how to plan one. */
export const readMovein = (src: Store | Tx, id: string): MoveinRecord => readCase<MoveinRecord>(src, MOVEIN_CASES, id);
