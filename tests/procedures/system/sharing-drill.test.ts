// The drill of issue 17 ("Many desks, one estate"): a bare repository served by `git daemon` on 127.0.0.1 (a free
// port; a file:// remote only where git daemon is missing, said on stderr); three desks as clones doing a day's
// mixed work — move-in steps, payments at two windows each with its own cashier's receipt book, renovation
// reviews and inspections, a hand edit — syncing at interleaved moments, one desk offline all day. At the end
// every clone equals the remote, validate and audit verify are clean, every receipt book is gapless, and every
// command's commit is in the history exactly once. Loopback only; bounded in time.
// e.g. npx vitest run tests/procedures/system/sharing-drill.test.ts
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, tmp, wuye, type RunResult } from '../../helpers/cli.js';

const DAY = '2026-11-30'; // a Monday
const base = tmp('wuye-drill-');
const desks = { A: join(base, 'desk-a'), B: join(base, 'desk-b'), C: join(base, 'desk-c') };
type Desk = keyof typeof desks;
let daemon: ChildProcess | undefined;
let url = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const hasDaemon = () =>
  spawnSync('git', ['daemon', '--help'], { stdio: 'ignore' }).status !== null && existsSync(execDaemon());
function execDaemon(): string {
  const r = spawnSync('git', ['--exec-path'], { encoding: 'utf8' });
  return join(r.stdout.trim(), 'git-daemon');
}

