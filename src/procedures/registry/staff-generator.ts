// Staff of a generated estate (01-registry "staff"; records.md "Git": the name and
// e-mail author the commits): the demo center's twelve people with every role, and
// for a benchmark the rest of a 40-person center.  e.g. staffGenerator.run(g)
import { addDays } from '../../core/dates.js';
import type { StaffRecord } from '../../core/types.gen.js';
import type { KindGenerator } from '../../kit/generate/context.js';
import { chineseName, mobile } from '../../kit/generate/people.js';

const DOMAIN = 'jueshixiang-wy.com';

type Role = StaffRecord['roles'][number];
type Dept = StaffRecord['department'];

const DEMO: readonly [string, string, Dept, Role[], string, string?][] = [
  ['周建国', 'zhoujianguo', 'management', ['director'], '2016-03-01'],
  ['刘晓敏', 'liuxiaomin', 'customer-service', ['cs-manager'], '2016-05-09'],
  ['陈婷', 'chenting', 'customer-service', ['cs-assistant'], '2019-07-15'],
  ['王雪', 'wangxue', 'customer-service', ['cs-assistant'], '2022-02-21'],
  ['李娟', 'lijuan', 'finance', ['cashier'], '2017-04-10'],
  ['谭丽华', 'tanlihua', 'finance', ['storekeeper'], '2018-09-03'],
  ['黄海波', 'huanghaibo', 'engineering', ['engineer'], '2016-05-09'],
  ['邓志强', 'dengzhiqiang', 'engineering', ['engineer'], '2020-10-12'],
  ['彭军', 'pengjun', 'security', ['security'], '2017-08-01'],
  ['曾佳怡', 'zengjiayi', 'customer-service', ['cs-assistant'], '2019-03-01', '2025-06-30'],
  // the company's finance, who signs expense claims above the director's limit (manual 四.8)
  ['邹文静', 'zouwenjing', 'finance', ['finance'], '2018-03-01'],
  // the car park's night attendant (manual 四.10)
  ['罗建平', 'luojianping', 'security', ['security'], '2021-04-12'],
];

// The rest of a benchmark center: [role, department, how many].
const MORE: readonly [Role, Dept, number][] = [
  ['cs-assistant', 'customer-service', 5],
  ['cashier', 'finance', 2],
  ['storekeeper', 'finance', 1],
  ['engineer', 'engineering', 9],
  ['security', 'security', 11],
];

export const staffGenerator: KindGenerator = {
  name: 'staff',
  run(g) {
    const { rng, estate } = g;
    const id = (n: number) => `S${String(n).padStart(3, '0')}`;
    const used = new Set<string>();
    const add = (
      name: string,
      pinyin: string,
      department: Dept,
      roles: Role[],
      from: string,
      to?: string,
      phone?: string,
    ) => {
      let email = pinyin;
      let k = 2;
      while (used.has(email)) email = `${pinyin}${k++}`;
      used.add(email);
      estate.staff.push({
        kind: 'staff',
        id: id(estate.staff.length + 1),
        name,
        email: `${email}@${DOMAIN}`,
        phone: phone ?? mobile(rng),
        department,
        roles: roles as StaffRecord['roles'],
        active_from: from,
        ...(to ? { active_to: to } : {}),
      });
    };
    for (const [name, pinyin, dept, roles, from, to] of DEMO) add(name, pinyin, dept, roles, from, to);
    if (g.opts.profile === 'demo') return;
    for (const [role, dept, n] of MORE) {
      for (let i = 0; i < n; i++) {
        const gender =
          role === 'security' || role === 'engineer'
            ? rng.chance(0.9)
              ? 'male'
              : 'female'
            : rng.chance(0.75)
              ? 'female'
              : 'male';
        const p = chineseName(rng, gender);
        const from = rng.date('2016-03-01', addDays(g.opts.asOf, -60));
        // About one in ten left during the history window (their commits stay theirs).
        const earliest = addDays(from, 180) > estate.history.from ? addDays(from, 180) : estate.history.from;
        const left =
          rng.chance(0.1) && earliest < addDays(g.opts.asOf, -30)
            ? rng.date(earliest, addDays(g.opts.asOf, -30))
            : undefined;
        add(p.name, p.pinyin, dept, [role], from, left);
      }
    }
  },
};
