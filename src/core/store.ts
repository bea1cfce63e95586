// The records store (records.md): read records by kind and id, walk a kind's
// folder, and apply a transaction — validate every file it writes against its
// schema, refuse to overwrite hand edits, write each file atomically, commit
// exactly those files once. A journal in .wuye/ makes a transaction all or
// nothing across a crash: killed before every file was flushed, nothing lands;
// killed after, the next command puts the rest in place and commits (roll forward).
import { existsSync, readdirSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Document } from 'yaml';
import { ConflictError, InvalidRecordError, NotFoundError, RuleError } from './errors.js';
import { flushFiles, isTempName, renameTemp, syncDir, writeFileAtomic, writeTemp } from './fsx.js';
import { commitPaths, dirtyPaths, hasHead, type Author } from './git.js';
import { msg } from './i18n.js';
import { RootGuard } from './inside.js';
import { compareIds, idOfPath, kindDef, relPath } from './kinds.js';
import { explain, schemaProblems, validatorFor } from './schemas.js';
import { SEALED_MARK, sealRecordText, unsealRecord, type Keyring } from './sealed.js';
import {
  decodeRecord,
  docToString,
  dumpRecord,
  locate,
  openDoc,
  parseRecordText,
  ParseFailure,
  type Problem,
} from './yamlio.js';

export interface RecordFile<T = Record<string, unknown>> {
  kind: string;
  id: string;
  rel: string;
  text: string;
  data: T;
}

export function toInvalid(e: unknown): unknown {
  if (e instanceof ParseFailure) {
    const p = e.problem;
    return new InvalidRecordError(
      p.message,
      p.hint ??
        msg(
          '修正该文件后重试（wuye validate 列出全部问题）',
          'fix the file and retry (wuye validate lists every problem)',
        ),
      { file: p.file, line: p.line, column: p.column },
    );
  }
  return e;
}

const VALIDATE_HINT = msg(
  '修正该文件后重试（wuye validate 列出全部问题）',
  'fix the file and retry (wuye validate lists every problem)',
);

/**
 * What is wrong with a record as read (issue 12 "Bad records"): not a mapping, another kind, an id that
 * is not its file's, or a value its schema refuses (an unquoted 161.99, "1e3", a negative bill) —
 * the first problem, located, or undefined. The validators are the prebuilt ones, each loaded once.
 */
export function recordProblem(kind: string, id: string, rel: string, text: string, data: unknown): Problem | undefined {
  const at = (pointer: string, code: string, message: ReturnType<typeof msg>, hint?: ReturnType<typeof msg>) => ({
    file: rel,
    ...(pointer ? locate(text, pointer) : { line: 1, column: 1 }),
    severity: 'error' as const,
    code,
    message,
    hint,
  });
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return at(
      '',
      'not-mapping',
      msg('记录应为“键: 值”的映射', 'a record must be a mapping of key: value'),
      msg('每个记录文件以 kind: 和 id: 开头', 'every record file starts with kind: and id:'),
    );
  const obj = data as Record<string, unknown>;
  if (obj.kind !== undefined && obj.kind !== kind)
    return at(
      '/kind',
      'kind',
      msg(
        `kind 为 ${JSON.stringify(obj.kind)}，但文件在 ${kindDef(kind).folder}/ 中（应为 ${kind}）`,
        `kind is ${JSON.stringify(obj.kind)} but the file is in ${kindDef(kind).folder}/ (expected ${kind})`,
      ),
      msg(`改为 kind: ${kind}`, `write kind: ${kind}`),
    );
  if (obj.id !== undefined && obj.id !== id)
    return at(
      '/id',
      'id-mismatch',
      msg(
        `id 为 ${JSON.stringify(obj.id)}，与文件位置不符（${rel} 存的是 ${id}）`,
        `id is ${JSON.stringify(obj.id)} but the file's place says ${id} (${rel})`,
      ),
      msg(
        `改为 id: ${id}，或把文件移到它的编号所在的位置`,
        `write id: ${id}, or move the file to where its id belongs`,
      ),
    );
  const v = validatorFor(kind);
  if (v(data)) return undefined;
  return explain(v.errors ?? [], rel, text)[0];
}

