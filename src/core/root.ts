// Finding and opening a records root (records.md "Finding the records",
// "Configuration"): --records DIR, else WUYE_RECORDS, else the nearest folder
// at or above the current one with a wuye.yaml — like git finds .git.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { WorkCalendar, type YearOverride } from './calendar.js';
import { addDays } from './dates.js';
import { ConflictError, InvalidRecordError, UsageError } from './errors.js';
import { msg } from './i18n.js';
import { cachedJson } from './cache.js';
import { explain, withDefaults } from './schemas.js';
import type { CalendarRecord, ConfigRecord, LocalRecord } from './types.gen.js';
import { decodeRecord, dumpRecord, parseRecordText, ParseFailure } from './yamlio.js';

export const FORMAT = 1;
export const CONFIG_FILE = 'wuye.yaml';

/** The temporary files of a write in flight (fsx.ts tempNameFor: .<name>.<pid>.<n>.tmp), as .gitignore names them. */
export const TEMP_PATTERN = '.*.tmp';

/**
 * The .gitignore of a records root (`init`, `demo generate`): this computer's settings and the output folder,
 * and the temporary files of a write in flight, which a killed command leaves until the next one finishes it
 * — never clutter in `git status`. `wuye validate` warns when a root's .gitignore lacks them.
 */
export const GITIGNORE = [
  '# local settings of this computer (default operator, output folder)',
  '.wuye/',
  'out/',
  '# temporary files of a write in flight (the next wuye command finishes or removes them)',
  TEMP_PATTERN,
  '',
].join('\n');

/** Does the root's .gitignore hide the temporary files (a line .*.tmp or *.tmp)? */
export function ignoresTemps(dir: string): boolean {
  let text: string;
  try {
    text = readFileSync(join(dir, '.gitignore'), 'utf8');
  } catch {
    return false;
  }
  return text.split(/\r?\n/).some((l) => ['.*.tmp', '*.tmp', '/**/.*.tmp', '**/.*.tmp'].includes(l.trim()));
}

export function findRoot(explicit: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  const given = explicit ?? env.WUYE_RECORDS;
  if (given) {
    const dir = resolve(cwd, given);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new UsageError(
        msg(`记录库目录不存在: ${given}`, `records root does not exist: ${given}`),
        msg(
          '检查 --records 或 WUYE_RECORDS；新建记录库用 wuye init DIR',
          'check --records or WUYE_RECORDS; create one with wuye init DIR',
        ),
      );
    }
    if (!existsSync(join(dir, CONFIG_FILE))) {
      throw new UsageError(
        msg(`${given} 不是记录库（没有 ${CONFIG_FILE}）`, `${given} is not a records root (no ${CONFIG_FILE})`),
        msg(
          '用 wuye init DIR 新建记录库，或指向含 wuye.yaml 的目录',
          'create one with wuye init DIR, or point to the folder that holds wuye.yaml',
        ),
      );
    }
    return dir;
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    if (dirname(dir) === dir) break;
  }
  throw new UsageError(
    msg('找不到记录库（当前目录及其上级都没有 wuye.yaml）', 'no records root found (no wuye.yaml here or above)'),
    msg(
      '用 --records DIR 指定，或设置 WUYE_RECORDS，或用 wuye init DIR 新建',
      'pass --records DIR, set WUYE_RECORDS, or create one with wuye init DIR',
    ),
  );
}

type Defaulted<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };
export type Config = Defaulted<ConfigRecord> & {
  fees: Defaulted<NonNullable<ConfigRecord['fees']>>;
  movein: Defaulted<NonNullable<ConfigRecord['movein']>>;
  renovation: Defaulted<NonNullable<ConfigRecord['renovation']>>;
  pdf: Defaulted<NonNullable<ConfigRecord['pdf']>>;
};

/** Read a small YAML file of the root (config, local settings) to data, with located errors. */
export function readYamlFile(file: string, shownAs: string): { data: unknown; text: string } {
  return parseYamlBytes(readFileSync(file), shownAs);
}

