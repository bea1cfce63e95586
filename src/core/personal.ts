// Personal data (records.md "Values", quality.md "Security and privacy"):
// national id numbers checked with the GB 11643 check digit, mainland mobile
// numbers by pattern, both masked in every output unless --reveal.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** GB 11643-1999: 17 digits, a valid birth date, and the ISO 7064 MOD 11-2 check character. */
export function isValidNationalId(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  return nationalIdCheckChar(id.slice(0, 17)) === id[17];
}

export function nationalIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** A mainland mobile number: 11 digits starting 1[3-9]. */
export const isValidMobile = (s: string): boolean => /^1[3-9]\d{9}$/.test(s);

/** 110101199003071234 → 110101********1234 */
export function maskNationalId(id: string): string {
  return id.length <= 10 ? '*'.repeat(id.length) : id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
}

/** 13812345678 → 138****5678; other numbers keep their last 4. */
export function maskPhone(p: string): string {
  if (p.length === 11) return `${p.slice(0, 3)}****${p.slice(7)}`;
  return p.length > 4 ? '*'.repeat(p.length - 4) + p.slice(-4) : p;
}

export const mask = { nationalId: maskNationalId, phone: maskPhone };
