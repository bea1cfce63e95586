// The move-in forms' data model and reports as pure functions, and every move-in
// form rendered filled and blank (text extracted with pdfjs-dist, tests/helpers/pdf.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MoveinRecord, PersonRecord, UnitRecord } from '../../../src/core/types.gen.js';
import { maskRecord } from '../../../src/core/personal.js';
import { PACKET, packetData, packetDate } from '../../../src/procedures/movein/forms.js';
import { formatMoney } from '../../../src/core/money.js';
import { defectSheets, feeSheets, progressSheets } from '../../../src/procedures/movein/reports.js';
import type { FeeItemConfig } from '../../../src/procedures/movein/rules.js';
import { pdfText } from '../../helpers/pdf.js';

const unit: UnitRecord = {
  kind: 'unit',
  id: '3-1-0201',
  building: '3',
  entrance: '1',
  floor: 2,
  room: '0201',
  type: 'residential',
  area: '91.28',
  state: 'handed-over',
  owners: [{ person: 'P000119', since: '2025-04-02' }],
  meters: { water: '09699456', electricity: '4301971092066', gas: 'XA173434768' },
  fee_start: '2026-11-16',
};
const owner: PersonRecord = {
  kind: 'person',
  id: 'P000119',
  name: '徐秀丹',
  national_id: '110101199003071234',
  phones: ['13912345678'],
};
const items: FeeItemConfig[] = [
  {
    code: 'mgmt',
    name: '物业管理费',
    kind: 'periodic',
    rule: 'per-area-month',
    unit_types: ['residential'],
    rates: [{ rate: '2.10', from: '2026-01-01' }],
  },
  {
    code: 'gas',
    name: '煤气开户费',
    kind: 'pass-through',
    rule: 'fixed',
    at_movein: true,
    rates: [{ rate: '1800.00', from: '2016-01-01' }],
  },
  {
    code: 'deposit',
    name: '装修保证金',
    kind: 'deposit',
    rule: 'fixed',
    at_movein: true,
    optional: true,
    rates: [{ rate: '2000.00', from: '2016-01-01' }],
  },
];
const config = {
  fees: { items, due_day: 15 },
  movein: {
    management_fee_months: 3,
    office_hours: '每日 9:00–17:00',
    keys: [{ type: 'entrance' as const, count: 3 }],
  },
} as never;
const c: MoveinRecord = {
  kind: 'movein',
  id: '3-1-0201',
  unit: '3-1-0201',
  state: 'completed',
  owner: 'P000119',
  plan: { batch: '3-2026-11-16', from: '2026-11-16', per_day: 4 },
  slot: { date: '2026-11-16', time: '14:00' },
  notice: { sent_on: '2026-11-05', fee_start: '2026-11-16', by: 'S002' },
  checkin: {
    on: '2026-11-16',
    by: 'S003',
    person: 'P000119',
    capacity: 'owner',
    documents: ['purchase-contract', 'owner-id', 'photos', 'steps-form'],
  },
  inspections: [{ round: 1, on: '2026-11-16', by: 'S007', readings: { water: '3.2' }, result: 'signed' }],
  defects: [
    {
      no: 1,
      round: 1,
      location: '厨房',
      description: '橱柜门铰链松动',
      category: 'fixtures',
      status: 'open',
      deadline: '2026-12-07',
    },
  ],
  fees: {
    on: '2026-11-16',
    by: 'S005',
    items: [
      { code: 'gas', name: '煤气开户费', amount: '1800.00', status: 'collected', receipt: '0000738' },
      { code: 'deposit', name: '装修保证金', amount: '2000.00', status: 'deferred' },
    ],
  },
  keys: {
    on: '2026-11-16',
    by: 'S003',
    to: 'P000119',
    items: [{ type: 'entrance', count: 2 }],
    kept: { key: 'K-3-1-0201', count: 1 },
  },
  agreements: { on: '2026-11-16', by: 'S003', items: ['covenant', 'service-agreement', 'safety'] },
  completed_on: '2026-11-16',
  log: [
    { at: '2026-11-04T09:00:00+08:00', by: 'S002', action: 'plan' },
    { at: '2026-11-16T14:05:00+08:00', by: 'S003', action: 'checkin' },
    { at: '2026-11-16T14:50:00+08:00', by: 'S003', action: 'complete' },
  ],
};
const names: Record<string, string> = { S003: '陈婷', S007: '黄海波' };
const data = (over: Partial<Parameters<typeof packetData>[0]> = {}) =>
  packetData({
    c,
    unit,
    people: new Map([[owner.id, owner]]),
    staffName: (id) => (id ? names[id] : undefined),
    config,
    ...over,
  });

