// The move-in commands' parse functions alone (src/kit/line.ts): what a command line says, checked
// and typed before any record is read — the usage rules of inspect, rectify, notice, packet, plan,
// checkin and report, each mistake one clear error naming its option.
import { describe, expect, it } from 'vitest';
import { RuleError, UsageError } from '../../../src/core/errors.js';
import { Line } from '../../../src/kit/line.js';
import type { Opts } from '../../../src/kit/spec.js';
import { movein } from '../../../src/procedures/movein/index.js';
import * as checkin from '../../../src/procedures/movein/commands/checkin.js';
import * as complete from '../../../src/procedures/movein/commands/complete.js';
import * as inspect from '../../../src/procedures/movein/commands/inspect.js';
import * as notice from '../../../src/procedures/movein/commands/notice.js';
import * as packet from '../../../src/procedures/movein/commands/packet.js';
import * as plan from '../../../src/procedures/movein/commands/plan.js';
import * as rectify from '../../../src/procedures/movein/commands/rectify.js';
import * as reinspect from '../../../src/procedures/movein/commands/reinspect.js';
import * as report from '../../../src/procedures/movein/commands/report.js';

const line = (name: string, args: string[], opts: Opts = {}) =>
  new Line(
    movein.commands.find((c) => c.name === name)!,
    args,
    opts,
  );
const usage = (f: () => unknown, re: RegExp) => {
  expect(f).toThrow(UsageError);
  expect(f).toThrow(re);
};

describe('inspect', () => {
  it('types the defects, readings and result', () => {
    const o = inspect.parse(
      line('inspect', ['3-1-0101'], {
        result: 'signed',
        water: ' 3.2 ',
        gas: '0.8',
        defect: ['主卧:墙面裂缝:wall', ' 卫生间:地漏堵塞 '],
        inspector: 'S007',
      }),
    );
    expect(o).toMatchObject({ id: '3-1-0101', result: 'signed', readings: { water: '3.2', gas: '0.8' } });
    expect(Object.keys(o.readings)).toEqual(['water', 'gas']);
    expect(o.inspector).toBe('S007');
    expect(o.found).toEqual([
      { location: '主卧', description: '墙面裂缝', category: 'wall' },
      { location: '卫生间', description: '地漏堵塞', category: 'other' },
    ]);
  });
  it('refuses a bad defect, an unknown category, a bad reading, and a refusal without reasons', () => {
    usage(
      () => inspect.parse(line('inspect', ['3-1-0101'], { result: 'signed', defect: ['无冒号'] })),
      /location:description/,
    );
    usage(
      () => inspect.parse(line('inspect', ['3-1-0101'], { result: 'signed', defect: ['厨房:漏水:roof'] })),
      /unknown --defect category: "roof"/,
    );
    usage(
      () => inspect.parse(line('inspect', ['3-1-0101'], { result: 'signed', water: '1.23456' })),
      /invalid reading for --water/,
    );
    const refused = () => inspect.parse(line('inspect', ['3-1-0101'], { result: 'refused' }));
    expect(refused).toThrow(RuleError);
    expect(refused).toThrow(/a refusal needs its reasons/);
  });
});

describe('rectify', () => {
  it('needs something to record, and a deadline goes with the defects it moves', () => {
    usage(() => rectify.parse(line('rectify', ['3-1-0101'])), /nothing to record/);
    usage(() => rectify.parse(line('rectify', ['3-1-0101'], { defect: '2' })), /--defect needs --deadline/);
    usage(
      () => rectify.parse(line('rectify', ['3-1-0101'], { done: '1', deadline: '2026-12-20' })),
      /--deadline needs --defect/,
    );
    usage(() => rectify.parse(line('rectify', ['3-1-0101'], { done: '1,x' })), /--done takes numbers/);
    expect(
      rectify.parse(line('rectify', ['3-1-0101'], { done: '1, 3', defect: '2', deadline: '2026-12-20' })),
    ).toMatchObject({ done: [1, 3], moved: [2], deadline: '2026-12-20' });
  });
});

describe('notice', () => {
  it('takes unit ids or a building, and a mail number for one unit only', () => {
    usage(() => notice.parse(line('notice', [])), /give unit ids or --building/);
    usage(() => notice.parse(line('notice', ['3-1-0101'], { building: '3' })), /not both/);
    usage(
      () => notice.parse(line('notice', [], { building: '3', mail: 'XA123456789CN' })),
      /--mail is for one unit at a time/,
    );
    usage(() => notice.parse(line('notice', ['3-1-0101'], { mail: 'X1' })), /invalid --mail number/);
    usage(() => notice.parse(line('notice', ['../x'])), /UNIT is not a valid/);
    expect(notice.parse(line('notice', ['3-1-0101', '3-1-0102'], { sentOn: '2026-11-20' }))).toMatchObject({
      units: ['3-1-0101', '3-1-0102'],
      sentOn: '2026-11-20',
    });
  });
});

describe('packet', () => {
  it('takes exactly one of a unit, --building or --all', () => {
    usage(() => packet.parse(line('packet', [], { out: 'o' })), /give one unit, --building or --all/);
    usage(() => packet.parse(line('packet', ['3-1-0101'], { out: 'o', all: true })), /give one unit/);
    expect(packet.parse(line('packet', [], { building: 'S1', out: 'o', merge: true }))).toEqual({
      unit: undefined,
      building: 'S1',
      out: 'o',
      merge: true,
    });
  });
});

describe('plan, checkin, complete, reinspect, report', () => {
  it('checks the slots, the document codes, person and staff ids, and the report name', () => {
    const p = { building: '3', from: '2026-12-05', perDay: '4' };
    usage(() => plan.parse(line('plan', [], { ...p, slots: '09:00,25:00' })), /invalid time\(s\) in --slots: 25:00/);
    expect(plan.parse(line('plan', [], { ...p, slots: '09:00, 14:00' })).times).toEqual(['09:00', '14:00']);
    expect(plan.parse(line('plan', [], p)).times).toBeUndefined(); // wuye.yaml's, when run
    usage(() => plan.parse(line('plan', [], { ...p, perDay: '0' })), /--per-day/);
    usage(() => checkin.parse(line('checkin', ['3-1-0101'], { documents: 'owner-id,passport' })), /passport/);
    usage(
      () => checkin.parse(line('checkin', ['3-1-0101'], { documents: 'owner-id', household: 'P1/2' })),
      /--household/,
    );
    expect(checkin.parse(line('checkin', ['3-1-0101'], { documents: 'owner-id,owner-id,photos' })).documents).toEqual([
      'owner-id',
      'photos',
    ]);
    expect(complete.parse(line('complete', ['3-1-0101'])).handed).toHaveLength(7);
    usage(() => reinspect.parse(line('reinspect', ['3-1-0101'], { manager: '../S1' })), /--manager/);
    usage(() => report.parse(line('report', ['nonsense'])), /no report nonsense/);
  });
});