export class Store {
  /** Every read and write stays inside the root (a link leading out is refused). */
  readonly guard: RootGuard;
  /**
   * Set by a command that goes on past a bad record (a report, a list): a scan (`all`, `scan`) hands
   * it each record that fails to read and skips it; unset, the first bad record stops the command.
   */
  onInvalid?: (e: InvalidRecordError) => void;
  /**
   * Personal data sealed at rest (src/core/sealed.ts): the keys of this desk, set by the command's context.
   * A sealed value reads as its mask; as the value itself while `revealing()` and this desk's key opens it.
   */
  keyring?: Keyring;
  revealing?: () => boolean;
  /** A sealed value that does not open (damaged: file, line, column), or one sealed to other keys. */
  onSealed?: (e: { rel: string; line?: number; column?: number; damaged: boolean; why: string }) => void;
  constructor(readonly dir: string) {
    this.guard = new RootGuard(dir);
  }

  abs(rel: string): string {
    return join(this.dir, rel);
  }

  exists(kind: string, id: string): boolean {
    return existsSync(this.abs(relPath(kind, id)));
  }

  readText(rel: string): string {
    try {
      return decodeRecord(this.guard.read(rel), rel);
    } catch (e) {
      throw toInvalid(e);
    }
  }

  tryRead<T = Record<string, unknown>>(kind: string, id: string): RecordFile<T> | undefined {
    const rel = relPath(kind, id);
    if (!existsSync(this.abs(rel))) return undefined;
    return this.readRel<T>(rel, kind, id);
  }

  read<T = Record<string, unknown>>(kind: string, id: string): RecordFile<T> {
    const r = this.tryRead<T>(kind, id);
    if (!r) {
      const k = kindDef(kind);
      throw new NotFoundError(
        msg(`没有${k.label.zh} ${id}`, `no ${k.label.en} ${id}`),
        msg(`用 wuye ${kind} list 或 wuye find 查找`, `look it up with wuye ${kind} list or wuye find`),
      );
    }
    return r;
  }

  readRel<T>(rel: string, kind: string, id: string): RecordFile<T> {
    return this.parseRel<T>(rel, kind, id, this.readText(rel));
  }

  /**
   * A record from text already read (readText), e.g. after a cheap look at the text decided it is needed.
   * Checked as it is read: a record of the wrong shape is refused with its file:line:column, never shown.
   */
  parseRel<T>(rel: string, kind: string, id: string, text: string): RecordFile<T> {
    let data: unknown;
    try {
      data = parseRecordText(text, rel);
    } catch (e) {
      throw toInvalid(e);
    }
    const p = recordProblem(kind, id, rel, text, data);
    if (p)
      throw new InvalidRecordError(p.message, p.hint ?? VALIDATE_HINT, {
        file: p.file,
        line: p.line,
        column: p.column,
      });
    if (text.includes(SEALED_MARK)) {
      const reveal = this.keyring && this.revealing?.() ? this.keyring : undefined;
      unsealRecord(kind, data, {
        reveal,
        damaged: (ptr, e) => this.onSealed?.({ rel, ...locate(text, ptr), damaged: true, why: e.message }),
        unopened: () => this.onSealed?.({ rel, damaged: false, why: 'no identity' }),
      });
    }
    return { kind, id, rel, text, data: data as T };
  }

  /** One record of a scan: undefined when it is bad and the command goes on past bad records (onInvalid). */
  scan<T>(rel: string, kind: string, id: string): RecordFile<T> | undefined {
    return this.skipping(() => this.readRel<T>(rel, kind, id));
  }

