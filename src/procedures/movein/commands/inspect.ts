// 验房收楼 (4.4 1–3): the maintenance staff (设备维护部, the engineer role) walk the unit with the owner,
// copy the water/electricity/gas readings into the inspection form, list the
// problems found; the owner signs (or refuses). Defects go to the developer's
// project engineering department "within the agreed time": --deadline, or the center's
// agreed working days (wuye.yaml movein.rectify_workdays; no default — the manual names none).
// e.g. wuye movein inspect 3-1-0101 --result signed --water 3.2 --electricity 12.5 --defect 主卧:墙面裂缝:wall
import { stepCase } from '../../../core/case-engine.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { MoveinRecord } from '../../../core/types.gen.js';
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { parts } from '../../../kit/line.js';
import { MOVEIN_CASES } from '../cases.js';
import { requireStaff } from '../lookup.js';
import type { Defect, MoveinState } from '../rules.js';
import { DEFECT_CATEGORY } from '../../../core/enums.gen.js';

const CATEGORIES: readonly Defect['category'][] = DEFECT_CATEGORY;
const ENGINEERING = '开发企业项目工程部';

/** A meter reading as copied from the meter: a non-negative number, at most three decimals ("12.5"). */
function reading(l: Line, key: string): string | undefined {
  const v = l.text(key);
  if (v === undefined) return undefined;
  const flag = l.flag(key);
  if (!/^(0|[1-9]\d{0,8})(\.\d{1,3})?$/.test(v))
    throw new UsageError(
      msg(`${flag} 的读数无效: "${v}"`, `invalid reading for ${flag}: "${v}"`),
      msg(
        '读数为非负数，最多三位小数，如 12.5',
        'a reading is a non-negative number with at most three decimals, e.g. 12.5',
      ),
    );
  return v;
}

function parseDefects(values: string[]): { location: string; description: string; category: Defect['category'] }[] {
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

export function parse(l: Line) {
  const id = l.id(0, 'movein');
  const result = l.choice<'signed' | 'refused'>('result')!;
  const found = parseDefects(l.values('defect'));
  if (result === 'refused' && found.length === 0)
    throw new RuleError(
      msg('业主拒签须登记拒签的原因（至少一个 --defect）', 'a refusal needs its reasons: at least one --defect'),
    );
  const readings: { water?: string; electricity?: string; gas?: string } = {};
  for (const k of ['water', 'electricity', 'gas'] as const) {
    const v = reading(l, k);
    if (v !== undefined) readings[k] = v;
  }
  return {
    id,
    result,
    found,
    readings,
    deadline: l.date('deadline'),
    inspector: l.idOpt('inspector', 'staff'),
    on: l.date('on'),
    note: l.text('note'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id, result, found, readings, note } = o;
  const on = o.on ?? ctx.today();
  const inspector = o.inspector
    ? requireStaff(ctx.store, o.inspector, '--inspector', { roles: ['engineer'], day: on })
    : ctx.operator().id;
  const agreed = ctx.config.movein.rectify_workdays;
  if (found.length && !o.deadline && agreed === undefined)
    throw new UsageError(
      msg(
        '验房登记了问题：须用 --deadline 写明与业主约定的整改日期（手册 4.4 3)“在约定时间内”处理）',
        'defects were found: give --deadline, the date agreed with the owner (manual 4.4 3: "within the agreed time")',
      ),
      msg(
        '或在 wuye.yaml 的 movein.rectify_workdays 设定本中心约定的整改工作日数',
        "or set the center's agreed number of working days in wuye.yaml movein.rectify_workdays",
      ),
    );
  const deadline = o.deadline ?? ctx.calendar.addWorkdays(on, agreed ?? 0);
  await ctx.write((tx) => {
    stepCase<MoveinRecord, MoveinState>(
      tx,
      MOVEIN_CASES,
      actor(ctx),
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
        const inspection = {
          round: 1,
          on,
          by: inspector,
          ...(Object.keys(readings).length ? { readings } : {}),
          result,
          ...(note ? { note } : {}),
        };
        return { append: { inspections: [inspection], defects } };
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
