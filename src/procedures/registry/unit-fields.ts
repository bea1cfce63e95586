// The unit fields that `unit add` and `unit update` take from options, checked once.
import { optArea, optDate, optInt, str } from '../../kit/options.js';
import type { Opts } from '../../kit/spec.js';
import type { UnitRecord } from '../../core/types.gen.js';

/** Top-level fields set by options (undefined = not given). */
export function unitFieldsFromOpts(opts: Opts): Partial<UnitRecord> {
  return {
    type: str(opts, 'type') as UnitRecord['type'] | undefined,
    area: optArea(opts, 'area', '--area'),
    usable_area: optArea(opts, 'usableArea', '--usable-area'),
    floor: optInt(opts, 'floor', '--floor', -5, 200),
    layout: str(opts, 'layout'),
    state: str(opts, 'state') as UnitRecord['state'] | undefined,
    fee_start: optDate(opts, 'feeStart', '--fee-start'),
    notes: str(opts, 'notes'),
  };
}

export function metersFromOpts(opts: Opts): NonNullable<UnitRecord['meters']> {
  const m: NonNullable<UnitRecord['meters']> = {};
  if (str(opts, 'waterMeter')) m.water = str(opts, 'waterMeter');
  if (str(opts, 'electricityMeter')) m.electricity = str(opts, 'electricityMeter');
  if (str(opts, 'gasMeter')) m.gas = str(opts, 'gasMeter');
  return m;
}
