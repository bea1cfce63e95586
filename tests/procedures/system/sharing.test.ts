// Many desks, one estate (issue 17): a desk's station is its own (.wuye/local.yaml) and goes into every id it
// allocates; records both desks changed merge field by field (wuye merge-driver through git); wuye clone refuses
// a station already used; wuye sync refuses hand edits, stops on a true conflict with both values and settles it
// with --take, says how far apart an offline desk is, and --read-only never pushes; audit log/verify name the desk.
// e.g. wuye clone /srv/estate.git desk-b --station B && cd desk-b && wuye sync
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeRecords } from '../../../src/core/merge.js';
import { nextInRecord, nextInSequence, personSequence } from '../../../src/core/ids.js';
import { git, nationalId, read, tmp, wuye } from '../../helpers/cli.js';

describe('mergeRecords (three-way, field by field)', () => {
  const base = { kind: 'person', id: 'P000001', name: '张三', notes: 'a', phones: ['13800000001'] };
  it('takes what each side changed when they changed different fields', () => {
    const r = mergeRecords(base, { ...base, notes: 'b' }, { ...base, name: '张山', gender: 'male' });
    expect(r.conflicts).toEqual([]);
    expect(r.merged).toEqual({ ...base, notes: 'b', name: '张山', gender: 'male' });
  });
  it('reports one field given two values with both values, keeping ours', () => {
    const r = mergeRecords(base, { ...base, notes: 'ours' }, { ...base, notes: 'theirs' }, {}, 'people/P000001.yaml');
    expect(r.conflicts).toEqual([{ path: 'people/P000001.yaml', field: 'notes', ours: 'ours', theirs: 'theirs' }]);
    expect((r.merged as typeof base).notes).toBe('ours');
  });
  it('settles a named conflict by the side chosen', () => {
    const r = mergeRecords(
      base,
      { ...base, notes: 'o' },
      { ...base, notes: 't' },
      { 'p.yaml:notes': 'theirs' },
      'p.yaml',
    );
    expect(r.conflicts).toEqual([]);
    expect((r.merged as typeof base).notes).toBe('t');
  });
  it('merges a case log by identity, in time order', () => {
    const step = (at: string, action: string) => ({ at, by: 'S001', action });
    const b = { log: [step('2026-11-01T09:00:00+08:00', 'apply')] };
    const o = { log: [...b.log, step('2026-11-02T10:00:00+08:00', 'review')] };
    const t = { log: [...b.log, step('2026-11-02T09:00:00+08:00', 'note')] };
    const r = mergeRecords(b, o, t);
    expect(r.conflicts).toEqual([]);
    expect((r.merged as typeof b).log.map((s) => s.action)).toEqual(['apply', 'note', 'review']);
  });
  it('merges payments by their receipt, a deletion against an edit being a conflict', () => {
    const p = (receipt: string, amount: string) => ({ receipt, amount, at: '2026-11-02T09:00:00+08:00' });
    const b = { payments: [p('0000001', '10.00')] };
    const r = mergeRecords(
      b,
      { payments: [p('0000001', '10.00'), p('0000002', '5.00')] },
      { payments: [p('0000001', '10.00'), p('0100001', '7.00')] },
    );
    expect(r.conflicts).toEqual([]);
    expect((r.merged as typeof b).payments.map((x) => x.receipt)).toEqual(['0000001', '0000002', '0100001']);
    const d = mergeRecords(b, { payments: [] }, { payments: [p('0000001', '12.00')] });
    expect(d.conflicts.map((c) => c.field)).toEqual(['payments[0000001]']);
  });
  it('adds a record both desks created alike, and names the fields where they differ', () => {
    expect(mergeRecords(undefined, base, base).conflicts).toEqual([]);
    expect(mergeRecords(undefined, base, { ...base, notes: 'x' }).conflicts.map((c) => c.field)).toEqual(['notes']);
  });
});

