// A command's side of the one case engine (src/core/case-engine.ts): the operator and the clock of
// this command as the actor of a step — or of a step done earlier and recorded now (`--at`, a local time
// in the center's time zone, never in the future) — and the next case id of a kind for a year.
// e.g. stepCase(tx, CASES, actor(ctx), id, 'review-pass', …) · actorAt(ctx, atTime(ctx, o.at, '--at'))
import type { Actor } from '../core/case-engine.js';
import { UsageError } from '../core/errors.js';
import { msg } from '../core/i18n.js';
import { kindDef } from '../core/kinds.js';
import { walkYaml, type Tx } from '../core/store.js';
import type { Ctx } from './context.js';
import { nextInSequence } from '../core/ids.js';

export function actor(ctx: Ctx): Actor {
  const op = ctx.operator();
  return { id: op.id, roles: (op.roles as string[] | undefined) ?? [], now: ctx.now() };
}

/** The operator acting at `at` (an ISO time with offset; default now). */
export function actorAt(ctx: Ctx, at: string | undefined): Actor {
  const a = actor(ctx);
  return at ? { ...a, now: at } : a;
}

/**
 * A local time from Line.localTime (`2026-11-28T09:30:00`, or `T09:30:00` for today) as an ISO time with
 * the center's offset; undefined stays undefined (now). A time in the future is refused (exit 2).
 */
export function atTime(ctx: Ctx, local: string | undefined, flag = '--at'): string | undefined {
  if (local === undefined) return undefined;
  const now = ctx.now();
  const at = `${local.startsWith('T') ? ctx.today() : ''}${local}${now.slice(19)}`;
  if (Date.parse(at) > Date.parse(now))
    throw new UsageError(
      msg(`${flag} ${at.slice(0, 16).replace('T', ' ')} 是将来的时间`, `${flag} ${at.slice(0, 16)} is in the future`),
      msg(
        `现在是 ${now.slice(0, 16).replace('T', ' ')}；记录已发生的事`,
        `it is now ${now.slice(0, 16)}; record what has happened`,
      ),
    );
  return at;
}

/**
 * The next case id of a kind for a year: <PREFIX><YEAR>-[station]<SEQ> (TS2026-0042, station-coded
 * TS2026-B0042); the prefix from wuye.yaml `prefixes` (else the kind's own), the sequence counting every id
 * ever allocated in the year's folder, so an id is never reused.
 */
export function nextCaseId(ctx: Ctx, tx: Tx, kind: string, year: string): string {
  const k = kindDef(kind);
  // wuye.yaml `prefixes` where the kind's id pattern takes another prefix (event, notice fix theirs: HD, GG)
  const configured = (ctx.config.prefixes as Record<string, string> | undefined)?.[kind];
  const prefix =
    configured !== undefined && k.idPattern.test(`${configured}${year}-0001`) ? configured : (k.casePrefix ?? '');
  const head = `${prefix}${year}-${ctx.config.station ?? ''}`;
  const ids = walkYaml(tx.store.dir, `${k.folder}/${year}`).map((rel) =>
    rel.slice(rel.lastIndexOf('/') + 1, -'.yaml'.length),
  );
  // records created earlier in the same commit (review month drafts many sheets in one)
  for (const w of tx.writes.values()) if (w.kind === kind) ids.push(w.id);
  return nextInSequence(head, 4, ids);
}
