// The warehouse of a generated estate (spec 16-stock.md; wuye demo generate): the demo profile writes eleven items,
// October's receipts and issues closed by an approved stocktake, then a month of movements (receipts at two prices,
// issues for purposes, a uniform and a tool issued to a person — the tool back, the uniform still out — a write-off)
// and the November stocktake with a shortage explained, approved and on the book; one item falls below its safety
// stock. The bench profile: forty items and about sixty movements a month over the last twelve months, a stocktake
// near each month's end. Every issue is within stock (replayed by the rules). e.g. wuye demo generate DIR
import { relPath } from '../../core/kinds.js';
import { formatMoney, parseMoney } from '../../core/money.js';
import type { StaffRecord } from '../../core/types.gen.js';
import type { GenContext, KindGenerator } from '../../kit/generate/context.js';
import { apply, cq, isIn, qn, share, type Book, type Item, type Move, type Take } from './rules.js';

type D = Omit<Move, 'kind' | 'id' | 'by' | 'at'>;

const ITEMS: Item[] = [
  {
    kind: 'stock-item',
    id: 'BG001',
    name: 'A4 打印纸',
    spec: '70g 500张',
    uom: '包',
    category: 'office',
    location: 'C-01',
    safety: 10,
  },
  {
    kind: 'stock-item',
    id: 'GJ001',
    name: '管钳',
    spec: '14 寸',
    uom: '把',
    category: 'tool',
    location: 'D-01',
    safety: 2,
  },
  {
    kind: 'stock-item',
    id: 'GJ002',
    name: '铝合金人字梯',
    spec: '2 米',
    uom: '架',
    category: 'tool',
    location: 'D-02',
    safety: 1,
  },
  {
    kind: 'stock-item',
    id: 'GZ001',
    name: '秩序维护员冬季制服',
    spec: '170/175/180',
    uom: '套',
    category: 'uniform',
    location: 'E-01',
    safety: 4,
  },
  {
    kind: 'stock-item',
    id: 'HD001',
    name: '活动横幅',
    spec: '5 米',
    uom: '条',
    category: 'event',
    location: 'F-01',
    safety: 0,
  },
  {
    kind: 'stock-item',
    id: 'QJ001',
    name: '垃圾袋',
    spec: '80×100 加厚',
    uom: '卷',
    category: 'cleaning',
    location: 'B-01',
    safety: 30,
  },
  {
    kind: 'stock-item',
    id: 'QJ002',
    name: '地面清洁剂',
    spec: '5 L',
    uom: '桶',
    category: 'cleaning',
    location: 'B-02',
    safety: 6,
  },
  {
    kind: 'stock-item',
    id: 'WX001',
    name: '水龙头阀芯',
    spec: '1/2 寸陶瓷',
    uom: '个',
    category: 'repair',
    location: 'A-01',
    safety: 10,
  },
  {
    kind: 'stock-item',
    id: 'WX002',
    name: 'LED 灯管',
    spec: 'T8 1.2 米 18W',
    uom: '支',
    category: 'repair',
    location: 'A-02',
    safety: 20,
  },
  {
    kind: 'stock-item',
    id: 'WX003',
    name: '声控开关',
    spec: '86 型',
    uom: '个',
    category: 'repair',
    location: 'A-03',
    safety: 10,
  },
  {
    kind: 'stock-item',
    id: 'WX004',
    name: 'PPR 水管',
    spec: 'DN20',
    uom: '米',
    category: 'repair',
    location: 'A-04',
    safety: 20,
  },
];

const IN = (date: string, item: string, qty: number, price: string, supplier: string, invoice: string): D => ({
  type: 'in',
  date,
  item,
  qty,
  unit_price: price,
  supplier,
  invoice,
});
const OUT = (date: string, item: string, qty: number, to: string, department: D['department'], purpose: string): D => ({
  type: 'out',
  date,
  item,
  qty,
  requested_by: to,
  department,
  purpose,
});