describe('ids unique across desks', () => {
  it('puts the station into person ids and counts only its own sequence', () => {
    expect(personSequence('')).toEqual({ head: 'P', width: 6 });
    const b = personSequence('B');
    expect(nextInSequence(b.head, b.width, ['P000153', 'PB00007', 'PC00099'])).toBe('PB00008');
    expect(nextInSequence('P', 6, ['P000153', 'PB00007'])).toBe('P000154');
  });
  it('numbers entries inside one record per station: worker passes, notices, surveys; old ids stay counted', () => {
    const passes = ['ZX2026-0007-W01', 'ZX2026-0007-W02', 'ZX2026-0007-WC01'];
    expect(nextInRecord('ZX2026-0007-W', 'B', passes)).toBe('ZX2026-0007-WB01');
    expect(nextInRecord('ZX2026-0007-W', 'C', passes)).toBe('ZX2026-0007-WC02');
    expect(nextInRecord('ZX2026-0007-W', undefined, passes)).toBe('ZX2026-0007-W03');
    expect(nextInRecord('DC2026-', 'B', ['DC2026-01', 'DC2026-02'])).toBe('DC2026-B01');
    expect(nextInRecord('CJ2026-1-2-0801-', '', ['CJ2026-1-2-0801-01', undefined])).toBe('CJ2026-1-2-0801-02');
  });
});

// ---- a shared remote and desks ----
const base = tmp('wuye-share-');
const remote = join(base, 'estate.git');
const first = join(base, 'desk-a');
const W = (cwd: string, ...args: string[]) => wuye(cwd, args);
expect(W(base, 'init', first, '--demo', '--station', 'A', '--operator', 'S001').code).toBe(0);
// the README's set-up: an empty repository on the server, the first desk's records pushed by its first sync
git(base, ['init', '-q', '--bare', remote]);
git(first, ['remote', 'add', 'origin', remote]);
const seeded = W(first, 'sync');
expect(seeded.code, seeded.stderr).toBe(0);
expect(seeded.stdout).toMatch(/推送 \d+ 个提交/);
const clone = (dir: string, ...more: string[]) => W(base, 'clone', remote, join(base, dir), ...more);

describe('wuye init --station and wuye clone', () => {
  it('keeps the station in local settings, out of git, and writes it into ids and commit trailers', () => {
    expect(read(first, '.wuye/local.yaml')).toContain('station: A');
    expect(git(first, ['log', '-1', '--format=%B'])).toContain('Wuye-Station: A');
    expect(read(first, '.gitattributes')).toContain('*.yaml merge=wuye');
    const r = W(first, 'person', 'add', '--name', '甲站登记');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/PA00001/);
    expect(git(first, ['log', '-1', '--format=%B'])).toContain('Wuye-Station: A');
    expect(W(first, 'sync').code).toBe(0);
  });
  it('refuses a station the history already used, and a desk without one', () => {
    const r = clone('desk-dup', '--station', 'A');
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('站点代码 A 已被另一个办公点使用');
    expect(clone('desk-none').code).toBe(2);
    expect(clone('desk-bad', '--station', 'b').code).toBe(2);
  });
  it('clones a new desk with its own station and operator', () => {
    const r = clone('desk-b', '--station', 'B', '--operator', 'S003');
    expect(r.code, r.stderr).toBe(0);
    const b = join(base, 'desk-b');
    expect(read(b, '.wuye/local.yaml')).toMatch(/station: B[\s\S]*operator: S003|operator: S003[\s\S]*station: B/);
    expect(git(b, ['config', 'merge.wuye.driver'])).toContain('merge-driver %O %A %B %P');
    expect(git(b, ['status', '--porcelain'])).toBe('');
  });
  it('warns when the station still lives in the shared wuye.yaml and the desk has none of its own', () => {
    const d = join(base, 'desk-b');
    const local = read(d, '.wuye/local.yaml');
    writeFileSync(join(d, '.wuye/local.yaml'), 'operator: S003\n');
    const config = read(d, 'wuye.yaml');
    writeFileSync(
      join(d, 'wuye.yaml'),
      config.replace(/^station: .*$/m, 'station: Q') + (/^station:/m.test(config) ? '' : 'station: Q\n'),
    );
    try {
      const r = W(d, 'person', 'add', '--name', '旧配置', '--dry-run');
      expect(r.stderr).toContain('站点代码 Q 写在共享的 wuye.yaml 中');
      expect(r.stdout).toContain('PQ00001');
    } finally {
      writeFileSync(join(d, 'wuye.yaml'), config);
      writeFileSync(join(d, '.wuye/local.yaml'), local);
    }
  });
});

