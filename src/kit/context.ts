// The one factory of a command's dependencies (after the GitHub CLI's
// cmdutil.Factory): records root, config, store, calendar, clock, operator,
// output and prompter — each made on first use, each replaceable in tests.
// `write` is the runner every writing command goes through: lock, plan, validate, write, commit once.
// Procedures see the `Ctx` interface; the CLI makes a `CommandContext` (src/cli/main.ts).
import { honouredRoles } from '../core/audit/roles.js';
import { WorkCalendar } from '../core/calendar.js';
import { clockFromEnv, nowIso, today, type Clock } from '../core/dates.js';
import { UsageError, RuleError } from '../core/errors.js';
import { requireGitRepo } from '../core/git.js';
import { msg, t, type Msg } from '../core/i18n.js';
import { checkId } from '../core/kinds.js';
import { MASKS, maskRecord, maskText, type PersonalClass } from '../core/personal.js';
import { findRoot, loadConfig, loadLocal, makeCalendar, type Config } from '../core/root.js';
import { ShownStore } from '../core/shown.js';
import { applyTx, hasPendingJournal, recoverPending, Store, Tx } from '../core/store.js';
import type { StaffRecord } from '../core/types.gen.js';
import type { Globals } from './globals.js';
import type { Manifest } from './manifest.js';
import type { CommandSpec } from './spec.js';
import { makeOut, type Out } from './output.js';
import { makePrompter, type Prompter } from './prompter.js';
import type { RevealPlan } from './reveal.js';

export interface WriteResult {
  message: string;
  summary?: Msg;
  /** What a dry run shows beside the files (fee pay: the allocation to bills); `data` goes into its JSON. */
  preview?: { lines: string[]; data?: unknown };
}

export interface WriteOptions {
  /** Print nothing (the audit entry of a reveal, committed before the command's own output). */
  quiet?: boolean;
}

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
}

/** What a command runs with. */
export interface Ctx {
  readonly globals: Globals;
  /** The command line as typed (after `wuye`). */
  readonly argv: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly io: Io;
  readonly out: Out;
  readonly prompter: Prompter;
  readonly clock: Clock;
  /** Every procedure mounted on the command line (the registry, src/procedures/index.ts). */
  readonly procedures: readonly Manifest[];
  /** `--dry-run`: plan and print, write nothing. */
  readonly dryRun: boolean;
  readonly root: string;
  readonly config: Config;
  readonly store: Store;
  /**
   * The records as this command may show them: every field its schema declares personal ("x-personal") masked
   * by the one rule of src/core/personal.ts, unless --reveal (allowed and recorded). Read what you print,
   * write to a file or put in a form through this; read what you compute and write through `store`.
   */
  readonly shown: Store;
  /** One record's data as it may be shown (the same rule), for records read another way (find, audit log). */
  shownData<T>(kind: string, data: T): T;
  readonly calendar: WorkCalendar;
  readonly tz: string;
  today(): string;
  now(): string;
  warn(m: Msg): void;
  info(m: Msg): void;
  /**
   * The operator: --as, else the default of this computer (.wuye/local.yaml); refused when not active. Its
   * `roles` are those that work: a role added by hand is left out until the director confirms it
   * (src/core/audit/roles.ts; wuye staff confirm-roles).
   */
  operator(): StaffRecord;
  /** Words a person answered at prompts (`--amount 485.97`), added to the line the trailer records. */
  readonly answered: string[];
  /** The command line for the Wuye-Command trailer (personal numbers masked), with what was answered at prompts. */
  commandLine(): string;
  /**
   * Run a writing command: take the lock, finish any killed command's work,
   * let `plan` read and stage writes, then validate, write atomically and commit once.
   */
  write(plan: (tx: Tx) => Promise<WriteResult> | WriteResult, opts?: WriteOptions): Promise<string | undefined>;
}

export class CommandContext implements Ctx {
  readonly out: Out;
  readonly prompter: Prompter;
  readonly clock: Clock;
  dryRun = false;
  readonly answered: string[] = [];
  private _root?: string;
  private _config?: Config;
  private _store?: Store;
  private _calendar?: WorkCalendar;
  private _operator?: StaffRecord;
  private _shown?: Store;
  /** An allowed --reveal of a writing command: its audit entry goes into the command's own commit. */
  revealInWrite?: RevealPlan;
  /** The command being run (its options that carry personal data are masked in commandLine()). */
  spec?: CommandSpec;

