// wuye sync [--read-only] [--take ours|theirs PATH:FIELD|PATH ...] — exchange this desk's work with the shared remote
// (issue 17): refuse with uncommitted hand edits; fetch; rebase this desk's commits onto the remote (records both
// desks changed merge field by field through wuye merge-driver); push, and when another desk pushed first fetch,
// rebase and push again (bounded); then validate what changed. Unreachable remote: say how far ahead/behind and
// keep working offline. A true conflict stops with both values and the command that picks one (several fields, or
// every conflict of a record named by its path alone, settled in one run); this desk's commits are always kept. `--read-only` (an auditor's clone): fetch and fast-forward only, never push.
// e.g. wuye sync → 已同步：推送 3 个提交，取回 5 个提交
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { collect } from '../../../kit/manifest.js';
import type { Check } from '../../../core/validate/types.js';
import { ConflictError, EnvironmentError, RuleError, UsageError } from '../../../core/errors.js';
import { git, requireGitRepo } from '../../../core/git.js';
import { msg, t } from '../../../core/i18n.js';
import { acquireLock } from '../../../core/lock.js';
import {
  CHOICES_FILE,
  CONFLICTS_FILE,
  gitDir,
  readChoices,
  registerMergeDriver,
  showValue,
  splitChoice,
  type MergeConflict,
} from '../../../core/merge.js';
import {
  aheadBehind,
  currentBranch,
  hasRef,
  stationProblems,
  takeConflicts,
  tryGit,
  uncommitted,
  unmerged,
} from '../../../core/sync.js';
import { problemLines, totals } from '../../../core/validate/report.js';

/** How often a push rejected because another desk pushed first is retried (after fetching and rebasing). */
const PUSH_TRIES = 5;

export function parse(l: Line) {
  const take = l.text('take');
  const fields = l.rest(0);
  const example = msg(
    '照 wuye sync 给出的写，如 wuye sync --take ours people/P000012.yaml:mobile people/P000012.yaml:notes（只写文件则取它的全部冲突）',
    'write it as wuye sync printed it, e.g. wuye sync --take ours people/P000012.yaml:mobile people/P000012.yaml:notes (a path alone: all its conflicts)',
  );
  if (take !== undefined && !['ours', 'theirs'].includes(take))
    throw new UsageError(msg(`--take 只能是 ours 或 theirs：${take}`, `--take is ours or theirs: ${take}`), example);
  if (take !== undefined && !fields.length)
    throw new UsageError(
      msg('--take 需要冲突的 文件:字段 或 文件', '--take needs the conflicting PATH:FIELD or PATH'),
      example,
    );
  if (take === undefined && fields.length)
    throw new UsageError(
      msg(`${fields[0]}：要选哪一边？`, `${fields[0]}: which side?`),
      msg(
        `加 --take ours（本机的）或 --take theirs（远端的）：wuye sync --take ours ${fields.join(' ')}`,
        `add --take ours (this desk's) or --take theirs (the remote's): wuye sync --take ours ${fields.join(' ')}`,
      ),
    );
  for (const f of fields) {
    const [path, field] = splitChoice(f);
    if (!path.endsWith('.yaml') || field === '')
      throw new UsageError(msg(`不是 文件:字段 或 文件：${f}`, `not a PATH:FIELD or PATH: ${f}`), example);
  }
  return { readOnly: l.flagged('readOnly'), take: take as 'ours' | 'theirs' | undefined, fields };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const root = ctx.root;
  requireGitRepo(root);
  const top = git(root, ['rev-parse', '--show-toplevel']).trim();
  if (!tryGit(top, ['remote', 'get-url', 'origin']).ok)
    throw new UsageError(
      msg('记录库没有共享的远端（origin）', 'the records have no shared remote (origin)'),
      msg(
        '用 wuye clone 地址 目录 --station 字母 取得记录库，或 git remote add origin 地址',
        'get the records with wuye clone URL DIR --station LETTER, or git remote add origin URL',
      ),
    );
  const lock = await acquireLock(root, { operator: ctx.globals.as, command: ctx.commandLine() });
  try {
    await sync(ctx, top, o);
  } finally {
    lock.release();
  }
}

