// Expense claims of a generated estate (spec 08-expense.md; wuye demo generate): the demo profile writes a
// quarter of claims (September–November 2026) through every step — paid ones at each level of the chain, one
// rejected, one approved and waiting for the cashier, one waiting for the director, one just filed; the bench
// profile about fifteen claims a month over the history window (the company's finance approver, role finance, is
// among the registry's staff). A refused duplicate invoice writes nothing: tests/procedures/expense/demo.e2e.test.ts
// tries BZ2026-0004's invoice again on the demo estate. e.g. wuye demo generate DIR
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { addDays } from '../../core/dates.js';
import type { ExpenseCategory, ExpenseLevel, InvoiceType } from '../../core/enums.gen.js';
import { relPath } from '../../core/kinds.js';
import { formatMoney } from '../../core/money.js';
import type { ConfigRecord, StaffRecord } from '../../core/types.gen.js';
import type { GenContext, KindGenerator } from '../../kit/generate/context.js';
import type { Rng } from '../../kit/generate/rng.js';
import { cfg, chainFor, LEVEL_ROLE, PENDING, type Claim, type ExpenseConf } from './rules.js';

type Inv = [InvoiceType, string, string, string, string, number, string?]; // type, code, no, issuer, date, fen, description
interface Story {
  date: string;
  claimant: string;
  category: ExpenseCategory;
  lines: Inv[];
  purpose?: string;
  guests?: string;
  event?: string;
  /** How far it went: the number of levels signed, then 'paid', 'rejected' (by the next level) or nothing. */
  signed: number;
  end?: 'paid' | 'rejected';
  reason?: string;
}

const DEMO: Story[] = [
  {
    date: '2026-09-03',
    claimant: 'S003',
    category: 'office',
    signed: 1,
    end: 'paid',
    purpose: '客服前台办公用品',
    lines: [
      ['vat-ordinary', '043002600111', '10283341', '长沙市雨花区文汇办公用品店', '2026-08-28', 8600, '打印纸 A4 5 包'],
      ['vat-ordinary', '043002600111', '10283342', '长沙市雨花区文汇办公用品店', '2026-08-28', 4250, '签字笔、文件夹'],
    ],
  },
  {
    date: '2026-09-10',
    claimant: 'S007',
    category: 'repair-materials',
    signed: 2,
    end: 'paid',
    purpose: '2 栋公共照明维修',
    lines: [
      ['vat-special', '4300261130', '00481207', '湖南星城五金机电有限公司', '2026-09-05', 86000, 'LED 灯管 100 支'],
      ['vat-ordinary', '043002600222', '20115590', '湖南星城五金机电有限公司', '2026-09-05', 42000, '声控开关 30 个'],
    ],
  },
  {
    date: '2026-09-18',
    claimant: 'S004',
    category: 'hospitality',
    signed: 2,
    end: 'paid',
    purpose: '接待街道办检查小区消防工作',
    guests: '街道办及消防站 5 人，陪同 2 人',
    lines: [['vat-ordinary', '043002600333', '31029876', '长沙市雨花区湘味轩餐馆', '2026-09-17', 68000, '工作餐']],
  },
  {
    date: '2026-09-25',
    claimant: 'S006',
    category: 'cleaning',
    signed: 1,
    end: 'paid',
    purpose: '保洁用品补充',
    lines: [
      ['vat-ordinary', '043002600444', '40017762', '长沙洁美清洁用品批发部', '2026-09-22', 35680, '清洁剂、垃圾袋'],
    ],
  },
  {
    date: '2026-10-09',
    claimant: 'S004',
    category: 'events',
    signed: 2,
    end: 'paid',
    purpose: '重阳节敬老茶话会物料及礼品（提前采购）',
    event: 'HD2026-0006',
    lines: [
      ['vat-ordinary', '043002600555', '50332109', '长沙市天心区乐购超市', '2026-09-30', 185000, '糕点及礼品'],
      ['vat-ordinary', '043002600666', '60211843', '湖南彩虹广告制作有限公司', '2026-09-28', 60000, '展板横幅'],
    ],
  },
  {
    date: '2026-10-15',
    claimant: 'S003',
    category: 'transport',
    signed: 1,
    end: 'paid',
    purpose: '送审物业资料往返住建局',
    lines: [['e-invoice', '', '26432000000012345678', '长沙市出租汽车有限公司', '2026-10-14', 9600, '出租车费']],
  },
  {
    date: '2026-10-22',
    claimant: 'S007',
    category: 'repair-materials',
    signed: 3,
    end: 'paid',
    purpose: '1 栋生活水泵更换',
    lines: [
      ['vat-special', '4300261130', '00498852', '湖南宏达泵业有限公司', '2026-10-20', 680000, '立式多级离心泵 1 台'],
    ],
  },
  {
    date: '2026-10-30',
    claimant: 'S009',
    category: 'office',
    signed: 0,
    end: 'rejected',
    reason: '发票抬头不是本公司，请开票单位重开后再报',
    purpose: '门岗登记簿',
    lines: [
      ['vat-ordinary', '043002600777', '70055123', '长沙市雨花区文汇办公用品店', '2026-10-28', 21500, '登记簿 20 本'],
    ],
  },
  {
    date: '2026-11-06',
    claimant: 'S003',
    category: 'training',
    signed: 2,
    end: 'paid',
    purpose: '客服礼仪培训',
    lines: [['vat-ordinary', '043002600888', '80120034', '湖南物业管理协会', '2026-11-02', 120000, '培训费 3 人']],
  },
  {
    date: '2026-11-13',
    claimant: 'S004',
    category: 'utilities',
    signed: 1,
    purpose: '服务中心办公室 10 月电费',
    lines: [
      ['e-invoice', '', '26432000000023456789', '国网湖南省电力有限公司长沙供电分公司', '2026-11-10', 42000, '电费'],
    ],
  },
  {
    date: '2026-11-20',
    claimant: 'S007',
    category: 'repair-materials',
    signed: 1,
    purpose: '地下车库排水沟盖板更换',
    lines: [
      ['vat-special', '4300261130', '00510044', '湖南星城五金机电有限公司', '2026-11-18', 326000, '不锈钢盖板 40 块'],
    ],
  },
  {
    date: '2026-11-26',
    claimant: 'S003',
    category: 'office',
    signed: 0,
    purpose: '复印机墨粉',
    lines: [
      ['vat-ordinary', '043002600111', '10290017', '长沙市雨花区文汇办公用品店', '2026-11-25', 5800, '墨粉 1 支'],
    ],
  },
];

