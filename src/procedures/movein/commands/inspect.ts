// 验房收楼 (4.4 1–3): the maintenance staff walk the unit with the owner,
// copy the water/electricity/gas readings into the inspection form, list the
// problems found; the owner signs (or refuses). Defects go to the developer's
// project engineering department with an agreed deadline.
// e.g. wuye movein inspect 3-1-0101 --result signed --water 3.2 --electricity 12.5 --defect 主卧:墙面裂缝:wall
import { optDate, parts, str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { Defect } from '../rules.js';
import { caseId, stepDate, staffOpt, takeStep } from '../lookup.js';

export const CATEGORIES: Defect['category'][] = [
  'wall',
  'floor',
  'ceiling',
  'door-window',
  'plumbing',
  'electrical',
  'waterproofing',
  'fixtures',
  'gas',
  'other',
];
export const ENGINEERING = '开发企业项目工程部';

function reading(opts: Opts, key: string, flag: string): string | undefined {
  const v = str(opts, key);
  if (v === undefined) return undefined;
  if (!/^(0|[1-9]\d{0,8})(\.\d{1,3})?$/.test(v.trim()))
    throw new UsageError(
      msg(`${flag} 的读数无效: "${v}"`, `invalid reading for ${flag}: "${v}"`),
      msg(
        '读数为非负数，最多三位小数，如 12.5',
        'a reading is a non-negative number with at most three decimals, e.g. 12.5',
      ),
    );
  return v.trim();
}

export function parseDefects(
  values: string[],
): { location: string; description: string; category: Defect['category'] }[] {
  return values.map((v) => {
    const [location, description, category = 'other'] = parts(v, 3).map((s) => s.trim());
    if (!location || !description)
      throw new UsageError(
        msg(
          `--defect 应写成 部位:描述[:类别]，而不是 "${v}"`,
          `--defect takes location:description[:category], not "${v}"`,
        ),
        msg('如 --defect 主卧:墙面裂缝:wall', 'e.g. --defect 主卧:墙面裂缝:wall'),
      );
    if (!CATEGORIES.includes(category as Defect['category']))
      throw new UsageError(
        msg(`--defect 的类别未知: "${category}"`, `unknown --defect category: "${category}"`),
        msg(`可用的类别: ${CATEGORIES.join(', ')}`, `categories: ${CATEGORIES.join(', ')}`),
      );
    return { location, description, category: category as Defect['category'] };
  });
}

export async function run(ctx: Ctx, [idArg]: string[], opts: Opts): Promise<void> {
  const id = caseId(idArg);
  const result = str(opts, 'result') as 'signed' | 'refused';
  const on = stepDate(ctx, opts);
  const inspector = staffOpt(ctx, opts, 'inspector', '--inspector');
  const raw = opts.defect === undefined ? [] : Array.isArray(opts.defect) ? opts.defect : [String(opts.defect)];
  const found = parseDefects(raw);
  if (result === 'refused' && found.length === 0)
    throw new RuleError(
      msg('业主拒签须登记拒签的原因（至少一个 --defect）', 'a refusal needs its reasons: at least one --defect'),
    );
  const deadline =
    optDate(opts, 'deadline', '--deadline') ?? ctx.calendar.addWorkdays(on, ctx.config.movein.rectify_workdays);
  const readings = Object.fromEntries(
    (
      [
        ['water', '--water'],
        ['electricity', '--electricity'],
        ['gas', '--gas'],
      ] as const
    )
      .map(([k, f]) => [k, reading(opts, k, f)])
      .filter(([, v]) => v !== undefined),
  );
  await ctx.write((tx) => {
    takeStep(
      ctx,
      tx,
      id,
      'inspect',
      (c) => {
        const start = Math.max(0, ...(c.defects ?? []).map((d) => d.no));
        const defects: Defect[] = found.map((d, i) => ({
          no: start + i + 1,
          round: 1,
          ...d,
          status: 'open',
          assigned_to: ENGINEERING,
          deadline,
        }));
        return {
          inspections: [
            ...(c.inspections ?? []),
            {
              round: 1,
              on,
              by: inspector,
              ...(Object.keys(readings).length ? { readings } : {}),
              result,
              ...(str(opts, 'note') ? { note: str(opts, 'note') } : {}),
            },
          ],
          ...(defects.length ? { defects: [...(c.defects ?? []), ...defects] } : {}),
        };
      },
      `${result === 'signed' ? '签字确认' : '拒签'}${found.length ? `，问题 ${found.length} 项，期限 ${deadline}` : '，无问题'}`,
    );
    return {
      message: `movein: inspect ${id}`,
      summary: msg(
        `${id}：验房${result === 'signed' ? '已签字确认' : '业主拒签'}${found.length ? `，登记问题 ${found.length} 项，约定 ${deadline} 前整改` : '，合格'}`,
        `${id}: inspection ${result}${found.length ? `, ${found.length} defect(s) to fix by ${deadline}` : ', no defects'}`,
      ),
    };
  });
}
