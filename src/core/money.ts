// Money in exact integer fen (records.md "Values"): "1234.56" in files, numbers of
// fen in memory, BigInt for products of area × rate × days, one half-up rounding per line.
import { UsageError } from './errors.js';
import { msg } from './i18n.js';

export type Fen = number;

const MONEY_RE = /^-?(0|[1-9]\d{0,12})\.\d{2}$/;
const INPUT_RE = /^(0|[1-9]\d{0,12})(\.\d{1,2})?$/;

/** Parse a record's money string ("1234.56", exactly two places) into fen. */
export function parseMoney(s: string): Fen {
  if (!MONEY_RE.test(s))
    throw new UsageError(
      msg(`金额格式错误: "${s}"`, `bad money value: "${s}"`),
      msg('金额应写成两位小数的字符串，如 "1234.56"', 'write money as a string with two decimals, e.g. "1234.56"'),
    );
  const neg = s.startsWith('-');
  const [i, f] = (neg ? s.slice(1) : s).split('.');
  const v = Number(i) * 100 + Number(f);
  return neg ? -v : v;
}

/** Parse an amount typed by a person on the command line ("300", "300.5", "300.50"); never negative, never 1e3. */
export function parseAmountInput(s: string, option = '--amount'): Fen {
  const t = s.trim();
  if (!INPUT_RE.test(t)) {
    throw new UsageError(
      msg(`${option} 的金额无效: "${s}"`, `invalid amount for ${option}: "${s}"`),
      msg(
        '请写不带符号的金额，最多两位小数，如 300 或 300.50',
        'give a non-negative amount with at most two decimals, e.g. 300 or 300.50',
      ),
    );
  }
  const [i, f = ''] = t.split('.');
  return Number(i) * 100 + Number((f + '00').slice(0, 2));
}

/** Fen → "1234.56" (the record form). */
export function formatMoney(fen: Fen): string {
  const neg = fen < 0;
  const a = Math.abs(fen);
  const s = `${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
  return neg ? `-${s}` : s;
}

/** Fen → "¥1,234.56" (forms and tables). */
export function formatYuan(fen: Fen): string {
  return `${fen < 0 ? '-' : ''}¥${formatAmount(Math.abs(fen))}`;
}

/** Fen → "1,234.56": money on screen in a column headed by what it is (thousands separated, no ¥). */
export function formatAmount(fen: Fen): string {
  const [i, f] = formatMoney(Math.abs(fen)).split('.');
  return `${fen < 0 ? '-' : ''}${i.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f}`;
}

/** A decimal string with up to `places` decimals as a scaled BigInt ("2.35", 6 → 2350000n). */
export function parseDecimal(s: string, places: number): bigint {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s.trim());
  if (!m || (m[3] ?? '').length > places)
    throw new UsageError(
      msg(`数值格式错误: "${s}"（最多 ${places} 位小数）`, `bad decimal "${s}" (at most ${places} places)`),
    );
  const v = BigInt(m[2] + (m[3] ?? '').padEnd(places, '0'));
  return m[1] ? -v : v;
}

/** round(n / d) half-up (away from zero for halves), exact on BigInt. */
export function divRoundHalfUp(n: bigint, d: bigint): bigint {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const neg = n < 0n;
  const a = neg ? -n : n;
  const q = (a * 2n + d) / (2n * d);
  return neg ? -q : q;
}

/**
 * One bill line: round(area × rate × num ÷ den) to the fen, half-up, once.
 * area has 2 places, rate up to 6; num/den carry a proration (days ÷ days in month).
 */
export function lineAmount(area: string, rate: string, num = 1, den = 1): Fen {
  const a = parseDecimal(area, 2); // centi-units
  const r = parseDecimal(rate, 6); // micro-yuan
  // a/100 × r/1e6 yuan = a×r/1e8 yuan = a×r/1e6 fen
  return Number(divRoundHalfUp(a * r * BigInt(num), 1_000_000n * BigInt(den)));
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL = ['', '拾', '佰', '仟'];
const BIG = ['', '万', '亿', '万亿'];

function integerWords(n: number): string {
  if (n === 0) return '';
  const groups: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 10000)) groups.push(v % 10000);
  let out = '';
  let zero = false; // a zero is pending between two non-zero digits
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g];
    if (group === 0) {
      zero = out !== '';
      continue;
    }
    if (out !== '' && group < 1000) zero = true;
    for (let p = 3; p >= 0; p--) {
      const d = Math.floor(group / 10 ** p) % 10;
      if (d === 0) {
        if (out !== '') zero = true;
        continue;
      }
      if (zero) {
        out += '零';
        zero = false;
      }
      // only zeros that stand before a non-zero digit are written
      out += DIGITS[d] + SMALL[p];
    }
    zero = false;
    out += BIG[g];
    if (group % 10 === 0 && g > 0) zero = true;
  }
  return out;
}

/**
 * The Chinese uppercase amount (大写) for receipts and statements, following
 * 会计基础工作规范 art. 52: 人民币 prefix; 整 after 元 (or 角) when nothing follows;
 * 零 for a zero that stands between non-zero figures (¥16,409.02 → 人民币壹万陆仟肆佰零玖元零贰分).
 */
export function amountInWords(fen: Fen): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an integer number of fen: ${fen}`);
  const neg = fen < 0;
  const a = Math.abs(fen);
  const yuan = Math.floor(a / 100);
  const jiao = Math.floor(a / 10) % 10;
  const fenD = a % 10;
  let s = integerWords(yuan);
  if (yuan > 0) s += '元';
  if (jiao === 0 && fenD === 0) {
    s = (s || '零元') + '整';
  } else {
    if (jiao > 0) s += DIGITS[jiao] + '角';
    else if (yuan > 0) s += '零'; // 元零贰分
    if (fenD > 0) s += DIGITS[fenD] + '分';
    else s += '整'; // 伍角整
  }
  return `人民币${neg ? '负' : ''}${s}`;
}
