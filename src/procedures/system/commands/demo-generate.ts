// wuye demo generate DIR [--units 5000] [--seed 1] [--years 3] [--no-git]
// A deterministic synthetic estate for benchmarks (quality.md "The benchmark
// estate"): same seed, same files. Each procedure's generators are named in its manifest.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { collect } from '../../../kit/manifest.js';
import { DEMO_AS_OF, generate, type KindGenerator } from '../../../kit/generate/run.js';

export const parse = (l: Line) => ({
  dir: l.arg(0)!,
  units: l.int('units', 10, 200_000)!,
  seed: l.int('seed', 0, 2 ** 31)!,
  years: l.int('years', 1, 20)!,
  git: l.flagged('git'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { units, seed, years, dir: dirArg } = o;
  const dir = resolve(ctx.cwd, dirArg);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new UsageError(
      msg(`${dirArg} 不是空目录`, `${dirArg} is not empty`),
      msg('请指定一个新的或空的目录', 'give a new or empty folder'),
    );
  }
  const t0 = performance.now();
  const r = await generate(
    dir,
    { profile: 'bench', units, seed, years, asOf: DEMO_AS_OF },
    await collect<KindGenerator>(ctx.procedures, 'generators'),
    {
      git: o.git,
      progress:
        ctx.globals.quiet || ctx.globals.json
          ? undefined
          : (name) => ctx.out.err(t(msg(`生成 ${name}…`, `generating ${name}…`))),
    },
  );
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  if (ctx.globals.json) {
    ctx.out.json({ root: dir, ...r, seconds: Number(secs) });
    return;
  }
  ctx.out.line(
    t(
      msg(
        `已生成 ${dir}：${r.units} 套房屋、${r.people} 人、${r.staff} 名员工，共 ${r.files} 个文件（${secs} 秒）${r.commit ? `，提交 ${r.commit.slice(0, 7)}` : ''}`,
        `generated ${dir}: ${r.units} units, ${r.people} people, ${r.staff} staff, ${r.files} files (${secs} s)${r.commit ? `, commit ${r.commit.slice(0, 7)}` : ''}`,
      ),
    ),
  );
}
