// Formats and placeholders of forms (templates/forms/README.md "Formats").
import { describe, expect, it } from 'vitest';
import { fillPlaceholders, formatValue, lookup } from '../../src/render/values.js';

describe('values on forms', () => {
  it('looks up dotted paths, array indexes included, and nothing on the prototype', () => {
    const d = { unit: { id: '1-2-0801' }, owners: [{ name: '张伟' }] };
    expect(lookup(d, 'unit.id')).toBe('1-2-0801');
    expect(lookup(d, 'owners.0.name')).toBe('张伟');
    expect(lookup(d, 'unit.missing.x')).toBeUndefined();
    expect(lookup(d, 'constructor')).toBeUndefined();
  });

  it('formats money from fen or a record string, with the Chinese uppercase amount', () => {
    expect(formatValue(123456, 'money')).toBe('¥1,234.56');
    expect(formatValue('1234.56', 'money')).toBe('¥1,234.56');
    expect(formatValue(123456, 'money_upper')).toBe('人民币壹仟贰佰叁拾肆元伍角陆分');
    expect(formatValue('16409.02', 'money_upper')).toBe('人民币壹万陆仟肆佰零玖元零贰分');
  });

  it('formats dates, areas, labels and lists', () => {
    expect(formatValue('2026-11-08', 'date')).toBe('2026年11月8日');
    expect(formatValue('2026-11-08', 'date', 'en')).toBe('2026-11-08');
    expect(formatValue('89.37', 'area')).toBe('89.37 m²');
    expect(formatValue('residential', 'label:unitType')).toBe('住宅');
    expect(formatValue(['138****5678', '139****0000'])).toBe('138****5678、139****0000');
    expect(formatValue(undefined, 'money')).toBe('');
  });

  it('fills placeholders, leaving a blank to write in where a value is missing', () => {
    const d = { estate: { name: '阳光花园' }, unit: { area: '89.37', fee_start: '2026-07-01' } };
    expect(fillPlaceholders('{{estate.name}} 面积 {{unit.area|area}}，自 {{ unit.fee_start | date }} 起', d)).toBe(
      '阳光花园 面积 89.37 m²，自 2026年7月1日 起',
    );
    expect(fillPlaceholders('业主：{{owner.name}}', d)).toBe('业主：________');
  });
});
