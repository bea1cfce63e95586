// Parse once, then run (after the GitHub CLI's options structs): a command module exports
// `parse(line)`, which turns the typed words of its command line into one typed options object —
// every value checked here, each mistake one clear line naming its option, exit 2, before any
// prompt, lock or read — and `run(ctx, options)`, which does the work. Both are tested alone.
// e.g. export const parse = (l: Line) => ({ id: l.id(0, 'renovation'), on: l.date('on'), amount: l.money('amount') });
//      export async function run(ctx: Ctx, o: ReturnType<typeof parse>) { … }
import { isValidDate, parseDateInput, parsePeriod } from '../core/dates.js';
import { UsageError } from '../core/errors.js';
import { msg } from '../core/i18n.js';
import { checkId } from '../core/kinds.js';
import { parseAmountInput, type Fen } from '../core/money.js';
import { isValidMobile, isValidNationalId } from '../core/personal.js';
import type { Ctx } from './context.js';
import { optionKey, type CommandModule, type CommandSpec, type Opts, type RawCommandModule } from './spec.js';

/** The words of one command line, read through its spec. */
export class Line {
  constructor(
    readonly spec: CommandSpec,
    readonly args: readonly string[],
    readonly opts: Opts,
  ) {}

  /** The flag of an option key as a person types it ('perDay' → '--per-day'). */
  flag(key: string): string {
    const o = (this.spec.options ?? []).find((x) => optionKey(x.flags) === key);
    if (o) return /--[a-z0-9-]+/.exec(o.flags)![0];
    if (key === 'dryRun') return '--dry-run';
    throw new Error(`${this.spec.name}: no option ${key}`); // a bug in the command, not the user's mistake
  }

  private raw(key: string): string | undefined {
    this.flag(key);
    const v = this.opts[key];
    return typeof v === 'string' ? v : undefined;
  }

  // ---- arguments ----
  /** Argument i as typed (trimmed), or undefined. */
  arg(i: number): string | undefined {
    const v = this.args[i];
    return v === undefined ? undefined : v.trim();
  }
  /** Every value of a variadic last argument. */
  rest(i: number): string[] {
    return this.args.slice(i).map((a) => a.trim());
  }
  /** Argument i as a record id of `kind` (../, / and a wrong pattern refused). */
  id(i: number, kind: string): string {
    const a = this.spec.args?.[i];
    const v = this.arg(i);
    const name = (a?.name ?? 'id').toUpperCase();
    if (v === undefined)
      throw new UsageError(msg(`缺少 ${name}`, `missing ${name}`), msg(`用法见 --help`, `see --help for usage`));
    return checkId(kind, v, name);
  }
  optionalId(i: number, kind: string): string | undefined {
    return this.arg(i) === undefined ? undefined : this.id(i, kind);
  }

