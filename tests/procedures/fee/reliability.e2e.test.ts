// Reliability of the cashier and the billing run (quality.md "Reliability"): several `fee pay` processes at
// once never reuse or skip a receipt number; a billing run killed with SIGKILL and re-run finishes without
// double billing, and validate is clean after each step.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, git, read, write, wuye } from '../../helpers/cli.js';
import { feeRoot, ok } from './setup.js';

function runAsync(cwd: string, args: string[], killAfterMs?: number): Promise<number | null> {
  return new Promise((res) => {
    const p = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, CI: 'true', WUYE_NOW: '2026-11-28T09:30:00+08:00', LANG: 'C' },
      stdio: 'ignore',
    });
    if (killAfterMs !== undefined) setTimeout(() => p.kill('SIGKILL'), killAfterMs);
    p.on('exit', (code) => res(code));
  });
}

describe('wuye fee pay, concurrently', () => {
  it('8 processes paying at once (same and different units): receipt numbers unique and gapless, no lost update', async () => {
    const root = feeRoot();
    // Payments wait for each other's lock; how long the last one waits is the machine's speed (seconds on a
    // loaded 2-core machine), not what this test checks: let them wait as long as wuye.yaml allows.
    write(root, 'wuye.yaml', read(root, 'wuye.yaml') + 'lock_wait_seconds: 600\n');
    git(root, ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'long lock wait']);
    ok(wuye(root, ['fee', 'bill', '--period', '2026-10', '--as', 'S001']));
    const units = ['1-1-0101', '1-1-0101', '1-1-0101', '1-1-0102', '1-1-0102', 'S1-1-101', 'S1-1-101', '1-1-0101'];
    const codes = await Promise.all(
      units.map((u, i) =>
        runAsync(root, ['fee', 'pay', u, '--amount', String(10 + i), '--method', 'cash', '--no-print', '--as', 'S003']),
      ),
    );
    expect(codes).toEqual(units.map(() => 0));
    const books = read(root, 'receipts/SJ-0001.yaml') + read(root, 'receipts/SJ-0002.yaml');
    const used = [...books.matchAll(/no: "(\d{7})"/g)].map((m) => m[1]).sort();
    expect(used).toEqual(['0000101', '0000102', '0000103', '0000104', '0000105', '0000106', '0000107', '0000108']);
    // every payment landed in its account exactly once
    const accounts = ['1-1-0101', '1-1-0102', 'S1-1-101'].map((u) => read(root, `fees/2026/${u}.yaml`)).join('\n');
    const receipts = [...accounts.matchAll(/receipt: "(\d{7})"/g)].map((m) => m[1]).sort();
    expect(receipts).toEqual(used);
    const amounts = [...accounts.matchAll(/^\s+amount: "(\d+\.\d\d)"\n\s+method:/gm)]
      .map((m) => Number(m[1]))
      .sort((a, b) => a - b);
    expect(amounts).toEqual([10, 11, 12, 13, 14, 15, 16, 17]);
    const v = wuye(root, ['validate']);
    expect(v.code, v.stdout + v.stderr).toBe(0);
  });
});

describe('wuye fee bill, killed and re-run', () => {
  it('a billing run killed with SIGKILL at random moments finishes on re-run with nothing billed twice', async () => {
    const root = feeRoot();
    const ids: string[] = [];
    for (let e = 1; e <= 4; e++)
      for (let r = 1; r <= 30; r++) {
        const id = `2-${e}-${String(100 + r).padStart(4, '0')}`;
        ids.push(id);
        write(
          root,
          `units/2/${id}.yaml`,
          `kind: unit\nid: ${id}\nbuilding: "2"\nentrance: "${e}"\nroom: "${String(100 + r).padStart(4, '0')}"\ntype: residential\narea: "${80 + r}.25"\nstate: occupied\nfee_start: 2026-01-01\n`,
        );
      }
    git(root, ['add', 'units']);
    git(root, ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'units']);
    for (const ms of [350, 700, 1100]) {
      await runAsync(root, ['fee', 'bill', '--period', '2026-11', '--as', 'S001'], ms);
      let v = wuye(root, ['validate']);
      // a kill in the middle of the writes leaves a journal: validate names it (and nothing else), recover finishes it
      if (v.code !== 0) {
        expect(v.stdout + v.stderr).toContain('.wuye/pending.json');
        expect(v.stdout + v.stderr).toMatch(/(?<!\d)1 个错误/);
        ok(wuye(root, ['recover']));
        v = wuye(root, ['validate']);
      }
      expect(v.code, v.stdout + v.stderr).toBe(0);
    }
    ok(wuye(root, ['fee', 'bill', '--period', '2026-11', '--as', 'S001']));
    ok(wuye(root, ['fee', 'bill', '--period', '2026-11', '--as', 'S001']));
    const files = readdirSync(join(root, 'fees/2026'));
    expect(files.length).toBe(ids.length + 3);
    for (const f of files) {
      const text = readFileSync(join(root, 'fees/2026', f), 'utf8');
      expect(text.match(/id: 2026-11\/(?:shop-)?mgmt$/gm)?.length ?? 0, f).toBe(1);
    }
    expect(git(root, ['status', '--porcelain', 'fees']).trim()).toBe('');
    const v = wuye(root, ['validate']);
    expect(v.code, v.stdout + v.stderr).toBe(0);
  });
});
