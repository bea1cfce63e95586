// `wuye audit verify` as a function (records.md "Git"): walk the first-parent
// history once (`git log --raw`), read every changed record's blob once
// (`git cat-file --batch`, cached by blob id), and report commits made by hand
// (warnings), commits after which a record fails layer 1 or 2 (errors), and
// whatever the procedures' history rules find (rules.ts).
// Example: verifyHistory(root, { since: 'abc123', rules: HISTORY_RULES, timezone: 'Asia/Shanghai' })
import { nowIso } from '../dates.js';
import { msg } from '../i18n.js';
import { expectedOfPath } from '../kinds.js';
import { schemaKinds, schemaProblems } from '../schemas.js';
import { decodeRecord, parseRecordText, ParseFailure } from '../yamlio.js';
import { catFileBatch, readCommits, type CommitInfo } from './gitlog.js';
import type { HistoryContext, HistoryFinding, HistoryRule } from './rules.js';
import { isCliCommit } from './trailers.js';

export interface VerifyFinding extends HistoryFinding {
  commit: string;
  date: string;
  author: string;
  subject: string;
  /** The desk the commit was made at (its Wuye-Station trailer), if any. */
  station?: string;
  /** For a hand-made commit: the record files it changed. */
  files?: string[];
  line?: number;
  column?: number;
}

export interface VerifyResult {
  commits: number;
  /** Commits per desk (station code; '' for commits without one). */
  stations: Record<string, number>;
  findings: VerifyFinding[];
}

export interface VerifyOptions {
  since?: string;
  rules: readonly HistoryRule[];
  timezone: string;
}

/** A commit's author date in the center's time zone. */
const inZone = (iso: string, tz: string): string => nowIso({ now: () => new Date(iso) }, tz);

/** Files whose content `audit verify` checks: wuye.yaml and every record file in a kind's folder. */
function recordKind(path: string): { kind: string; id: string } | 'config' | undefined {
  if (path === 'wuye.yaml') return 'config';
  const e = expectedOfPath(path);
  return e ? { kind: e.kind.kind, id: e.id } : undefined;
}

const isRecordPath = (p: string) => recordKind(p) !== undefined;

class BlobCache {
  private readonly bytes = new Map<string, Buffer | undefined>();
  private readonly parsed = new Map<string, unknown>();
  constructor(private readonly root: string) {}

  /** Read many blobs in one `git cat-file --batch`. */
  load(ids: Iterable<string>): void {
    const want = [...new Set(ids)].filter((id) => id && !this.bytes.has(id));
    for (let i = 0; i < want.length; i += 20_000) {
      const part = want.slice(i, i + 20_000);
      catFileBatch(this.root, part).forEach((b, k) => this.bytes.set(part[k], b));
    }
  }

  buf(id: string): Buffer | undefined {
    if (!id) return undefined;
    if (!this.bytes.has(id)) this.load([id]);
    return this.bytes.get(id);
  }

  text(id: string): string | undefined {
    const b = this.buf(id);
    if (!b) return undefined;
    try {
      return decodeRecord(b, id);
    } catch {
      return undefined;
    }
  }

  data(id: string): unknown {
    if (this.parsed.has(id)) return this.parsed.get(id);
    const t = this.text(id);
    let d: unknown;
    try {
      d = t === undefined ? undefined : parseRecordText(t, id);
    } catch {
      d = undefined;
    }
    this.parsed.set(id, d);
    return d;
  }
}

/** Layers 1 and 2 for one version of a file; the first problem, or undefined if it is sound. */
function checkBlob(
  cache: BlobCache,
  blob: string,
  path: string,
  withSchema: Set<string>,
): { message: ReturnType<typeof msg>; line?: number; column?: number } | undefined {
  const buf = cache.buf(blob);
  if (!buf) return undefined;
  const rk = recordKind(path);
  if (!rk) return undefined;
  let text: string;
  let data: unknown;
  try {
    text = decodeRecord(buf, path);
    data = parseRecordText(text, path);
  } catch (e) {
    if (e instanceof ParseFailure)
      return { message: e.problem.message, line: e.problem.line, column: e.problem.column };
    throw e;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { message: msg('记录应为“键: 值”的映射', 'a record must be a mapping of key: value') };
  }
  const kind = rk === 'config' ? 'config' : rk.kind;
  if (rk !== 'config') {
    const obj = data as Record<string, unknown>;
    if (obj.kind !== kind)
      return {
        message: msg(
          `kind 为 ${JSON.stringify(obj.kind)}，应为 ${kind}`,
          `kind is ${JSON.stringify(obj.kind)}, expected ${kind}`,
        ),
      };
    if (obj.id !== rk.id)
      return {
        message: msg(
          `id 为 ${JSON.stringify(obj.id)}，与文件名 "${rk.id}" 不符`,
          `id is ${JSON.stringify(obj.id)} but the file is named "${rk.id}"`,
        ),
      };
  }
  if (!withSchema.has(kind)) return undefined;
  const problems = schemaProblems(kind, data, path, text);
  if (problems.length === 0) return undefined;
  const p = problems[0];
  return { message: p.message, line: p.line, column: p.column };
}

