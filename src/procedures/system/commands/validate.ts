// wuye validate [--changed] [PATH...] [--json] — every check of records.md
// "Validation" (syntax, schema, references, domain rules), every problem as
// file:line:column with what to do; exit 1 if any is an error, warnings don't fail.
// `--changed` checks what git says changed plus what refers to a deleted record (the pre-commit hook).
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Ctx } from '../../../kit/context.js';
import { collect } from '../../../kit/manifest.js';
import { Progress } from '../../../kit/output.js';
import type { Check } from '../../../core/validate/types.js';
import type { Line } from '../../../kit/line.js';
import { InvalidRecordError, NotFoundError, UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { checkFormat, CONFIG_FILE, ignoresTemps, TEMP_PATTERN } from '../../../core/root.js';
import { pendingJournal } from '../../../core/store.js';
import { stationProblems } from '../../../core/sync.js';
import { fileProblem, type Problem } from '../../../core/validate/types.js';
import { changedSelectionLater } from '../../../core/validate/changed.js';
import { decodeRecord, parseRecordText } from '../../../core/yamlio.js';
import { walkFiles } from '../../../core/validate/files.js';
import { jsonReport, problemLines, summaryLine, totals } from '../../../core/validate/report.js';

/** PATH arguments (files or folders, relative to the current folder) as files relative to the root. */
function filesOf(ctx: Ctx, root: string, paths: string[]): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    const abs = resolve(ctx.cwd, p);
    if (!existsSync(abs)) throw new NotFoundError(msg(`没有这个文件或目录: ${p}`, `no such file or folder: ${p}`));
    const rel = relative(root, realpathSync(abs)).split(sep).join('/');
    if (rel.startsWith('..') || isAbsolute(rel))
      throw new UsageError(
        msg(`${p} 不在记录库 ${root} 中`, `${p} is not inside the records root ${root}`),
        msg('只能检查记录库里的文件', 'only files of the records root can be checked'),
      );
    if (statSync(abs).isDirectory()) for (const f of walkFiles(root, rel)) out.add(f);
    else out.add(rel);
  }
  return [...out].sort();
}

/** Records of a newer format are refused (exit 4) before anything is checked; a broken wuye.yaml is reported below like any file. */
function refuseNewerFormat(root: string): void {
  let data: unknown;
  try {
    data = parseRecordText(decodeRecord(readFileSync(join(root, CONFIG_FILE)), CONFIG_FILE), CONFIG_FILE);
  } catch {
    return;
  }
  checkFormat(data);
}

/** What the root itself must hold (a whole run): a .gitignore that hides the temporary files of a write in flight. */
function rootProblems(root: string, whole: boolean): Problem[] {
  if (!whole || ignoresTemps(root)) return [];
  return [
    fileProblem(
      '.gitignore',
      'temps-not-ignored',
      msg(
        `.gitignore 没有忽略写入中途的临时文件（${TEMP_PATTERN}）：命令被中断时它们会出现在 git status 中`,
        `.gitignore does not ignore the temporary files of a write in flight (${TEMP_PATTERN}): when a command is interrupted they show in git status`,
      ),
      msg(`在 .gitignore 中加一行 ${TEMP_PATTERN}`, `add a line ${TEMP_PATTERN} to .gitignore`),
      'warning',
    ),
  ];
}

