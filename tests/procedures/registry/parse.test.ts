// The registry commands' parse alone (src/kit/line.ts: parse once, then run): every value typed on the
// line is checked and typed before any lock or read, a mistake is a UsageError (exit 2) naming its option.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { Line } from '../../../src/kit/line.js';
import type { CommandSpec, Opts } from '../../../src/kit/spec.js';
import { person, staff, unit } from '../../../src/procedures/registry/index.js';
import * as personAdd from '../../../src/procedures/registry/commands/person-add.js';
import * as personUpdate from '../../../src/procedures/registry/commands/person-update.js';
import * as staffUpdate from '../../../src/procedures/registry/commands/staff-update.js';
import * as unitAdd from '../../../src/procedures/registry/commands/unit-add.js';
import * as unitList from '../../../src/procedures/registry/commands/unit-list.js';
import * as unitTransfer from '../../../src/procedures/registry/commands/unit-transfer.js';
import * as unitUpdate from '../../../src/procedures/registry/commands/unit-update.js';
import { nationalId } from '../../helpers/cli.js';

const spec = (group: { commands: unknown[] }, name: string) =>
  (group.commands as CommandSpec[]).find((c) => c.name === name)!;
const line = (s: CommandSpec, args: string[], opts: Opts = {}) => new Line(s, args, opts);

/** The English text of the usage error a parse throws. */
function usage(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as UsageError).text.en;
  }
  throw new Error('no usage error');
}

describe('unit add / update', () => {
  const add = spec(unit, 'add');
  const update = spec(unit, 'update');

  it('types the fields: area in hundredths, floor a number, meters only when given', () => {
    const o = unitAdd.parse(
      line(add, ['1-2-0801'], { type: 'residential', area: '89.4', floor: '8', waterMeter: 'W1', gasMeter: '' }),
    );
    expect(o.id).toBe('1-2-0801');
    expect(o.fields).toMatchObject({ type: 'residential', area: '89.40', floor: 8, usable_area: undefined });
    expect(o.meters).toEqual({ water: 'W1' });
  });

  it('refuses a bad id, area, floor or date with the option named', () => {
    expect(usage(() => unitAdd.parse(line(add, ['../x'], { type: 'shop', area: '3' })))).toMatch(/^UNIT/);
    expect(usage(() => unitAdd.parse(line(add, ['1-1-0101'], { type: 'shop', area: '1e3' })))).toMatch(/--area/);
    expect(usage(() => unitUpdate.parse(line(update, ['1-1-0101'], { floor: '201' })))).toMatch(/--floor/);
    expect(usage(() => unitUpdate.parse(line(update, ['1-1-0101'], { feeStart: '2026-02-30' })))).toMatch(
      /--fee-start/,
    );
  });

  it('says there is nothing to change before anything is read', () => {
    expect(usage(() => unitUpdate.parse(line(update, ['1-2-0801'])))).toMatch(/nothing to change/);
    expect(unitUpdate.parse(line(update, ['1-2-0801'], { addVehicle: '京A12345' })).addVehicle).toEqual({
      plate: '京A12345',
      space: undefined,
    });
  });

  it('reads owners with shares, vehicles with spaces', () => {
    const o = unitUpdate.parse(line(update, ['1-2-0801'], { addOwner: 'P000001:50', addVehicle: '京A12345:B-017' }));
    expect(o.addOwner).toEqual({ person: 'P000001', share: 50 });
    expect(o.addVehicle).toEqual({ plate: '京A12345', space: 'B-017' });
    expect(unitUpdate.parse(line(update, ['1-2-0801'], { addOwner: 'P000001' })).addOwner).toEqual({
      person: 'P000001',
    });
  });

  it('refuses a bad person id, share or lease', () => {
    expect(usage(() => unitUpdate.parse(line(update, ['1-2-0801'], { addOwner: '../P1' })))).toMatch(/--add-owner/);
    expect(usage(() => unitUpdate.parse(line(update, ['1-2-0801'], { addOwner: 'P000001:abc' })))).toMatch(
      /share of 1–100/,
    );
  });

  it('sends residents and tenants to the moving procedure, naming the command (issue 10)', () => {
    const hint = (opts: Opts) => {
      try {
        unitUpdate.parse(line(update, ['1-2-0801'], opts));
      } catch (e) {
        expect(e).toBeInstanceOf(UsageError);
        return `${(e as UsageError).text.en} | ${(e as UsageError).hint?.en}`;
      }
      throw new Error('no usage error');
    };
    expect(hint({ addTenant: 'P000002:2026-12-01' })).toMatch(
      /does not take --add-tenant \| use: wuye moving tenancy start 1-2-0801 --tenant P000002 --from/,
    );
    expect(hint({ tenantConsent: '同意书' })).toMatch(/--tenant-consent .*wuye moving tenancy start/);
    expect(hint({ removeTenant: 'P000002' })).toMatch(/use: wuye moving tenancy end 1-2-0801 --tenant P000002$/);
    expect(hint({ addResident: 'P000003:配偶', notes: 'x' })).toMatch(
      /--add-resident \| use: wuye moving residents add 1-2-0801 --person P000003 --relation/,
    );
    expect(hint({ removeResident: '../x' })).toMatch(/use: wuye moving residents remove 1-2-0801 --person P……$/);
  });
});

