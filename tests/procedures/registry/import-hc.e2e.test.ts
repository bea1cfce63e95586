// Moving from another system (issue 11 item 19): HC MicroCommunity's owner/room import template — 楼号, 单元, 房间,
// 楼层, 总层数, 是否有电梯, coded 房屋类型/房屋户型/房屋状态/业主类型, 手机号 stored as a number, a notes block to
// the right — imported through the real CLI: synonyms, unknown columns skipped with a warning (--strict refuses
// them), the notes block ignored, codes turned into ours with --map 列:代码=值, a column read with --map 列=字段.
// e.g. wuye unit import hc.xlsx --map 房屋类型:110=住宅 --map 房屋户型:10102=两室一厅 --map 房屋状态:2001=已入住
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, nationalId, newRoot, read, tmp, write, wuye } from '../../helpers/cli.js';

const HC = [
  '楼号',
  '单元',
  '房间',
  '楼层',
  '总层数',
  '是否有电梯',
  '房屋类型',
  '房屋户型',
  '建筑面积',
  '室内面积',
  '租金',
  '房屋状态',
  '业主名称',
  '性别',
  '手机号',
  '身份证号',
  '业主类型',
];
const NID = [nationalId('11010119800307123'), nationalId('11010119851120456'), nationalId('31010419900101789')];
// One row per room: 楼号 单元 房间 楼层 总层数 电梯 类型 户型 建筑 室内 租金 状态 业主 性别 手机(a number) 身份证 业主类型
const ROWS: (string | number)[][] = [
  [1, 1, 1001, 10, 18, '有', 110, 10102, 89.37, 70.12, 0, 2001, '张伟', '男', 13800138000, NID[0], 1001],
  [1, 1, 1002, 10, 18, '有', 110, 10203, 120.5, 98, 0, 2006, '李娜', '女', 13912345678, NID[1], 1001],
  [1, 2, 101, 1, 18, '有', 119, 10102, 56, 45.5, 3000, 2004, '王芳', '女', 13700001111, NID[2], 1001],
  [2, 1, 301, 3, 6, '无', 110, 10203, 99.99, 80, 0, 2002, '', '', '', '', ''],
];
const MAPS = [
  ...['--map', '房屋类型:110=住宅', '--map', '房屋类型:119=办公'],
  ...['--map', '房屋户型:10102=两室一厅', '--map', '房屋户型:10203=三室两厅'],
  ...['--map', '房屋状态:2001=已入住', '--map', '房屋状态:2002=未售', '--map', '房屋状态:2004=已交房'],
  ...['--map', '房屋状态:2006=已出租'],
];

/** The template as HC hands it out: the table from A1, an empty column R, a merged notes block in S1:V12. */
async function writeHc(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('房屋信息');
  ws.addRow(HC);
  for (const r of ROWS) ws.addRow(r.map((v) => (v === '' ? null : v)));
  ws.getCell('S1').value = '填写说明';
  ws.getCell('S2').value = '房屋类型：110 住宅，119 办公室';
  ws.getCell('S3').value = '房屋状态：2001 已入住，2002 未销售，2004 未入住，2006 已出租';
  ws.getCell('S4').value = '业主类型：1001 业主本人';
  ws.mergeCells('S5:V12');
  ws.getCell('S5').value = '身份证号请设为文本格式；手机号 11 位';
  await wb.xlsx.writeFile(path);
}