  // ---- options ----
  /** Free text, trimmed; undefined when absent. */
  text(key: string): string | undefined {
    const v = this.raw(key);
    return v === undefined ? undefined : v.trim();
  }
  /** Every value of a repeatable option (`--defect <defect...>`: --defect a b, or given twice), trimmed. */
  values(key: string): string[] {
    this.flag(key);
    const v = this.opts[key];
    if (v === undefined || v === true || v === false) return [];
    return (Array.isArray(v) ? v : [v]).map((x) => String(x).trim());
  }
  /** Was the option given at all (to tell "leave it alone" from "set it to nothing")? */
  given(key: string): boolean {
    this.flag(key);
    return this.opts[key] !== undefined;
  }
  /** A switch (--merge), or a negatable one's value (--no-print → false). */
  flagged(key: string): boolean {
    this.flag(key);
    return this.opts[key] === true;
  }
  /** A value the spec lists in `choices` (commander checked it; this types it). */
  choice<T extends string>(key: string): T | undefined {
    return this.raw(key) as T | undefined;
  }
  /** A record id of `kind` given as an option (--unit 1-2-0801). */
  idOpt(key: string, kind: string): string | undefined {
    const v = this.text(key);
    return v === undefined ? undefined : checkId(kind, v, this.flag(key));
  }
  /** A calendar date, YYYY-MM-DD (2026-02-30 refused). */
  date(key: string): string | undefined {
    const v = this.raw(key);
    return v === undefined ? undefined : parseDateInput(v, this.flag(key));
  }
  /**
   * A local time as a person types it — 2026-11-28T21:30, 2026-11-28 21:30 or 21:30 (today) — without its
   * offset: `YYYY-MM-DDTHH:MM:SS`, or `THH:MM:SS` for a time of today. The command adds the date and the
   * center's offset (src/kit/case.ts atTime), where the clock is known.
   */
  localTime(key: string): string | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    const flag = this.flag(key);
    const m = /^(?:(\d{4}-\d{2}-\d{2})[T ])?(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(v.trim());
    if (!m || (m[1] && !isValidDate(m[1])) || Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59)
      throw new UsageError(
        msg(`${flag} 的时间无效: "${v}"`, `invalid time for ${flag}: "${v}"`),
        msg(
          '时间形如 2026-11-28T09:30、"2026-11-28 09:30" 或 09:30（今天）',
          'a time looks like 2026-11-28T09:30, "2026-11-28 09:30" or 09:30 (today)',
        ),
      );
    return `${m[1] ?? ''}T${m[2].padStart(2, '0')}:${m[3]}:${m[4] ?? '00'}`;
  }
  /** A billing period, YYYY-MM (2026-13 refused). */
  period(key: string): string | undefined {
    const v = this.text(key);
    if (v === undefined) return undefined;
    const { year, month } = parsePeriod(v, this.flag(key));
    return `${year}-${String(month).padStart(2, '0')}`;
  }
  /** A whole number between min and max. */
  int(key: string, min = -Infinity, max = Infinity): number | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    const flag = this.flag(key);
    if (!/^-?\d+$/.test(v.trim()) || Number(v) < min || Number(v) > max) {
      const range = Number.isFinite(min) ? `（${min}–${max}）` : '';
      const rangeEn = Number.isFinite(min) ? ` (${min}–${max})` : '';
      throw new UsageError(
        msg(`${flag} 应为整数${range}，而不是 "${v}"`, `${flag} must be a whole number${rangeEn}, not "${v}"`),
      );
    }
    return Number(v);
  }
  /** Money typed in yuan (485.97) → integer fen; 1e3, abc, three decimals and negatives refused. */
  money(key: string): Fen | undefined {
    const v = this.raw(key);
    return v === undefined ? undefined : parseAmountInput(v, this.flag(key));
  }
  /** A floor area in m², at most two decimals, as the records keep it ("89.37"). */
  area(key: string): string | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    const flag = this.flag(key);
    if (!/^(0|[1-9]\d{0,6})(\.\d{1,2})?$/.test(v.trim()) || Number(v) <= 0) {
      throw new UsageError(
        msg(`${flag} 的面积无效: "${v}"`, `invalid area for ${flag}: "${v}"`),
        msg('面积为正数，最多两位小数，如 89.37', 'an area is a positive number with at most two decimals, e.g. 89.37'),
      );
    }
    return Number(v).toFixed(2);
  }
  /** A mainland mobile number, spaces and dashes dropped. */
  mobile(key: string): string | undefined {
    const v = this.raw(key);
    return v === undefined ? undefined : checkMobile(v, this.flag(key));
  }
  /** An 18-character national id with a valid check digit. */
  nationalId(key: string): string | undefined {
    const v = this.raw(key);
    return v === undefined ? undefined : checkNationalId(v, this.flag(key));
  }
  /** A list separated by commas (also ，、 and spaces), each item one of `allowed` when given; duplicates dropped. */
  list<T extends string = string>(key: string, allowed?: readonly T[]): T[] | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    const flag = this.flag(key);
    const items = v
      .split(/[,，、\s]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = allowed ? items.filter((s) => !allowed.includes(s as T)) : [];
    if (bad.length)
      throw new UsageError(
        msg(`${flag} 中有未知的值: ${bad.join(', ')}`, `unknown value(s) for ${flag}: ${bad.join(', ')}`),
        msg(`可用的值: ${allowed!.join(', ')}`, `allowed: ${allowed!.join(', ')}`),
      );
    return [...new Set(items)] as T[];
  }
  /** Numbers separated by commas ("1,3" → [1, 3]): item numbers of a list shown to the person. */
  numbers(key: string): number[] | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    const out = v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (!out.every((s) => /^[1-9]\d{0,3}$/.test(s)))
      throw new UsageError(
        msg(
          `${this.flag(key)} 应为逗号分隔的序号，如 1,3，而不是 "${v}"`,
          `${this.flag(key)} takes numbers separated by commas, e.g. 1,3, not "${v}"`,
        ),
      );
    return out.map(Number);
  }
  /** A building: letters and digits (3, S1). */
  building(key = 'building'): string | undefined {
    const b = this.text(key);
    if (b !== undefined && !/^[0-9A-Za-z]{1,6}$/.test(b))
      throw new UsageError(
        msg(`${this.flag(key)} 不是有效的楼栋: "${b}"`, `${this.flag(key)} is not a valid building: "${b}"`),
        msg('楼栋只含字母和数字，如 3 或 S1', 'a building is letters and digits, e.g. 3 or S1'),
      );
    return b;
  }
}