describe('unit list / transfer', () => {
  it('checks the building before it becomes a folder name', () => {
    expect(unitList.parse(line(spec(unit, 'list'), [], { building: 'S1' })).building).toBe('S1');
    expect(usage(() => unitList.parse(line(spec(unit, 'list'), [], { building: '../x' })))).toMatch(/--building/);
  });

  it('takes new owners as words or a comma list, and needs documents', () => {
    const s = spec(unit, 'transfer');
    const o = unitTransfer.parse(
      line(s, ['1-2-0801'], { to: ['P000200,P000201', ' P000202'], documents: '不动产权证，身份证' }),
    );
    expect(o.to).toEqual(['P000200', 'P000201', 'P000202']);
    expect(o.documents).toEqual(['不动产权证', '身份证']);
    expect(o.date).toBeUndefined();
    expect(usage(() => unitTransfer.parse(line(s, ['1-2-0801'], { to: [','], documents: 'x' })))).toMatch(/--to/);
    expect(usage(() => unitTransfer.parse(line(s, ['1-2-0801'], { to: ['P1/2'], documents: 'x' })))).toMatch(/--to/);
    expect(usage(() => unitTransfer.parse(line(s, ['1-2-0801'], { to: ['P000200'], documents: ' , ' })))).toMatch(
      /--documents/,
    );
  });
});

describe('person add / update', () => {
  const NID = nationalId('11010119900307123');

  it('checks the national id, mobiles and the name:phone pairs', () => {
    const o = personAdd.parse(
      line(spec(person, 'add'), [], {
        name: ' 张三 ',
        nationalId: NID.toLowerCase(),
        phone: ['138 0013 8000', '13900139000,13700137000'],
        emergency: '李四:137 0013 7000:配偶',
        document: 'passport:E12345678',
      }),
    );
    expect(o.fields).toEqual({
      name: '张三',
      national_id: NID,
      phones: ['13800138000', '13900139000', '13700137000'],
      emergency_contact: { name: '李四', phone: '13700137000', relation: '配偶' },
      other_document: { type: 'passport', number: 'E12345678' },
    });
    const add = spec(person, 'add');
    expect(usage(() => personAdd.parse(line(add, [], { name: 'x', phone: ['1380013800'] })))).toMatch(/--phone/);
    expect(usage(() => personAdd.parse(line(add, [], { name: 'x', document: 'visa:1' })))).toMatch(/--document/);
    expect(usage(() => personAdd.parse(line(add, [], { name: 'x', company: '某公司:123' })))).toMatch(/--company/);
  });

  it('says there is nothing to change', () => {
    expect(usage(() => personUpdate.parse(line(spec(person, 'update'), ['P000001'])))).toMatch(/nothing to change/);
  });
});

describe('staff update', () => {
  const s = spec(staff, 'update');
  it('takes known roles only, once each', () => {
    expect(staffUpdate.parse(line(s, ['S002'], { roles: 'cashier，cs-assistant,cashier' })).fields.roles).toEqual([
      'cashier',
      'cs-assistant',
    ]);
    expect(usage(() => staffUpdate.parse(line(s, ['S002'], { roles: 'cashier,boss' })))).toMatch(/boss/);
    expect(usage(() => staffUpdate.parse(line(s, ['S002'], { roles: ' , ' })))).toMatch(/unknown role/);
    expect(usage(() => staffUpdate.parse(line(s, ['S002'], { email: 'no-at-sign' })))).toMatch(/--email/);
    expect(usage(() => staffUpdate.parse(line(s, ['S002'])))).toMatch(/nothing to change/);
  });
});