const WJ = '湖南星城五金机电有限公司';
const JM = '长沙洁美清洁用品批发部';
const WH = '长沙市雨花区文汇办公用品店';

/** The demo's movements, in order: October (the opening of November's ledger), then November. */
function demoStory(): {
  moves: D[];
  takes: { date: string; counted: Record<string, number>; why?: Record<string, string> }[];
} {
  return {
    moves: [
      IN('2026-10-09', 'WX001', 30, '12.50', WJ, '00481311'),
      IN('2026-10-09', 'WX002', 60, '18.60', WJ, '00481311'),
      IN('2026-10-09', 'WX003', 20, '9.80', WJ, '00481311'),
      IN('2026-10-09', 'WX004', 50, '6.35', WJ, '00481312'),
      IN('2026-10-12', 'QJ001', 80, '7.50', JM, '40018820'),
      IN('2026-10-12', 'QJ002', 12, '38.00', JM, '40018820'),
      IN('2026-10-13', 'BG001', 20, '24.00', WH, '10283877'),
      IN('2026-10-13', 'HD001', 4, '65.00', WH, '10283878'),
      IN('2026-10-15', 'GZ001', 8, '286.00', '长沙雅立服饰有限公司', '20261015'),
      IN('2026-10-15', 'GJ001', 3, '58.00', WJ, '00481356'),
      IN('2026-10-15', 'GJ002', 2, '215.00', WJ, '00481356'),
      OUT('2026-10-16', 'WX001', 12, 'S007', 'engineering', '1、2 栋住户报修更换阀芯'),
      OUT('2026-10-20', 'WX002', 24, 'S008', 'engineering', '2 栋楼道照明更换'),
      OUT('2026-10-22', 'QJ001', 36, 'S006', 'environment', '10 月保洁领用'),
      OUT('2026-10-22', 'QJ002', 4, 'S006', 'environment', '10 月保洁领用'),
      OUT('2026-10-26', 'BG001', 6, 'S003', 'customer-service', '客服前台打印'),
      OUT('2026-10-28', 'WX004', 12.5, 'S007', 'engineering', '3 栋管井给水管更换'),
      // November
      IN('2026-11-03', 'WX001', 20, '13.20', WJ, '00482107'),
      OUT('2026-11-04', 'WX001', 9, 'S007', 'engineering', '住户报修更换阀芯（11 月上旬）'),
      OUT('2026-11-05', 'GZ001', 2, 'S012', 'security', '秩序维护员冬季制服'),
      OUT('2026-11-06', 'GJ001', 1, 'S008', 'engineering', '维修班组借用'),
      OUT('2026-11-09', 'QJ001', 30, 'S006', 'environment', '11 月保洁领用'),
      OUT('2026-11-09', 'QJ002', 3, 'S006', 'environment', '11 月保洁领用'),
      IN('2026-11-10', 'WX002', 40, '17.90', WJ, '00482150'),
      OUT('2026-11-11', 'WX002', 18, 'S008', 'engineering', '1 栋楼道照明更换'),
      OUT('2026-11-12', 'WX003', 14, 'S008', 'engineering', '1 栋楼道声控开关更换'),
      OUT('2026-11-13', 'HD001', 2, 'S004', 'customer-service', '重阳节敬老活动'),
      OUT('2026-11-16', 'WX004', 7.5, 'S007', 'engineering', '2 栋地下室给水管修复'),
      IN('2026-11-17', 'QJ001', 40, '7.20', JM, '40019104'),
      {
        type: 'writeoff',
        date: '2026-11-18',
        item: 'QJ002',
        qty: 1,
        reason: 'damaged',
        approved_by: 'S001',
        note: '搬运中桶身破裂',
      },
      {
        type: 'return',
        date: '2026-11-20',
        item: 'GJ001',
        qty: 1,
        of: '@GJ001',
        requested_by: 'S008',
        note: '借用归还',
      },
      OUT('2026-11-23', 'BG001', 8, 'S003', 'customer-service', '年底资料打印'),
      OUT('2026-11-24', 'WX001', 6, 'S007', 'engineering', '住户报修更换阀芯（11 月下旬）'),
    ],
    takes: [
      { date: '2026-10-30', counted: {} },
      {
        date: '2026-11-27',
        counted: { QJ001: -2 },
        why: { QJ001: '库房漏雨，两卷受潮破损已丢弃，未及时登记报废' },
      },
    ],
  };
}