  /** Run a read of a scan: a bad record is handed to onInvalid (undefined), or thrown when nobody takes it. */
  skipping<R>(read: () => R): R | undefined {
    try {
      return read();
    } catch (e) {
      if (!(e instanceof InvalidRecordError) || !this.onInvalid) throw e;
      this.onInvalid(e);
      return undefined;
    }
  }

  /** All record files of a kind, relative paths, sorted (a fast walk, no parsing). */
  listRel(kind: string): string[] {
    const k = kindDef(kind);
    return walkYaml(this.dir, k.folder).sort();
  }

  ids(kind: string): string[] {
    return this.listRel(kind).map(idOfPath);
  }

  /** The unit record files of one building (units/<building>/), or of every building; sorted by unit id. */
  unitRels(building?: string): string[] {
    const k = kindDef('unit');
    const rels = building === undefined ? walkYaml(this.dir, k.folder) : walkYaml(this.dir, `${k.folder}/${building}`);
    return rels.sort((a, b) => compareIds(idOfPath(a), idOfPath(b)));
  }

  /** Read every record of a kind (js-yaml, fast); a bad file throws with its location, or is skipped (onInvalid). */
  *all<T = Record<string, unknown>>(kind: string): Generator<RecordFile<T>> {
    for (const rel of this.listRel(kind)) {
      const r = this.scan<T>(rel, kind, idOfPath(rel));
      if (r) yield r;
    }
  }
}

/** Every .yaml file under a folder of the root (relative paths), by walking folders ourselves (fast on Node 20). */
export function walkYaml(root: string, folder: string): string[] {
  const out: string[] = [];
  const stack = [folder];
  while (stack.length) {
    const rel = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const child = `${rel}/${e.name}`;
      if (e.isDirectory()) stack.push(child);
      else if (e.name.endsWith('.yaml')) out.push(child);
    }
  }
  return out;
}

interface PendingWrite {
  kind: string;
  id: string;
  rel: string;
  text: string;
}

/** A set of writes that lands all at once (one commit), or not at all. */
export class Tx {
  readonly writes = new Map<string, PendingWrite>();
  /** Records this transaction deletes (a merge drops the merged record): path → kind. */
  readonly deletes = new Map<string, string>();
  constructor(readonly store: Store) {}

  /** Read a record as this transaction sees it (its own writes and deletes included). */
  tryRead<T = Record<string, unknown>>(kind: string, id: string): RecordFile<T> | undefined {
    const rel = relPath(kind, id);
    if (this.deletes.has(rel)) return undefined;
    const w = this.writes.get(rel);
    if (w) return { kind, id, rel, text: w.text, data: this.unsealed(kind, parseRecordText(w.text, rel)) as T };
    return this.store.tryRead<T>(kind, id);
  }

  read<T = Record<string, unknown>>(kind: string, id: string): RecordFile<T> {
    const r = this.tryRead<T>(kind, id);
    return r ?? this.store.read<T>(kind, id);
  }

  /** A new record; refused if one with the id exists. */
  create(kind: string, id: string, data: object): void {
    if (this.tryRead(kind, id)) {
      throw new RuleError(
        msg(`${kindDef(kind).label.zh} ${id} 已存在`, `${kindDef(kind).label.en} ${id} already exists`),
        msg(`修改请用 wuye ${kind} update ${id}`, `to change it use wuye ${kind} update ${id}`),
      );
    }
    this.put(kind, id, data);
  }

  /** Write a whole record (generated content; comments are not kept). */
  put(kind: string, id: string, data: object): void {
    const rel = relPath(kind, id);
    let disk: string | undefined;
    if (existsSync(this.store.abs(rel))) disk = this.store.readText(rel);
    this.stage({ kind, id, rel, text: dumpRecord(data) }, disk);
  }

  /** Write a record's text as it is (a migration that rewrote values in place, comments kept). */
  putText(kind: string, id: string, text: string): void {
    const rel = relPath(kind, id);
    this.stage({ kind, id, rel, text }, existsSync(this.store.abs(rel)) ? this.store.readText(rel) : undefined);
  }

