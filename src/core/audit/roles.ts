// Staff roles are honoured only as wuye set them (records.md "Git"; spec README "Roles and who may do what"):
// a role added to staff/S003.yaml by a commit made through wuye (it carries the Wuye-Operator trailer; `wuye staff
// add|update` let only the director or the CS manager do it) works; a role added by hand — a hand commit or an
// uncommitted edit — does not, until the director confirms it with `wuye staff confirm-roles S003`. A role removed
// by any means is gone at once (the safe direction). `wuye audit verify` reports every hand change of roles as an
// error (src/procedures/registry/history.ts), from the same step function.
// e.g. honouredRoles(root, 'S003', ['cs-assistant', 'director']) → { honoured: ['cs-assistant'], unconfirmed: ['director'] }
import { isGitRepo, hasHead } from '../git.js';
import { kindDef, relPath } from '../kinds.js';
import { decodeRecord, parseRecordText } from '../yamlio.js';
import { catFileBatch, readCommits, type CommitInfo } from './gitlog.js';
import { isCliCommit } from './trailers.js';

/** The message subject of the commit by which the director confirms a staff member's roles. */
export const CONFIRM_SUBJECT = (id: string): string => `staff: confirm-roles ${id}`;

/** The roles of one version of a staff file ([] when it does not exist or cannot be read). */
export function rolesOf(data: unknown): string[] {
  const r = (data as { roles?: unknown } | undefined)?.roles;
  return Array.isArray(r) ? r.filter((x): x is string => typeof x === 'string') : [];
}

export interface RoleStep {
  /** The roles honoured after this commit. */
  honoured: Set<string>;
  /** Roles this commit added and removed in the file. */
  added: string[];
  removed: string[];
  /** Made through wuye, and the director's confirmation. */
  viaTool: boolean;
  confirms: boolean;
}

/** One commit of a staff file: what it did to the roles and what is honoured after it. Pure. */
export function roleStep(
  honoured: ReadonlySet<string>,
  before: readonly string[],
  after: readonly string[],
  c: Pick<CommitInfo, 'trailers' | 'subject'>,
  id: string,
): RoleStep {
  const viaTool = isCliCommit(c.trailers);
  const confirms = viaTool && c.subject === CONFIRM_SUBJECT(id);
  const added = after.filter((r) => !before.includes(r));
  const removed = before.filter((r) => !after.includes(r));
  const next = confirms ? new Set(after) : new Set([...honoured].filter((r) => after.includes(r)));
  if (viaTool) for (const r of added) next.add(r);
  return { honoured: next, added, removed, viaTool, confirms };
}

/** The roles of staff member `id` that work now: those the history honours and the file still lists. */
export function honouredRoles(
  root: string,
  id: string,
  current: readonly string[],
): { honoured: string[]; unconfirmed: string[] } {
  return honouredRolesOf(root, [{ id, roles: current }]).get(id)!;
}

/** The same for many staff members at once (one walk of the history of staff/). */
export function honouredRolesOf(
  root: string,
  staff: readonly { id: string; roles: readonly string[] }[],
): Map<string, { honoured: string[]; unconfirmed: string[] }> {
  const out = new Map<string, { honoured: string[]; unconfirmed: string[] }>();
  // Without git there is no history to go by (and nothing can be written there): the file is all there is.
  if (!isGitRepo(root)) {
    for (const s of staff) out.set(s.id, { honoured: [...s.roles], unconfirmed: [] });
    return out;
  }
  const rels = new Map(staff.map((s) => [relPath('staff', s.id), s.id]));
  const paths = staff.length === 1 ? [...rels.keys()] : [kindDef('staff').folder];
  const commits = hasHead(root) ? readCommits(root, ['--reverse', '--no-renames', 'HEAD', '--', ...paths]) : [];
  const steps = commits.flatMap((c) => c.files.filter((f) => rels.has(f.path)).map((f) => ({ c, f })));
  const blobs = catFileBatch(
    root,
    steps.flatMap(({ f }) => [f.oldBlob || '0'.repeat(40), f.blob || '0'.repeat(40)]),
  );
  const roles = (b: Buffer | undefined, rel: string): string[] => {
    try {
      return b ? rolesOf(parseRecordText(decodeRecord(b, rel), rel)) : [];
    } catch {
      return [];
    }
  };
  const honoured = new Map<string, Set<string>>();
  steps.forEach(({ c, f }, i) => {
    const id = rels.get(f.path)!;
    const before = roles(blobs[2 * i], f.path);
    const after = roles(blobs[2 * i + 1], f.path);
    honoured.set(id, roleStep(honoured.get(id) ?? new Set(), before, after, c, id).honoured);
  });
  for (const s of staff) {
    const h = honoured.get(s.id) ?? new Set<string>();
    out.set(s.id, { honoured: s.roles.filter((r) => h.has(r)), unconfirmed: s.roles.filter((r) => !h.has(r)) });
  }
  return out;
}
