// The unit fields that `unit add` and `unit update` take from options (spec 01 "Records": unit), read and
// checked once by those commands' parse; undefined = not given.
// e.g. wuye unit update 1-2-0801 --area 89.37 --floor 8 --water-meter W0801
//      → fields { area: '89.37', floor: 8, … }, meters { water: 'W0801' }
import type { Line } from '../../kit/line.js';
import type { UnitRecord } from '../../core/types.gen.js';

export type UnitFields = Pick<
  Partial<UnitRecord>,
  'type' | 'area' | 'usable_area' | 'floor' | 'layout' | 'state' | 'fee_start' | 'notes'
>;
export type Meters = NonNullable<UnitRecord['meters']>;

/** Top-level fields set by options (undefined = not given). */
export function unitFields(l: Line): UnitFields {
  return {
    type: l.choice<UnitRecord['type']>('type'),
    area: l.area('area'),
    usable_area: l.area('usableArea'),
    floor: l.int('floor', -5, 200),
    layout: l.text('layout'),
    state: l.choice<UnitRecord['state']>('state'),
    fee_start: l.date('feeStart'),
    notes: l.text('notes'),
  };
}

/** Meter numbers set by options (only those given, and not empty). */
export function unitMeters(l: Line): Meters {
  const m: Meters = {};
  const water = l.text('waterMeter');
  const electricity = l.text('electricityMeter');
  const gas = l.text('gasMeter');
  if (water) m.water = water;
  if (electricity) m.electricity = electricity;
  if (gas) m.gas = gas;
  return m;
}
