// The nearest names to a typo (cli.md "Errors"; issue 11 item 8): `wuye unit shwo` → show, as commander
// suggests options — edit distance with transpositions, at most 3 edits and more alike than not.
// Also the command path a line names, so a hint says `wuye unit show --help`, never the typo.
// e.g. nearest('shwo', ['add', 'show', 'list']) → ['show']
import { isGroup, type CommandSpec, type GroupSpec } from '../kit/spec.js';

function distance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d[i] = [i];
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let j = 1; j <= b.length; j++)
    for (let i = 1; i <= a.length; i++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/** The candidates nearest to `word` (ties all kept, sorted); none when nothing is close. */
export function nearest(word: string, candidates: readonly string[]): string[] {
  const strip = (s: string) => s.replace(/^--?/, '');
  const w = strip(word);
  let best = 4;
  let out: string[] = [];
  for (const c of new Set(candidates)) {
    const s = strip(c);
    if (s.length <= 1) continue;
    const dist = distance(w, s);
    // a word that starts the candidate (`wuye ren` → renovation) is near whatever its length
    const prefix = w.length >= 2 && s.startsWith(w);
    const dd = prefix ? Math.min(dist, 1) : dist;
    if (!prefix && (Math.max(w.length, s.length) - dist) / Math.max(w.length, s.length) <= 0.4) continue;
    if (dd < best) [best, out] = [dd, [c]];
    else if (dd === best) out.push(c);
  }
  return out.sort();
}

export interface LinePath {
  /** The commands the line names, as far as they are known (['unit'] for `unit shwo`). */
  path: string[];
  /** The word where a command was expected and none is named so (shwo); undefined when all are known. */
  unknown?: string;
  /** The names that could stand there. */
  candidates: string[];
}

/** Walk the line's words through the command specs to the deepest known command. */
export function linePath(commands: readonly (CommandSpec | GroupSpec)[], words: readonly string[]): LinePath {
  let list: readonly (CommandSpec | GroupSpec)[] = commands;
  const path: string[] = [];
  for (const w of words) {
    if (w === '--') break;
    if (w.startsWith('-')) continue;
    const s = list.find((c) => c.name === w);
    if (!s) return { path, unknown: w, candidates: list.map((c) => c.name) };
    path.push(s.name);
    if (!isGroup(s)) break;
    list = s.commands;
  }
  return { path, candidates: [] };
}
