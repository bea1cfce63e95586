// The one factory of a command's dependencies (after the GitHub CLI's
// cmdutil.Factory): records root, config, store, calendar, clock, operator,
// output and prompter — each made on first use, each replaceable in tests.
// `write` is the runner every writing command goes through: lock, plan, validate, write, commit once.
// Procedures see the `Ctx` interface; the CLI makes a `CommandContext` (src/cli/main.ts).
import { honouredRoles } from '../core/audit/roles.js';
import { WorkCalendar } from '../core/calendar.js';
import { clockFromEnv, nowIso, today, type Clock } from '../core/dates.js';
import {
  ConflictError,
  formatWhere,
  fromSystemError,
  InvalidRecordError,
  RuleError,
  UsageError,
} from '../core/errors.js';
import { requireGitRepo } from '../core/git.js';
import { msg, t, type Msg } from '../core/i18n.js';
import { checkId } from '../core/kinds.js';
import { MASKS, maskRecord, maskText, type PersonalClass } from '../core/personal.js';
import { deskToken, findRoot, loadConfig, loadLocal, makeCalendar, type Config } from '../core/root.js';
import { ShownStore } from '../core/shown.js';
import { applyTx, crashPoint, hasPendingJournal, pendingJournal, recoverPending, Store, Tx } from '../core/store.js';
import type { StaffRecord } from '../core/types.gen.js';
import type { Globals } from './globals.js';
import type { Manifest } from './manifest.js';
import type { CommandSpec } from './spec.js';
import { clearOwed, noteOwed, payOwed, settleOwed, type Owed } from './owed.js';
import { makeOut, type Out } from './output.js';
import { makePrompter, type Prompter } from './prompter.js';
import type { RevealPlan } from './reveal.js';
import type { Keyring } from '../core/sealed.js';
import { makeKeyring } from './keys.js';

/**
 * The station of this desk (issue 17): `.wuye/local.yaml` `station`, never shared; a station still written in the
 * shared wuye.yaml is used when the desk has none of its own, with a warning (every clone would read the same one).
 */
export function withLocalStation(config: Config, local: string | undefined, warn: (m: Msg) => void): Config {
  if (local !== undefined) return local === config.station ? config : { ...config, station: local };
  if (config.station)
    warn(
      msg(
        `站点代码 ${config.station} 写在共享的 wuye.yaml 中，所有克隆都会用它；请在各台电脑的 .wuye/local.yaml 写 station: ${config.station}（每台一个字母），并从 wuye.yaml 删除`,
        `station ${config.station} is set in the shared wuye.yaml, so every clone uses it; write station: ${config.station} into this desk's .wuye/local.yaml (one letter per desk) and remove it from wuye.yaml`,
      ),
    );
  return config;
}

export interface WriteResult {
  message: string;
  summary?: Msg;
  /** What the command still owes once committed (a receipt to print): done right after, or by the next command if killed. */
  owed?: Owed;
  /** What a dry run shows beside the files (fee pay: the allocation to bills); `data` goes into its JSON. */
  preview?: { lines: string[]; data?: unknown };
}

export interface WriteOptions {
  /** Print nothing (the audit entry of a reveal, committed before the command's own output). */
  quiet?: boolean;
}

