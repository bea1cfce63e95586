// wuye audit log ID [--json] [--reveal] — the history of one record (records.md
// "Git"): each commit that changed its file — the history of its path, never followed through a
// rename or copy git guesses (ids never move, so a similar new file is not this record's past), when (in the
// center's time zone), who (author and operator), how (the wuye command, or by
// hand), and the changed fields old → new; then the reveals of personal data that named it (reveals/,
// src/kit/reveal.ts). Personal data masked by its schema's declaration (src/core/personal.ts) unless --reveal.
import { existsSync, readFileSync } from 'node:fs';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { fieldDiff, showValue, type FieldChange } from '../../../core/audit/diff.js';
import { catFileBatch, readCommits, type CommitInfo } from '../../../core/audit/gitlog.js';
import { isCliCommit } from '../../../core/audit/trailers.js';
import { nowIso } from '../../../core/dates.js';
import { NotFoundError } from '../../../core/errors.js';
import { dirtyPaths, hasHead, requireGitRepo } from '../../../core/git.js';
import { msg, t, type Msg } from '../../../core/i18n.js';
import { relPath } from '../../../core/kinds.js';
import { decodeRecord, parseRecordText, ParseFailure } from '../../../core/yamlio.js';
import { unsealRecord } from '../../../core/sealed.js';
import { maskAt, maskText } from '../../../core/personal.js';
import type { RevealRecord } from '../../../core/types.gen.js';
import { recordKinds } from '../record-id.js';

interface Entry {
  commit: string | null; // null: uncommitted changes in the work tree
  date: string | null;
  author: string | null;
  email: string | null;
  operator: string | null;
  /** The desk it was made at (Wuye-Station trailer). */
  station: string | null;
  command: string | null;
  byHand: boolean;
  recovered: boolean;
  subject: string | null;
  file: string;
  renamedFrom: string | null;
  changes: FieldChange[];
  /** A version that could not be read as a record (layer 1): its message. */
  unreadable?: string;
}

function parseVersion(buf: Buffer | undefined, file: string, kind: string): { data?: unknown; error?: Msg } {
  if (!buf) return {};
  try {
    // a sealed value (personal.encrypt) compares as its mask: a re-sealed ciphertext is no change
    return { data: unsealRecord(kind, parseRecordText(decodeRecord(buf, file), file) ?? {}) };
  } catch (e) {
    if (e instanceof ParseFailure)
      return {
        error: msg(
          `${file}:${e.problem.line}:${e.problem.column}: ${e.problem.message.zh}`,
          `${file}:${e.problem.line}:${e.problem.column}: ${e.problem.message.en}`,
        ),
      };
    throw e;
  }
}

export function parse(l: Line) {
  const id = l.arg(0)!;
  return { id, kinds: recordKinds(id) };
}

