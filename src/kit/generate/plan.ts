// The physical estate of a generation (records.md "Ids", 01-registry): buildings,
// entrances, floors and the unit ids 栋-单元-室 (1-2-0801), shops S1-1-105 and
// parking spaces P1-1-001, with the layout and area of each stack of flats —
// the same on every floor, as in a real building.  e.g. benchPlan(5000, rng)
import type { Rng } from './rng.js';

export type UnitType = 'residential' | 'shop' | 'office' | 'parking' | 'storage';

/** A building's story: handed over long ago, or in its move-in now. */
export type Phase = 'old' | 'movein';

export interface BuildingPlan {
  code: string;
  type: UnitType;
  phase: Phase;
  entrances: number;
  floors: number;
  perFloor: number;
  firstFloor: number;
  /** The date on the move-in notice: the management fee starts here (四.2 4.5). */
  handover: string;
  /** How many of its units exist (a partial last building in a benchmark). */
  limit?: number;
}

export interface PlannedUnit {
  id: string;
  building: string;
  entrance: string;
  floor: number;
  room: string;
  type: UnitType;
  area: string;
  usable_area?: string;
  layout?: string;
  plan: BuildingPlan;
}

const LAYOUTS: readonly (readonly [string, number, number, number])[] = [
  // layout, min area, max area, weight
  ['一室一厅', 46, 58, 1],
  ['两室一厅', 72, 86, 3],
  ['两室两厅', 86, 96, 3],
  ['三室两厅', 108, 138, 5],
  ['四室两厅', 142, 168, 1],
];

const two = (n: number) => String(n).padStart(2, '0');
const area = (n: number) => n.toFixed(2);

/** The units of the buildings, in id order, each stack with its own layout and area. */
export function unitsOf(plans: BuildingPlan[], rng: Rng): PlannedUnit[] {
  const out: PlannedUnit[] = [];
  for (const b of plans) {
    const before = out.length;
    const push = (u: Omit<PlannedUnit, 'plan' | 'building' | 'type'>) => {
      if (b.limit === undefined || out.length - before < b.limit)
        out.push({ ...u, building: b.code, type: b.type, plan: b });
    };
    if (b.type === 'residential') {
      // One layout per stack (entrance × room number), the same on every floor.
      const stacks = new Map<string, { layout: string; gross: number }>();
      for (let e = 1; e <= b.entrances; e++) {
        for (let r = 1; r <= b.perFloor; r++) {
          const [layout, lo, hi] = rng.weighted(LAYOUTS.map((l) => [l, l[3]] as const));
          stacks.set(`${e}-${r}`, { layout, gross: lo + rng.int(0, (hi - lo) * 100) / 100 });
        }
      }
      for (let e = 1; e <= b.entrances; e++) {
        for (let f = b.firstFloor; f < b.firstFloor + b.floors; f++) {
          for (let r = 1; r <= b.perFloor; r++) {
            const s = stacks.get(`${e}-${r}`)!;
            push({
              id: `${b.code}-${e}-${two(f)}${two(r)}`,
              entrance: String(e),
              floor: f,
              room: `${two(f)}${two(r)}`,
              area: area(s.gross),
              usable_area: area(Math.round(s.gross * 78.5) / 100),
              layout: s.layout,
            });
          }
        }
      }
    } else if (b.type === 'shop' || b.type === 'office') {
      for (let e = 1; e <= b.entrances; e++) {
        for (let f = b.firstFloor; f < b.firstFloor + b.floors; f++) {
          for (let r = 1; r <= b.perFloor; r++) {
            const gross = rng.int(3600, 16000) / 100;
            push({
              id: `${b.code}-${e}-${f}${two(r)}`,
              entrance: String(e),
              floor: f,
              room: `${f}${two(r)}`,
              area: area(gross),
              usable_area: area(Math.round(gross * 85) / 100),
            });
          }
        }
      }
    } else {
      // Parking: one "entrance" per zone of the garage, spaces numbered 001.. on floor -1.
      for (let e = 1; e <= b.entrances; e++) {
        for (let r = 1; r <= b.perFloor; r++) {
          push({
            id: `${b.code}-${e}-${String(r).padStart(3, '0')}`,
            entrance: String(e),
            floor: b.firstFloor,
            room: String(r).padStart(3, '0'),
            area: rng.chance(0.15) ? '15.00' : '12.50',
          });
        }
      }
    }
  }
  return out;
}