async function serve(): Promise<void> {
  if (!hasDaemon()) {
    process.stderr.write('sharing drill: git daemon is not installed; the remote is a file:// URL instead\n');
    url = `file://${join(base, 'estate.git')}`;
    return;
  }
  const port = await freePort();
  daemon = spawn(
    'git',
    [
      'daemon',
      '--reuseaddr',
      `--base-path=${base}`,
      '--export-all',
      '--enable=receive-pack',
      '--listen=127.0.0.1',
      `--port=${port}`,
      base,
    ],
    { stdio: 'ignore' },
  );
  url = `git://127.0.0.1:${port}/estate.git`;
  for (let i = 0; i < 100; i++) {
    if (spawnSync('git', ['ls-remote', url], { stdio: 'ignore', timeout: 2000 }).status === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`git daemon did not answer on ${url}`);
}

const at = (hhmm: string) => ({ WUYE_NOW: `${DAY}T${hhmm}:00+08:00` });
function run(d: Desk, hhmm: string, args: string[]): RunResult {
  return wuye(desks[d], args, at(hhmm));
}
/** The commands whose commits must each be in the final history exactly once: [desk, its command line]. */
const done: { desk: Desk; line: string }[] = [];
function work(d: Desk, hhmm: string, args: string[]): void {
  const r = run(d, hhmm, args);
  expect(r.code, `${d} ${args.join(' ')}: ${r.stderr}`).toBe(0);
  done.push({ desk: d, line: git(desks[d], ['log', '-1', '--format=%(trailers:key=Wuye-Command,valueonly)']).trim() });
}
function sync(d: Desk, hhmm: string): RunResult {
  const r = run(d, hhmm, ['sync']);
  expect(r.code, `${d} sync: ${r.stderr}`).toBe(0);
  return r;
}

const usedBefore: Record<string, number> = {};

beforeAll(async () => {
  // the center sets up once: the estate, a second cashier with her own receipt book, the shared remote
  expect(wuye(base, ['init', desks.A, '--demo', '--station', 'A', '--operator', 'S001']).code).toBe(0);
  const A = (args: string[]) => expect(wuye(desks.A, args, at('08:00')).code).toBe(0);
  A([
    'staff',
    'add',
    'S020',
    '--name',
    '收款员乙',
    '--email',
    'b@example.cn',
    '--department',
    'customer-service',
    '--roles',
    'cashier',
  ]);
  A(['fee', 'books', 'issue', 'SJ-0017', '--from', '0000801', '--to', '0000850', '--cashier', 'S020', '--as', 'S002']);
  // numbers the demo estate's own cashier already used before this day (paid repairs, passes…)
  for (const book of ['SJ-0016', 'SJ-0017']) {
    const r = wuye(desks.A, ['fee', 'books', 'check', book, '--json'], at('08:00'));
    usedBefore[book] = (JSON.parse(r.stdout) as { status: string }[]).filter((x) => x.status === 'used').length;
  }
  git(base, ['clone', '-q', '--bare', desks.A, join(base, 'estate.git')]);
  await serve();
  git(desks.A, ['remote', 'add', 'origin', url]);
  git(desks.A, ['fetch', '-q', 'origin']);
  git(desks.A, ['branch', '-q', '-u', `origin/${git(desks.A, ['symbolic-ref', '--short', 'HEAD']).trim()}`]);
  for (const [d, op] of [
    ['B', 'S003'],
    ['C', 'S004'],
  ] as const) {
    const r = wuye(base, ['clone', url, desks[d], '--station', d, '--operator', op], at('08:10'));
    expect(r.code, r.stderr).toBe(0);
  }
}, 120_000);

afterAll(() => {
  if (daemon?.pid) process.kill(daemon.pid);
});

describe('three desks, one day, one remote', () => {
  it('ends with every clone equal to the remote, records valid, books gapless, every commit once', () => {
    // desk C is the office at the other gate: its link is down all day (its remote points nowhere until evening)
    git(desks.C, ['remote', 'set-url', 'origin', 'git://127.0.0.1:9/estate.git']);

    // morning
    work('A', '09:00', ['movein', 'sign', '3-2-0202', '--as', 'S003']);
    work('A', '09:05', [
      'fee',
      'pay',
      '1-1-0101',
      '--amount',
      '100.00',
      '--method',
      'cash',
      '--no-print',
      '--as',
      'S005',
    ]);
    work('B', '09:10', [
      'fee',
      'pay',
      '1-1-0102',
      '--amount',
      '50.00',
      '--method',
      'wechat',
      '--no-print',
      '--as',
      'S020',
    ]);
    work('C', '09:15', ['person', 'add', '--name', '东门登记一']);
    work('B', '09:20', ['renovation', 'review', 'ZX2026-0005', '--result', 'pass', '--as', 'S007']);
    sync('A', '09:30');
    work('A', '09:40', [
      'fee',
      'pay',
      '1-1-0301',
      '--amount',
      '80.00',
      '--method',
      'cash',
      '--no-print',
      '--as',
      'S005',
    ]);
    work('B', '09:45', ['person', 'add', '--name', '二号窗登记']);
    sync('B', '09:50');
    work('A', '10:00', ['person', 'update', 'P000114', '--notes', '前台：已电话确认']);
    work('C', '10:05', ['person', 'update', 'P000114', '--gender', 'female']);
    work('B', '10:10', [
      'fee',
      'pay',
      '1-1-0302',
      '--amount',
      '66.00',
      '--method',
      'alipay',
      '--no-print',
      '--as',
      'S020',
    ]);
    work('A', '10:20', ['movein', 'complete', '3-2-0202', '--as', 'S003']);
    const off = run('C', '10:30', ['sync']);
    expect(off.code).toBe(4);
    expect(off.stderr).toMatch(/连不上共享的远端.*本机有 2 个提交待推送/);
    sync('A', '10:40');
    // midday: both windows take money while the renovation desk inspects and decides
    work('B', '11:00', ['renovation', 'inspect', 'ZX2026-0002', '--findings', '正常', '--as', 'S009']);
    work('A', '11:05', [
      'fee',
      'pay',
      '1-1-0201',
      '--amount',
      '120.00',
      '--method',
      'card',
      '--no-print',
      '--as',
      'S005',
    ]);
    work('B', '11:10', [
      'fee',
      'pay',
      '1-1-0202',
      '--amount',
      '30.00',
      '--method',
      'cash',
      '--no-print',
      '--as',
      'S020',
    ]);
    work('C', '11:15', ['person', 'add', '--name', '东门登记二']);
    sync('B', '11:20');
    work('A', '13:30', ['renovation', 'decide', 'ZX2026-0006', '--result', 'approve', '--as', 'S001']);
    work('B', '13:40', ['movein', 'keys', '3-1-0701', '--as', 'S003']);
    // a hand edit at the front desk, committed by hand
    const unit = join(desks.A, 'units/2/2-1-0101.yaml');
    writeFileSync(
      unit,
      readFileSync(unit, 'utf8').replace('layout: 两室一厅', 'layout: 两室一厅\nnotes: 门牌已更换（手工登记）'),
    );
    git(desks.A, [
      '-c',
      'user.name=前台',
      '-c',
      'user.email=desk@example.cn',
      'commit',
      '-qam',
      'units: 2-1-0101 门牌已更换（手工）',
    ]);
    sync('A', '13:50');
    work('B', '14:00', [
      'fee',
      'pay',
      '1-1-0401',
      '--amount',
      '45.50',
      '--method',
      'wechat',
      '--no-print',
      '--as',
      'S020',
    ]);
    work('A', '14:05', [
      'fee',
      'pay',
      '1-1-0402',
      '--amount',
      '99.00',
      '--method',
      'cash',
      '--no-print',
      '--as',
      'S005',
    ]);
    sync('B', '14:10');
    work('C', '15:00', ['renovation', 'inspect', 'ZX2026-0003', '--findings', '停工中，现场封闭', '--as', 'S009']);
    sync('A', '15:10');
    // evening: each window closes its own day at its own desk; the other gate's link comes back
    work('A', '17:30', ['fee', 'close-day', '--as', 'S005']);
    work('B', '17:35', ['fee', 'close-day', '--as', 'S020']);
    sync('A', '17:40');
    git(desks.C, ['remote', 'set-url', 'origin', url]);
    sync('C', '17:45');
    sync('B', '17:50');
    sync('A', '17:55');
    sync('C', '17:58'); // what B pushed at 17:50 reaches the other gate too

    // every clone equals the remote
    const remoteHead = git(base, ['ls-remote', url, 'HEAD']).split('\t')[0];
    for (const d of Object.values(desks)) {
      expect(git(d, ['rev-parse', 'HEAD']).trim()).toBe(remoteHead);
      expect(git(d, ['status', '--porcelain'])).toBe('');
    }
    // records valid, history verified (the hand edit is a warning, not an error)
    const v = run('A', '18:00', ['validate']);
    expect(v.code, v.stdout + v.stderr).toBe(0);
    const av = run('A', '18:00', ['audit', 'verify', '--json']);
    expect(av.code, av.stdout + av.stderr).toBe(0);
    const verify = JSON.parse(av.stdout) as {
      errors: number;
      stations: Record<string, number>;
      findings: { code: string }[];
    };
    expect(verify.errors).toBe(0);
    expect(verify.findings.map((f) => f.code)).toContain('by-hand');
    expect(Object.keys(verify.stations).filter(Boolean).sort()).toEqual(['A', 'B', 'C']);
    // every receipt book gapless: its used numbers are its first ones, the day's four at each window after those
    // used before it
    for (const [book, n] of [
      ['SJ-0016', 4],
      ['SJ-0017', 4],
    ] as const) {
      const r = run('A', '18:00', ['fee', 'books', 'check', book, '--json']);
      expect(r.code, r.stderr).toBe(0);
      const nums = JSON.parse(r.stdout) as { status: string }[];
      const used = nums.filter((x) => x.status === 'used').length;
      expect(used).toBe(usedBefore[book] + n);
      expect(nums.slice(0, used).every((x) => x.status === 'used')).toBe(true);
    }
    // every command's commit is in the history exactly once
    const lines = git(desks.A, ['log', '--format=%(trailers:key=Wuye-Command,valueonly)%x00'])
      .split('\0')
      .map((s) => s.trim());
    for (const c of done) expect(lines.filter((l) => l === c.line).length, `${c.desk}: ${c.line}`).toBe(1);
    expect(
      git(desks.A, ['log', '--format=%s'])
        .split('\n')
        .filter((s) => s.startsWith('units: 2-1-0101')),
    ).toHaveLength(1);
    // and the merged records hold each desk's part
    const p = readFileSync(join(desks.A, 'people/P000114.yaml'), 'utf8');
    expect(p).toContain('前台：已电话确认');
    expect(p).toContain('gender: female');
    expect(readFileSync(join(desks.A, 'units/2/2-1-0101.yaml'), 'utf8')).toContain('门牌已更换');
  }, 300_000);
});