  /** A write that leaves the file as it is on disk is no write: a no-op update commits nothing. */
  private stage(w: PendingWrite, disk: string | undefined): void {
    if (disk === w.text) this.writes.delete(w.rel);
    else this.writes.set(w.rel, w);
  }

  /** Edit a record in place: comments and key order that a person wrote survive. */
  edit<T = Record<string, unknown>>(kind: string, id: string, fn: (doc: Document, data: T) => void): T {
    const cur = this.read<T>(kind, id);
    const disk = !this.writes.has(cur.rel)
      ? cur.text
      : existsSync(this.store.abs(cur.rel))
        ? this.store.readText(cur.rel)
        : undefined;
    const doc = openDoc(cur.text);
    fn(doc, cur.data);
    const text = docToString(doc);
    this.stage({ kind, id, rel: cur.rel, text }, disk);
    return this.unsealed(kind, parseRecordText(text, cur.rel)) as T;
  }

  /** Data parsed from a pending write: its sealed values as the store reads them (mask, or value revealing). */
  private unsealed(kind: string, data: unknown): unknown {
    const s = this.store;
    return unsealRecord(kind, data, { reveal: s.keyring && s.revealing?.() ? s.keyring : undefined });
  }

  /**
   * Edit the center's configuration (wuye.yaml) as text (replaceInText keeps every other byte, e.g. a fee item's new rates): checked
   * against the config schema like any write, committed with the others. The next command reads the new file.
   */
  editConfig(fn: (text: string) => string): void {
    const rel = 'wuye.yaml';
    const disk = this.store.readText(rel);
    this.stage({ kind: 'config', id: 'wuye', rel, text: fn(this.writes.get(rel)?.text ?? disk) }, disk);
  }

  /** Delete a record (it must exist): the file goes in the same commit as the writes. */
  remove(kind: string, id: string): void {
    const rel = this.read(kind, id).rel;
    this.writes.delete(rel);
    this.deletes.set(rel, kind);
  }

  paths(): string[] {
    return [...this.writes.keys(), ...this.deletes.keys()].sort();
  }
}

export interface ApplyOptions {
  author: Author;
  message: string;
  trailers: Record<string, string>;
  commit: boolean;
  force: boolean;
  git: boolean;
}

const JOURNAL = ['.wuye', 'pending.json'];

/**
 * The journal of a transaction in flight. `writing`: temporary files are being
 * written, nothing is in place yet (a crash rolls back: the temporaries are
 * deleted). `ready`: every temporary file is whole and flushed (a crash rolls
 * forward: the next command renames what is left and commits).
 */
interface Journal {
  pid: number;
  state?: 'writing' | 'ready';
  paths: string[];
  temps?: [string, string][];
  /** Files the transaction deletes (after the renames; a roll forward deletes what is left). */
  deletes?: string[];
  message: string;
  author: Author;
  trailers: Record<string, string>;
  commit: boolean;
}

/** Check every write against its schema; an invalid write is refused before anything touches the disk. */
export function validateWrites(tx: Tx): void {
  for (const w of tx.writes.values()) {
    const data = parseRecordText(w.text, w.rel);
    const problems = schemaProblems(w.kind, data, w.rel, w.text);
    if (problems.length) {
      const p = problems[0];
      throw new InvalidRecordError(
        msg(`写入的 ${w.rel} 将无效: ${p.message.zh}`, `writing ${w.rel} would make it invalid: ${p.message.en}`),
        p.hint,
        undefined,
      );
    }
  }
}

/**
 * Seal the personal values of every write (src/core/sealed.ts): an unchanged one keeps its ciphertext, a new
 * one is sealed when wuye.yaml says personal.encrypt. A write that then equals the file on disk is dropped.
 */
