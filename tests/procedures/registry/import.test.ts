// The pure parts of `wuye unit import`: cell values, header mapping, row checks
// and the plan (dedup, co-owners, conflicts with registered records).
import { describe, expect, it } from 'vitest';
import {
  area,
  date,
  nationalId,
  phones,
  text,
  unitType,
  idPart,
} from '../../../src/procedures/registry/import/cells.js';
import { colLetter, mapHeaders, normalize } from '../../../src/procedures/registry/import/fields.js';
import { checkRow } from '../../../src/procedures/registry/import/rows.js';
import { planImport, type Existing } from '../../../src/procedures/registry/import/plan.js';
import { checkSheet } from '../../../src/procedures/registry/import/check.js';
import { decodeCsv, parseCsv } from '../../../src/kit/sheet/read-csv.js';
import { maskNationalId, maskPhone } from '../../../src/core/personal.js';
import type { UnitRecord } from '../../../src/core/types.gen.js';
import { t } from '../../../src/core/i18n.js';
import { nationalId as nid } from '../../helpers/cli.js';
import iconv from 'iconv-lite';

const NID = nid('11010119900307123');
const NID_X = nid('11010519491231002'); // ends in X
const en = (g: { ok: boolean; reason?: { en: string } }) => (g.ok ? '' : g.reason!.en);

describe('cells', () => {
  it('areas: numbers and text, two decimals', () => {
    expect(area(89.4)).toEqual({ ok: true, value: '89.40' });
    expect(area('89.37')).toEqual({ ok: true, value: '89.37' });
    expect(area(' 89.37㎡ ')).toEqual({ ok: true, value: '89.37' });
    expect(area(120)).toEqual({ ok: true, value: '120.00' });
    expect(area({ formula: 'B2+1', result: 90.1 })).toEqual({ ok: true, value: '90.10' });
    expect(en(area(89.375))).toMatch(/more than two decimals/);
    expect(en(area('abc'))).toMatch(/invalid area/);
    expect(en(area(0))).toMatch(/positive/);
    expect(en(area({ formula: 'B2*2' }))).toMatch(/formula =B2\*2 has no saved result/);
  });

  it('dates: Excel date cells, serials, text in several forms', () => {
    expect(date(new Date(Date.UTC(2023, 2, 15)))).toEqual({ ok: true, value: '2023-03-15' });
    expect(date(45000)).toEqual({ ok: true, value: '2023-03-15' });
    expect(date('45000')).toEqual({ ok: true, value: '2023-03-15' });
    expect(date('2023/3/15')).toEqual({ ok: true, value: '2023-03-15' });
    expect(date('2023年3月15日')).toEqual({ ok: true, value: '2023-03-15' });
    expect(date('2023.03.15')).toEqual({ ok: true, value: '2023-03-15' });
    expect(date('20230315')).toEqual({ ok: true, value: '2023-03-15' });
    expect(en(date('2023-02-30'))).toMatch(/invalid date/);
  });

  it('national ids: text only, lowercase x accepted, numbers refused', () => {
    expect(nationalId(NID, maskNationalId)).toEqual({ ok: true, value: NID });
    expect(NID_X.endsWith('X')).toBe(true);
    expect(nationalId(NID_X.toLowerCase(), maskNationalId)).toEqual({ ok: true, value: NID_X });
    expect(en(nationalId(Number(NID), maskNationalId))).toMatch(/store id numbers as text/);
    expect(en(nationalId('1.10101E+17', maskNationalId))).toMatch(/store id numbers as text/);
    const wrong = NID.slice(0, 17) + (NID[17] === '1' ? '2' : '1');
    expect(en(nationalId(wrong, maskNationalId))).toMatch(/check character is wrong \(110101\*{8}\d{3}[0-9X]\)/);
    expect(en(nationalId('11010119900307', maskNationalId))).toMatch(/has 14/);
  });

  it('mobiles: number cells become text, several split, +86 dropped, masked in messages', () => {
    expect(phones(13800138000, maskPhone)).toEqual({ ok: true, value: ['13800138000'] });
    expect(phones('138 0013 8000/+8613912345678', maskPhone)).toEqual({
      ok: true,
      value: ['13800138000', '13912345678'],
    });
    expect(en(phones('1380013800', maskPhone))).toBe(
      'invalid mobile number (******3800): a mobile number has 11 digits and starts with 1',
    );
    expect(en(phones('1.38001E+10', maskPhone))).toMatch(/scientific notation/);
  });

  it('types, id parts and text', () => {
    expect(unitType('商铺')).toEqual({ ok: true, value: 'shop' });
    expect(unitType('车位')).toEqual({ ok: true, value: 'parking' });
    expect(unitType('储藏室')).toEqual({ ok: true, value: 'storage' });
    expect(en(unitType('城堡'))).toMatch(/unknown type "城堡"/);
    expect(idPart('1栋', 6)).toEqual({ ok: true, value: '1' });
    expect(idPart('3号楼', 6)).toEqual({ ok: true, value: '3' });
    expect(idPart('2单元', 4)).toEqual({ ok: true, value: '2' });
    expect(idPart(801, 6)).toEqual({ ok: true, value: '801' });
    expect(text({ richText: [{ text: '三室' }, { text: '两厅' }] })).toEqual({ ok: true, value: '三室两厅' });
  });
});

