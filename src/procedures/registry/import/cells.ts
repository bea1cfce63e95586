// One cell of a developer's list turned into a record value, with the reason
// when it can't be (quality.md "Bad input → Imports": numbers stored as text,
// dates as Excel serials and as text, formulas, ids stored as numbers). Pure.
// e.g. 89.4 → "89.40"; 13800138000 (a number) → "13800138000"; 45000 → 2023-03-15
import { isValidDate } from '../../../core/dates.js';
import { msg, type Msg } from '../../../core/i18n.js';
import { isValidMobile, isValidNationalId, nationalIdCheckChar } from '../../../core/personal.js';

export { plain, text, type Cell, type Got } from '../../../kit/sheet/sheet.js';
import { plain, text, type Cell, type Got } from '../../../kit/sheet/sheet.js';

const ok = <T>(value: T): Got<T> => ({ ok: true, value });
const bad = (zh: string, en: string, hintZh = '', hintEn = ''): Got<never> => ({
  ok: false,
  reason: msg(zh + hintZh, en + hintEn),
});

/** An area: 89.4 → "89.40", "89.37" (text) → "89.37", "89.37㎡" → "89.37"; more than two decimals is refused. */
export function area(cell: Cell): Got<string | undefined> {
  const p = plain(cell);
  if (!p.ok) return p;
  const v = p.value;
  if (v === undefined) return ok(undefined);
  let n: number;
  if (typeof v === 'number') {
    n = v;
    if (Math.abs(n * 100 - Math.round(n * 100)) > 1e-6)
      return bad(
        `面积 ${v} 超过两位小数`,
        `area ${v} has more than two decimals`,
        '：请按测绘报告取两位小数',
        ': round it to two decimals as in the survey report',
      );
  } else if (typeof v === 'string') {
    const s = v.normalize('NFKC').replace(/\s|平方米|平米|m2|m²|㎡/gi, '');
    if (!/^\d{1,7}(\.\d{1,2})?$/.test(s))
      return bad(
        `面积无效: "${v}"`,
        `invalid area: "${v}"`,
        '（正数，最多两位小数，如 89.37）',
        ' (a positive number with at most two decimals, e.g. 89.37)',
      );
    n = Number(s);
  } else return bad(`面积无效: "${String(v)}"`, `invalid area: "${String(v)}"`);
  if (!(n > 0) || n >= 1e7) return bad(`面积应为正数: ${String(v)}`, `an area must be positive: ${String(v)}`);
  return ok((Math.round(n * 100) / 100).toFixed(2));
}

/** A whole number (floor): 8, "8", "8层", "-1". */
export function integer(cell: Cell, min: number, max: number): Got<number | undefined> {
  const p = plain(cell);
  if (!p.ok) return p;
  const v = p.value;
  if (v === undefined) return ok(undefined);
  const s =
    typeof v === 'number'
      ? String(v)
      : String(v)
          .normalize('NFKC')
          .replace(/[层楼F\s]/gi, '');
  if (!/^-?\d+$/.test(s) || Number(s) < min || Number(s) > max)
    return bad(
      `应为 ${min}–${max} 的整数，而不是 "${String(v)}"`,
      `expected a whole number ${min}–${max}, not "${String(v)}"`,
    );
  return ok(Number(s));
}

const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** A date: an Excel date cell, an Excel serial number (45000), or text 2023-03-15, 2023/3/15, 2023.3.15, 2023年3月15日, 20230315. */
export function date(cell: Cell): Got<string | undefined> {
  const p = plain(cell);
  if (!p.ok) return p;
  const v = p.value;
  if (v === undefined) return ok(undefined);
  if (v instanceof Date) return ok(v.toISOString().slice(0, 10));
  if (typeof v === 'number' || (typeof v === 'string' && /^\d{5}(\.\d+)?$/.test(v.trim()))) {
    const n = Number(v);
    if (n < 1 || n > 2958465) return bad(`日期序号 ${v} 超出范围`, `date serial ${v} is out of range`);
    return ok(new Date(EPOCH_1900 + Math.floor(n) * 86_400_000).toISOString().slice(0, 10));
  }
  const s = String(v).normalize('NFKC').trim();
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  const iso = m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : '';
  if (!m || !isValidDate(iso))
    return bad(`日期无效: "${s}"`, `invalid date: "${s}"`, '（如 2026-11-28）', ' (e.g. 2026-11-28)');
  return ok(iso);
}