export function sealWrites(tx: Tx): void {
  const ring = tx.store.keyring;
  if (!ring || (!ring.encrypt && !ring.sealedBefore)) return; // an estate never sealed: nothing to look at
  for (const [rel, w] of [...tx.writes]) {
    if (w.kind === 'config') continue;
    const disk = existsSync(tx.store.abs(rel)) ? tx.store.readText(rel) : undefined;
    const text = sealRecordText(w.kind, rel, w.text, disk, tx.store.keyring);
    if (text === disk) tx.writes.delete(rel);
    else if (text !== w.text) tx.writes.set(rel, { ...w, text });
  }
}

/** Apply a transaction: validate, check for hand edits, journal, write atomically, commit once. Returns the commit id. */
export function applyTx(tx: Tx, o: ApplyOptions): string | undefined {
  const root = tx.store.dir;
  sealWrites(tx);
  const paths = tx.paths();
  if (paths.length === 0) return undefined;
  // Hand edits first: a file a person is editing is theirs, whatever its state.
  if (o.git && !o.force) {
    const dirty = dirtyPaths(root, paths);
    if (dirty.length) {
      throw new ConflictError(
        msg(
          `${dirty[0]} 有未提交的手工修改${dirty.length > 1 ? `（共 ${dirty.length} 个文件）` : ''}，未写入任何文件`,
          `${dirty[0]} has uncommitted hand edits${dirty.length > 1 ? ` (${dirty.length} files)` : ''}; nothing was written`,
        ),
        msg(
          '先提交（git commit）或撤销（git checkout -- 文件）这些修改，或加 --force 覆盖',
          'commit (git commit) or discard (git checkout -- FILE) those edits first, or pass --force to overwrite',
        ),
      );
    }
  }
  validateWrites(tx);
  // Nothing lands outside the root: a folder on the way that is a link leading out is refused.
  for (const d of new Set(paths.map((p) => dirname(p)))) tx.store.guard.checkDir(d);
  const jfile = join(root, ...JOURNAL);
  const deletes = [...tx.deletes.keys()];
  const journal: Journal = {
    pid: process.pid,
    state: 'writing',
    paths,
    ...(deletes.length ? { deletes } : {}),
    message: o.message,
    author: o.author,
    trailers: o.trailers,
    commit: o.commit,
  };
  if (o.git) writeFileAtomic(jfile, JSON.stringify(journal), { syncDir: false });
  // 1. Every file to a flushed temporary file beside it; nothing is in place yet.
  const temps: [string, string][] = [];
  const half = Math.ceil(paths.length / 2);
  // A batch (an import, a billing run) flushes the file system once instead of every file.
  const bulk = paths.length > 64;
  try {
    for (const w of tx.writes.values()) {
      temps.push([relative(root, writeTemp(join(root, w.rel), w.text, !bulk)), w.rel]);
      if (temps.length === half) crashPoint('temps');
    }
    if (bulk)
      flushFiles(
        root,
        temps.map(([t]) => join(root, t)),
      );
  } catch (e) {
    for (const [t] of temps) {
      try {
        unlinkSync(join(root, t));
      } catch {
        /* gone */
      }
    }
    if (o.git) {
      try {
        unlinkSync(jfile);
      } catch {
        /* gone */
      }
    }
    throw e;
  }
  // 2. The point of no return: from here a crash rolls forward.
  if (o.git) writeFileAtomic(jfile, JSON.stringify({ ...journal, state: 'ready', temps }));
  crashPoint('ready');
  // 3. Rename them all into place (a tight loop of renames), flush each folder once.
  temps.forEach(([t, rel], i) => {
    renameTemp(join(root, t), join(root, rel));
    if (i + 1 === half) crashPoint('renames');
  });
  for (const rel of deletes) rmSync(join(root, rel), { force: true });
  for (const d of new Set([...temps.map(([, rel]) => rel), ...deletes].map((rel) => dirname(join(root, rel)))))
    syncDir(d);
  let sha: string | undefined;
  if (o.git) {
    sha = commitPaths(root, {
      paths,
      message: o.message,
      author: o.author,
      trailers: o.trailers,
      commit: o.commit,
      staged: () => crashPoint('staged'),
    });
    crashPoint('commit');
    unlinkSync(jfile);
  }
  return sha;
}