/** The commits to walk, oldest first: first-parent history of HEAD, after `since` if given. */
export function commitsToWalk(root: string, since?: string): CommitInfo[] {
  return readCommits(root, ['--first-parent', '--reverse', '--no-renames', since ? `${since}..HEAD` : 'HEAD']);
}

export function verifyHistory(root: string, o: VerifyOptions): VerifyResult {
  const commits = commitsToWalk(root, o.since);
  const cache = new BlobCache(root);
  // Every blob a commit brought in, read at once.
  cache.load(commits.flatMap((c) => c.files.filter((f) => f.blob && isRecordPath(f.path)).map((f) => f.blob)));
  const withSchema = new Set(schemaKinds());
  const verdict = new Map<string, ReturnType<typeof checkBlob>>();
  const findings: VerifyFinding[] = [];
  const h: HistoryContext = {
    root,
    timezone: o.timezone,
    text: (b) => cache.text(b),
    data: <T>(b: string) => cache.data(b) as T | undefined,
    show: <T>(rev: string, path: string) => {
      const [buf] = catFileBatch(root, [`${rev}:${path}`]);
      if (!buf) return undefined;
      try {
        return parseRecordText(decodeRecord(buf, path), path) as T;
      } catch {
        return undefined;
      }
    },
  };
  const visitors = o.rules.map((r) => ({ rule: r, v: r.start(h) }));
  const base = (c: CommitInfo) => ({
    commit: c.sha,
    date: inZone(c.date, o.timezone),
    author: c.author,
    subject: c.subject,
    ...(c.trailers.station ? { station: c.trailers.station } : {}),
  });
  const stations: Record<string, number> = {};
  for (const c of commits)
    if (c.parents.length < 2) stations[c.trailers.station ?? ''] = (stations[c.trailers.station ?? ''] ?? 0) + 1;
  for (const c of commits) {
    const records = c.files.filter((f) => isRecordPath(f.path));
    // (a) made by hand: reported, not forbidden. A merge is judged by the commits it brings in, not by its own message.
    const own =
      c.parents.length < 2 ? [c] : readCommits(root, ['--no-merges', '--no-renames', `${c.parents[0]}..${c.sha}`]);
    for (const k of own) {
      const files = k.files.filter((f) => isRecordPath(f.path)).map((f) => f.path);
      if (isCliCommit(k.trailers) || files.length === 0) continue;
      findings.push({
        ...base(k),
        severity: 'warning',
        code: 'by-hand',
        files,
        message:
          k === c
            ? msg(
                `非经 wuye 的提交（手工修改）：${files.length} 个记录文件`,
                `commit not made through wuye (by hand): ${files.length} record file(s)`,
              )
            : msg(
                `非经 wuye 的提交（手工修改，由合并 ${c.sha.slice(0, 7)} 带入）：${files.length} 个记录文件`,
                `commit not made through wuye (by hand, brought in by merge ${c.sha.slice(0, 7)}): ${files.length} record file(s)`,
              ),
      });
    }
    // (b) a record left broken (layers 1–2).
    for (const f of records) {
      if (!f.blob) continue; // deleted
      if (!verdict.has(f.blob + f.path)) verdict.set(f.blob + f.path, checkBlob(cache, f.blob, f.path, withSchema));
      const bad = verdict.get(f.blob + f.path);
      if (bad)
        findings.push({
          ...base(c),
          severity: 'error',
          code: 'invalid-record',
          file: f.path,
          line: bad.line,
          column: bad.column,
          message: bad.message,
        });
    }
    // (c) the procedures' rules.
    for (const { rule, v } of visitors) {
      for (const x of v.commit(c))
        findings.push({ ...base(c), ...x, code: x.code || rule.name, commit: x.commit ?? c.sha });
    }
  }
  for (const { rule, v } of visitors) {
    for (const x of v.end?.() ?? []) {
      const c = commits.find((k) => k.sha === x.commit);
      findings.push({
        commit: x.commit ?? '',
        date: c ? inZone(c.date, o.timezone) : '',
        author: c?.author ?? '',
        subject: c?.subject ?? '',
        ...x,
        code: x.code || rule.name,
      });
    }
  }
  return { commits: commits.length, stations, findings };
}