describe('wuye sync', () => {
  const a = first;
  const b = join(base, 'desk-b');
  it('merges one record both desks changed field by field, through the merge driver', () => {
    expect(W(a, 'person', 'update', 'P000114', '--notes', '甲窗口备注').code).toBe(0);
    expect(W(b, 'person', 'update', 'P000114', '--gender', 'female').code).toBe(0);
    expect(W(a, 'sync').code).toBe(0);
    const r = W(b, 'sync');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/推送 1 个提交，取回 \d+ 个提交/);
    const p = read(b, 'people/P000114.yaml');
    expect(p).toContain('甲窗口备注');
    expect(p).toContain('gender: female');
    expect(p).not.toContain('<<<<<<<');
    expect(W(a, 'sync').code).toBe(0);
    expect(git(a, ['rev-parse', 'HEAD'])).toBe(git(b, ['rev-parse', 'HEAD']));
  });
  it('stops on a true conflict with both values and the command that picks one, keeping the desk’s commit', () => {
    expect(W(a, 'person', 'update', 'P000114', '--notes', '甲说').code).toBe(0);
    expect(W(a, 'sync').code).toBe(0);
    expect(W(b, 'person', 'update', 'P000114', '--notes', '乙说').code).toBe(0);
    const mine = git(b, ['rev-parse', 'HEAD']);
    const r = W(b, 'sync');
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('people/P000114.yaml:notes');
    expect(r.stderr).toContain('乙说');
    expect(r.stderr).toContain('甲说');
    expect(r.stderr).toContain('wuye sync --take ours people/P000114.yaml:notes');
    expect(git(b, ['rev-parse', 'HEAD'])).toBe(mine);
    expect(git(b, ['status', '--porcelain'])).toBe('');
    const t = W(b, 'sync', '--take', 'ours', 'people/P000114.yaml:notes');
    expect(t.code, t.stderr).toBe(0);
    expect(read(b, 'people/P000114.yaml')).toContain('notes: 乙说');
    expect(W(a, 'sync').code).toBe(0);
    expect(read(a, 'people/P000114.yaml')).toContain('notes: 乙说');
  });
  it('--take settles several fields, or every conflict of a record named by its path, in one run', () => {
    expect(W(a, 'person', 'update', 'P000115', '--notes', '甲注', '--name', '梁琳甲').code).toBe(0);
    expect(W(a, 'person', 'update', 'P000116', '--notes', '甲注').code).toBe(0);
    expect(W(a, 'sync').code).toBe(0);
    expect(W(b, 'person', 'update', 'P000115', '--notes', '乙注', '--name', '梁琳乙').code).toBe(0);
    expect(W(b, 'person', 'update', 'P000116', '--notes', '乙注').code).toBe(0);
    const r = W(b, 'sync');
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('people/P000115.yaml:notes');
    expect(r.stderr).toContain('people/P000115.yaml:name');
    // one field named is not enough: the other still stops the sync, nothing half done
    const half = W(b, 'sync', '--take', 'ours', 'people/P000115.yaml:notes');
    expect(half.code).toBe(4);
    expect(half.stderr).toContain('people/P000115.yaml:name');
    expect(half.stderr).not.toContain('people/P000115.yaml:notes ');
    expect(W(b, 'sync', '--take', 'maybe', 'people/P000115.yaml').code).toBe(2);
    expect(W(b, 'sync', '--take', 'ours').code).toBe(2);
    expect(W(b, 'sync', 'people/P000115.yaml').code).toBe(2);
    const t = W(b, 'sync', '--take', 'theirs', 'people/P000115.yaml:name', 'people/P000116.yaml');
    expect(t.code, t.stderr).toBe(0);
    const p115 = read(b, 'people/P000115.yaml');
    expect(p115).toContain('notes: 乙注'); // ours, from the run before (kept until the sync went through)
    expect(p115).toContain('name: 梁琳甲'); // theirs
    expect(read(b, 'people/P000116.yaml')).toContain('notes: 甲注'); // the whole record: theirs
    expect(W(a, 'sync').code).toBe(0);
    expect(git(a, ['rev-parse', 'HEAD'])).toBe(git(b, ['rev-parse', 'HEAD']));
  });
  it('retries a push rejected because another desk pushed first, rebasing onto it', () => {
    // desk A's work reaches the remote while desk B is pushing: the remote's hook moves the branch once
    expect(W(a, 'person', 'update', 'P000117', '--notes', '甲抢先').code).toBe(0);
    const branch = git(a, ['symbolic-ref', '--short', 'HEAD']).trim();
    git(a, ['push', '-q', 'origin', `HEAD:refs/heads/racing`]);
    const hook = join(remote, 'hooks', 'pre-receive');
    writeFileSync(
      hook,
      [
        '#!/bin/sh',
        'if [ ! -f raced ]; then',
        '  touch raced',
        `  env -u GIT_QUARANTINE_PATH git update-ref refs/heads/${branch} refs/heads/racing`,
        'fi',
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
    try {
      expect(W(b, 'person', 'update', 'P000118', '--notes', '乙在后').code).toBe(0);
      const r = W(b, 'sync');
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/推送 1 个提交/);
      expect(read(b, 'people/P000117.yaml')).toContain('甲抢先');
      expect(git(b, ['log', '-2', '--format=%s'])).toMatch(/P000118[\s\S]*P000117/);
    } finally {
      rmSync(hook);
      git(remote, ['update-ref', '-d', 'refs/heads/racing']);
    }
    expect(W(a, 'sync').code).toBe(0);
    expect(git(a, ['rev-parse', 'HEAD'])).toBe(git(b, ['rev-parse', 'HEAD']));
  });
  it('gives up after a bounded number of rejected pushes, keeping the desk’s commit', () => {
    // another desk gets in first every time: the remote's hook moves the branch on before each push lands
    const branch = git(a, ['symbolic-ref', '--short', 'HEAD']).trim();
    const hook = join(remote, 'hooks', 'pre-receive');
    writeFileSync(
      hook,
      [
        '#!/bin/sh',
        'unset GIT_QUARANTINE_PATH',
        `c=$(git commit-tree -p ${branch} -m 'another desk' ${branch}^{tree})`,
        `git update-ref refs/heads/${branch} "$c"`,
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
    try {
      expect(W(b, 'person', 'update', 'P000119', '--notes', '总被抢先').code).toBe(0);
      const r = W(b, 'sync');
      expect(r.code).toBe(4);
      expect(r.stderr).toContain('其他办公点一直在推送，5 次推送都被拒绝；本机的提交都还在');
      expect(r.stderr).toContain('稍后再运行 wuye sync');
      expect(git(b, ['log', '-1', '--format=%s'])).toContain('P000119');
      expect(git(b, ['status', '--porcelain'])).toBe('');
    } finally {
      rmSync(hook);
    }
    expect(W(b, 'sync').code).toBe(0);
    expect(W(a, 'sync').code).toBe(0);
    expect(git(a, ['rev-parse', 'HEAD'])).toBe(git(b, ['rev-parse', 'HEAD']));
  });
  it('merges a worker pass added to one case at two desks offline (station-numbered), and one survey each', () => {
    const add = (d: string, name: string, nid: string) =>
      W(
        d,
        'renovation',
        'workers',
        'add',
        'ZX2026-0002',
        '--name',
        name,
        '--national-id',
        nationalId(nid),
        '--trade',
        'carpenter',
      );
    const ra = add(a, '甲木工', '43010519850202111');
    expect(ra.code, ra.stderr).toBe(0);
    expect(ra.stdout).toContain('ZX2026-0002-WA01');
    const rb = add(b, '乙木工', '43010519850202222');
    expect(rb.code, rb.stderr).toBe(0);
    expect(rb.stdout).toContain('ZX2026-0002-WB01');
    const sa = W(a, 'survey', 'new', '--year', '2027');
    expect(sa.code, sa.stderr).toBe(0);
    expect(sa.stdout).toContain('DC2027-A01');
    const sb = W(b, 'survey', 'new', '--year', '2027');
    expect(sb.code, sb.stderr).toBe(0);
    expect(sb.stdout).toContain('DC2027-B01');
    expect(W(a, 'sync').code).toBe(0);
    const r = W(b, 'sync');
    expect(r.code, r.stderr).toBe(0);
    const c = read(b, 'renovation/2026/ZX2026-0002.yaml');
    expect(c).toContain('ZX2026-0002-WA01');
    expect(c).toContain('ZX2026-0002-WB01');
    expect(W(b, 'validate', 'renovation', 'surveys').code).toBe(0);
    expect(W(a, 'sync').code).toBe(0);
  });
  it('stops with exit 1 when what two desks did breaks a rule once merged, keeping both desks’ work', () => {
    const nid = nationalId('11010119800101555');
    expect(W(a, 'person', 'add', '--name', '甲登记', '--national-id', nid).code).toBe(0);
    expect(W(b, 'person', 'add', '--name', '乙登记', '--national-id', nid).code).toBe(0);
    expect(W(a, 'sync').code).toBe(0);
    const mine = git(b, ['log', '-1', '--format=%s']).trim();
    const r = W(b, 'sync');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('合并后的记录有');
    expect(git(b, ['log', '-1', '--format=%s']).trim()).toBe(mine); // rebased, pushed, not lost
    expect(git(b, ['rev-parse', 'HEAD'])).toBe(git(b, ['rev-parse', '@{u}']));
    // the desks agree who keeps the person: B's registration goes
    const dup = git(b, ['show', '--name-only', '--format=', 'HEAD']).trim();
    git(b, ['rm', '-q', dup]);
    git(b, ['-c', 'user.name=x', '-c', 'user.email=x@x', 'commit', '-q', '-m', 'duplicate person removed']);
    expect(W(b, 'sync').code).toBe(0);
    expect(W(a, 'sync').code).toBe(0);
  });
  it('refuses uncommitted hand edits, saying what to do', () => {
    writeFileSync(join(b, 'people/P000114.yaml'), read(b, 'people/P000114.yaml') + '# 手工\n');
    const r = W(b, 'sync');
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('people/P000114.yaml');
    expect(r.stderr).toContain('git commit');
    git(b, ['checkout', '--', 'people/P000114.yaml']);
  });
  it('refuses a detached HEAD, saying how to get back to the branch', () => {
    const branch = git(b, ['symbolic-ref', '--short', 'HEAD']).trim();
    git(b, ['checkout', '-q', '--detach']);
    const r = W(b, 'sync');
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toContain('detached HEAD');
    expect(r.stderr).toContain('git switch');
    git(b, ['checkout', '-q', branch]);
  });
  it('catches in validate what no text merge can: two open renovations of one unit, one receipt twice', () => {
    const c = clone('desk-c', '--station', 'C', '--operator', 'S001');
    expect(c.code, c.stderr).toBe(0);
    const d = join(base, 'desk-c');
    // what two desks' work merged could hold: a second open case of the unit of ZX2026-0002 (approved)
    writeFileSync(
      join(d, 'renovation/2026/ZX2026-C0001.yaml'),
      read(d, 'renovation/2026/ZX2026-0002.yaml').replace('id: ZX2026-0002', 'id: ZX2026-C0001'),
    );
    const r = W(d, 'validate', 'renovation');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('同时有另一个进行中的装修案卷');
    git(d, ['clean', '-fdq', 'renovation']);
  });
  it('says how far apart a desk is when the remote cannot be reached, and keeps its work', () => {
    expect(W(b, 'person', 'add', '--name', '离线登记').code).toBe(0);
    renameSync(remote, `${remote}.away`);
    try {
      const r = W(b, 'sync');
      expect(r.code).toBe(4);
      expect(r.stderr).toMatch(/连不上共享的远端.*本机有 \d+ 个提交待推送/);
    } finally {
      renameSync(`${remote}.away`, remote);
    }
    expect(W(b, 'sync').code).toBe(0);
  });
  it('--read-only fetches and fast-forwards, never pushes, and refuses a clone with its own commits', () => {
    const r = clone('auditor', '--read-only');
    expect(r.code, r.stderr).toBe(0);
    const au = join(base, 'auditor');
    expect(W(a, 'person', 'add', '--name', '审计前登记').code).toBe(0);
    expect(W(a, 'sync').code).toBe(0);
    const s = W(au, 'sync', '--read-only');
    expect(s.code, s.stderr).toBe(0);
    expect(git(au, ['rev-parse', 'HEAD'])).toBe(git(a, ['rev-parse', 'HEAD']));
    git(au, ['-c', 'user.name=x', '-c', 'user.email=x@x', 'commit', '-q', '--allow-empty', '-m', 'local']);
    expect(W(au, 'sync', '--read-only').code).toBe(4);
  });
  it('audit log and audit verify name the desk of each change', () => {
    const log = W(a, 'audit', 'log', 'P000114');
    expect(log.stdout).toContain('站点 A');
    expect(log.stdout).toContain('站点 B');
    const v = W(a, 'audit', 'verify', '--json');
    const j = JSON.parse(v.stdout) as { stations: Record<string, number> };
    expect(j.stations.A).toBeGreaterThan(0);
    expect(j.stations.B).toBeGreaterThan(0);
  });
  it('wuye merge-driver merges three files as git hands them', () => {
    const d = tmp('wuye-md-');
    git(d, ['init', '-q']);
    writeFileSync(join(d, 'o.yaml'), 'kind: person\nid: P000001\nname: 甲\n');
    writeFileSync(join(d, 'a.yaml'), 'kind: person\nid: P000001\nname: 甲\nnotes: 一\n');
    writeFileSync(join(d, 'b.yaml'), 'kind: person\nid: P000001\nname: 甲\ngender: male\n');
    const r = W(d, 'merge-driver', 'o.yaml', 'a.yaml', 'b.yaml', 'people/P000001.yaml');
    expect(r.code, r.stderr).toBe(0);
    expect(read(d, 'a.yaml')).toBe('kind: person\nid: P000001\nname: 甲\nnotes: 一\ngender: male\n');
    writeFileSync(join(d, 'b.yaml'), 'kind: person\nid: P000001\nname: 乙\n');
    writeFileSync(join(d, 'a.yaml'), 'kind: person\nid: P000001\nname: 丙\n');
    const c = W(d, 'merge-driver', 'o.yaml', 'a.yaml', 'b.yaml', 'people/P000001.yaml');
    expect(c.code).toBe(4);
    expect(c.stderr).toContain('people/P000001.yaml:name');
    expect(read(d, 'a.yaml')).toBe('kind: person\nid: P000001\nname: 丙\n');
  });
});

describe('a station letter used at two desks', () => {
  it('is caught by validate and by sync from the desks’ interleaved commits, and settled by a new letter', () => {
    expect(clone('desk-x', '--station', 'X', '--operator', 'S003').code).toBe(0);
    expect(clone('desk-x2', '--station', 'Y', '--operator', 'S003').code).toBe(0);
    const x = join(base, 'desk-x');
    const x2 = join(base, 'desk-x2');
    const letter = (d: string, l: string) =>
      writeFileSync(
        join(d, '.wuye/local.yaml'),
        read(d, '.wuye/local.yaml').replace(/station: [A-Z]/, `station: ${l}`),
      );
    const work = (d: string, person: string) => {
      const r = W(d, 'person', 'update', person, '--notes', `${d.slice(-2)}办理`);
      expect(r.code, r.stderr).toBe(0);
      const s = W(d, 'sync');
      return s;
    };
    // the second computer given the first one's letter by hand (clone refuses a letter once it is in the history)
    letter(x2, 'X');
    expect(work(x, 'P000120').code).toBe(0);
    expect(git(x, ['log', '-1', '--format=%B'])).toMatch(/Wuye-Station: X\nWuye-Desk: [0-9a-f]{8}/);
    expect(work(x2, 'P000121').code).toBe(0);
    // one after the other so far — as when a desk's computer is replaced: no clash
    expect(W(x2, 'validate').code).toBe(0);
    const r = work(x, 'P000122');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('站点代码 X 被两台电脑同时使用');
    expect(r.stderr).toContain('（本机/this desk）');
    const v = W(x, 'validate');
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/\.wuye\/local\.yaml.*站点代码 X 被两台电脑同时使用/);
    expect(W(x, '--lang', 'en', 'validate').stdout).toContain('station X is used at two computers at once');
    // settled: the second computer takes a letter of its own and works on
    letter(x2, 'Y');
    expect(work(x2, 'P000123').code).toBe(0);
    expect(W(x, 'sync').code).toBe(0);
    expect(W(x, 'validate').code).toBe(0);
  });
});
