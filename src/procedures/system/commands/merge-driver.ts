// wuye merge-driver BASE OURS THEIRS PATH — the git merge driver of the records (issue 17): git runs it for a YAML
// record both desks changed (registered by wuye init / clone / sync: `*.yaml merge=wuye`). It merges the parsed
// records field by field and writes the result over OURS in the records' form; a true conflict (one field, two
// values) fails the merge with both values (and notes them for `wuye sync`), leaving OURS as it was — never a file
// with conflict markers. During a rebase (wuye sync) git's OURS is the remote and THEIRS this desk's commit.
// e.g. git config merge.wuye.driver 'wuye merge-driver %O %A %B %P'
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { ConflictError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { CONFLICTS_FILE, gitDir, mergeRecords, readChoices, same, showValue } from '../../../core/merge.js';
import { dumpRecord, parseRecordText } from '../../../core/yamlio.js';

export const parse = (l: Line) => ({ base: l.arg(0)!, ours: l.arg(1)!, theirs: l.arg(2)!, path: l.arg(3) ?? '' });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const at = (f: string) => join(ctx.cwd, f);
  const text = (f: string) => (existsSync(at(f)) ? readFileSync(at(f), 'utf8') : '');
  const dir = gitDir(ctx.cwd);
  // in a rebase git's "ours" is the branch being rebased onto (the remote), "theirs" the desk's own commit
  const rebasing = existsSync(join(dir, 'rebase-merge')) || existsSync(join(dir, 'rebase-apply'));
  const mine = rebasing ? o.theirs : o.ours;
  const remote = rebasing ? o.ours : o.theirs;
  const read = (f: string) => {
    const t = text(f);
    return { t, data: t.trim() ? parseRecordText(t, o.path || f) : null };
  };
  const b = read(o.base);
  const m = read(mine);
  const r = read(remote);
  const { merged, conflicts } = mergeRecords(b.data, m.data, r.data, readChoices(dir), o.path);
  if (conflicts.length) {
    for (const c of conflicts) appendFileSync(join(dir, CONFLICTS_FILE), JSON.stringify(c) + '\n');
    const lines = conflicts.map(
      (c) => `  ${o.path}:${c.field}  本机/ours: ${showValue(c.ours)}  远端/theirs: ${showValue(c.theirs)}`,
    );
    throw new ConflictError(
      msg(
        `${o.path} 两边改了同一字段，不能自动合并：\n${lines.join('\n')}`,
        `${o.path}: both sides changed the same field:\n${lines.join('\n')}`,
      ),
      msg(
        `选一边：wuye sync --take ours|theirs ${o.path}:${conflicts[0].field}`,
        `pick one: wuye sync --take ours|theirs ${o.path}:${conflicts[0].field}`,
      ),
    );
  }
  const out = same(merged, m.data) ? m.t : same(merged, r.data) ? r.t : dumpRecord(merged);
  writeFileSync(at(o.ours), out);
}