/** What finishing a killed command's transaction did. */
export interface Recovery {
  /** The commit of the work it had put in place (rolled forward). */
  commit?: string;
  /** Its temporary files were removed: nothing of it had landed. */
  rolledBack: boolean;
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
  /** The keys of this desk for personal data sealed at rest (src/kit/keys.ts, src/core/sealed.ts). */
  readonly keyring: Keyring;
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
  /**
   * Finish what a command killed mid-write left (its journal): take the lock, roll its transaction forward
   * (commit) or back. Undefined when nothing was pending. Refused (exit 4) when the lock stays taken or
   * this user cannot write the records — saying so, and how to finish it.
   */
  recover(): Promise<Recovery | undefined>;
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
  /** Bad records a report went past (named on stderr as met): the command then ends with exit 1. */
  private readonly skipped: InvalidRecordError[] = [];
  private _shown?: Store;
  private _keyring?: Keyring;
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
  /** The center's config, its `station` this desk's own (.wuye/local.yaml; a shared one in wuye.yaml still works, warned). */
  get config(): Config {
    return (this._config ??= withLocalStation(loadConfig(this.root), loadLocal(this.root).station, (m) =>
      this.warn(m),
    ));
  }
  get store(): Store {
    return (this._store ??= this.withKeys(new Store(this.root)));
  }
  get shown(): Store {
    return this.globals.reveal ? this.store : (this._shown ??= this.withKeys(new ShownStore(this.root)));
  }
  /** The keys of this desk (personal data sealed at rest, src/kit/keys.ts). */
  get keyring(): Keyring {
    return (this._keyring ??= makeKeyring(this.env, () => this.config));
  }
  /** A store that reads sealed values as their mask, or revealing as the value (this desk's key), and seals writes. */
  private withKeys<S extends Store>(s: S): S {
    s.keyring = this.keyring;
    s.revealing = () => !!this.globals.reveal;
    let unopened = false;
    s.onSealed = (e) => {
      if (e.damaged)
        this.warn(
          msg(
            `${formatWhere({ file: e.rel, line: e.line, column: e.column })}: 加密的个人资料已损坏（${e.why}），按遮蔽值显示；用恢复密钥或其他工作站的副本重写此值`,
            `${formatWhere({ file: e.rel, line: e.line, column: e.column })}: a sealed personal value is damaged (${e.why}) and is shown masked; write the value again from the recovery key or another copy`,
          ),
        );
      else if (!unopened) {
        unopened = true;
        this.warn(
          msg(
            '有些个人资料不是加密给本机密钥的，按遮蔽值显示（wuye keys list 查看本机是否在列）',
            "some personal values are not sealed to this desk's key and are shown masked (wuye keys list shows whether this desk is listed)",
          ),
        );
      }
    };
    return s;
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
   * Before the command runs (its line parsed, nothing read yet): meet what a killed command left. Its
   * transaction is finished first — by a reader too, so that nothing reports from half a transaction —
   * unless the command reports it itself (`pending: 'report'`: validate); what it still owed this operator
   * is done (a receipt committed but never printed). A reader then goes on past bad records in its scans,
   * naming each; a writer stops at the first.
   */
  async open(spec: CommandSpec): Promise<void> {
    if (spec.noRoot) return;
    try {
      void this.root;
    } catch {
      return; // no records root: the command says so in its own words, if it needs one
    }
    if (!this.dryRun && spec.pending !== 'report') {
      // a dry run writes nothing, recovery included (its write() says a recovery is pending)
      const r = await this.recover();
      if (r?.commit)
        this.warn(
          msg(
            `已提交上次中断的命令写下的文件（${r.commit.slice(0, 7)}）`,
            `committed the files an interrupted command had written (${r.commit.slice(0, 7)})`,
          ),
        );
      await settleOwed(this);
    }
    if (!spec.writes) {
      const skip = (e: InvalidRecordError) => this.skip(e);
      this.store.onInvalid = skip;
      this.shown.onInvalid = skip; // the same store masked (or itself, with --reveal)
    }
  }

  /** A bad record a report goes past: named now, counted for the end. */
  private skip(e: InvalidRecordError): void {
    this.skipped.push(e);
    const where = e.where ? `${formatWhere(e.where)}: ` : '';
    const hint = e.hint ? { zh: `\n  ${e.hint.zh}`, en: `\n  ${e.hint.en}` } : { zh: '', en: '' };
    this.warn(msg(`${where}${e.text.zh}（已略过此记录）${hint.zh}`, `${where}${e.text.en} (record skipped)${hint.en}`));
  }

  /** After the command ran: bad records it went past make it end with exit 1, after its output. */
  close(): void {
    const n = this.skipped.length;
    if (!n) return;
    throw new InvalidRecordError(
      msg(
        `略过了 ${n} 条无效的记录（见上），结果中不含它们`,
        `skipped ${n} bad record${n === 1 ? '' : 's'} (named above); the results leave ${n === 1 ? 'it' : 'them'} out`,
      ),
      msg(
        '修正这些文件（wuye validate 列出全部问题）后重新运行',
        'fix those files (wuye validate lists every problem), then run again',
      ),
    );
  }

  async recover(): Promise<Recovery | undefined> {
    const root = this.root;
    if (!hasPendingJournal(root)) return undefined;
    const { acquireLock } = await import('../core/lock.js');
    let wait = 15;
    try {
      wait = this.config.lock_wait_seconds;
    } catch {
      /* a broken wuye.yaml: the command reports it; the default wait here */
    }
    let lock;
    try {
      lock = await acquireLock(root, { operator: this.globals.as, command: this.commandLine() }, wait * 1000);
    } catch (e) {
      if (e instanceof ConflictError)
        throw new ConflictError(
          msg(
            `记录正处于另一个命令的写入中途，现在读取会看到半完成的结果；${e.text.zh}`,
            `the records are in the middle of another command's writes (reading now would see half of them); ${e.text.en}`,
          ),
          e.hint,
        );
      const sys = fromSystemError(e);
      if (sys)
        throw new ConflictError(
          msg(
            `记录处于一个被中断的命令的写入中途，本用户无法完成它（${sys.text.zh}）`,
            `the records are in the middle of an interrupted command's writes, and this user cannot finish it (${sys.text.en})`,
          ),
          msg(
            `请能写入 ${root} 的用户运行 wuye recover（或任意 wuye 命令），它会先完成或回滚被中断的命令`,
            `have a user who can write to ${root} run wuye recover (or any wuye command): it finishes or rolls back the interrupted command first`,
          ),
        );
      throw e;
    }
    try {
      if (!hasPendingJournal(root)) return undefined; // the command that held the lock finished its own work
      const state = pendingJournal(root)?.state;
      const commit = recoverPending(root);
      return { commit, rolledBack: state === 'writing' };
    } finally {
      lock.release();
    }
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
      // What the commit will owe (a receipt) is noted first: killed after the commit, the next command does it.
      const owedNote = result.owed && tx.paths().length ? noteOwed(root, op.id, result.owed, this.now()) : undefined;
      let sha: string | undefined;
      try {
        sha = applyTx(tx, {
          author: { name: op.name, email: op.email },
          message: result.message,
          trailers: {
            'Wuye-Operator': op.id,
            'Wuye-Command': this.commandLine(),
            ...(this.config.station ? { 'Wuye-Station': this.config.station, 'Wuye-Desk': deskToken(this.root) } : {}),
          },
          commit: this.globals.commit,
          force: this.globals.force,
          git: true,
        });
      } catch (e) {
        if (owedNote) clearOwed(owedNote); // nothing landed: nothing is owed
        throw e;
      }
      crashPoint('owed');
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
      if (owedNote) {
        lock.release(); // printing needs no lock; other commands need not wait for it
        await payOwed(this, owedNote, result.owed!, false);
      }
      return sha;
    } finally {
      lock.release();
    }
  }
}