describe('the data every move-in form reads', () => {
  it('shows the people as it is given them (masked by the loader reading through ctx.shown)', () => {
    const d = data({ people: new Map([[owner.id, maskRecord('person', owner)]]) }) as {
      owner: { national_id: string; phones: string[] };
    };
    expect(d.owner.national_id).toBe('110101********1234');
    expect(d.owner.phones).toEqual(['139****5678']);
    expect((data() as { owner: { national_id: string } }).owner.national_id).toBe('110101199003071234');
  });
  it('takes the fee lines recorded on the case with their receipts; a deferred item keeps its amount in the note', () => {
    const d = data({
      c: {
        ...c,
        fees: {
          ...c.fees!,
          items: [
            { code: 'gas', name: '煤气开户费', amount: '1800.00', status: 'collected', receipt: '0000702' },
            { code: 'deposit', name: '装修保证金', amount: '2000.00', status: 'deferred' },
          ],
        },
      },
    }) as Record<string, any>;
    expect(d.fee_lines).toEqual([
      { name: '煤气开户费', basis: undefined, amount: '1800.00', note: '已收，收据 0000702' },
      { name: '装修保证金', basis: undefined, amount: undefined, note: '缓交 ¥2000.00（装修时交）' },
    ]);
    expect(d.fee_total).toBe('1800.00');
    expect(d.fee).toEqual({ management_rate: '2.10', management_monthly: '191.69', due_day: 15, at_movein: 3 }); // 91.28 × 2.10 = 191.688
  });
  it('one total (issue 10 item 4): the 合计 the table sums is the total its 大写 line reads', () => {
    for (const d of [data(), data({ c: { ...c, fees: undefined } })] as Record<string, any>[]) {
      const column = d.fee_lines.reduce(
        (a: number, l: { amount?: string }) => a + (l.amount ? Math.round(Number(l.amount) * 100) : 0),
        0,
      );
      expect(formatMoney(column)).toBe(d.fee_total);
    }
  });
  it('before the fees, lists what is due: the management fee from the notice date for 3 months (4.5 4) and the at_movein items', () => {
    const d = data({ c: { ...c, fees: undefined } }) as Record<string, any>;
    // 91.28 × 2.10 × 15/30 = 95.844 → 95.84; 91.28 × 2.10 = 191.688 → 191.69 (Dec, Jan)
    expect(d.fee_lines.map((l: { name: string; amount: string }) => `${l.name} ${l.amount}`)).toEqual([
      '物业管理费 479.22',
      '煤气开户费 1800.00',
      '装修保证金 2000.00',
    ]);
    expect(d.fee_lines[0].basis).toBe('91.28m² × ¥2.10/m²/月，2026-11（15/30天） 起 3 个月');
    expect(d.fee_total).toBe('4279.22');
  });
  it('shows the kept entrance key, the readings with meter numbers, and who did each step', () => {
    const d = data() as Record<string, any>;
    expect(d.keys.map((k: { name: string; count: number }) => `${k.name}×${k.count}`)).toEqual([
      '大门钥匙×2',
      '大门钥匙（留存服务中心）×1',
    ]);
    expect(d.readings[0]).toEqual({ meter: '水表', number: '09699456', reading: '3.2', unit: '立方米' });
    expect(d.steps.checkin).toEqual({ by: '陈婷', on: '2026-11-16' });
    expect(d.inspection).toEqual({ on: '2026-11-16', by: '黄海波', result: 'signed', conclusion: ['move-in-first'] });
  });
  it("dates the documents by the case's last step, never the clock", () => {
    expect(packetDate(c, '2030-01-01')).toBe('2026-11-16');
    expect(packetDate(undefined, '2026-11-28')).toBe('2026-11-28');
  });
});

