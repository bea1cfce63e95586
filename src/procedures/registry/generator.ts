// Units and people of a generated estate (01-registry "unit", "person"; 02-movein):
// owners (couples, company buyers), household residents, tenants with leases and
// the owner's written consent, cars and bought parking spaces, meter numbers,
// the management fee start from the move-in notice, and ownership transfers
// within the history window. Old buildings are mostly lived in; a building in its
// move-in has every flat sold (owners recorded), most still 'unsold' until handed over.
import { addDays } from '../../core/dates.js';
import type { PersonRecord, UnitRecord } from '../../core/types.gen.js';
import type { Estate, GenContext, KindGenerator } from '../../kit/generate/context.js';
import {
  companyName,
  creditCode,
  mobile,
  newPerson,
  plate,
  shopTrade,
  surnameOf,
  type GenPerson,
} from '../../kit/generate/people.js';
import { unitsOf, type PlannedUnit } from '../../kit/generate/plan.js';
import type { Rng } from '../../kit/generate/rng.js';

type State = UnitRecord['state'];

const UNIT_NOTES = [
  '业主常年在外地工作，联系人为其母亲',
  '一楼带入户花园，花园面积不计入建筑面积',
  '业主要求对账单发送电子版',
  '房屋在中介挂牌出售',
  '业主为服务中心义务监督员',
  '卫生间曾渗水，已于维修后验收',
  '业主家有行动不便的老人，紧急情况优先联系',
];

const RELATIVES: readonly (readonly [string, number, number, number])[] = [
  // relation, min age, max age, weight
  ['子女', 3, 26, 5],
  ['父亲', 58, 86, 1],
  ['母亲', 55, 84, 2],
  ['配偶', 28, 70, 3],
];

const dateBetween = (rng: Rng, a: string, b: string) => rng.date(a, b);

function yearsBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / (365.25 * 86400000);
}

class People {
  constructor(
    private estate: Estate,
    private rng: Rng,
    private asOf: string,
  ) {}

  private push(p: Omit<PersonRecord, 'kind' | 'id'>): string {
    const id = `P${String(this.estate.nextPerson++).padStart(6, '0')}`;
    this.estate.people.push({ kind: 'person', id, ...p });
    return id;
  }

  /** A private person; adults get a mobile, some an emergency contact. */
  person(
    minAge: number,
    maxAge: number,
    opts: { gender?: 'male' | 'female'; surname?: readonly [string, string]; notes?: string; foreign?: boolean } = {},
  ): { id: string; p: GenPerson } {
    const rng = this.rng;
    const p = newPerson(rng, { minAge, maxAge, asOf: this.asOf }, opts.gender, opts.surname);
    const adult = minAge >= 18;
    const rec: Omit<PersonRecord, 'kind' | 'id'> = { name: p.name, gender: p.gender };
    if (opts.foreign)
      rec.other_document = { type: 'hk-macau-permit', number: `${rng.pick(['H', 'M'])}${rng.digits(8)}` };
    else rec.national_id = p.national_id;
    if (adult) rec.phones = rng.chance(0.12) ? [p.mobile, mobile(rng)] : [p.mobile];
    if (adult && rng.chance(0.22)) {
      const c = newPerson(rng, { minAge: 25, maxAge: 60, asOf: this.asOf });
      rec.emergency_contact = {
        name: c.name,
        phone: c.mobile,
        relation: rng.pick(['子女', '兄弟', '姐妹', '朋友', '同事']),
      };
    }
    if (opts.notes) rec.notes = opts.notes;
    return { id: this.push(rec), p };
  }

  private companies = new Set<string>();

  company(notes?: string): string {
    const name = companyName(this.rng, this.companies);
    const contact = newPerson(this.rng, { minAge: 28, maxAge: 55, asOf: this.asOf });
    return this.push({
      name,
      company: { name, licence: creditCode(this.rng) },
      phones: [contact.mobile],
      notes: notes ?? `联系人：${contact.name}`,
    });
  }
}

