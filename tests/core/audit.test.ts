// The audit trail's pure parts: field-level diff of two record versions,
// commit trailers, and the parsing of `git log --raw -z`.
import { describe, expect, it } from 'vitest';
import { fieldDiff, showValue } from '../../src/core/audit/diff.js';
import { parseLog } from '../../src/core/audit/gitlog.js';
import { isCliCommit, parseTrailers, wuyeTrailers } from '../../src/core/audit/trailers.js';
import { maskText } from '../../src/core/personal.js';

describe('fieldDiff', () => {
  it('created and deleted records', () => {
    expect(fieldDiff(undefined, { id: 'P000001' })).toEqual([{ path: '', op: 'created', new: { id: 'P000001' } }]);
    expect(fieldDiff({ id: 'P000001' }, undefined)).toEqual([{ path: '', op: 'deleted', old: { id: 'P000001' } }]);
    expect(fieldDiff({ a: 1 }, { a: 1 })).toEqual([]);
  });

  it('changed scalars and nested fields with dotted paths and list indices', () => {
    const a = {
      area: '89.37',
      owners: [{ person: 'P000001', since: '2026-01-01' }],
      contact: { phone: '13800138000' },
    };
    const b = {
      area: '90.00',
      owners: [{ person: 'P000002', since: '2026-01-01' }],
      contact: { phone: '13800138000', email: 'a@b.cn' },
    };
    expect(fieldDiff(a, b)).toEqual([
      { path: 'area', op: 'changed', old: '89.37', new: '90.00' },
      { path: 'owners[0].person', op: 'changed', old: 'P000001', new: 'P000002' },
      { path: 'contact.email', op: 'added', new: 'a@b.cn' },
    ]);
  });

  it('fields removed, and type changes', () => {
    expect(fieldDiff({ notes: 'x', n: 1 }, { n: '1' })).toEqual([
      { path: 'notes', op: 'removed', old: 'x' },
      { path: 'n', op: 'changed', old: 1, new: '1' },
    ]);
  });

  it('list items added and removed (kept items are silent)', () => {
    const log1 = [{ at: '2026-11-01', action: 'open' }];
    const log2 = [...log1, { at: '2026-11-02', action: 'approve' }];
    expect(fieldDiff({ log: log1 }, { log: log2 })).toEqual([
      { path: 'log[1]', op: 'added', new: { at: '2026-11-02', action: 'approve' } },
    ]);
    expect(
      fieldDiff({ phones: ['13800138000', '13900139000', '13700137000'] }, { phones: ['13800138000', '13700137000'] }),
    ).toEqual([{ path: 'phones[1]', op: 'removed', old: '13900139000' }]);
    expect(fieldDiff({ owners: [] }, { owners: [{ person: 'P000003' }] })).toEqual([
      { path: 'owners[0]', op: 'added', new: { person: 'P000003' } },
    ]);
  });

  it('same-length lists compare item by item; key order alone is no change', () => {
    expect(fieldDiff({ r: ['a', 'b'] }, { r: ['a', 'c'] })).toEqual([
      { path: 'r[1]', op: 'changed', old: 'b', new: 'c' },
    ]);
    expect(fieldDiff({ x: { a: 1, b: 2 } }, { x: { b: 2, a: 1 } })).toEqual([]);
  });

  it('keys that are not identifiers are quoted', () => {
    expect(fieldDiff({ m: { '1-2': 1 } }, { m: { '1-2': 2 } })).toEqual([
      { path: 'm."1-2"', op: 'changed', old: 1, new: 2 },
    ]);
  });

  it('shows values on one line', () => {
    expect(showValue('a')).toBe('a');
    expect(showValue('')).toBe('""');
    expect(showValue({ a: [1] })).toBe('{"a":[1]}');
    expect(showValue(null)).toBe('null');
  });
});

describe('trailers', () => {
  it('reads the Wuye trailers of the last paragraph', () => {
    const m = 'unit: add 1-2-0801\n\nWuye-Operator: S001\nWuye-Command: wuye unit add 1-2-0801 --area 89.37\n';
    expect(parseTrailers(m)).toEqual({
      'Wuye-Operator': 'S001',
      'Wuye-Command': 'wuye unit add 1-2-0801 --area 89.37',
    });
    expect(wuyeTrailers(m)).toEqual({
      operator: 'S001',
      command: 'wuye unit add 1-2-0801 --area 89.37',
      recovered: false,
    });
    expect(isCliCommit(wuyeTrailers(m))).toBe(true);
    expect(wuyeTrailers(`${m}Wuye-Recovered: yes\n`).recovered).toBe(true);
  });

  it('a hand commit has none; a body paragraph is not a trailer block', () => {
    expect(parseTrailers('fix typo')).toEqual({});
    expect(parseTrailers('fix\n\nchanged the area: it was wrong\nsee the survey')).toEqual({});
    expect(isCliCommit(wuyeTrailers('fix\n\nSigned-off-by: A <a@b>'))).toBe(false);
  });
});

describe('parseLog', () => {
  it('parses commits with modified, added, deleted and renamed files', () => {
    const z = '0'.repeat(40);
    const A = 'a'.repeat(40);
    const B = 'b'.repeat(40);
    const out =
      `\x1e${'1'.repeat(40)}\x1f${'2'.repeat(40)} ${'3'.repeat(40)}\x1fLi Si\x1fli@x.cn\x1f2026-11-28T09:30:00+08:00\x1fmerge\n\x1f\0\n` +
      `:100644 100644 ${A} ${B} M\0units/1/1-2-0801.yaml\0` +
      `\x1e${'2'.repeat(40)}\x1f\x1fZhang\x1fz@x.cn\x1f2026-11-27T10:00:00+08:00\x1fperson: add P000001\n\nWuye-Operator: S001\n\x1f\0\n` +
      `:000000 100644 ${z} ${A} A\0people/P000001.yaml\0:100644 000000 ${B} ${z} D\0people/P000002.yaml\0:100644 100644 ${A} ${A} R100\0a/x.yaml\0b/x.yaml\0`;
    const cs = parseLog(out);
    expect(cs).toHaveLength(2);
    expect(cs[0]).toMatchObject({
      parents: ['2'.repeat(40), '3'.repeat(40)],
      author: 'Li Si',
      subject: 'merge',
      files: [{ status: 'M', path: 'units/1/1-2-0801.yaml', oldBlob: A, blob: B }],
    });
    expect(cs[1].parents).toEqual([]);
    expect(cs[1].trailers.operator).toBe('S001');
    expect(cs[1].files).toEqual([
      { status: 'A', path: 'people/P000001.yaml', oldBlob: '', blob: A },
      { status: 'D', path: 'people/P000002.yaml', oldBlob: B, blob: '' },
      { status: 'R', oldPath: 'a/x.yaml', path: 'b/x.yaml', oldBlob: A, blob: A },
    ]);
  });
});

describe('maskText', () => {
  it('masks national ids and mobiles inside a command line', () => {
    expect(maskText("wuye person add --name '张三' --national-id 11010119900307123X --phone 13800138000")).toBe(
      "wuye person add --name '张三' --national-id 110101********123X --phone 138****8000",
    );
    expect(maskText('wuye unit add 1-2-0801 --area 89.37')).toBe('wuye unit add 1-2-0801 --area 89.37');
  });
});
