// Two shapes of option value the registry takes that src/kit/line.ts does not read: a variadic option's
// words (--phone 13800138000 13900139000, --to P000200 P000201) and "a:b:c" parts (--add-tenant P000123:2026-12-01).
// e.g. parts('P000123:2026-12-01:2027-11-30', 2) → ['P000123', '2026-12-01:2027-11-30']
import type { Line } from '../../kit/line.js';

/** Every word of a variadic option (`--phone <mobile...>`), trimmed; undefined when absent. */
export function optionValues(l: Line, key: string): string[] | undefined {
  l.flag(key); // a key not in the spec is a bug in the command
  const v = l.opts[key];
  if (v === undefined || typeof v === 'boolean') return undefined;
  return (typeof v === 'string' ? [v] : v).map((s) => s.trim());
}

/** "a:b:c" option values split into at most n parts (the last keeps any further colons). */
export function parts(v: string, n: number): string[] {
  const p = v.split(':');
  return p.length <= n ? p : [...p.slice(0, n - 1), p.slice(n - 1).join(':')];
}