  constructor(
    readonly globals: Globals,
    readonly argv: readonly string[],
    readonly env: NodeJS.ProcessEnv,
    readonly cwd: string,
    readonly io: Io,
    readonly procedures: readonly Manifest[] = [],
  ) {
    this.out = makeOut(io.stdout, io.stderr);
    const interactive = globals.input && io.stdinIsTTY && io.stdoutIsTTY && !env.CI;
    this.prompter = makePrompter(interactive);
    this.clock = clockFromEnv(env);
  }

  get root(): string {
    return (this._root ??= findRoot(this.globals.records, this.env, this.cwd));
  }
  get config(): Config {
    return (this._config ??= loadConfig(this.root));
  }
  get store(): Store {
    return (this._store ??= new Store(this.root));
  }
  get shown(): Store {
    return this.globals.reveal ? this.store : (this._shown ??= new ShownStore(this.root));
  }
  shownData<T>(kind: string, data: T): T {
    return this.globals.reveal ? data : maskRecord(kind, data);
  }
  get calendar(): WorkCalendar {
    return (this._calendar ??= makeCalendar(this.root, (y) =>
      this.warn(
        msg(
          `工作日历未覆盖 ${y} 年：按周一至周五计算；请添加 calendar/${y}.yaml`,
          `the working-day calendar does not cover ${y}: counting Monday–Friday; add calendar/${y}.yaml`,
        ),
      ),
    ));
  }
  get tz(): string {
    return this.config.timezone;
  }
  today(): string {
    return today(this.clock, this.tz);
  }
  now(): string {
    return nowIso(this.clock, this.tz);
  }

  warn(m: Msg): void {
    if (!this.globals.quiet) this.out.err(`wuye: ${t(msg('警告', 'warning'))}: ${t(m)}`);
  }
  info(m: Msg): void {
    if (!this.globals.quiet && !this.globals.json) this.out.line(t(m));
  }

  /** The operator: --as, else the default of this computer (.wuye/local.yaml). */
  operator(): StaffRecord {
    if (this._operator) return this._operator;
    const id = this.globals.as ?? loadLocal(this.root).operator;
    if (!id) {
      throw new UsageError(
        msg('没有指定操作员', 'no operator given'),
        msg(
          '用 --as 员工编号 指定（如 --as S001），或在 .wuye/local.yaml 中写 operator: S001',
          'pass --as STAFF-ID (e.g. --as S001), or set operator: S001 in .wuye/local.yaml',
        ),
      );
    }
    checkId('staff', id, '--as');
    const rec = this.store.tryRead<StaffRecord>('staff', id);
    if (!rec)
      throw new UsageError(
        msg(`--as: 没有员工 ${id}`, `--as: no staff member ${id}`),
        msg('用 wuye staff list 查看员工编号', 'see wuye staff list for staff ids'),
      );
    const s = rec.data;
    const day = this.today();
    if ((s.active_to && s.active_to < day) || (s.active_from && s.active_from > day)) {
      throw new RuleError(
        msg(`员工 ${id}（${s.name}）当前不在职`, `staff member ${id} (${s.name}) is not active`),
        msg('换一位在职员工操作', 'act as an active staff member'),
      );
    }
    const { honoured, unconfirmed } = honouredRoles(this.root, id, s.roles);
    if (unconfirmed.length)
      this.warn(
        msg(
          `${id} 的角色 ${unconfirmed.join('、')} 不是经 wuye 授予的（手工修改），在主任用 wuye staff confirm-roles ${id} 确认前不生效`,
          `${id}'s role(s) ${unconfirmed.join(', ')} were not granted through wuye (edited by hand) and do not work until the director confirms them with wuye staff confirm-roles ${id}`,
        ),
      );
    return (this._operator = { ...s, roles: honoured as StaffRecord['roles'] });
  }