/** The demo estate: two old residential buildings, a new one in its move-in, shops and a garage. */
export function demoPlan(): BuildingPlan[] {
  return [
    {
      code: '1',
      type: 'residential',
      phase: 'old',
      entrances: 2,
      floors: 8,
      perFloor: 2,
      firstFloor: 1,
      handover: '2017-06-18',
    },
    {
      code: '2',
      type: 'residential',
      phase: 'old',
      entrances: 2,
      floors: 8,
      perFloor: 2,
      firstFloor: 1,
      handover: '2018-05-20',
    },
    {
      code: '3',
      type: 'residential',
      phase: 'movein',
      entrances: 2,
      floors: 8,
      perFloor: 2,
      firstFloor: 1,
      handover: '2026-11-16',
    },
    {
      code: 'S1',
      type: 'shop',
      phase: 'old',
      entrances: 1,
      floors: 1,
      perFloor: 6,
      firstFloor: 1,
      handover: '2017-06-18',
    },
    {
      code: 'P1',
      type: 'parking',
      phase: 'old',
      entrances: 1,
      floors: 1,
      perFloor: 10,
      firstFloor: -1,
      handover: '2018-05-20',
    },
  ];
}

/**
 * A benchmark estate of about n units: 85 % flats in 18-storey buildings of three
 * entrances, 3 % shops, the rest parking. Buildings were handed over in phases
 * from 2016; the last residential building is in its move-in as of `asOf`.
 */
export function benchPlan(n: number, asOf: string): BuildingPlan[] {
  const nShop = Math.max(1, Math.round(n * 0.03));
  const nPark = Math.max(1, Math.round(n * 0.12));
  const nRes = Math.max(1, n - nShop - nPark);
  const perBuilding = 3 * 18 * 2;
  const buildings = Math.ceil(nRes / perBuilding);
  const plans: BuildingPlan[] = [];
  const year0 = 2016;
  const lastYear = Number(asOf.slice(0, 4)) - 1;
  for (let i = 0; i < buildings; i++) {
    const movein = i === buildings - 1 && buildings > 1;
    // Spread the handovers from 2016 to last year, building by building; month and day vary.
    const y = buildings <= 2 ? year0 : year0 + Math.floor((i * (lastYear - year0 + 1)) / Math.max(1, buildings - 1));
    const handover = movein
      ? `${asOf.slice(0, 8)}16`
      : `${Math.min(y, lastYear)}-${two(3 + (i % 8))}-${two(10 + (i % 15))}`;
    const left = nRes - i * perBuilding;
    plans.push({
      code: String(i + 1),
      type: 'residential',
      phase: movein ? 'movein' : 'old',
      entrances: 3,
      floors: 18,
      perFloor: 2,
      firstFloor: 1,
      handover,
      limit: Math.min(perBuilding, left),
    });
  }
  for (let s = 0; s * 60 < nShop; s++) {
    plans.push({
      code: `S${s + 1}`,
      type: 'shop',
      phase: 'old',
      entrances: 1,
      floors: 2,
      perFloor: 30,
      firstFloor: 1,
      handover: `${year0}-06-18`,
      limit: Math.min(60, nShop - s * 60),
    });
  }
  for (let p = 0; p * 600 < nPark; p++) {
    plans.push({
      code: `P${p + 1}`,
      type: 'parking',
      phase: 'old',
      entrances: 3,
      floors: 1,
      perFloor: 200,
      firstFloor: -1,
      handover: `${year0 + 1}-05-20`,
      limit: Math.min(600, nPark - p * 600),
    });
  }
  return plans;
}
