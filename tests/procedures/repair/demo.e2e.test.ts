// The demo estate's repair orders (records/repairs, from the generator; today Saturday 2026-11-28) through the real
// CLI, read-only: the late arrival, the rework, the paid orders receipted on the fee account, the open ones; the
// standards rows 7.1 and 7.6 through `wuye standards`; and validate's layer-4 checks refusing a paid order signed off
// with no receipt and a rework of an order that does not exist (on a copy of the demo estate).
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Repair } from '../../../src/procedures/repair/api.js';
import { PROJECT, tmp, wuye } from '../../helpers/cli.js';

const R = join(PROJECT, 'records');
const NOW = { WUYE_NOW: '2026-11-28T09:30:00+08:00' };
const run = (args: string[], root = R) => wuye(PROJECT, ['--records', root, ...args], NOW);
const order = (id: string, root = R) =>
  jsyaml.load(readFileSync(join(root, 'repairs', '2026', `${id}.yaml`), 'utf8'), {
    schema: jsyaml.CORE_SCHEMA,
  }) as Repair;

describe('the demo repair orders', { timeout: 240_000 }, () => {
  const all = JSON.parse(run(['repair', 'list', '--json']).stdout) as { id: string; state: string }[];
  const orders = all.map((r) => order(r.id));

  it('a month of orders: a late arrival, a rework, paid ones receipted, return visits, open ones', () => {
    expect(orders.filter((r) => !r.warranty).length).toBe(12);
    // two warranty reports out of warranty became paid repairs, waiting to be dispatched
    expect(orders.filter((r) => r.warranty).map((r) => [r.paid, r.state])).toEqual([
      [true, 'received'],
      [true, 'received'],
    ]);
    const late = orders.filter((r) => r.punctual === false);
    expect(late.map((r) => r.id)).toEqual(['BX2026-0003']);
    expect(Date.parse(late[0].arrived_at!) - Date.parse(late[0].promised_at!)).toBe(14 * 60_000);
    const rework = orders.filter((r) => r.rework_of);
    expect(rework.length).toBe(1);
    expect(order(rework[0].rework_of!).callbacks?.at(-1)?.satisfied).toBe(false);
    const paid = orders.filter((r) => r.paid && r.charge?.receipt);
    expect(paid.length).toBe(3);
    for (const r of paid) {
      const acc = run(['fee', 'account', r.unit!, '--json']);
      expect(acc.code, acc.stderr).toBe(0);
      expect(acc.stdout).toContain(r.charge!.receipt!);
    }
    expect(new Set(orders.map((r) => r.state))).toEqual(new Set(['received', 'assigned', 'done', 'signed', 'closed']));
    // every order came through the desk: its entry names it back
    for (const r of orders) expect(run(['hotline', 'show', r.hotline!]).stdout).toContain(r.warranty ?? r.id);
  });

  it("standards 7.1 and 7.6 from the orders (wuye standards, through the repair procedure's standards part)", () => {
    const rows = (from: string, to: string) => {
      const r = run(['standards', '--from', from, '--to', to, '--json']);
      expect(r.code, r.stderr).toBe(0);
      const doc = JSON.parse(r.stdout) as { sheets: { rows: Record<string, string>[] }[] };
      return doc.sheets.flatMap((x) => x.rows).filter((x) => /^7\./.test(x.clause));
    };
    const autumn = rows('2026-10-01', '2026-11-30');
    expect(autumn.map((r) => [r.clause, r.status, r.evidence])).toEqual([
      ['7.1', '未达标', 'BX2026-0003'], // the late arrival
      ['7.6', '未达标', 'BX2026-0008'], // finished after its due time
      ['7.6', '未达标', orders.find((r) => r.rework_of)!.id],
      ['7.6', '未达标', 'BX2026-0004'], // the return visit not satisfied
    ]);
    expect(rows('2025-01-01', '2025-12-31').map((r) => r.status)).toEqual(['无数据', '无数据', '无数据', '无数据']);
  });

  it('validate: clean, then a paid order signed with no receipt and a rework of a missing order are errors', () => {
    expect(run(['validate', join(R, 'repairs')]).code).toBe(0);
    const root = tmp();
    cpSync(R, root, { recursive: true });
    const paid = orders.find((r) => r.paid && r.charge?.receipt)!;
    const f = join(root, 'repairs', '2026', `${paid.id}.yaml`);
    writeFileSync(f, readFileSync(f, 'utf8').replace(/^  receipt: .*\n/m, ''));
    const rw = orders.find((r) => r.rework_of)!;
    const g = join(root, 'repairs', '2026', `${rw.id}.yaml`);
    writeFileSync(g, readFileSync(g, 'utf8').replace(/^rework_of: .*$/m, 'rework_of: BX2026-0999'));
    const v = run(['validate', join(root, 'repairs')], root);
    expect(v.code).toBe(1);
    expect(v.stdout + v.stderr).toContain('没有收款员开据的收据');
    expect(v.stdout + v.stderr).toContain('BX2026-0999 不存在');
  });
});
