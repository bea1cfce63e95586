import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/core/width.js';
import { pad, renderTable } from '../../src/kit/output.js';
import { msg } from '../../src/core/i18n.js';

describe('display width (Chinese is two columns)', () => {
  it('counts CJK, fullwidth punctuation and ASCII', () => {
    expect(displayWidth('1-2-0801')).toBe(8);
    expect(displayWidth('住宅')).toBe(4);
    expect(displayWidth('三室两厅（南）')).toBe(14);
    expect(displayWidth('¥1,234.56')).toBe(9);
    expect(displayWidth('\x1b[31m红\x1b[0m')).toBe(2);
  });
  it('measures printable ASCII by its length, and everything else character by character', () => {
    expect(displayWidth('2025-01/mgmt-residential:133.24 ~')).toBe(33);
    expect(displayWidth('')).toBe(0);
    expect(displayWidth('a\tb')).toBe(2); // a control character takes no column
    expect(displayWidth('a\x7fb')).toBe(2);
    expect(displayWidth('押金 1,000')).toBe(10);
  });
  it('aligns table columns by display width', () => {
    const t = renderTable(
      [
        { a: '住宅', b: 'x' },
        { a: 'shop', b: 'y' },
      ],
      [
        { key: 'a', header: msg('类型', 'type'), get: (r) => r.a },
        { key: 'b', header: msg('值', 'v'), get: (r) => r.b },
      ],
    ).split('\n');
    expect(t.map((l) => displayWidth(l.split('  ')[0]))).toEqual([4, 4, 4, 4]);
    expect(pad('住', 4)).toBe('住  ');
  });
});