export async function run(ctx: Ctx, { id, kinds }: ReturnType<typeof parse>): Promise<void> {
  const root = ctx.root;
  requireGitRepo(root);
  const reveal = ctx.globals.reveal;
  const tz = ctx.tz;
  const results: { kind: string; file: string; entries: Entry[]; reveals: RevealRecord[] }[] = [];
  for (const k of kinds) {
    const rel = relPath(k.kind, id);
    const commits: CommitInfo[] = hasHead(root) ? readCommits(root, ['--no-renames', 'HEAD', '--', rel]) : [];
    const inTree = existsSync(ctx.store.abs(rel));
    if (commits.length === 0 && !inTree) continue;
    // Every version at once: the blob before and after each commit.
    const specs = commits.flatMap((c) => {
      const f = c.files[0];
      return [f?.oldBlob ?? '', f?.blob ?? ''];
    });
    const blobs = catFileBatch(
      root,
      specs.map((s) => s || '0'.repeat(40)),
    );
    const entries: Entry[] = [];
    // Uncommitted changes first (newest).
    if (inTree && (commits.length === 0 || dirtyPaths(root, [rel], 'any').length)) {
      const before = parseVersion(blobs[1], rel, k.kind);
      const after = parseVersion(readFileSync(ctx.store.abs(rel)), rel, k.kind);
      entries.push({
        commit: null,
        date: null,
        author: null,
        email: null,
        operator: null,
        station: null,
        command: null,
        byHand: true,
        recovered: false,
        subject: null,
        file: rel,
        renamedFrom: null,
        changes: fieldDiff(before.data, after.data),
        unreadable: after.error ? t(after.error) : undefined,
      });
    }
    commits.forEach((c, i) => {
      const f = c.files[0] ?? { status: 'M', path: rel, oldBlob: '', blob: '' };
      const before = parseVersion(blobs[2 * i], f.oldPath ?? f.path, k.kind);
      const after = parseVersion(blobs[2 * i + 1], f.path, k.kind);
      const bad = after.error ?? before.error;
      entries.push({
        commit: c.sha,
        date: nowIso({ now: () => new Date(c.date) }, tz),
        author: c.author,
        email: c.email,
        operator: c.trailers.operator ?? null,
        station: c.trailers.station ?? null,
        command: c.trailers.command ?? null,
        byHand: !isCliCommit(c.trailers),
        recovered: c.trailers.recovered,
        subject: c.subject,
        file: f.path,
        renamedFrom: f.status === 'R' ? (f.oldPath ?? null) : null,
        changes: bad ? [] : fieldDiff(before.data, after.data),
        unreadable: bad ? t(bad) : undefined,
      });
    });
    const reveals = [...ctx.shown.all<RevealRecord>('reveal')]
      .map((x) => x.data)
      .filter((x) => x.records.some((n) => n.kind === k.kind && n.id === id));
    results.push({ kind: k.kind, file: rel, entries, reveals });
  }
  if (results.length === 0)
    throw new NotFoundError(
      msg(`没有编号为 ${id} 的记录（当前和历史中都没有）`, `no record with id ${id} (neither now nor in the history)`),
      msg('用 wuye find 按名称或电话查找', 'search by name or phone with wuye find'),
    );
  const maskCmd = (s: string | null) => (s === null || reveal ? s : maskText(s));
  if (ctx.globals.json) {
    const out = results.map((r) => ({
      id,
      kind: r.kind,
      file: r.file,
      history: r.entries.map((e) => ({
        ...e,
        command: maskCmd(e.command),
        subject: e.byHand ? maskCmd(e.subject) : e.subject,
        changes: e.changes.map((c) => ({
          path: c.path,
          op: c.op,
          old: mask(r.kind, c.path, c.old),
          new: mask(r.kind, c.path, c.new),
        })),
      })),
      reveals: r.reveals,
    }));
    ctx.out.json(out.length === 1 ? out[0] : out);
    return;
  }
  for (const r of results) {
    ctx.out.line(`# ${r.file}`);
    for (const e of r.entries) {
      const when = e.date ? e.date.slice(0, 16).replace('T', ' ') : t(msg('（未提交）', '(uncommitted)'));
      const desk = e.station ? t(msg(`站点 ${e.station}`, `station ${e.station}`)) : '';
      const tag = [e.operator, desk].filter(Boolean).join(', ');
      const who = e.author ? (tag ? `${e.author} (${tag})` : e.author) : '';
      ctx.out.line([when, who, e.commit ? e.commit.slice(0, 7) : ''].filter(Boolean).join('  '));
      const how =
        e.commit === null
          ? t(msg('工作区中未提交的修改', 'uncommitted changes in the work tree'))
          : e.byHand
            ? `${t(msg('手工修改', 'by hand'))}: ${maskCmd(e.subject)}`
            : `${maskCmd(e.command) ?? e.subject}${e.recovered ? t(msg('（中断后补提交）', ' (committed after an interruption)')) : ''}`;
      ctx.out.line(`  ${how}`);
      if (e.renamedFrom) ctx.out.line(`  ${t(msg(`由 ${e.renamedFrom} 改名`, `renamed from ${e.renamedFrom}`))}`);
      if (e.unreadable) ctx.out.line(`  ${t(msg('无法读取', 'unreadable'))}: ${e.unreadable}`);
      for (const c of e.changes) ctx.out.line(`  ${changeLine(c, (x) => mask(r.kind, c.path, x))}`);
      ctx.out.line('');
    }
    if (r.reveals.length) {
      ctx.out.line(t(msg('未遮蔽查看（--reveal）：', 'shown unmasked (--reveal):')));
      for (const x of r.reveals)
        ctx.out.line(`  ${x.at.slice(0, 16).replace('T', ' ')}  ${x.by}  ${x.id}  ${x.reason}  ${x.outputs.join(' ')}`);
    }
  }

  function mask(kind: string, path: string, v: unknown): unknown {
    return reveal ? v : maskAt(kind, path, v);
  }
}

function changeLine(c: FieldChange, mask: (v: unknown) => unknown): string {
  const v = (x: unknown) => showValue(mask(x));
  switch (c.op) {
    case 'created':
      return t(msg('新建记录', 'record created'));
    case 'deleted':
      return t(msg('删除记录', 'record deleted'));
    case 'added':
      return `+ ${c.path}: ${v(c.new)}`;
    case 'removed':
      return `- ${c.path}: ${v(c.old)}`;
    case 'changed':
      return `${c.path}: ${v(c.old)} → ${v(c.new)}`;
  }
}