const at = (date: string, hhmm: string) => `${date}T${hhmm}:00+08:00`;

/** Write one story as the commands would: submit, each signature, then paid or rejected. */
export function claimOf(
  s: Story,
  id: string,
  c: ExpenseConf,
  staffByRole: (role: string, not: string, day: string) => string,
): Claim {
  const amount = s.lines.reduce((t, l) => t + l[5], 0);
  const chain = chainFor(amount, c);
  const log: Claim['log'] = [{ at: at(s.date, '09:10'), by: s.claimant, action: 'submit', state: PENDING.manager }];
  const approvals: NonNullable<Claim['approvals']> = [];
  let state: Claim['state'] = PENDING.manager;
  let day = s.date;
  const signed = Math.min(s.signed, s.end === 'rejected' ? chain.length - 1 : chain.length);
  for (let i = 0; i < signed; i++) {
    const lv: ExpenseLevel = chain[i];
    day = addDays(day, 1);
    const by = staffByRole(LEVEL_ROLE[lv], s.claimant, day);
    const last = i === chain.length - 1;
    state = last ? 'approved' : PENDING[chain[i + 1]];
    approvals.push({ level: lv, by, at: at(day, '10:00') });
    log.push({ at: at(day, '10:00'), by, action: last ? 'approve' : 'endorse', state });
  }
  let rejection: Claim['rejection'];
  let paid: Claim['paid'];
  if (s.end === 'rejected') {
    const lv = chain[signed];
    day = addDays(day, 1);
    const by = staffByRole(LEVEL_ROLE[lv], s.claimant, day);
    state = 'rejected';
    rejection = { level: lv, by, at: at(day, '10:30'), reason: s.reason ?? '单据不全' };
    log.push({ at: at(day, '10:30'), by, action: 'reject', state, note: rejection.reason });
  } else if (s.end === 'paid' && state === 'approved') {
    day = addDays(day, 2);
    const by = staffByRole('cashier', s.claimant, day);
    state = 'paid';
    paid = { at: at(day, '15:00'), method: amount > 100000 ? 'transfer' : 'cash', by };
    log.push({ at: at(day, '15:00'), by, action: 'pay', state });
  }
  return {
    kind: 'expense',
    id,
    claimant: s.claimant,
    date: s.date,
    category: s.category,
    ...(s.purpose ? { purpose: s.purpose } : {}),
    ...(s.guests ? { guests: s.guests } : {}),
    ...(s.event ? { event: s.event } : {}),
    attachments: s.lines.length,
    lines: s.lines.map(([type, code, no, issuer, date, fen, description]) => ({
      invoice_type: type,
      ...(code ? { invoice_code: code } : {}),
      invoice_no: no,
      issuer,
      date,
      amount: formatMoney(fen),
      ...(description ? { description } : {}),
    })),
    amount: formatMoney(amount),
    chain,
    ...(approvals.length ? { approvals } : {}),
    ...(rejection ? { rejection } : {}),
    ...(paid ? { paid } : {}),
    state,
    log,
  };
}

