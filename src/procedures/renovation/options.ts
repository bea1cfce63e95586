// Option values of the renovation commands: the scope items and drawings a comma list may name
// (read by Line.list), and a local time for a violation of hours, checked with the option's name.
// e.g. l.list('drawings', DRAWING_CODES) → ['floor-plan', 'electrical'] · optLocalTime('2026-11-28 21:30', '--at', '+08:00')
import { isValidDate } from '../../core/dates.js';
import { UsageError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';

/** The scope items and drawings a comma list may name (the schema's lists). */
export { RENOVATION_SCOPE as SCOPE_CODES, RENOVATION_DRAWING as DRAWING_CODES } from '../../core/enums.gen.js';

/** A local time typed by a person (2026-11-28T21:30 or "2026-11-28 21:30") → ISO with the center's offset. */
export function optLocalTime(v: string, flag: string, offset: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(v.trim());
  if (!m || !isValidDate(m[1]) || Number(m[2]) > 23 || Number(m[3]) > 59) {
    throw new UsageError(
      msg(`${flag} 的时间无效: "${v}"`, `invalid time for ${flag}: "${v}"`),
      msg('时间形如 2026-11-28T21:30', 'a time looks like 2026-11-28T21:30'),
    );
  }
  return `${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}${offset}`;
}