function at(date: string, n: number): string {
  return `${date}T${String(9 + (n % 8)).padStart(2, '0')}:${String((n * 7) % 60).padStart(2, '0')}:00+08:00`;
}

/** Write moves and stocktakes: ids in date order per year, each stocktake counted against the book and approved. */
function emit(
  g: GenContext,
  items: readonly Item[],
  drafts: D[],
  takes: { date: string; counted: Record<string, number>; why?: Record<string, string>; approve?: boolean }[],
  keeper: string,
  approver: string,
  checker: string,
): void {
  const book: Book = { balances: new Map(), values: new Map(), short: [], moves: new Map() };
  const seq = new Map<string, number>();
  const next = (prefix: string, date: string) => {
    const k = `${prefix}${date.slice(0, 4)}`;
    const n = (seq.get(k) ?? 0) + 1;
    seq.set(k, n);
    return `${k}-${String(n).padStart(4, '0')}`;
  };
  const lastOut = new Map<string, string>();
  let n = 0;
  const put = (d: D) => {
    const extra =
      d.type === 'in'
        ? { amount: formatMoney(share(parseMoney(d.unit_price!), cq(d.qty), 100)), checked_by: checker }
        : {};
    const of = d.of?.startsWith('@') ? { of: lastOut.get(d.of.slice(1))! } : {};
    const m = {
      kind: 'stock-move',
      id: next('KC', d.date),
      ...d,
      ...of,
      ...extra,
      by: keeper,
      at: at(d.date, n++),
    } as Move;
    if (!isIn(m) && cq(m.qty) > (book.balances.get(m.item)?.qty ?? 0))
      throw new Error(`generator: ${m.id} beyond stock`);
    apply(book, m, 'moving-average');
    if (m.type === 'out') lastOut.set(m.item, m.id);
    g.out.record(relPath('stock-move', m.id), m as unknown as Record<string, unknown>);
  };
  const queue = [...takes];
  for (const d of drafts) {
    while (queue.length && queue[0].date < d.date) take(queue.shift()!);
    put(d);
  }
  while (queue.length) take(queue.shift()!);

  function take(t: (typeof takes)[number]) {
    const id = next('PD', t.date);
    const lines = items.map((i) => {
      const b = book.balances.get(i.id)?.qty ?? 0;
      const c = Math.max(0, b + cq(t.counted[i.id] ?? 0));
      return { item: i.id, book: qn(b), counted: qn(c), ...(t.why?.[i.id] ? { explanation: t.why[i.id] } : {}) };
    });
    const approved = t.approve !== false;
    const rec: Take = {
      kind: 'stocktake',
      id,
      date: t.date,
      counted_by: keeper,
      at: at(t.date, 7),
      lines: lines as Take['lines'],
      state: approved ? 'approved' : 'counted',
      ...(approved ? { approved_by: approver, approved_at: `${t.date}T17:30:00+08:00` } : {}),
    };
    g.out.record(relPath('stocktake', id), rec as unknown as Record<string, unknown>);
    if (!approved) return;
    for (const l of lines) {
      const d = cq(l.counted) - cq(l.book);
      if (d === 0) continue;
      put({
        type: d > 0 ? 'surplus' : 'shortage',
        date: t.date,
        item: l.item,
        qty: qn(Math.abs(d)),
        stocktake: id,
        approved_by: approver,
        ...(l.explanation ? { note: l.explanation } : {}),
      });
    }
  }
}

