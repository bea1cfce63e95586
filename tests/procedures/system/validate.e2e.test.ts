// wuye validate through the real CLI in a throwaway records root: every class of
// bad record input of quality.md ("Bad input → Records") gets one located line
// (file:line:column computed from the text written here), exit 1 (warnings exit 0),
// and validate never changes a file.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, nationalId, newRoot, read, write, wuye, type RunResult } from '../../helpers/cli.js';

/** 1-based line and column (in characters) of the first occurrence of `needle` in `text`. */
function at(text: string, needle: string, nth = 1): string {
  let idx = -1;
  for (let i = 0; i < nth; i++) idx = text.indexOf(needle, idx + 1);
  if (idx < 0) throw new Error(`test bug: ${needle} not in text`);
  const before = text.slice(0, idx);
  const line = before.split('\n').length;
  return `${line}:${idx - (before.lastIndexOf('\n') + 1) + 1}`;
}

const NID = nationalId('11010119900307123');
const person = (id: string, extra = '') => `kind: person\nid: ${id}\nname: 李四\n${extra}`;

describe('wuye validate: bad record input', () => {
  let root: string;
  beforeAll(() => {
    root = newRoot();
    expect(wuye(root, ['unit', 'add', '1-1-0101', '--type', 'residential', '--area', '89.37']).code).toBe(0);
    expect(wuye(root, ['person', 'add', '--name', '张三', '--national-id', NID, '--phone', '13800138000']).code).toBe(
      0,
    );
    expect(wuye(root, ['unit', 'update', '1-1-0101', '--add-owner', 'P000001', '--state', 'handed-over']).code).toBe(0);
    expect(
      wuye(root, [
        'renovation',
        'apply',
        '--unit',
        '1-1-0101',
        '--applicant',
        'P000001',
        '--contractor',
        '某装修公司',
        '--manager',
        '王工',
        '--contractor-phone',
        '13800138000',
        '--scope',
        'walls',
        '--start',
        '2026-12-01',
        '--end',
        '2026-12-31',
      ]).code,
    ).toBe(0);
  });

  /** Write a file, validate just it, and prove that validate changed nothing on disk. */
  function check(rel: string, content: string | Buffer, extra: string[] = []): RunResult {
    write(root, rel, content);
    const bytes = readFileSync(join(root, rel));
    const status = git(root, ['status', '--porcelain']);
    const r = wuye(root, ['validate', rel, ...extra]);
    expect(readFileSync(join(root, rel)).equals(bytes)).toBe(true);
    expect(git(root, ['status', '--porcelain'])).toBe(status);
    return r;
  }
  const fails = (r: RunResult, line: string) => {
    expect(r.stdout).toContain(line);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^wuye: 记录校验未通过（\d+ 个错误）/);
  };

  it('the records of a new root are valid', () => {
    const r = wuye(root, ['validate']);
    expect(r.stdout).toMatch(/^0 个错误，0 个警告，\d+ 个文件$/m);
    expect(r.code).toBe(0);
  });

  it('malformed YAML: unclosed quote, bad indentation, tab in indentation', () => {
    const q = person('P000101').replace('name: 李四', 'name: "李四') + 'notes: 备注\n';
    fails(check('people/P000101.yaml', q), `people/P000101.yaml:${at(q, '"李四')}: 错误: 引号没有闭合`);
    const ind = person('P000102', 'emergency_contact:\n  name: 王五\n   phone: "13800138000"\n');
    fails(check('people/P000102.yaml', ind), `people/P000102.yaml:${at(ind, 'phone')}: 错误: 缩进错误`);
    const tab = person('P000103', 'emergency_contact:\n\tname: 王五\n');
    fails(check('people/P000103.yaml', tab), `people/P000103.yaml:${at(tab, '\t')}: 错误: 缩进中有制表符（Tab）`);
  });

  it('duplicate keys: the second one is named', () => {
    const t = person('P000104', 'name: 王五\n');
    fails(check('people/P000104.yaml', t), `people/P000104.yaml:${at(t, 'name', 2)}: 错误: 重复的键`);
  });

  it('encodings: GBK and UTF-16 are errors with what to do; BOM and CRLF are warnings', () => {
    // 张三 in GBK: the line and column are those of the first byte that is not UTF-8.
    const gbk = Buffer.concat([
      Buffer.from('kind: person\nid: P000105\nname: '),
      Buffer.from([0xd5, 0xc5, 0xc8, 0xfd]),
      Buffer.from('\n'),
    ]);
    const r = check('people/P000105.yaml', gbk);
    fails(r, 'people/P000105.yaml:3:7: 错误: 文件不是 UTF-8 编码（看起来是 GBK/GB18030');
    expect(r.stdout).toContain('iconv -f GBK -t UTF-8');
    fails(
      check('people/P000106.yaml', Buffer.from(`\ufeff${person('P000106')}`, 'utf16le')),
      'people/P000106.yaml:1:1: 错误: 文件是 UTF-16 编码',
    );
    const bom = check('people/P000107.yaml', `\ufeff${person('P000107')}`);
    expect(bom.stdout).toContain('people/P000107.yaml:1:1: 警告: 文件以 UTF-8 BOM 开头');
    expect(bom.stdout).toContain('0 个错误，1 个警告，1 个文件');
    expect(bom.code).toBe(0);
    const crlf = check('people/P000108.yaml', person('P000108').replace(/\n/g, '\r\n'));
    expect(crlf.stdout).toContain('people/P000108.yaml:1:1: 警告: 文件使用 CRLF（Windows）换行');
    expect(crlf.code).toBe(0);
  });

  it('an empty file and a 10 MB file', () => {
    fails(check('people/P000109.yaml', ''), 'people/P000109.yaml:1:1: 错误: 文件为空');
    const big = person('P000110', `notes: "${'x'.repeat(10 * 1024 * 1024)}"\n`);
    fails(check('people/P000110.yaml', big), 'people/P000110.yaml:1:1: 错误: 文件过大（10.0 MB，上限 1 MB）');
  });

  it('an alias bomb ("billion laughs") is refused before anything expands', () => {
    const lol = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++)
      lol.push(
        `${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9)
          .fill(`*${'abcdefghi'[i - 1]}`)
          .join(',')}]`,
      );
    const t = person('P000111', `${lol.join('\n')}\n`);
    const r = check('people/P000111.yaml', t);
    fails(r, `people/P000111.yaml:${at(t, '&a')}: 错误: 记录中不允许使用锚点/别名（& 和 *）`);
  });

  it('a custom tag (!!js/function) is refused', () => {
    const t = person('P000112').replace('name: 李四', 'name: !!js/function "function () { return 1 }"');
    fails(check('people/P000112.yaml', t), `people/P000112.yaml:${at(t, '!!js')}: 错误: 不允许的自定义标签`);
  });

  it('__proto__ and constructor keys are refused', () => {
    const p = person('P000113', '__proto__:\n  polluted: 1\n');
    fails(check('people/P000113.yaml', p), `people/P000113.yaml:${at(p, '__proto__')}: 错误: 不允许的键 "__proto__"`);
    const c = person('P000114', 'emergency_contact:\n  name: 王五\n  constructor: 1\n');
    fails(
      check('people/P000114.yaml', c),
      `people/P000114.yaml:${at(c, 'constructor')}: 错误: 不允许的键 "constructor"`,
    );
  });

  it('a wrong kind, and an id that is not the file name', () => {
    const k = person('P000115').replace('kind: person', 'kind: unit');
    fails(
      check('people/P000115.yaml', k),
      `people/P000115.yaml:${at(k, 'unit')}: 错误: kind 为 "unit"，但文件在 people/ 中（应为 person）`,
    );
    const i = person('P000999');
    fails(
      check('people/P000116.yaml', i),
      `people/P000116.yaml:${at(i, 'P000999')}: 错误: id 为 "P000999"，与文件名 "P000116" 不符`,
    );
  });

  it('a fee account: fees/<year>/<unit>.yaml holds id <year>-<unit>; a year that differs and the old file name say what to do', () => {
    const acc = (id: string) =>
      `kind: fee-account\nid: ${id}\nyear: 2026\nunit: 1-1-0101\nbills: []\npayments: []\nadjustments: []\n`;
    const good = check('fees/2026/1-1-0101.yaml', acc('2026-1-1-0101'));
    expect(good.stdout).toMatch(/^0 个错误，0 个警告，1 个文件$/m);
    expect(good.code).toBe(0);
    const bad = acc('2025-1-1-0101');
    const r = check('fees/2026/1-1-0101.yaml', bad);
    fails(
      r,
      `fees/2026/1-1-0101.yaml:${at(bad, '2025-1-1-0101')}: 错误: id 为 "2025-1-1-0101"，与文件位置不符（fees/2026/1-1-0101.yaml 的编号是 "2026-1-1-0101"）\n` +
        '  改为 id: 2026-1-1-0101，或把文件移到 fees/2025/1-1-0101.yaml（git mv fees/2026/1-1-0101.yaml fees/2025/1-1-0101.yaml）；文件位置决定编号：fees/2026/1-2-0801.yaml 存 2026-1-2-0801',
    );
    const en = wuye(root, ['validate', 'fees/2026/1-1-0101.yaml', '--lang', 'en']);
    expect(en.stdout).toContain(
      `fees/2026/1-1-0101.yaml:${at(bad, '2025-1-1-0101')}: error: id is "2025-1-1-0101" but the file's place says "2026-1-1-0101" (fees/2026/1-1-0101.yaml)\n` +
        "  write id: 2026-1-1-0101, or move the file to fees/2025/1-1-0101.yaml (git mv fees/2026/1-1-0101.yaml fees/2025/1-1-0101.yaml); the file's place makes the id: fees/2026/1-2-0801.yaml holds 2026-1-2-0801",
    );
    // an estate written before format 1 was released: fees/2026/2026-1-1-0101.yaml
    rmSync(join(root, 'fees/2026/1-1-0101.yaml'));
    const old = check('fees/2026/2026-1-1-0101.yaml', acc('2026-1-1-0101'));
    fails(
      old,
      'fees/2026/2026-1-1-0101.yaml:1:1: 错误: fees/2026/2026-1-1-0101.yaml 不是有效的收费账户文件位置（应形如 fees/2026/1-2-0801.yaml）\n' +
        '  该文件记录的是收费账户 2026-1-1-0101，应在 fees/2026/1-1-0101.yaml：用 git mv fees/2026/2026-1-1-0101.yaml fees/2026/1-1-0101.yaml 改名',
    );
    // a fee report names such a file (rather than silently miss an account), goes on, and ends with exit 1
    const arrears = wuye(root, ['fee', 'arrears']);
    expect(arrears.code).toBe(1);
    expect(arrears.stderr).toContain(
      'wuye: 警告: fees/2026/2026-1-1-0101.yaml: 不是有效的收费账户文件位置（应为 fees/<年度>/<房屋>.yaml，如 fees/2026/1-2-0801.yaml）（已略过此记录）\n  用 git mv 把文件改名为 fees/<年度>/<房屋>.yaml',
    );
    expect(arrears.stderr).toContain('wuye: 略过了 1 条无效的记录（见上），结果中不含它们');
    rmSync(join(root, 'fees'), { recursive: true });
  });

  it('schema: missing required field, wrong type, unknown enum value', () => {
    fails(
      check('people/P000117.yaml', 'kind: person\nid: P000117\n'),
      'people/P000117.yaml:1:1: 错误: 缺少必填字段 "name"',
    );
    const ty = person('P000118').replace('name: 李四', 'name: 123');
    fails(
      check('people/P000118.yaml', ty),
      `people/P000118.yaml:${at(ty, '123')}: 错误: 字段 name 类型错误：应为字符串`,
    );
    const en = person('P000119', 'gender: other\n');
    const r = check('people/P000119.yaml', en);
    fails(r, `people/P000119.yaml:${at(en, 'other')}: 错误: 字段 gender 的值 ("other")不在允许的取值中: male, female`);
  });

  it('a misspelled field names the field and suggests the right one', () => {
    const t = person('P000120', 'nmae: 王五\n');
    const r = check('people/P000120.yaml', t);
    fails(r, `people/P000120.yaml:${at(t, 'nmae')}: 错误: 未知字段 "nmae"`);
    expect(r.stdout).toContain('是否应为 "name"？');
    const en = wuye(root, ['validate', 'people/P000120.yaml', '--lang', 'en']);
    expect(en.stdout).toContain(`people/P000120.yaml:${at(t, 'nmae')}: error: unknown field "nmae"`);
    expect(en.stdout).toContain('did you mean "name"?');
    expect(en.stdout).toContain('1 error, 0 warnings, 1 file');
  });

  describe('money in wuye.yaml (renovation deposit)', () => {
    const cfg = (v: string) => `${read(root, 'wuye.yaml')}renovation:\n  deposit: ${v}\n`;
    const money = (v: string) => {
      const original = read(root, 'wuye.yaml');
      try {
        const t = cfg(v);
        const r = check('wuye.yaml', t);
        return { r, where: `wuye.yaml:${at(t, `deposit: ${v}`).split(':')[0]}:${'  deposit: '.length + 1}` };
      } finally {
        write(root, 'wuye.yaml', original);
      }
    };
    it('a float where money is expected (0.1)', () => {
      const { r, where } = money('0.1');
      fails(r, `${where}: 错误: 字段 renovation.deposit 类型错误：应为字符串`);
      expect(r.stdout).toContain('金额写成带两位小数的字符串，如 "1234.56"');
    });
    it('money with three decimals, and a negative amount', () => {
      const three = money('"2000.005"');
      fails(three.r, `${three.where}: 错误: 字段 renovation.deposit 格式错误 ("2000.005")`);
      const neg = money('"-20.00"');
      fails(neg.r, `${neg.where}: 错误: 字段 renovation.deposit 格式错误 ("-20.00")`);
    });
  });

  it('an impossible date (2026-02-30), a wrong national id check digit, a phone of 10 digits', () => {
    const d =
      'kind: staff\nid: S101\nname: 王芳\nemail: wf@example.cn\ndepartment: customer-service\nroles: [cs-assistant]\nactive_from: 2026-02-30\n';
    fails(
      check('staff/S101.yaml', d),
      `staff/S101.yaml:${at(d, '2026-02-30')}: 错误: 字段 active_from 格式错误 ("2026-02-30")：应为有效日期 YYYY-MM-DD`,
    );
    const wrong = NID.slice(0, 17) + (NID[17] === '1' ? '2' : '1');
    const n = person('P000121', `national_id: "${wrong}"\n`);
    fails(
      check('people/P000121.yaml', n),
      `people/P000121.yaml:${at(n, `"${wrong}"`)}: 错误: 字段 national_id 格式错误 ("${wrong}")：身份证号无效`,
    );
    const p = person('P000122', 'phones:\n  - "1380013800"\n');
    fails(
      check('people/P000122.yaml', p),
      `people/P000122.yaml:${at(p, '"1380013800"')}: 错误: 字段 phones.0 格式错误 ("1380013800")：手机号无效`,
    );
  });

  it('references: a unit owner that is not a person, a case of a unit that does not exist', () => {
    const u = read(root, 'units/1/1-1-0101.yaml')
      .replace('1-1-0101', '1-1-0102')
      .replace('person: P000001', 'person: P000404');
    fails(
      check('units/1/1-1-0102.yaml', u),
      `units/1/1-1-0102.yaml:${at(u, 'P000404')}: 错误: owners[0].person 引用的人员 P000404 不存在`,
    );
    const c = read(root, 'renovation/2026/ZX2026-0001.yaml')
      .replace('ZX2026-0001', 'ZX2026-0009')
      .replace('unit: 1-1-0101', 'unit: 9-9-0909');
    const r = check('renovation/2026/ZX2026-0009.yaml', c);
    fails(r, `renovation/2026/ZX2026-0009.yaml:${at(c, '9-9-0909')}: 错误: unit 引用的房屋 9-9-0909 不存在`);
    expect(r.stdout).toContain('没有 units/9/9-9-0909.yaml');
  });

  it('two records with the same id (a unit filed under the wrong building)', () => {
    const u = read(root, 'units/1/1-1-0101.yaml')
      .replace(/1-1-0101/g, '2-1-0101')
      .replace('building: "1"', 'building: "2"');
    write(root, 'units/2/2-1-0101.yaml', u);
    const r = check('units/1/2-1-0101.yaml', u, ['units/2/2-1-0101.yaml']);
    fails(r, 'units/1/2-1-0101.yaml:1:1: 错误: 文件位置不对，应为 units/2/2-1-0101.yaml');
    fails(r, `units/2/2-1-0101.yaml:${at(u, '2-1-0101')}: 错误: 编号 2-1-0101 与 units/1/2-1-0101.yaml 重复`);
  });

  it('a case log out of time order, a time without offset, a state the machine cannot reach', () => {
    const base = read(root, 'renovation/2026/ZX2026-0001.yaml');
    const order =
      `${base.replace('ZX2026-0001', 'ZX2026-0011')}  - at: 2026-11-27T10:00:00+08:00\n    by: S001\n    action: submit\n    state: under-review\n`.replace(
        'state: applied\nlog',
        'state: under-review\nlog',
      );
    fails(
      check('renovation/2026/ZX2026-0011.yaml', order),
      `renovation/2026/ZX2026-0011.yaml:${at(order, '2026-11-27T10:00:00+08:00')}: 错误: 日志第 2 条的时间早于前一条`,
    );
    const naive = base
      .replace('ZX2026-0001', 'ZX2026-0012')
      .replace('2026-11-28T09:30:00+08:00', '2026-11-28T09:30:00');
    fails(
      check('renovation/2026/ZX2026-0012.yaml', naive),
      `renovation/2026/ZX2026-0012.yaml:${at(naive, '2026-11-28T09:30:00')}: 错误: 字段 log.0.at 格式错误 ("2026-11-28T09:30:00")：应为带时区的时间`,
    );
    const state = base.replace('ZX2026-0001', 'ZX2026-0013').replace('state: applied\nlog', 'state: closed\nlog');
    const r = check('renovation/2026/ZX2026-0013.yaml', state);
    fails(
      r,
      `renovation/2026/ZX2026-0013.yaml:${at(state, 'closed')}: 错误: 状态「closed」与日志推出的状态「applied」不符`,
    );
  });

  it('--json: one document with totals and located problems', () => {
    const r = wuye(root, ['validate', 'people/P000120.yaml', 'people/P000107.yaml', '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as {
      errors: number;
      warnings: number;
      files: number;
      problems: { file: string; line: number; column: number; severity: string; code: string; message: string }[];
    };
    expect(doc).toMatchObject({ errors: 1, warnings: 1, files: 2 });
    expect(doc.problems.map((p) => [p.file, p.line, p.column, p.severity, p.code])).toEqual([
      ['people/P000107.yaml', 1, 1, 'warning', 'bom'],
      ['people/P000120.yaml', 4, 1, 'error', 'schema-additionalProperties'],
    ]);
  });

  it('a whole run reports every broken file, sorted, and a .yaml out of place as a warning', () => {
    write(root, 'notes.yaml', 'a: 1\n');
    const r = wuye(root, ['validate']);
    expect(r.code).toBe(1);
    const files = r.stdout
      .split('\n')
      .filter((l) => /^\S+:\d+:\d+: /.test(l))
      .map((l) => l.split(':')[0]);
    expect(files).toEqual([...files].sort());
    expect(r.stdout).toContain('notes.yaml:1:1: 警告: 这个位置不存放记录');
    expect(new Set(files).size).toBeGreaterThan(20);
  });
});