/** "1.10101E+17": what Excel shows for a long number, and what a CSV saved from it holds. */
const SCIENTIFIC = /^\d(\.\d+)?E\+?\d+$/i;
const ID_AS_NUMBER = msg(
  '身份证号存成了数字，已丢失精度：请把该列设为"文本"格式后重新录入身份证号',
  'the national id is stored as a number and has lost digits: store id numbers as text (format the column as Text) and enter them again',
);

/** A national id (GB 11643): text only, lowercase x accepted; a number is refused (precision is lost beyond 15 digits). */
export function nationalId(cell: Cell, masked: (s: string) => string): Got<string | undefined> {
  const p = plain(cell);
  if (!p.ok) return p;
  const v = p.value;
  if (v === undefined) return ok(undefined);
  if (typeof v === 'number') return { ok: false, reason: ID_AS_NUMBER };
  const s = String(v).normalize('NFKC').replace(/\s/g, '').toUpperCase();
  if (SCIENTIFIC.test(s)) return { ok: false, reason: ID_AS_NUMBER };
  if (!/^\d{17}[\dX]$/.test(s))
    return bad(
      `身份证号应为 18 位（17 位数字加校验位），这里是 ${s.length} 位（${masked(s)}）`,
      `a national id has 18 characters (17 digits and a check character), this has ${s.length} (${masked(s)})`,
    );
  if (isValidNationalId(s)) return ok(s);
  if (nationalIdCheckChar(s.slice(0, 17)) !== s[17])
    return bad(
      `身份证号校验位不符（${masked(s)}）`,
      `the national id's check character is wrong (${masked(s)})`,
      '：请核对号码',
      ': check the number',
    );
  return bad(`身份证号中的出生日期无效（${masked(s)}）`, `the birth date in the national id is invalid (${masked(s)})`);
}

/** Mobile numbers: a number cell (13800138000) or text, several split by / , ， 、 ; +86 dropped. */
export function phones(cell: Cell, masked: (s: string) => string): Got<string[] | undefined> {
  const p = plain(cell);
  if (!p.ok) return p;
  const v = p.value;
  if (v === undefined) return ok(undefined);
  const raw =
    typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toExponential()) : String(v).normalize('NFKC');
  if (SCIENTIFIC.test(raw.trim()))
    return bad(
      '手机号存成了科学计数法，已丢失数字',
      'the mobile number is in scientific notation and has lost digits',
      '：请把该列设为"文本"格式后重新录入',
      ': format the column as Text and enter it again',
    );
  const out: string[] = [];
  for (const part of raw.split(/[/,，、;；]/)) {
    const s = part.replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
    if (s === '') continue;
    if (!isValidMobile(s))
      return bad(
        `手机号无效（${masked(s)}）`,
        `invalid mobile number (${masked(s)})`,
        '：手机号为 1 开头的 11 位数字',
        ': a mobile number has 11 digits and starts with 1',
      );
    if (!out.includes(s)) out.push(s);
  }
  return ok(out.length ? out : undefined);
}

/** A business licence / unified social credit code: 15 or 18 letters and digits. */
export function licence(cell: Cell): Got<string | undefined> {
  const t = text(cell);
  if (!t.ok || t.value === undefined) return t;
  const s = t.value.normalize('NFKC').replace(/\s/g, '').toUpperCase();
  if (SCIENTIFIC.test(s))
    return bad(
      '营业执照号存成了数字，已丢失精度：请把该列设为"文本"格式后重新录入',
      'the licence number is stored as a number and has lost digits: store it as text',
    );
  if (!/^[0-9A-Z]{15,18}$/.test(s))
    return bad(
      `营业执照号应为 15 或 18 位字母和数字: "${s}"`,
      `a licence number has 15 or 18 letters and digits: "${s}"`,
    );
  return ok(s);
}

const TYPES: Record<string, 'residential' | 'shop' | 'office' | 'parking' | 'storage'> = {
  住宅: 'residential',
  住房: 'residential',
  普通住宅: 'residential',
  公寓: 'residential',
  别墅: 'residential',
  residential: 'residential',
  商铺: 'shop',
  商业: 'shop',
  门面: 'shop',
  底商: 'shop',
  shop: 'shop',
  办公: 'office',
  写字楼: 'office',
  办公室: 'office',
  office: 'office',
  车位: 'parking',
  停车位: 'parking',
  车库: 'parking',
  地下车位: 'parking',
  parking: 'parking',
  储藏室: 'storage',
  储藏间: 'storage',
  储物间: 'storage',
  杂物间: 'storage',
  地下室: 'storage',
  storage: 'storage',
};