  /** The command line as typed, for the Wuye-Command trailer. */
  commandLine(): string {
    // The trailer lives in git history for good: the value of every option that carries personal data is masked
    // by its class (OptionSpec.personal), and any national id or mobile elsewhere on the line as free text is.
    const classes = new Map<string, { cls: PersonalClass; many: boolean }>();
    for (const o of this.spec?.options ?? [])
      if (o.personal) classes.set(/--[a-z0-9-]+/.exec(o.flags)![0], { cls: o.personal, many: o.flags.includes('...') });
    let pending: { cls: PersonalClass; many: boolean } | undefined;
    const masked = [...this.argv, ...this.answered].map((a) => {
      if (a.startsWith('-')) {
        const eq = a.indexOf('=');
        const c = classes.get(eq > 0 ? a.slice(0, eq) : a);
        pending = eq > 0 ? undefined : c;
        return c && eq > 0 ? `${a.slice(0, eq + 1)}${MASKS[c.cls](a.slice(eq + 1))}` : maskText(a);
      }
      const c = pending;
      if (!c?.many) pending = undefined;
      return c ? MASKS[c.cls](a) : maskText(a);
    });
    return ['wuye', ...masked]
      .map((a) => (/^[\w@%+=:,./*-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`))
      .join(' ');
  }

  /**
   * Run a writing command: take the lock, finish any killed command's work,
   * let `plan` read and stage writes, then validate, write atomically and commit once.
   */
  async write(
    plan: (tx: Tx) => Promise<WriteResult> | WriteResult,
    opts: WriteOptions = {},
  ): Promise<string | undefined> {
    const root = this.root;
    const config = this.config;
    requireGitRepo(root);
    const op = this.operator();
    const { acquireLock } = await import('../core/lock.js'); // only writing commands take the lock
    const lock = await acquireLock(
      root,
      { operator: op.id, command: this.commandLine() },
      config.lock_wait_seconds * 1000,
    );
    try {
      // A dry run writes nothing, not even the recovery of a killed command: it says one is pending.
      if (this.dryRun && hasPendingJournal(root))
        this.warn(
          msg(
            '记录库中有中断的命令尚未完成；下一个写入命令（非试运行）会先完成它',
            'a command was interrupted and its work is not finished; the next writing command (not a dry run) finishes it first',
          ),
        );
      const recovered = this.dryRun ? undefined : recoverPending(root);
      if (recovered)
        this.warn(
          msg(
            `已提交上次中断的命令写下的文件（${recovered.slice(0, 7)}）`,
            `committed the files an interrupted command had written (${recovered.slice(0, 7)})`,
          ),
        );
      const tx = new Tx(this.store);
      const result = await plan(tx);
      if (this.revealInWrite && !this.dryRun) {
        const { stageReveal } = await import('./reveal.js');
        stageReveal(this, tx, this.revealInWrite);
        this.revealInWrite = undefined;
      }
      if (this.dryRun) {
        if (this.globals.json)
          this.out.json({
            dryRun: true,
            message: result.message,
            files: tx.paths(),
            ...(result.preview?.data !== undefined ? { preview: result.preview.data } : {}),
          });
        else {
          this.out.line(t(msg(`（试运行，未写入）${result.message}`, `(dry run, nothing written) ${result.message}`)));
          if (result.summary) this.out.line(t(result.summary));
          for (const l of result.preview?.lines ?? []) this.out.line(`  ${l}`);
          if (result.preview?.lines.length) this.out.line(t(msg('将写入的文件：', 'files it would write:')));
          for (const p of tx.paths()) this.out.line(`  ${p}`);
        }
        return undefined;
      }
      const sha = applyTx(tx, {
        author: { name: op.name, email: op.email },
        message: result.message,
        trailers: { 'Wuye-Operator': op.id, 'Wuye-Command': this.commandLine() },
        commit: this.globals.commit,
        force: this.globals.force,
        git: true,
      });
      if (opts.quiet) return sha;
      if (this.globals.json) this.out.json({ message: result.message, files: tx.paths(), commit: sha ?? null });
      else if (!this.globals.quiet) {
        if (result.summary) this.out.line(t(result.summary));
        const n = tx.paths().length;
        this.out.line(
          sha
            ? t(
                msg(
                  `已提交 ${sha.slice(0, 7)}：${result.message}（${n} 个文件）`,
                  `committed ${sha.slice(0, 7)}: ${result.message} (${n} file${n === 1 ? '' : 's'})`,
                ),
              )
            : n
              ? t(msg(`已写入并暂存 ${n} 个文件（未提交）`, `wrote and staged ${n} file(s) (not committed)`))
              : t(msg('没有变化，未写入', 'no change; nothing written')),
        );
      }
      return sha;
    } finally {
      lock.release();
    }
  }
}
