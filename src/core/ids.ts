// Sequence ids that stay unique across desks (records.md "Ids"; issue 17): every desk working on a clone of the
// records puts its station code (from its own .wuye/local.yaml) into the ids it allocates, so two desks never
// take the same id without talking to each other. e.g. nextInSequence('PB', 5, ['PB00152', 'P000153']) → 'PB00153'

/** Every person id in a text: P000123, or station-coded PB00123 (one letter, five digits — the same length). */
export const PERSON_ID_IN_TEXT = /\bP(?:[A-Z]\d{5}|\d{6})\b/g;

/** The head and width of a person id allocated at a station: P + 6 digits, or P + station + 5 digits. */
export const personSequence = (station = ''): { head: string; width: number } =>
  station ? { head: `P${station}`, width: 5 } : { head: 'P', width: 6 };

/**
 * The next id of a sequence: `head` followed by `width` digits, one past the highest of the `existing` ids that
 * are of exactly this sequence (another station's ids, which carry a letter after the head, are not counted).
 */
export function nextInSequence(head: string, width: number, existing: Iterable<string | undefined>): string {
  let max = 0;
  for (const id of existing) {
    if (!id?.startsWith(head)) continue;
    const rest = id.slice(head.length);
    if (!/^\d+$/.test(rest)) continue;
    const n = Number(rest);
    if (n > max) max = n;
  }
  return head + String(max + 1).padStart(width, '0');
}

/**
 * The next number of an entry inside one record — a case's worker passes (ZX2026-0007-W01) and violation notices
 * (-V01), a unit's dunning notices (CJ2026-1-2-0801-01): `head`, the desk's station, two digits, one past the
 * highest of this station's own entries. Two desks adding to one case offline take -WB01 and -WC01, so git merges
 * the two lists instead of finding one number twice; ids without a station (-W01) stay valid and are counted
 * by a desk without one.
 * e.g. nextInRecord('ZX2026-0007-W', 'B', ['ZX2026-0007-W01']) → 'ZX2026-0007-WB01'
 */
export const nextInRecord = (
  head: string,
  station: string | undefined,
  existing: Iterable<string | undefined>,
): string => nextInSequence(`${head}${station ?? ''}`, 2, existing);
