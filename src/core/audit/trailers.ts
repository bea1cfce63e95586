// Commit trailers of the audit trail (records.md "Git"): every command that
// writes ends its commit message with `Wuye-Operator: S001` and
// `Wuye-Command: wuye ...`; a commit without them was made by hand.
// Example: parseTrailers('unit: add 1-2-0801\n\nWuye-Operator: S001\n') → { 'Wuye-Operator': 'S001' }

/** The trailers of a commit message: `Key: value` lines of its last paragraph. */
export function parseTrailers(message: string): Record<string, string> {
  const paras = message
    .replace(/\r\n/g, '\n')
    .trim()
    .split(/\n\s*\n/);
  if (paras.length < 2) return {};
  const out: Record<string, string> = {};
  for (const line of paras[paras.length - 1].split('\n')) {
    const m = /^([A-Za-z0-9][A-Za-z0-9-]*):\s?(.*)$/.exec(line.trim());
    if (!m) return {}; // not a trailer block
    out[m[1]] = m[2].trim();
  }
  return out;
}

export interface WuyeTrailers {
  operator?: string;
  command?: string;
  /** The desk (station code) the commit was made at (`Wuye-Station: B`; issue 17). */
  station?: string;
  recovered: boolean;
}

export function wuyeTrailers(message: string): WuyeTrailers {
  const t = parseTrailers(message);
  return {
    operator: t['Wuye-Operator'],
    command: t['Wuye-Command'],
    ...(t['Wuye-Station'] ? { station: t['Wuye-Station'] } : {}),
    recovered: t['Wuye-Recovered'] === 'yes',
  };
}

/** Made through the CLI: it carries the operator or the command trailer. */
export const isCliCommit = (t: WuyeTrailers): boolean => Boolean(t.operator || t.command);
