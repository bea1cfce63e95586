// What a command prints (cli.md "Output"): tables aligned by display width
// (a Chinese character is two columns), ids first; one JSON document with
// --json; progress on stderr only when stderr is a terminal.
import { displayWidth as stringWidth } from '../core/width.js';
import { t, type Msg } from '../core/i18n.js';

export interface Column<R> {
  key: string;
  header: Msg;
  get: (r: R) => string | number | undefined;
  align?: 'left' | 'right';
}

export interface Out {
  line(s?: string): void;
  json(value: unknown): void;
  table<R>(rows: readonly R[], cols: readonly Column<R>[]): void;
  /** Key-value block for `show` commands. */
  fields(pairs: readonly [Msg | string, string | number | undefined][]): void;
  err(s: string): void;
}

export function pad(s: string, width: number, align: 'left' | 'right' = 'left'): string {
  const w = stringWidth(s);
  if (w >= width) return s;
  return align === 'left' ? s + ' '.repeat(width - w) : ' '.repeat(width - w) + s;
}

/** Cut text to a display width, ending with … when cut. */
export function truncate(s: string, width: number): string {
  if (stringWidth(s) <= width) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = stringWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…';
}

/** Text a person wrote (names, notes, addresses: spaces or Chinese in it), which may be cut; ids, dates, codes and amounts never are. */
const cuttable = (cells: readonly string[]) => cells.some((c) => /[^\x21-\x7e]/.test(c));

/**
 * Aligned columns; with `maxWidth` (the terminal's), the widest column of free text is cut with … until the table
 * fits — never an id, a date, a code or an amount.
 */
export function renderTable<R>(rows: readonly R[], cols: readonly Column<R>[], maxWidth?: number): string {
  const head = cols.map((c) => t(c.header));
  const cells = rows.map((r) =>
    cols.map((c) => {
      const v = c.get(r);
      return v === undefined || v === null ? '' : String(v).replace(/\s*\n\s*/g, ' ');
    }),
  );
  const widths = cols.map((_, i) => Math.max(stringWidth(head[i]), ...cells.map((row) => stringWidth(row[i]))));
  if (maxWidth && maxWidth > 20) {
    const canCut = cols.map((_, i) => cuttable(cells.map((row) => row[i])));
    const total = () => widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
    while (total() > maxWidth) {
      // the widest cuttable column loses one column at a time, down to its header or 8, whichever is wider
      let k = -1;
      for (let i = 0; i < widths.length; i++)
        if (canCut[i] && widths[i] > Math.max(8, stringWidth(head[i])) && (k < 0 || widths[i] > widths[k])) k = i;
      if (k < 0) break; // nothing left to cut: the terminal wraps
      widths[k]--;
    }
    for (const row of cells) for (let i = 0; i < row.length; i++) if (canCut[i]) row[i] = truncate(row[i], widths[i]);
  }
  const fmt = (row: string[]) =>
    row
      .map((v, i) => pad(v, widths[i], cols[i].align))
      .join('  ')
      .trimEnd();
  return [fmt(head), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(fmt)].join('\n');
}

/** The width tables must fit: the terminal's, when stdout is one (a pipe or file gets every character). */
function terminalWidth(stdout: NodeJS.WritableStream): number | undefined {
  const s = stdout as NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  return s.isTTY && s.columns ? s.columns : undefined;
}

export function makeOut(stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Out {
  return {
    line: (s = '') => {
      stdout.write(s + '\n');
    },
    json: (v) => {
      stdout.write(JSON.stringify(v, null, 2) + '\n');
    },
    table: (rows, cols) => {
      stdout.write(renderTable(rows, cols, terminalWidth(stdout)) + '\n');
    },
    fields: (pairs) => {
      const labels = pairs.map(([k]) => t(k));
      const w = Math.max(...labels.map((l) => stringWidth(l)));
      for (const [i, [, v]] of pairs.entries()) {
        if (v === undefined || v === '') continue;
        stdout.write(`${pad(labels[i], w)}  ${v}\n`);
      }
    },
    err: (s) => {
      stderr.write(s + '\n');
    },
  };
}

/** A progress bar with count, rate and time left — on stderr, only on a terminal. */
export class Progress {
  private readonly started = Date.now();
  private last = 0;
  private done = 0;
  constructor(
    private readonly total: number,
    private readonly label: string,
    private readonly stream: NodeJS.WriteStream & { isTTY?: boolean } = process.stderr,
  ) {}

  tick(n = 1): void {
    this.done += n;
    if (!this.stream.isTTY) return;
    const now = Date.now();
    if (now - this.last < 100 && this.done < this.total) return;
    this.last = now;
    this.draw(now);
  }

  private draw(now: number): void {
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? this.done / secs : 0;
    const left = rate > 0 ? Math.round((this.total - this.done) / rate) : 0;
    const frac = this.total ? this.done / this.total : 1;
    const bar = '█'.repeat(Math.round(frac * 24)).padEnd(24, '░');
    this.stream.write(`\r${this.label} ${bar} ${this.done}/${this.total}  ${rate.toFixed(0)}/s  ${left}s `);
  }

  /** Progress given as a running count (a batch's onProgress(done, total)). */
  at(done: number): void {
    if (done > this.done) this.tick(done - this.done);
  }

  /** The work is done: the bar ends at the count it announced (every item was handled, reported or not). */
  end(): void {
    if (!this.stream.isTTY) return;
    this.done = this.total;
    this.draw(Date.now());
    this.stream.write('\n');
  }
}