describe('unit import: the HC MicroCommunity owner/room template', () => {
  const dir = tmp('wuye-hc-');
  const file = join(dir, 'hc.xlsx');
  let root: string;
  beforeAll(async () => {
    root = newRoot();
    await writeHc(file);
  });
  const head = () => git(root, ['rev-parse', 'HEAD']);

  it('without value maps: the codes are refused, each naming its --map; unknown columns only warned', () => {
    const before = head();
    const r = wuye(dir, ['-R', root, 'unit', 'import', 'hc.xlsx']);
    expect(r.code, r.stderr).toBe(1);
    const lines = r.stderr.split('\n');
    expect(lines).toContain(
      'wuye: 警告: hc.xlsx：未知的列未导入：E 总层数、F 是否有电梯、K 租金、Q 业主类型（用 --map 列=字段 导入，--map 列=忽略 不再提示；--strict 则拒绝）',
    );
    expect(lines).toContain(
      'wuye: 警告: hc.xlsx：第 S–V 列在表格之外（没有列标题或与表格隔着空列，如填写说明），未导入',
    );
    expect(lines).toContain(
      'hc.xlsx:2:G: 未知的类型 "110"（可用：住宅、商铺、办公、车位、储藏室；这是代码时用 --map 房屋类型:110=住宅 说明其含义）',
    );
    expect(lines).toContain(
      'hc.xlsx:2:H: 户型 "10102" 是代码而不是户型（如 三室两厅）；用 --map 房屋户型:10102=三室两厅 说明其含义，或 --map 房屋户型=忽略',
    );
    expect(lines.some((l) => l.startsWith('hc.xlsx:2:L: 未知的房屋状态 "2001"'))).toBe(true);
    // nothing about the phone stored as a number, the notes block or its merged cells
    expect(r.stderr).not.toMatch(/:O: |:S\d|合并单元格/);
    expect(head()).toBe(before);
  });

  it('--strict refuses the unknown columns', () => {
    const r = wuye(dir, ['-R', root, 'unit', 'import', 'hc.xlsx', '--strict', ...MAPS]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^hc\.xlsx:1:E: 未知的列标题 "总层数"（可用：/m);
    expect(r.stderr).toMatch(/^hc\.xlsx:1:Q: 未知的列标题 "业主类型"/m);
  });

  it('mapping mistakes are usage errors (exit 2), nothing read', () => {
    const bad = (extra: string[], text: RegExp) => {
      const r = wuye(dir, ['-R', root, 'unit', 'import', 'hc.xlsx', ...extra]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(text);
    };
    bad(['--map', '房屋类型'], /--map 房屋类型：应为 列=字段 或 列:代码=值/);
    bad(['--map', '租金=月租'], /--map 租金=月租：没有字段 "月租"/);
    bad(['--map', '车位号=忽略'], /--map：hc\.xlsx 的表头中没有列 "车位号"/);
  });

  it('with the codes mapped it imports every room, owner, gender and phone, in one commit', () => {
    const before = Number(git(root, ['rev-list', '--count', 'HEAD']).trim());
    const r = wuye(dir, ['-R', root, 'unit', 'import', 'hc.xlsx', ...MAPS, '--map', '业主类型=忽略']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('新建房屋 4 套、人员 3 人');
    expect(r.stderr).toContain('未知的列未导入：E 总层数、F 是否有电梯、K 租金（'); // 业主类型 skipped quietly
    expect(Number(git(root, ['rev-list', '--count', 'HEAD']).trim())).toBe(before + 1);
    const u = read(root, 'units/1/1-1-1001.yaml');
    expect(u).toMatch(/^floor: 10$/m);
    expect(u).toMatch(/^type: residential$/m);
    expect(u).toMatch(/^area: "?89\.37"?$/m);
    expect(u).toMatch(/^usable_area: "?70\.12"?$/m);
    expect(u).toMatch(/^layout: 两室一厅$/m);
    expect(u).toMatch(/^state: occupied$/m);
    expect(u).toMatch(/person: P000001/);
    expect(read(root, 'units/1/1-1-1002.yaml')).toMatch(/^state: let$/m);
    const office = read(root, 'units/1/1-2-101.yaml');
    expect(office).toMatch(/^type: office$/m);
    expect(office).toMatch(/^state: handed-over$/m);
    expect(read(root, 'units/2/2-1-301.yaml')).toMatch(/^state: unsold$/m);
    const p = read(root, 'people/P000001.yaml');
    expect(p).toMatch(/^name: 张伟$/m);
    expect(p).toMatch(/^gender: male$/m);
    expect(p).toContain('13800138000'); // stored as a number in the sheet, all 11 digits kept
    expect(p).toContain(NID[0]);
    expect(read(root, 'people/P000002.yaml')).toMatch(/^gender: female$/m);
    expect(wuye(root, ['validate']).code).toBe(0);
    // the same list again changes nothing
    const again = wuye(dir, ['-R', root, 'unit', 'import', 'hc.xlsx', ...MAPS, '--map', '业主类型=忽略']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('已登记且相同而跳过的房屋 4 套');
  });

  it('--map 列=字段 reads a column under a header of its own; a state contradicting the buyer is refused', () => {
    write(
      dir,
      'own.csv',
      ['楼栋,房号,面积,住户,身份证号,状态', `3,0101,88.5,赵敏,${NID[0]},未售`, '3,0102,88.5,,,已入住'].join('\n') +
        '\n',
    );
    const r = wuye(dir, ['-R', root, 'unit', 'import', 'own.csv', '--map', '住户=业主姓名', '--dry-run']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr.split('\n')).toEqual(
      expect.arrayContaining([
        'own.csv:2:F: 房屋状态为未售，却有购房人',
        'own.csv:3:F: 房屋状态为已入住，却没有购房人（业主姓名与身份证号）',
      ]),
    );
    write(dir, 'own.csv', ['楼栋,房号,面积,住户,身份证号', `3,0101,88.5,张伟,${NID[0]}`].join('\n') + '\n');
    const ok = wuye(dir, ['-R', root, 'unit', 'import', 'own.csv', '--map', '住户=name', '--dry-run']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toMatch(/3-1-0101 .* P000001 张伟/);
  });
});