/** "a:b:c" option values split into at most n parts (the last keeps any further colons): P000123:2026-12-01. */
export function parts(v: string, n: number): string[] {
  const p = v.split(':');
  return p.length <= n ? p : [...p.slice(0, n - 1), p.slice(n - 1).join(':')];
}

export function checkMobile(v: string, flag: string): string {
  const s = v.replace(/[\s-]/g, '');
  if (!isValidMobile(s))
    throw new UsageError(
      msg(`${flag} 的手机号无效: "${v}"`, `invalid mobile number for ${flag}: "${v}"`),
      msg('手机号为 1 开头的 11 位数字', 'a mobile number has 11 digits and starts with 1'),
    );
  return s;
}

export function checkNationalId(v: string, flag: string): string {
  const s = v.trim().toUpperCase();
  if (!isValidNationalId(s))
    throw new UsageError(
      msg(
        `${flag} 的身份证号无效（长度、出生日期或校验位不符）`,
        `invalid national id for ${flag} (length, birth date or check digit)`,
      ),
      msg('核对 18 位号码，尤其是最后一位校验位', 'check all 18 characters, especially the final check digit'),
    );
  return s;
}

/** Run a loaded command: parse the line, then run it with the typed options. */
export async function runCommand(
  ctx: Ctx,
  spec: CommandSpec,
  mod: CommandModule | RawCommandModule,
  args: string[],
  opts: Opts,
  /** Between checking the line and running (the --reveal gate): a refusal here runs nothing. */
  before?: () => Promise<void>,
): Promise<void> {
  if (mod.parse) {
    const o = mod.parse(new Line(spec, args, opts));
    await before?.();
    await mod.run(ctx, o);
  } else {
    await before?.();
    await (mod as RawCommandModule).run(ctx, args, opts);
  }
}

/** What a prompt asks for: argument `i` or the option `key`. */
export type Asked = { arg: number } | { key: string };

/**
 * The rule of a command's own `parse` applied to one answer as it is typed (cli.md "Prompts"): the line with
 * this value put in is parsed, and an error raised while reading that argument or option is the answer's
 * (true: accepted). Errors about values not yet asked for, or about the line as a whole, wait for the run.
 */
export function checkAnswer(
  mod: CommandModule | RawCommandModule,
  spec: CommandSpec,
  args: readonly string[],
  opts: Opts,
  asked: Asked,
  value: string,
): true | UsageError {
  if (!mod.parse) return true;
  const a = [...args];
  const o = { ...opts };
  if ('arg' in asked) a[asked.arg] = value;
  else o[asked.key] = value;
  const target = 'arg' in asked ? asked.arg : asked.key;
  const line = new Line(spec, a, o);
  let culprit: unknown;
  // every reading of the line goes through this proxy, which notes what was being read when a rule refused
  const probe = new Proxy(line, {
    get(tgt, prop) {
      const f = Reflect.get(tgt, prop, tgt) as unknown;
      if (typeof f !== 'function') return f;
      return (...xs: unknown[]) => {
        try {
          return (f as (...ys: unknown[]) => unknown).apply(tgt, xs);
        } catch (e) {
          culprit ??= xs[0];
          throw e;
        }
      };
    },
  });
  try {
    mod.parse(probe);
    return true;
  } catch (e) {
    return e instanceof UsageError && culprit === target ? e : true;
  }
}
