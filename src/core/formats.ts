// The string formats the schemas name (records.md "Values"): real calendar dates and times with an
// offset (ajv-formats' full checks: 2026-02-30 is refused), a national id with its GB 11643 check digit,
// a mainland mobile. The validators built by `npm run build` ask for them as `require("wuye:formats")`.
// e.g. formatsObject()['cn-mobile']('13800138000') → true
import { createRequire } from 'node:module';
import { isValidMobile, isValidNationalId } from './personal.js';

const req = createRequire(import.meta.url);

/** The module name the generated validators use for these formats (supplied by schemas.ts, never resolved by Node). */
export const FORMATS_MODULE = 'wuye:formats';

let formats: Record<string, unknown> | undefined;
/** The formats every validator knows, by the names the schemas use. */
export function formatsObject(): Record<string, unknown> {
  if (!formats) {
    const full = (req('ajv-formats/dist/formats') as { fullFormats: Record<string, unknown> }).fullFormats;
    formats = {
      date: full.date,
      'date-time': full['date-time'],
      'cn-national-id': isValidNationalId,
      'cn-mobile': isValidMobile,
    };
  }
  return formats;
}