function stateFor(rng: Rng, u: PlannedUnit, asOf: string): State {
  const age = yearsBetween(u.plan.handover, asOf);
  if (u.type === 'shop' || u.type === 'office')
    return rng.weighted([
      ['let', 50],
      ['occupied', 30],
      ['vacant', 15],
      ['renovating', 5],
    ] as const);
  if (age < 1)
    return rng.weighted([
      ['handed-over', 30],
      ['renovating', 25],
      ['occupied', 35],
      ['vacant', 10],
    ] as const);
  if (age < 2)
    return rng.weighted([
      ['occupied', 65],
      ['renovating', 8],
      ['let', 8],
      ['vacant', 12],
      ['handed-over', 7],
    ] as const);
  return rng.weighted([
    ['occupied', 73],
    ['let', 12],
    ['vacant', 10],
    ['renovating', 2],
    ['handed-over', 2],
    ['unsold', 1],
  ] as const);
}

function meters(rng: Rng): UnitRecord['meters'] {
  return { water: rng.digits(8), electricity: `4301${rng.digits(9)}`, gas: `XA${rng.digits(9)}` };
}

export const registryGenerator: KindGenerator = {
  name: 'registry',
  run(g: GenContext) {
    const { rng, estate, opts } = g;
    const asOf = opts.asOf;
    const people = new People(estate, rng, asOf);
    const staffOn = (date: string) =>
      estate.staff.filter(
        (s) =>
          s.roles.some((r) => r === 'cs-assistant' || r === 'cs-manager') &&
          (s.active_from ?? '') <= date &&
          (!s.active_to || s.active_to >= date),
      );
    const planned = unitsOf(estate.plans, rng.fork('plan'));
    const withCar: UnitRecord[] = [];
    // The demo registers fewer household members (~1.2 people a unit); a benchmark ~1.6 (quality.md: 8,000 for 5,000).
    const demo = opts.profile === 'demo';
    const P = { coOwner: demo ? 0.15 : 0.3, residents: demo ? 0.2 : 0.38, secondTenant: demo ? 0.15 : 0.3 };
    let movein = 0;

    for (const pu of planned.filter((x) => x.type !== 'parking')) {
      const u: UnitRecord = {
        kind: 'unit',
        id: pu.id,
        building: pu.building,
        entrance: pu.entrance,
        floor: pu.floor,
        room: pu.room,
        type: pu.type,
        area: pu.area,
        ...(pu.usable_area ? { usable_area: pu.usable_area } : {}),
        ...(pu.layout ? { layout: pu.layout } : {}),
        state: 'unsold',
      };
      const isMovein = pu.plan.phase === 'movein';
      const state: State = isMovein ? 'unsold' : stateFor(rng, pu, asOf);
      u.state = state;
      estate.units.push(u);
      if (state === 'unsold' && !isMovein) {
        u.notes = '开发企业保留房源，尚未出售';
        continue;
      }

      // Owners: on the move-in notice's date for the first buyers; a later buyer since the transfer.
      const since = isMovein ? addDays(pu.plan.handover, -rng.int(120, 600)) : pu.plan.handover;
      const shop = pu.type === 'shop' || pu.type === 'office';
      const owners: NonNullable<UnitRecord['owners']> = [];
      let main: GenPerson | undefined;
      const buyCompany = shop ? rng.chance(0.35) : isMovein ? movein % 25 === 5 : rng.chance(0.01);
      if (buyCompany) {
        owners.push({ person: people.company(shop ? undefined : `单位购房，作为员工宿舍；联系人见电话`), since });
      } else {
        const first = people.person(28, 72, { foreign: rng.chance(0.008) });
        main = first.p;
        owners.push({ person: first.id, since });
        if (!shop && rng.chance(P.coOwner)) {
          const age = Number(asOf.slice(0, 4)) - Number(main.birth.slice(0, 4));
          const spouse = people.person(Math.max(26, age - 5), Math.min(75, age + 5), {
            gender: main.gender === 'male' ? 'female' : 'male',
          });
          owners[0].share = 50;
          owners.push({ person: spouse.id, share: 50, since });
        }
      }
      u.owners = owners;

      // A resale within the history window: previous owners kept on the transfer record.
      if (!isMovein && !buyCompany && yearsBetween(pu.plan.handover, asOf) > 3 && rng.chance(0.05)) {
        const date = dateBetween(
          rng,
          estate.history.from > addDays(pu.plan.handover, 730) ? estate.history.from : addDays(pu.plan.handover, 730),
          addDays(asOf, -20),
        );
        const buyer = people.person(26, 60);
        main = buyer.p;
        const handlers = staffOn(date);
        u.transfers = [
          {
            date,
            from: owners.map((o) => o.person),
            to: [buyer.id],
            documents: ['不动产权证书（新）', '存量房买卖合同', '买卖双方身份证复印件', '物业费结清证明'],
            by: handlers.length ? rng.pick(handlers).id : 'S002',
          },
        ];
        u.owners = [{ person: buyer.id, since: date }];
      }

      if (isMovein) {
        // The move-in: the fee starts on the notice's date for most; the first ones are done.
        movein++;
        // The top two floors of the last entrance are the second batch: their notice is not out yet.
        const secondBatch =
          Number(pu.entrance) === pu.plan.entrances && pu.floor >= pu.plan.firstFloor + pu.plan.floors - 2;
        if (!secondBatch) u.fee_start = pu.plan.handover;
        if (u.fee_start && rng.chance(0.25)) u.state = 'handed-over';
        if (pu.type === 'residential') u.meters = meters(rng);
        continue;
      }
      u.fee_start = pu.plan.handover;
      if (pu.type === 'residential') u.meters = meters(rng);

      if (state === 'let') {
        const from = dateBetween(
          rng,
          addDays(asOf, -700) > pu.plan.handover ? addDays(asOf, -700) : pu.plan.handover,
          addDays(asOf, -10),
        );
        const years = rng.pick([1, 1, 2, 3]);
        let to = addDays(from, 365 * years - 1);
        while (to < asOf) to = addDays(to, 365);
        const tenant =
          shop && rng.chance(0.4)
            ? { id: people.company(`承租经营${shopTrade(rng)}`) }
            : people.person(22, 55, shop ? { notes: `承租经营${shopTrade(rng)}` } : {});
        u.tenants = [
          {
            person: tenant.id,
            from,
            to,
            consent: `业主书面同意出租（${addDays(from, -rng.int(3, 20))} 签署，原件存档）`,
          },
        ];
        if (!shop && rng.chance(P.secondTenant))
          u.tenants.push({ person: people.person(22, 50).id, from, to, consent: u.tenants[0].consent });
      }
      if (!shop && state === 'occupied' && main && rng.chance(P.residents)) {
        const n = rng.int(1, 2);
        const residents: NonNullable<UnitRecord['residents']> = [];
        for (let i = 0; i < n; i++) {
          const [relation, lo, hi] = rng.weighted(RELATIVES.map((r) => [r, r[3]] as const));
          if (relation === '配偶' && owners.length > 1) continue;
          const r = people.person(lo, hi, {
            gender:
              relation === '父亲'
                ? 'male'
                : relation === '母亲'
                  ? 'female'
                  : relation === '配偶'
                    ? main.gender === 'male'
                      ? 'female'
                      : 'male'
                    : undefined,
            surname: relation === '子女' || relation === '父亲' ? surnameOf(main.name) : undefined,
          });
          residents.push({ person: r.id, relation, since: u.fee_start });
        }
        if (residents.length) u.residents = residents;
      }
      if (!shop && (state === 'occupied' || state === 'let') && rng.chance(0.38)) {
        u.vehicles = [{ plate: plate(rng) }];
        withCar.push(u);
      }
      if (rng.chance(0.04)) u.notes = rng.pick(UNIT_NOTES);
    }

    // Parking spaces: most bought by car owners of the estate (the car's record names the space).
    let car = 0;
    // Shuffled (Fisher–Yates), so spaces are not all bought by the first building.
    const cars = withCar.slice();
    for (let i = cars.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [cars[i], cars[j]] = [cars[j], cars[i]];
    }
    for (const pu of planned.filter((x) => x.type === 'parking')) {
      const u: UnitRecord = {
        kind: 'unit',
        id: pu.id,
        building: pu.building,
        entrance: pu.entrance,
        floor: pu.floor,
        room: pu.room,
        type: 'parking',
        area: pu.area,
        state: 'unsold',
      };
      estate.units.push(u);
      if (car >= cars.length || !rng.chance(0.8)) {
        u.notes = '开发企业未售车位';
        continue;
      }
      const home = cars[car++];
      const owner = home.owners![0];
      const since =
        owner.since > pu.plan.handover
          ? owner.since
          : dateBetween(rng, pu.plan.handover, addDays(pu.plan.handover, 400));
      u.owners = [{ person: owner.person, since }];
      u.state = 'occupied';
      u.fee_start = since;
      home.vehicles![0].space = pu.id;
    }
  },
};