describe('headers', () => {
  it('Chinese variants, units in brackets, English', () => {
    expect(normalize('建筑面积（㎡）')).toBe('建筑面积');
    expect(normalize(' *Unit ID ')).toBe('unitid');
    const m = mapHeaders([
      '序号',
      '栋号',
      '单元',
      '房间号',
      '物业类型',
      '面积(平方米)',
      '购房人',
      '证件号码',
      '联系电话',
      'Notes',
    ]);
    expect(m.problems).toEqual([]);
    expect(Object.fromEntries(m.cols)).toEqual({
      building: 1,
      entrance: 2,
      room: 3,
      type: 4,
      area: 5,
      name: 6,
      national_id: 7,
      phone: 8,
      notes: 9,
    });
  });

  it('a misspelled header suggests the closest known one; a repeated one is refused', () => {
    const m = mapHeaders(['房号', '建筑面枳', '姓名', '业主姓名']);
    expect(m.problems.map((p) => [colLetter(p.col), p.message.zh])).toEqual([
      ['D', '列标题 "业主姓名" 与第 C 列重复（都是业主姓名）'],
      ['B', '未知的列标题 "建筑面枳"，是否应为 "建筑面积"？'],
    ]);
  });

  it('an unrelated short header gets no suggestion: skipped, or refused with --strict (issue 11 item 19)', () => {
    const m = mapHeaders(['房号', '建筑面积', '总价']);
    expect(m.problems).toEqual([]);
    expect(m.unknown).toEqual([{ col: 2, text: '总价' }]);
    expect(mapHeaders(['房号', '建筑面积', '总价'], { strict: true }).problems.map((p) => p.message.en)).toEqual([
      expect.stringMatching(
        /^unknown header "总价" \(known: .*; --map 总价=FIELD to import it, or --map 总价=ignore\)$/,
      ),
    ]);
    expect(mapHeaders(['房号', '建筑面积', '身分证号']).problems.map((p) => p.message.en)).toEqual([
      'unknown header "身分证号"; did you mean "身份证号"?',
    ]);
  });

  it('column letters as in Excel', () => {
    expect([0, 25, 26, 27, 701].map(colLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ']);
  });
});

describe('rows and plan', () => {
  const cols = mapHeaders(['楼栋', '单元', '房号', '类型', '建筑面积', '业主姓名', '身份证号', '手机']).cols;
  const row = (n: number, cells: unknown[]) => checkRow(n, cells as never[], cols);

  it('composes 楼栋-单元-房号 and takes the floor from the room', () => {
    const r = row(2, ['1栋', '2单元', '0801', '住宅', '89.37', '张三', NID, 13800138000]);
    expect(r.problems).toEqual([]);
    expect(r.checked).toMatchObject({
      row: 2,
      unitId: '1-2-0801',
      unit: { building: '1', entrance: '2', room: '0801', floor: 8, type: 'residential', area: '89.37' },
      buyer: { key: `N:${NID}`, name: '张三', phones: ['13800138000'] },
    });
  });

  it('reports every bad cell of a row with its column', () => {
    const r = row(5, ['1', '1', '0101', '城堡', 'x', '李四', Number(NID), '123']);
    expect(r.checked).toBeUndefined();
    expect(r.problems.map((p) => `${p.row}:${colLetter(p.col!)}`)).toEqual(['5:D', '5:E', '5:G', '5:H']);
  });

  const none: Existing = { unit: () => undefined, people: new Map(), nextPerson: 1 };
  const ok = (n: number, cells: unknown[]) => row(n, cells).checked!;

  it('one person per national id; several units each; co-owners of one unit', () => {
    const rows = [
      ok(2, ['1', '1', '0101', '住宅', 89.37, '张三', NID, '']),
      ok(3, ['1', '1', '0102', '住宅', 89.37, '张三', NID.toLowerCase(), '13800138000']),
      ok(4, ['1', '1', '0102', '住宅', 89.37, '李四', NID_X, '']),
    ];
    const p = planImport(rows, none, '2026-11-28', cols);
    expect(p.problems).toEqual([]);
    expect(p.people.map((x) => [x.id, x.name, x.phones])).toEqual([
      ['P000001', '张三', ['13800138000']],
      ['P000002', '李四', undefined],
    ]);
    expect(p.units.map((u) => [u.id, u.state, u.owners?.map((o) => o.person)])).toEqual([
      ['1-1-0101', 'vacant', ['P000001']],
      ['1-1-0102', 'vacant', ['P000001', 'P000002']],
    ]);
  });

  it('duplicates, conflicting units and a person with two names are problems', () => {
    const rows = [
      ok(2, ['1', '1', '0101', '住宅', 89.37, '张三', NID, '']),
      ok(3, ['1', '1', '0101', '住宅', 89.37, '张三', NID, '']),
      ok(4, ['1', '1', '0101', '住宅', 90, '张三', NID, '']),
      ok(5, ['1', '1', '0201', '住宅', 89.37, '张叁', NID, '']),
    ];
    const p = planImport(rows, none, '2026-11-28', cols);
    expect(p.problems.map((x) => [x.row, x.col === undefined ? '' : colLetter(x.col), x.message.zh])).toEqual([
      [3, 'C', '与第 2 行重复'],
      [4, 'E', '房屋 1-1-0101 已在第 2 行出现，但建筑面积不同'],
      [5, 'F', '110101********' + NID.slice(-4) + ' 在第 2 行的姓名是 "张三"，这里是 "张叁"'],
    ]);
  });

  it('registered people are reused; registered units skipped when identical, refused when not', () => {
    const unit: UnitRecord = {
      kind: 'unit',
      id: '1-1-0101',
      building: '1',
      entrance: '1',
      floor: 1,
      room: '0101',
      type: 'residential',
      area: '89.37',
      state: 'occupied',
      owners: [{ person: 'P000007', since: '2020-01-01' }],
    };
    const existing: Existing = {
      unit: (id) => (id === unit.id ? unit : undefined),
      people: new Map([[`N:${NID}`, { id: 'P000007', name: '张三' }]]),
      nextPerson: 8,
    };
    const same = planImport(
      [ok(2, ['1', '1', '0101', '住宅', '89.37', '张三', NID, ''])],
      existing,
      '2026-11-28',
      cols,
    );
    expect([same.problems, same.skipped, same.units, same.people, same.reused]).toEqual([[], ['1-1-0101'], [], [], 1]);
    const diff = planImport(
      [ok(2, ['1', '1', '0101', '商铺', '90.00', '张三', NID, ''])],
      existing,
      '2026-11-28',
      cols,
    );
    expect(diff.problems.map((x) => t(x.message))).toEqual([
      '房屋 1-1-0101 已登记，且类型（residential → shop）、建筑面积（89.37 → 90.00）不同；导入不会覆盖',
    ]);
    const newPerson = planImport(
      [ok(2, ['1', '1', '0102', '住宅', '89.37', '李四', NID_X, ''])],
      existing,
      '2026-11-28',
      cols,
    );
    expect(newPerson.people.map((x) => x.id)).toEqual(['P000008']);
  });
});

describe('company buyers and English headers', () => {
  it('a company buyer is one person per licence, named by the company', () => {
    const cols = mapHeaders(['unit', 'type', 'area', 'company', 'licence', 'phone']).cols;
    const r1 = checkRow(
      2,
      ['S1-1-105', 'shop', '120.5', '某某贸易有限公司', '91110105mA01abcd2x', ''] as never[],
      cols,
    );
    const r2 = checkRow(
      3,
      ['S1-1-106', '商铺', 130, '某某贸易有限公司', '91110105MA01ABCD2X', '13800138000'] as never[],
      cols,
    );
    expect([r1.problems, r2.problems]).toEqual([[], []]);
    const p = planImport(
      [r1.checked!, r2.checked!],
      { unit: () => undefined, people: new Map(), nextPerson: 1 },
      '2026-11-28',
      cols,
    );
    expect(p.people).toEqual([
      {
        kind: 'person',
        id: 'P000001',
        name: '某某贸易有限公司',
        phones: ['13800138000'],
        company: { name: '某某贸易有限公司', licence: '91110105MA01ABCD2X' },
      },
    ]);
    expect(p.units.map((u) => [u.id, u.type, u.area, u.owners?.[0].person])).toEqual([
      ['S1-1-105', 'shop', '120.50', 'P000001'],
      ['S1-1-106', 'shop', '130.00', 'P000001'],
    ]);
  });

  it('a company name without a licence column is a missing column', () => {
    const c = checkSheet(parseCsv('unit,area,company\n1-1-0101,89.37,某公司\n'));
    expect(c.problems.map((p) => p.message.en)).toEqual([
      '"单位名称" (company) and "营业执照号" (licence) columns go together',
    ]);
  });
});

describe('sheets', () => {
  it("another system's headers (HC MicroCommunity) map by their synonyms", () => {
    const m = mapHeaders(['楼号', '单元', '房间', '楼层', '房屋户型', '建筑面积', '室内面积', '房屋状态']);
    expect(Object.fromEntries(m.cols)).toEqual({
      building: 0,
      entrance: 1,
      room: 2,
      floor: 3,
      layout: 4,
      area: 5,
      usable_area: 6,
      state: 7,
    });
    const p = mapHeaders(['业主名称', '性别', '手机号', '身份证号']);
    expect(Object.fromEntries(p.cols)).toEqual({ name: 0, gender: 1, phone: 2, national_id: 3 });
  });

  it('a notes block past an empty column is not the table; an empty header inside the table is just skipped', () => {
    const sheet = parseCsv(
      [
        '房号,建筑面积,,业主姓名,身份证号,,说明',
        `1-1-0101,89.37,,张三,${NID},,房号写完整编号`,
        ',,,,,,面积两位小数',
        `1-1-0102,90,x,李四,${NID_X},,`,
      ].join('\n'),
    );
    const c = checkSheet(sheet);
    expect(c.problems).toEqual([]);
    expect(Object.fromEntries(c.cols)).toEqual({ unit: 0, area: 1, name: 3, national_id: 4 });
    expect(c.outside).toEqual([2, 6]); // C holds an "x" under no header; G is the notes
    expect(c.blank).toBe(0); // the notes row is no blank row of the table
    expect(c.rows.map((r) => [r.row, r.unitId, r.buyer?.name])).toEqual([
      [2, '1-1-0101', '张三'],
      [4, '1-1-0102', '李四'],
    ]);
  });

  it('CSV in GBK, UTF-8 with BOM and UTF-8 decode to the same text', () => {
    const s = '房号,建筑面积\r\n1-1-0101,89.37\r\n';
    expect(decodeCsv(iconv.encode(s, 'gbk'))).toEqual({ text: s, encoding: 'gbk' });
    expect(decodeCsv(Buffer.from('\ufeff' + s))).toEqual({ text: s, encoding: 'utf-8' });
    expect(decodeCsv(Buffer.from(s))).toEqual({ text: s, encoding: 'utf-8' });
  });

  it('a title row above the headers, blank rows skipped, row numbers as in Excel', () => {
    const sheet = parseCsv('某某花园房屋清单,,\n房号,建筑面积,备注\n1-1-0101,89.37,\n,,\n1-1-0102,abc,\n');
    const c = checkSheet(sheet);
    expect(c.headerRow).toBe(2);
    expect(c.blank).toBe(1);
    expect(c.rows.map((r) => [r.row, r.unitId])).toEqual([[3, '1-1-0101']]);
    expect(c.problems.map((p) => [p.row, p.col])).toEqual([[5, 1]]);
  });

  it('an empty sheet and a table without data are problems', () => {
    expect(checkSheet(parseCsv('')).problems.map((p) => p.message.en)).toEqual(['the sheet is empty']);
    expect(checkSheet(parseCsv('房号,建筑面积\n')).problems.map((p) => p.message.en)).toEqual([
      'no data rows below the headers',
    ]);
    expect(checkSheet(parseCsv('1-1-0101,89.37\n')).problems.map((p) => [p.row, p.message.en.slice(0, 22)])).toEqual([
      [1, 'no header row found: t'],
    ]);
  });
});
