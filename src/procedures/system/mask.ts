// Personal data in any record or line of text, masked for output unless --reveal (spec 01 "Rules":
// personal data is masked in every output). Used by show, find and audit log.
// e.g. maskDeep({ phones: ['13800138000'] }) → { phones: ['138****8000'] }
import { maskNationalId, maskPhone } from '../../core/personal.js';

/** Mask every personal value in any record (national ids, mobiles) unless --reveal. */
export function maskDeep(v: unknown): unknown {
  if (typeof v === 'string') {
    if (/^\d{17}[\dX]$/.test(v)) return maskNationalId(v);
    if (/^1[3-9]\d{9}$/.test(v)) return maskPhone(v);
    return v;
  }
  if (Array.isArray(v)) return v.map(maskDeep);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, maskDeep(x)]));
  return v;
}

/** National ids and mobiles inside free text (a command line), masked. */
export function maskText(s: string): string {
  return s
    .replace(/(?<![0-9])\d{17}[\dX](?![0-9A-Za-z])/g, maskNationalId)
    .replace(/(?<![0-9])1[3-9]\d{9}(?![0-9])/g, maskPhone);
}