/**
 * For the crash tests (tests/reliability/crash.test.ts): WUYE_CRASH_AT=<stage> kills
 * this process with SIGKILL at that point of applyTx, every time. The stages, in order:
 *   temps    half the temporary files written (journal `writing`: the next command rolls back)
 *   ready    every temporary file flushed, journal `ready`, none renamed yet (rolls forward)
 *   renames  half the files renamed into place
 *   staged   every file in place and staged (`git add`), not committed (git.ts commitPaths)
 *   commit   committed, the journal not yet removed (the next command only removes it)
 *   owed     (src/kit/context.ts) the transaction done, what it owes after its commit not yet done (a receipt)
 */
export function crashPoint(name: string): void {
  if (process.env.WUYE_CRASH_AT === name) process.kill(process.pid, 'SIGKILL');
}

/** Did a command stop in the middle of writing (a journal left behind for the next writer to finish)? */
export function hasPendingJournal(root: string): boolean {
  return existsSync(join(root, ...JOURNAL));
}

/** The journal of a command in flight or killed: what it was writing (`validate` reports it), or undefined. */
export function pendingJournal(
  root: string,
): { file: string; pid: number; state: string; message: string; paths: string[] } | undefined {
  const file = JOURNAL.join('/');
  let j: Journal;
  try {
    j = JSON.parse(readFileSync(join(root, file), 'utf8')) as Journal;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return { file, pid: 0, state: 'writing', message: '?', paths: [] }; // half a journal: nothing was in place yet
  }
  return { file, pid: j.pid, state: j.state ?? 'ready', message: j.message, paths: j.paths ?? [] };
}

/**
 * Finish what a killed command left (its journal): roll a `ready` transaction
 * forward (rename the rest, commit what changed, with its own message) or a
 * `writing` one back (delete its temporary files). Called under the lock.
 */
export function recoverPending(root: string): string | undefined {
  const jfile = join(root, ...JOURNAL);
  if (!existsSync(jfile)) return undefined;
  let j: Journal;
  try {
    j = JSON.parse(readFileSync(jfile, 'utf8')) as Journal;
  } catch {
    unlinkSync(jfile);
    return undefined;
  }
  if (j.state === 'ready') {
    // Roll forward: put in place every temporary file the killed command had not renamed yet.
    for (const [t, rel] of j.temps ?? []) {
      if (existsSync(join(root, t))) renameTemp(join(root, t), join(root, rel));
    }
    for (const rel of j.deletes ?? []) rmSync(join(root, rel), { force: true });
  }
  // Any other temporary file of the killed writer is garbage (state `writing`: roll back).
  for (const p of [...j.paths, JOURNAL.join('/')]) {
    const dir = join(root, p, '..');
    try {
      for (const n of readdirSync(dir)) if (isTempName(n) && n.includes(`.${j.pid}.`)) unlinkSync(join(dir, n));
    } catch {
      /* folder never made */
    }
  }
  let sha: string | undefined;
  if (j.state !== 'writing') {
    const head = hasHead(root);
    // A deleted file is a change to commit too (when git knows it: there is a HEAD).
    const existing = j.paths.filter((p) => existsSync(join(root, p)) || (head && j.deletes?.includes(p)));
    const changed = head ? dirtyPaths(root, existing, 'any') : existing;
    if (changed.length) {
      try {
        sha = commitPaths(root, {
          paths: changed,
          message: `${j.message} (recovered)`,
          author: j.author,
          trailers: { ...j.trailers, 'Wuye-Recovered': 'yes' },
          commit: j.commit,
        });
      } catch (e) {
        // A SIGKILL does not stop the git the killed command was running: that orphaned `git commit` may
        // have committed these very files since we looked ("nothing to commit"). Then the work is done.
        if (dirtyPaths(root, changed, 'any').length) throw e;
      }
    }
  }
  unlinkSync(jfile);
  return sha;
}