export function unitType(cell: Cell): Got<(typeof TYPES)[string] | undefined> {
  const t = text(cell);
  if (!t.ok || t.value === undefined) return t as Got<undefined>;
  const code = TYPES[t.value.replace(/\s/g, '').toLowerCase()];
  if (!code)
    return bad(
      `未知的类型 "${t.value}"（可用：住宅、商铺、办公、车位、储藏室${codeHint(t.value, '住宅')}）`,
      `unknown type "${t.value}" (known: 住宅 residential, 商铺 shop, 办公 office, 车位 parking, 储藏室 storage${codeHint(t.value, 'residential', 'en')})`,
    );
  return ok(code);
}

/** For a value that looks like another system's code (110, 2001): how to say what it means (--map 列:代码=值). */
function codeHint(v: string, example: string, lang: 'zh' | 'en' = 'zh'): string {
  if (!/^[0-9A-Za-z_-]{1,12}$/.test(v) || !/\d/.test(v)) return '';
  return lang === 'zh'
    ? `；这是代码时用 --map 列标题:${v}=${example} 说明其含义`
    : `; for a code, say what it means with --map HEADER:${v}=${example}`;
}

const STATES: Record<string, 'unsold' | 'vacant' | 'handed-over' | 'renovating' | 'occupied' | 'let'> = {
  未售: 'unsold',
  未销售: 'unsold',
  待售: 'unsold',
  unsold: 'unsold',
  空置: 'vacant',
  已售: 'vacant',
  已出售: 'vacant',
  已售未交房: 'vacant',
  vacant: 'vacant',
  已交付: 'handed-over',
  已交房: 'handed-over',
  未入住: 'handed-over',
  handedover: 'handed-over',
  装修中: 'renovating',
  装修: 'renovating',
  renovating: 'renovating',
  已入住: 'occupied',
  入住: 'occupied',
  自住: 'occupied',
  occupied: 'occupied',
  出租: 'let',
  已出租: 'let',
  let: 'let',
};

/** A unit's state by its label (未售, 空置, 已交付, 装修中, 已入住, 出租) or a common synonym (已交房, 已出租). */
export function unitState(cell: Cell): Got<(typeof STATES)[string] | undefined> {
  const t = text(cell);
  if (!t.ok || t.value === undefined) return t as Got<undefined>;
  const code = STATES[t.value.replace(/[\s-]/g, '').toLowerCase()];
  if (!code)
    return bad(
      `未知的房屋状态 "${t.value}"（可用：未售、空置、已交付、装修中、已入住、出租${codeHint(t.value, '已入住')}）`,
      `unknown unit state "${t.value}" (known: 未售 unsold, 空置 vacant, 已交付 handed over, 装修中 renovating, 已入住 occupied, 出租 let${codeHint(t.value, 'occupied', 'en')})`,
    );
  return ok(code);
}

const GENDERS: Record<string, 'male' | 'female'> = {
  男: 'male',
  男性: 'male',
  male: 'male',
  m: 'male',
  女: 'female',
  女性: 'female',
  female: 'female',
  f: 'female',
};

/** A person's gender: 男/女 (男性, 女性, male, female, M, F). */
export function gender(cell: Cell): Got<'male' | 'female' | undefined> {
  const t = text(cell);
  if (!t.ok || t.value === undefined) return t as Got<undefined>;
  const g = GENDERS[t.value.replace(/\s/g, '').toLowerCase()];
  if (!g)
    return bad(
      `性别应为 男 或 女，而不是 "${t.value}"${codeHint(t.value, '男')}`,
      `a gender is 男 (male) or 女 (female), not "${t.value}"${codeHint(t.value, 'male', 'en')}`,
    );
  return ok(g);
}

/** "1栋" → "1", "2单元" → "2", "3号楼" → "3", "0801室" → "0801": the id parts, letters and digits only. */
export function idPart(cell: Cell, max: number): Got<string | undefined> {
  const t = text(cell);
  if (!t.ok || t.value === undefined) return t;
  const s = t.value
    .normalize('NFKC')
    .replace(/\s/g, '')
    .replace(/(号楼|栋|幢|座|单元|号房|室|号)$/u, '');
  if (!new RegExp(`^[0-9A-Za-z]{1,${max}}$`).test(s))
    return bad(
      `"${t.value}" 不能作为房屋编号的一部分（只含字母和数字，至多 ${max} 位）`,
      `"${t.value}" can't be part of a unit id (letters and digits only, at most ${max})`,
    );
  return ok(s);
}