function parseYamlBytes(bytes: Buffer, shownAs: string): { data: unknown; text: string } {
  try {
    const text = decodeRecord(bytes, shownAs);
    return { data: parseRecordText(text, shownAs), text };
  } catch (e) {
    if (e instanceof ParseFailure) {
      const p = e.problem;
      throw new InvalidRecordError(p.message, p.hint, { file: p.file, line: p.line, column: p.column });
    }
    throw e;
  }
}

/** Refuse records of a newer format (exit 4): this version would misread or damage them. */
export function checkFormat(data: unknown): void {
  const format = (data as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > FORMAT) {
    throw new ConflictError(
      msg(
        `记录库格式为 ${format}，本版本 wuye 只支持 ${FORMAT}`,
        `the records are format ${format}; this wuye supports format ${FORMAT}`,
      ),
      msg('请升级 wuye 到支持该格式的版本', 'upgrade wuye to a version that supports it'),
    );
  }
}

export function loadConfig(dir: string): Config {
  const file = join(dir, CONFIG_FILE);
  // Kept between runs (cache.ts) while wuye.yaml and the build are the same: a command then parses no
  // YAML and loads no validator to know its settings. The center's own file, so worked out at run time.
  return cachedJson('config', [file], ([bytes]) => {
    const { data, text } = parseYamlBytes(bytes, CONFIG_FILE);
    checkFormat(data);
    const { value, errors } = withDefaults<Config>('config', data);
    if (errors.length) {
      const p = explain(errors, CONFIG_FILE, text)[0];
      throw new InvalidRecordError(p.message, p.hint, { file: p.file, line: p.line, column: p.column });
    }
    return value;
  });
}

export function loadLocal(dir: string): LocalRecord {
  const file = join(dir, '.wuye', 'local.yaml');
  if (!existsSync(file)) return {};
  return (readYamlFile(file, '.wuye/local.yaml').data ?? {}) as LocalRecord;
}

/** Keep this computer's settings (.wuye/local.yaml, ignored by git): `{ operator: 'S003' }` merged into what is there. */
export function saveLocal(dir: string, changes: Partial<LocalRecord>): string {
  const file = join(dir, '.wuye', 'local.yaml');
  mkdirSync(dirname(file), { recursive: true });
  const next = { ...loadLocal(dir), ...changes };
  writeFileSync(
    file,
    '# 本机设置（不进 git）— local settings of this computer (not in git); schema: schemas/local.schema.json\n' +
      dumpRecord(next),
  );
  return file;
}

/**
 * This computer's desk token (`.wuye/local.yaml` `desk`, made once, at random): every commit made with a station
 * carries it (`Wuye-Desk:`), so a station letter used by two computers shows in the history (issue 17).
 */
export function deskToken(dir: string): string {
  const have = loadLocal(dir).desk;
  if (have) return have;
  const desk = randomBytes(4).toString('hex');
  saveLocal(dir, { desk });
  return desk;
}

/** A station code given on the command line (--station B): one capital letter, or nothing. */
export function parseStation(given: string | undefined): string | undefined {
  if (given === undefined) return undefined;
  if (!/^[A-Z]$/.test(given))
    throw new UsageError(
      msg(`站点代码 ${given} 无效`, `station code ${given} is not valid`),
      msg('用一个大写字母，如 --station B', 'use one capital letter, e.g. --station B'),
    );
  return given;
}

/** The calendar overrides under calendar/<year>.yaml, expanded to dates. */
export function loadCalendarOverrides(dir: string): YearOverride[] {
  const cdir = join(dir, 'calendar');
  if (!existsSync(cdir)) return [];
  const out: YearOverride[] = [];
  for (const f of readdirSync(cdir)
    .filter((n) => /^\d{4}\.yaml$/.test(n))
    .sort()) {
    const rec = readYamlFile(join(cdir, f), `calendar/${f}`).data as CalendarRecord;
    const holidays: string[] = [];
    for (const h of rec.holidays ?? []) {
      for (let d = h.from; d <= (h.to ?? h.from); d = addDays(d, 1)) holidays.push(d);
    }
    out.push({ year: Number(f.slice(0, 4)), holidays, workdays: rec.workdays ?? [] });
  }
  return out;
}

export function makeCalendar(dir: string, warn: (year: number) => void): WorkCalendar {
  return new WorkCalendar(loadCalendarOverrides(dir), warn);
}
