// Plates as the car park writes them (manual 四.10: passes and spaces are kept by plate): 湘A12345, new-energy
// plates with six characters after the letter; lowercase letters and spaces typed are put right.
// e.g. checkPlate('湘a 12345', '--plate') → '湘A12345'
import { UsageError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';

export function checkPlate(v: string, flag: string): string {
  const s = v.replace(/[\s·-]/g, '').toUpperCase();
  if (!/^[\u4e00-\u9fa5][A-Z][A-Z0-9]{5,6}$/.test(s))
    throw new UsageError(
      msg(`${flag} 不是有效的车牌: "${v}"`, `${flag} is not a valid plate: "${v}"`),
      msg('车牌形如 湘A12345（新能源 湘AD12345）', 'a plate looks like 湘A12345 (new energy 湘AD12345)'),
    );
  return s;
}
