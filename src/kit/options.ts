// Checking values typed on the command line, once, with the option's name in
// the message (quality.md "Bad input": a period like 2026-13, an amount 1e3,
// an id with ../ — each one clear line and exit 2).
import { UsageError } from '../core/errors.js';
import { msg } from '../core/i18n.js';
import { parseDateInput } from '../core/dates.js';
import { checkId } from '../core/kinds.js';
import { isValidMobile, isValidNationalId } from '../core/personal.js';
import type { Opts } from '../kit/spec.js';

export const str = (opts: Opts, key: string): string | undefined => {
  const v = opts[key];
  return typeof v === 'string' ? v : undefined;
};

export function optDate(opts: Opts, key: string, flag: string): string | undefined {
  const v = str(opts, key);
  return v === undefined ? undefined : parseDateInput(v, flag);
}

export function optArea(opts: Opts, key: string, flag: string): string | undefined {
  const v = str(opts, key);
  if (v === undefined) return undefined;
  if (!/^(0|[1-9]\d{0,6})(\.\d{1,2})?$/.test(v.trim()) || Number(v) <= 0) {
    throw new UsageError(
      msg(`${flag} 的面积无效: "${v}"`, `invalid area for ${flag}: "${v}"`),
      msg('面积为正数，最多两位小数，如 89.37', 'an area is a positive number with at most two decimals, e.g. 89.37'),
    );
  }
  return Number(v).toFixed(2);
}

export function optInt(opts: Opts, key: string, flag: string, min = -Infinity, max = Infinity): number | undefined {
  const v = str(opts, key);
  if (v === undefined) return undefined;
  if (!/^-?\d+$/.test(v.trim()) || Number(v) < min || Number(v) > max) {
    throw new UsageError(
      msg(
        `${flag} 应为整数${Number.isFinite(min) ? `（${min}–${max}）` : ''}，而不是 "${v}"`,
        `${flag} must be a whole number${Number.isFinite(min) ? ` (${min}–${max})` : ''}, not "${v}"`,
      ),
    );
  }
  return Number(v);
}

export function optMobile(v: string, flag: string): string {
  const s = v.replace(/[\s-]/g, '');
  if (!isValidMobile(s))
    throw new UsageError(
      msg(`${flag} 的手机号无效: "${v}"`, `invalid mobile number for ${flag}: "${v}"`),
      msg('手机号为 1 开头的 11 位数字', 'a mobile number has 11 digits and starts with 1'),
    );
  return s;
}

export function optNationalId(v: string, flag: string): string {
  const s = v.trim().toUpperCase();
  if (!isValidNationalId(s))
    throw new UsageError(
      msg(
        `${flag} 的身份证号无效（长度、出生日期或校验位不符）`,
        `invalid national id for ${flag} (length, birth date or check digit)`,
      ),
      msg('核对 18 位号码，尤其是最后一位校验位', 'check all 18 characters, especially the final check digit'),
    );
  return s;
}

export function argId(kind: string, v: string, name: string): string {
  return checkId(kind, v.trim(), name);
}

/** "a:b:c" option values split into at most n parts (the last keeps any further colons). */
export function parts(v: string, n: number): string[] {
  const p = v.split(':');
  return p.length <= n ? p : [...p.slice(0, n - 1), p.slice(n - 1).join(':')];
}