async function sync(ctx: Ctx, top: string, o: ReturnType<typeof parse>): Promise<void> {
  const dir = gitDir(top);
  if (o.take) {
    const choices = { ...readChoices(dir), ...Object.fromEntries(o.fields.map((f) => [f, o.take!])) };
    writeFileSync(join(dir, CHOICES_FILE), JSON.stringify(choices, null, 2));
  }
  const dirty = uncommitted(top);
  if (dirty.length)
    throw new ConflictError(
      msg(
        `有未提交的手工修改，不能同步：${dirty.slice(0, 5).join('、')}${dirty.length > 5 ? ` 等 ${dirty.length} 个` : ''}`,
        `there are uncommitted hand edits; not syncing: ${dirty.slice(0, 5).join(', ')}${dirty.length > 5 ? ` and ${dirty.length - 5} more` : ''}`,
      ),
      msg(
        '先提交（git add 文件 && git commit -m "说明"）或撤销（git checkout -- 文件），再运行 wuye sync',
        'commit them (git add FILE && git commit -m "why") or undo them (git checkout -- FILE), then run wuye sync again',
      ),
    );
  registerMergeDriver(top);
  const branch = currentBranch(top);
  const upstream = `origin/${branch}`;
  const before = git(top, ['rev-parse', 'HEAD']).trim();
  let pushed = 0;
  let fetched = 0;
  for (let attempt = 1; ; attempt++) {
    const f = tryGit(top, ['fetch', '--quiet', 'origin']);
    if (!f.ok) offline(top, upstream, f.err);
    const { ahead, behind } = aheadBehind(top, upstream);
    if (o.readOnly) {
      if (ahead)
        throw new ConflictError(
          msg(
            `只读同步：本机有 ${ahead} 个提交不在远端，只读的克隆不应有自己的提交`,
            `read-only sync: ${ahead} commit(s) here are not on the remote; a read-only clone has none of its own`,
          ),
          msg(
            `查看：git log ${upstream}..HEAD；不要的话 git reset --hard ${upstream}`,
            `see them: git log ${upstream}..HEAD; if unwanted: git reset --hard ${upstream}`,
          ),
        );
      if (behind) git(top, ['merge', '--ff-only', '--quiet', upstream]);
      fetched = behind;
      break;
    }
    if (behind && ahead) rebase(top, upstream);
    else if (behind) git(top, ['merge', '--ff-only', '--quiet', upstream]);
    fetched += behind;
    if (!ahead) break;
    const p = tryGit(top, ['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`]);
    if (p.ok) {
      pushed = ahead;
      tryGit(top, ['fetch', '--quiet', 'origin']); // the remote-tracking ref follows what was pushed
      break;
    }
    const rejected = /rejected|non-fast-forward|fetch first|failed to update ref|cannot lock ref/i.test(p.err);
    if (!rejected) offline(top, upstream, p.err);
    if (attempt >= PUSH_TRIES)
      throw new ConflictError(
        msg(
          `其他办公点一直在推送，${PUSH_TRIES} 次推送都被拒绝；本机的提交都还在`,
          `other desks kept pushing first; ${PUSH_TRIES} pushes were rejected; this desk's commits are all kept`,
        ),
        msg('稍后再运行 wuye sync', 'run wuye sync again in a moment'),
      );
  }
  rmSync(join(gitDir(top), CHOICES_FILE), { force: true });
  const after = git(top, ['rev-parse', 'HEAD']).trim();
  // what came in (since this desk's history and the result parted) and what this desk pushed
  const lines = (out: string) => out.split('\n').filter((f) => f.endsWith('.yaml'));
  const parted = before === after ? after : git(top, ['merge-base', before, after]).trim();
  const changed = [
    ...new Set([
      ...(parted === after ? [] : lines(git(top, ['diff', '--name-only', '--diff-filter=AM', parted, after]))),
      ...(pushed
        ? lines(git(top, ['log', '--name-only', '--format=', '--diff-filter=AM', '-n', String(pushed), after]))
        : []),
    ]),
  ].filter((f) => existsSync(join(top, f)));
  if (ctx.globals.json) ctx.out.json({ pushed, fetched, head: after, changed: changed.length });
  else if (!ctx.globals.quiet)
    ctx.out.line(
      t(
        msg(
          `已同步${o.readOnly ? '（只读）' : ''}：推送 ${pushed} 个提交，取回 ${fetched} 个提交（${after.slice(0, 7)}）`,
          `synced${o.readOnly ? ' (read-only)' : ''}: pushed ${pushed} commit(s), fetched ${fetched} (${after.slice(0, 7)})`,
        ),
      ),
    );
  await validateChanged(ctx, top, changed);
}

/** Rebase this desk's commits onto the remote; a conflict aborts it (the desk's commits stay as they were). */
function rebase(top: string, upstream: string): void {
  takeConflicts(top, CONFLICTS_FILE);
  const r = tryGit(top, ['rebase', '--quiet', upstream]);
  if (r.ok) return;
  const conflicts = takeConflicts(top, CONFLICTS_FILE);
  const files = unmerged(top);
  tryGit(top, ['rebase', '--abort']);
  if (conflicts.length) throw conflictError(conflicts);
  throw new ConflictError(
    msg(
      `远端与本机的修改无法合并：${files.join('、') || r.err}；本机的提交都还在`,
      `the remote's changes and this desk's do not merge: ${files.join(', ') || r.err}; this desk's commits are all kept`,
    ),
    msg(
      `查看两边：git log --oneline HEAD...${upstream}；与负责人商定后手工合并（git rebase ${upstream}），再运行 wuye sync`,
      `see both sides: git log --oneline HEAD...${upstream}; agree on it, merge by hand (git rebase ${upstream}), then run wuye sync`,
    ),
  );
}

function conflictError(cs: MergeConflict[]): ConflictError {
  const lines = cs.map(
    (c) => `  ${c.path}:${c.field}  本机/ours: ${showValue(c.ours)}  远端/theirs: ${showValue(c.theirs)}`,
  );
  const named = [...new Set(cs.map((c) => `${c.path}:${c.field}`))].join(' ');
  const paths = [...new Set(cs.map((c) => c.path))].join(' ');
  return new ConflictError(
    msg(
      `两个办公点改了同一字段（未同步，本机的提交都还在）：\n${lines.join('\n')}`,
      `two desks changed the same field (not synced; this desk's commits are all kept):\n${lines.join('\n')}`,
    ),
    msg(
      `选定一边后再同步：wuye sync --take ours ${named}（用本机的）或 --take theirs（用远端的）；整个文件取一边：wuye sync --take ours ${paths}`,
      `pick a side and sync: wuye sync --take ours ${named} (this desk's) or --take theirs (the remote's); one side for whole files: wuye sync --take ours ${paths}`,
    ),
  );
}

/** The remote cannot be reached: say how far apart this desk is (as last seen) and that work goes on. */
function offline(top: string, upstream: string, err: string): never {
  const { ahead, behind } = aheadBehind(top, upstream);
  const seen = hasRef(top, upstream);
  throw new EnvironmentError(
    msg(
      `连不上共享的远端（${err.split('\n')[0]}）：本机有 ${ahead} 个提交待推送${seen ? `，上次取回时落后 ${behind} 个` : ''}`,
      `cannot reach the shared remote (${err.split('\n')[0]}): ${ahead} commit(s) here wait to be pushed${seen ? `, ${behind} behind as last fetched` : ''}`,
    ),
    msg(
      '照常工作，提交都留在本机；网络恢复后再运行 wuye sync',
      'go on working — every commit stays here; run wuye sync again when the network is back',
    ),
  );
}

/**
 * After a sync, what changed is validated (with the cross-record rules over the whole records), and the history
 * for a station letter used at two desks.
 */
async function validateChanged(ctx: Ctx, top: string, changed: string[]): Promise<void> {
  const clashes = stationProblems(ctx.root);
  if (!changed.length && !clashes.length) return;
  const { validateRecords, sortProblems } = await import('../../../core/validate/run.js');
  const checks = await collect<Check>(ctx.procedures, 'checks');
  const prefix = git(top, ['rev-parse', '--show-prefix']).trim();
  const inRoot = changed.filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length));
  const result = inRoot.length
    ? await validateRecords({
        root: ctx.root,
        checks,
        files: inRoot,
        worker: new URL('../validate-worker.js', import.meta.url),
      })
    : { problems: [], files: 0 };
  const problems = sortProblems([...result.problems, ...clashes]);
  const x = totals(problems, result.files);
  for (const p of problems)
    if (!(ctx.globals.quiet && p.severity === 'warning')) for (const l of problemLines(p)) ctx.out.err(l);
  if (x.errors)
    throw new RuleError(
      msg(
        `同步已完成，但合并后的记录有 ${x.errors} 个错误`,
        `synced, but the merged records have ${x.errors} error${x.errors === 1 ? '' : 's'}`,
      ),
      msg(
        '逐条修正上面列出的位置（用 wuye 命令或手工修改后提交），再运行 wuye sync',
        'fix each place listed above (with wuye commands, or by hand and commit), then run wuye sync again',
      ),
    );
}