const ISSUERS = [
  '长沙市雨花区文汇办公用品店',
  '湖南星城五金机电有限公司',
  '长沙洁美清洁用品批发部',
  '长沙市天心区乐购超市',
  '湖南宏达泵业有限公司',
];
const CATS: readonly (readonly [ExpenseCategory, number])[] = [
  ['office', 4],
  ['repair-materials', 5],
  ['cleaning', 3],
  ['transport', 2],
  ['hospitality', 1],
  ['events', 1],
  ['training', 1],
  ['utilities', 2],
  ['other', 1],
];

/** The event a claim of this date pays for: the last one held by then, else the next (a purchase in advance). */
function eventFor(g: GenContext, date: string): string {
  const events = g.estate.events;
  const held = events.filter((e) => e.date <= date).at(-1) ?? events.find((e) => e.date > date);
  if (!held) throw new Error('the expense generator needs the events generated first (registry order)');
  return held.id;
}

function benchStories(g: GenContext, rng: Rng, claimants: StaffRecord[]): Story[] {
  const out: Story[] = [];
  let serial = 0;
  for (const period of g.estate.history.periods) {
    for (let k = 0; k < 15; k++) {
      const date = rng.date(`${period}-01`, `${period}-28`);
      if (date > g.opts.asOf) continue;
      const category = rng.weighted(CATS);
      const n = rng.int(1, 3);
      const lines: Inv[] = [];
      for (let i = 0; i < n; i++) {
        serial++;
        const fen = rng.weighted([
          [rng.int(10, 500) * 100, 6],
          [rng.int(50, 4000) * 100, 3],
          [rng.int(500, 20000) * 100, 1],
        ] as const);
        lines.push([
          'vat-ordinary',
          '043002' + period.slice(0, 4) + '11',
          String(10000000 + serial),
          rng.pick(ISSUERS),
          addDays(date, -rng.int(0, 20)),
          fen,
          undefined,
        ]);
      }
      const old = date < addDays(g.opts.asOf, -30);
      out.push({
        date,
        claimant: rng.pick(claimants.filter((st) => (st.active_from ?? '') <= date)).id,
        category,
        lines,
        purpose: category === 'hospitality' ? '接待来访' : '日常费用',
        ...(category === 'hospitality' ? { guests: '来访 3 人' } : {}),
        ...(category === 'events' ? { event: eventFor(g, date) } : {}),
        signed: old ? 3 : rng.int(0, 3),
        end: old ? (rng.chance(0.05) ? 'rejected' : 'paid') : rng.chance(0.5) ? 'paid' : undefined,
        reason: '单据不全',
      });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export const expenseGenerator: KindGenerator = {
  name: 'expense',
  run(g: GenContext) {
    const config = jsyaml.load(readFileSync(join(g.out.root, 'wuye.yaml'), 'utf8'), {
      schema: jsyaml.CORE_SCHEMA,
    }) as ConfigRecord;
    const c = cfg(config.expense);
    const active = g.estate.staff.filter((s) => !s.active_to);
    const on = (st: StaffRecord, day: string) =>
      (st.active_from ?? '') <= day && (!st.active_to || st.active_to >= day);
    const byRole = (role: string, not: string, day: string) =>
      active.find((st) => (st.roles as string[]).includes(role) && st.id !== not && on(st, day))?.id ?? active[0].id;
    const stories =
      g.opts.profile === 'demo'
        ? DEMO
        : benchStories(
            g,
            g.rng,
            active.filter(
              (s) => !(s.roles as string[]).includes('cs-manager') && !(s.roles as string[]).includes('finance'),
            ),
          );
    const seq = new Map<string, number>();
    for (const s of stories) {
      const y = s.date.slice(0, 4);
      const n = (seq.get(y) ?? 0) + 1;
      seq.set(y, n);
      const id = `${config.prefixes?.expense ?? 'BZ'}${y}-${String(n).padStart(4, '0')}`;
      g.out.record(relPath('expense', id), claimOf(s, id, c, byRole) as unknown as Record<string, unknown>);
    }
  },
};