function alive(pid: number): boolean {
  if (!pid || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The journal of a command killed mid-write (an error) or writing right now (a warning), as the first finding. */
function pendingFinding(root: string): { problem: Problem; paths: string[]; fix: ReturnType<typeof msg> } | undefined {
  const j = pendingJournal(root);
  if (!j) return undefined;
  const n = j.paths.length;
  const fix = msg(
    '此文件属于被中断的命令（见第一条）：运行 wuye recover 完成它，不要手工修改',
    'this file belongs to the interrupted command (see the first finding): run wuye recover to finish it; do not fix it by hand',
  );
  if (alive(j.pid))
    return {
      paths: [],
      fix,
      problem: fileProblem(
        j.file,
        'writing',
        msg(
          `命令正在写入（进程 ${j.pid}：${j.message}，${n} 个文件）：结果可能包含它写了一半的内容`,
          `a command is writing right now (pid ${j.pid}: ${j.message}, ${n} file${n === 1 ? '' : 's'}): what follows may show half of its work`,
        ),
        msg('等它结束后再运行 wuye validate', 'run wuye validate again when it has finished'),
        'warning',
      ),
    };
  return {
    paths: j.paths,
    fix,
    problem: fileProblem(
      j.file,
      'interrupted',
      j.state === 'writing'
        ? msg(
            `一个命令在写入前被中断（${j.message}）：留下了临时文件，它的修改一项也没有生效`,
            `a command was interrupted before its writes took effect (${j.message}): it left temporary files, none of its changes landed`,
          )
        : msg(
            `一个命令在写入中途被中断（${j.message}）：${n} 个文件处于半完成状态，尚未提交`,
            `a command was interrupted in the middle of its writes (${j.message}): ${n} file${n === 1 ? '' : 's'} half done, not committed`,
          ),
      msg(
        '运行 wuye recover 完成（或回滚）它——任何一个 wuye 命令也会先这样做——然后再运行 wuye validate；不要手工修改这些文件',
        'run wuye recover to finish (or roll back) it — any wuye command does so first — then run wuye validate again; do not fix these files by hand',
      ),
    ),
  };
}

export function parse(l: Line) {
  const paths = l.rest(0);
  const changed = l.flagged('changed');
  if (changed && paths.length)
    throw new UsageError(
      msg('--changed 不能与路径一起使用', '--changed cannot be combined with paths'),
      msg(
        '二选一：wuye validate --changed，或 wuye validate 路径…',
        'use either wuye validate --changed or wuye validate PATH...',
      ),
    );
  return { paths, changed };
}

export async function run(ctx: Ctx, { paths, changed }: ReturnType<typeof parse>): Promise<void> {
  const root = realpathSync(ctx.root);
  refuseNewerFormat(root);
  let files: string[] | undefined;
  let later: Promise<{ files: string[] }> | undefined;
  if (changed) {
    later = changedSelectionLater(root); // git stats the work tree while the checks load
  } else if (paths.length) {
    files = filesOf(ctx, root, paths);
  }
  const [checks, { sortProblems, validateRecords }] = await Promise.all([
    collect<Check>(ctx.procedures, 'checks'),
    import('../../../core/validate/run.js'),
  ]);
  if (later) files = (await later).files;
  let bar: Progress | undefined;
  let shown = 0;
  const result = await validateRecords({
    root,
    checks,
    files,
    worker: new URL('../validate-worker.js', import.meta.url),
    threads: ctx.env.WUYE_THREADS ? Number(ctx.env.WUYE_THREADS) || 1 : undefined,
    onProgress:
      ctx.globals.quiet || ctx.globals.json
        ? undefined
        : (done, total) => {
            if (total < 2000) return;
            bar ??= new Progress(total, t(msg('校验', 'validating')));
            bar.tick(done - shown);
            shown = done;
          },
  });
  bar?.end();
  const problems = sortProblems([
    ...result.problems,
    ...rootProblems(root, files === undefined),
    ...(files === undefined ? stationProblems(root) : []),
  ]);
  // A command killed mid-write comes first: what it left half done is for recovery to finish, not for hands.
  const pending = pendingFinding(root);
  if (pending) {
    const theirs = new Set(pending.paths);
    for (const [i, p] of problems.entries()) if (theirs.has(p.file)) problems[i] = { ...p, hint: pending.fix };
    problems.unshift(pending.problem);
  }
  const x = totals(problems, result.files);
  // Paths as the person typed them: relative to where they are, or absolute if that is outside.
  const shownAs = (f: string) => {
    const r = relative(ctx.cwd, resolve(root, f)).split(sep).join('/');
    return r.startsWith('..') ? resolve(root, f) : r;
  };
  if (ctx.globals.json) ctx.out.json(jsonReport(problems, x, shownAs));
  else {
    for (const p of problems)
      if (!(ctx.globals.quiet && p.severity === 'warning')) for (const l of problemLines(p, shownAs)) ctx.out.line(l);
    if (!ctx.globals.quiet || x.errors) ctx.out.line(summaryLine(x));
  }
  if (x.errors) {
    throw new InvalidRecordError(
      msg(
        `记录校验未通过（${x.errors} 个错误）`,
        `the records failed validation (${x.errors} error${x.errors === 1 ? '' : 's'})`,
      ),
      msg('逐条修正上面列出的位置，再运行 wuye validate', 'fix each place listed above, then run wuye validate again'),
    );
  }
}