describe('reports', () => {
  const other: MoveinRecord = {
    kind: 'movein',
    id: '3-1-0202',
    unit: '3-1-0202',
    state: 'notified',
    slot: { date: '2026-11-16', time: '15:00' },
    log: [{ at: '2026-11-05T10:00:00+08:00', by: 'S002', action: 'notice' }],
  };
  it('progress: units at each step by building, and what happened each day', () => {
    const [summary, days] = progressSheets([c, other]);
    expect([...summary.rows]).toEqual([
      expect.objectContaining({ building: '3', total: 2, notified: 1, completed: 1, done: 0.5, open: 1 }),
    ]);
    expect([...days.rows]).toEqual([
      expect.objectContaining({ building: '3', date: '2026-11-16', booked: 2, checkin: 1, complete: 1, cumulative: 1 }),
    ]);
  });
  it('open defects by category and deadline, overdue measured against today', () => {
    const [summary, detail] = defectSheets([c, other], '2026-12-08');
    expect([...summary.rows]).toEqual([
      { category: '设施配件', deadline: '2026-12-07', open: 1, overdue: 1, escalated: 0, units: 1 },
    ]);
    expect([...detail.rows][0]).toMatchObject({ unit: '3-1-0201', no: 1, overdue: '逾期' });
  });
  it('fees by item in fen, collected apart from deferred, by name; each line with its receipt (issue 10 #25)', () => {
    const [byItem, detail] = feeSheets([c, other]);
    expect(byItem.columns.map((x) => x.key)).not.toContain('code');
    expect(detail.columns.filter((x) => x.total).map((x) => x.key)).toEqual(['collected', 'deferred']);
    expect(detail.columns.map((x) => x.key)).toContain('receipt');
    expect([...detail.rows].map((r) => [r.name, r.collected, r.deferred, r.receipt])).toEqual([
      ['煤气开户费', 180000, undefined, '0000738'],
      ['装修保证金', undefined, 200000, undefined],
    ]);
    expect([...byItem.rows]).toEqual([
      { code: 'gas', name: '煤气开户费', units: 1, collected: 180000, deferred_units: 0, deferred: 0 },
      { code: 'deposit', name: '装修保证金', units: 0, collected: 0, deferred_units: 1, deferred: 200000 },
    ]);
  });
});

describe('every move-in form renders, filled and blank', () => {
  const cfg = {
    center: {
      name: '爵士湘物业服务中心',
      estate: '爵士湘花园',
      company: '湖南爵士湘物业服务有限公司',
      developer: '湖南爵士湘置业有限公司',
    },
    templates: 'templates',
  };
  const dir = mkdtempSync(join(tmpdir(), 'movein-forms-'));
  const text = (pdf: Buffer, name: string) => {
    const f = join(dir, `${name}.pdf`);
    writeFileSync(f, pdf);
    return pdfText(f);
  };
  it.each(PACKET.map((f) => [f.form, f.title.zh]))(
    '%s (%s)',
    async (form, title) => {
      const { renderForm } = await import('../../../src/render/pdf/index.js');
      const filled = text(
        await renderForm({ form, data: data(), id: '3-1-0201', date: '2026-11-16' }, { config: cfg }),
        form.replace('/', '-'),
      );
      expect(filled).toContain(title.replace(/（.*）/, ''));
      expect(filled).toContain('爵士湘物业服务中心');
      if (!/civility|renovation/.test(form)) expect(filled).toMatch(/3-1-0201|徐秀丹/);
      const again = await renderForm({ form, data: data(), id: '3-1-0201', date: '2026-11-16' }, { config: cfg });
      expect(
        again.equals(await renderForm({ form, data: data(), id: '3-1-0201', date: '2026-11-16' }, { config: cfg })),
      ).toBe(true);
      const blank = text(
        await renderForm({ form, date: '2026-11-16' }, { config: cfg, blank: true }),
        `${form.replace('/', '-')}-blank`,
      );
      expect(blank).toContain(title.replace(/（.*）/, ''));
      expect(blank).not.toContain('3-1-0201');
      expect(blank).not.toContain('徐秀丹');
    },
    60_000,
  );
  it('the notice names the slot, the fee start and the amounts; the agreement the rate and the unit', async () => {
    const { renderForm } = await import('../../../src/render/pdf/index.js');
    const notice = text(
      await renderForm(
        { form: 'movein/notice', data: data({ c: { ...c, fees: undefined } }), id: '3-1-0201', date: '2026-11-16' },
        { config: cfg },
      ),
      'n',
    );
    expect(notice).toContain('为您预约的办理时间为 2026年11月16日 14:00');
    expect(notice).toContain('¥1,800.00');
    expect(notice).toContain('物业管理费');
    expect(notice).toContain('¥479.22'); // the management fee from the notice date, 3 months (4.5 4)
    expect(notice).toContain('¥4,279.22');
    expect(notice).toContain('肆仟贰佰柒拾玖元贰角贰分');
    // after the fees, a deferred deposit: 合计 and 大写 read the same total (issue 10 item 4)
    const paid = text(
      await renderForm({ form: 'movein/notice', data: data(), id: '3-1-0201', date: '2026-11-16' }, { config: cfg }),
      'p',
    );
    expect(paid).toMatch(/合计\s+¥1,800.00/);
    expect(paid).toContain('壹仟捌佰元整');
    expect(paid).not.toContain('¥3,800.00');
    expect(paid).toContain('缓交 ¥2000.00');
    const sa = text(
      await renderForm(
        { form: 'movein/service-agreement', data: data(), id: '3-1-0201', date: '2026-11-16' },
        { config: cfg },
      ),
      'sa',
    );
    expect(sa).toContain('3-1-0201 号房屋，建筑面积 91.28 m²');
    expect(sa).toContain('每月每平方米 2.10 元，本户每月 ¥191.69');
  }, 60_000);
});