const CATS: Item['category'][] = [
  'repair',
  'repair',
  'repair',
  'cleaning',
  'cleaning',
  'office',
  'event',
  'uniform',
  'tool',
];
const PREFIX: Record<Item['category'], string> = {
  repair: 'WX',
  cleaning: 'QJ',
  office: 'BG',
  event: 'HD',
  uniform: 'GZ',
  tool: 'GJ',
};

function bench(
  g: GenContext,
  staff: StaffRecord[],
): {
  items: Item[];
  drafts: D[];
  takes: { date: string; counted: Record<string, number>; why?: Record<string, string> }[];
} {
  const rng = g.rng;
  const count = new Map<string, number>();
  const items: Item[] = Array.from({ length: 40 }, (_, i) => {
    const category = CATS[i % CATS.length];
    const p = PREFIX[category];
    const k = (count.get(p) ?? 0) + 1;
    count.set(p, k);
    return {
      kind: 'stock-item',
      id: `${p}${String(k).padStart(3, '0')}`,
      name: `${category === 'repair' ? '维修材料' : category === 'cleaning' ? '清洁用品' : category === 'office' ? '办公用品' : category === 'event' ? '活动物资' : category === 'uniform' ? '工服' : '工具'} ${k} 号`,
      uom: '个',
      category,
      safety: rng.int(0, 20),
    };
  });
  items.sort((a, b) => (a.id < b.id ? -1 : 1));
  const on = (s: StaffRecord, day: string) => (s.active_from ?? '') <= day && (!s.active_to || s.active_to >= day);
  const have = new Map<string, number>();
  const drafts: D[] = [];
  const takes: { date: string; counted: Record<string, number>; why?: Record<string, string> }[] = [];
  for (const period of g.estate.history.periods.slice(-12)) {
    const days = Array.from({ length: 60 }, () => `${period}-${String(rng.int(1, 26)).padStart(2, '0')}`).sort();
    for (const day of days) {
      if (day > g.opts.asOf) continue;
      const item = rng.pick(items);
      const q = have.get(item.id) ?? 0;
      if (q < 5 || rng.chance(0.25)) {
        const n = rng.int(10, 60);
        drafts.push(IN(day, item.id, n, formatMoney(rng.int(150, 30000)), '长沙市供应商', rng.digits(8)));
        have.set(item.id, q + n);
      } else {
        const n = rng.int(1, Math.min(q, 10));
        const to = rng.pick(staff.filter((s) => on(s, day)));
        drafts.push(OUT(day, item.id, n, to.id, to.department, '日常领用'));
        have.set(item.id, q - n);
      }
    }
    const end = `${period}-27`;
    if (end <= g.opts.asOf) {
      const item = rng.pick(items);
      const short = (have.get(item.id) ?? 0) > 0 && rng.chance(0.5);
      if (short) have.set(item.id, have.get(item.id)! - 1);
      takes.push({
        date: end,
        counted: short ? { [item.id]: -1 } : {},
        ...(short ? { why: { [item.id]: '盘点短少 1 个，原因待查已说明' } } : {}),
      });
    }
  }
  return { items, drafts, takes };
}

export const stockGenerator: KindGenerator = {
  name: 'stock',
  run(g: GenContext) {
    const active = g.estate.staff.filter((s) => !s.active_to);
    const role = (r: string) => active.find((s) => (s.roles as string[]).includes(r))?.id ?? active[0].id;
    const keeper = role('storekeeper');
    const approver = role('director');
    if (g.opts.profile === 'demo') {
      const s = demoStory();
      for (const i of ITEMS) g.out.record(relPath('stock-item', i.id), i as unknown as Record<string, unknown>);
      emit(g, ITEMS, s.moves, s.takes, keeper, approver, role('cs-manager'));
      return;
    }
    const b = bench(g, active);
    for (const i of b.items) g.out.record(relPath('stock-item', i.id), i as unknown as Record<string, unknown>);
    emit(g, b.items, b.drafts, b.takes, keeper, approver, role('cs-manager'));
  },
};
