// wuye unit import 房屋清单.xlsx [--sheet 一期] [--dry-run] [--map 房屋类型:110=住宅 …] [--strict]
// Reads the developer's unit/buyer list (开发企业的房屋/购房人清单, spec 01; manual
// 三.2 档案, 四.2 4.3) or another system's export (HC MicroCommunity's owner/room
// template, issue 11 item 19): checks every row first, prints each bad one as
// FILE:ROW:COLUMN with its reason and writes nothing; else one commit with all
// units and people. Re-running the same list changes nothing. Unknown columns are
// skipped with a warning (refused with --strict); --map 列=字段 reads a column as a
// field, --map 列:代码=值 turns a coded value into ours.
import { basename } from 'node:path';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { Store } from '../../../core/store.js';
import { checkSheet, formatProblem, sortProblems, type Checked, type ImportOptions } from '../import/check.js';
import { colLetter, fieldByName, FIELDS, normalize, type FieldDef } from '../import/fields.js';
import { loadExisting } from '../import/existing.js';
import { planImport, type Plan } from '../import/plan.js';
import { readSheetFile } from '../../../kit/sheet/read.js';
import type { Problem } from '../import/rows.js';

export const parse = (l: Line) => ({
  file: l.arg(0)!,
  sheet: l.text('sheet'),
  strict: l.flagged('strict'),
  ...parseMaps(l.values('map')),
});

/** --map 列=字段 (a column read as a field, or 忽略) and --map 列:代码=值 (a coded value), checked as typed. */
export function parseMaps(rules: readonly string[]): Pick<ImportOptions, 'map' | 'values'> {
  const map = new Map<string, FieldDef>();
  const values = new Map<string, Map<string, string>>();
  for (const r of rules) {
    const coded = /^([^:：=]+)[:：]([^=]+)=(.+)$/.exec(r);
    const field = /^([^:：=]+)=(.+)$/.exec(r);
    if (coded) {
      const h = normalize(coded[1]);
      const v = values.get(h) ?? new Map<string, string>();
      v.set(coded[2].trim(), coded[3].trim());
      values.set(h, v);
    } else if (field) {
      const f = fieldByName(field[2]);
      if (!f)
        throw new UsageError(
          msg(`--map ${r}：没有字段 "${field[2].trim()}"`, `--map ${r}: no field "${field[2].trim()}"`),
          msg(
            `字段：${FIELDS.filter((x) => x.key !== 'ignore')
              .map((x) => x.aliases[0])
              .join('、')}，或 忽略`,
            `fields: ${FIELDS.filter((x) => x.key !== 'ignore')
              .map((x) => x.key)
              .join(', ')}, or ignore`,
          ),
        );
      map.set(normalize(field[1]), f);
    } else
      throw new UsageError(
        msg(`--map ${r}：应为 列=字段 或 列:代码=值`, `--map ${r}: expected HEADER=FIELD or HEADER:CODE=VALUE`),
        msg(
          '如 --map 住户=业主姓名、--map 房屋类型:110=住宅、--map 租金=忽略',
          'e.g. --map 住户=name, --map 房屋类型:110=住宅, --map 租金=ignore',
        ),
      );
  }
  return { map, values };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const fileArg = o.file;
  const sheet = await readSheetFile(ctx, fileArg, o.sheet);
  const checked = checkSheet(sheet, o);
  if (checked.unmatched.length)
    throw new UsageError(
      msg(
        `--map：${fileArg} 的表头中没有列 ${checked.unmatched.map((h) => `"${h}"`).join('、')}`,
        `--map: ${fileArg} has no column ${checked.unmatched.map((h) => `"${h}"`).join(', ')} in its header`,
      ),
      msg(
        '列名照表头写（括号中的单位可省）',
        'write the header as the sheet has it (units in brackets may be left out)',
      ),
    );
  warnSkipped(ctx, fileArg, checked);
  const buyers = new Set(checked.rows.flatMap((r) => (r.buyer ? [r.buyer.key] : [])));
  const plan = (store: Store): Plan => {
    const p = planImport(checked.rows, loadExisting(store, buyers, ctx.config.station), ctx.today(), checked.cols);
    // Bad cells and what the good rows say together (duplicates, conflicts), in row order.
    if (checked.problems.length || p.problems.length)
      refuse(ctx, fileArg, sortProblems([...checked.problems, ...p.problems]));
    return p;
  };
  if (checked.problems.length) plan(ctx.store);
  if (ctx.dryRun) {
    showDryRun(ctx, fileArg, checked, plan(ctx.store));
    return;
  }
  await ctx.write((tx) => {
    const p = plan(tx.store);
    for (const person of p.people) tx.create('person', person.id, person);
    for (const unit of p.units) tx.create('unit', unit.id, unit);
    return {
      message: `unit: import ${basename(fileArg)} (${p.units.length} units, ${p.people.length} people)`,
      summary: msg(
        `已导入 ${fileArg}：新建房屋 ${p.units.length} 套、人员 ${p.people.length} 人；已登记且相同而跳过的房屋 ${p.skipped.length} 套；沿用已登记人员 ${p.reused} 人`,
        `imported ${fileArg}: ${p.units.length} new units, ${p.people.length} new people; ${p.skipped.length} units already registered identically (skipped); ${p.reused} registered people reused`,
      ),
    };
  });
}

/** Columns the import reads nothing from: unknown headers (one line, all of them) and a block beside the table. */
function warnSkipped(ctx: Ctx, file: string, c: Checked): void {
  if (c.ignored.length) {
    const list = c.ignored.map((u) => `${colLetter(u.col)} ${u.text}`);
    ctx.warn(
      msg(
        `${file}：未知的列未导入：${list.join('、')}（用 --map 列=字段 导入，--map 列=忽略 不再提示；--strict 则拒绝）`,
        `${file}: unknown columns not imported: ${list.join(', ')} (--map HEADER=FIELD imports one, --map HEADER=ignore skips it quietly; --strict refuses them)`,
      ),
    );
  }
  if (c.outside.length) {
    // contiguous columns as a range: S–V; others listed: C、G
    const spans: number[][] = [];
    for (const col of c.outside) {
      const last = spans.at(-1);
      if (last && last.at(-1) === col - 1) last.push(col);
      else spans.push([col]);
    }
    const text = spans.map((r) => colLetter(r[0]) + (r.length > 1 ? `–${colLetter(r.at(-1)!)}` : ''));
    ctx.warn(
      msg(
        `${file}：第 ${text.join('、')} 列在表格之外（没有列标题或与表格隔着空列，如填写说明），未导入`,
        `${file}: columns ${text.join(', ')} are outside the table (no header, or past an empty column, e.g. notes), not imported`,
      ),
    );
  }
}

/** Print every problem on its own line (FILE:ROW:COLUMN: reason) and stop: nothing is written. */
function refuse(ctx: Ctx, file: string, problems: Problem[]): never {
  for (const p of problems) ctx.out.err(formatProblem(file, p, t(p.message)));
  const rows = new Set(problems.map((p) => p.row)).size;
  throw new RuleError(
    msg(
      `${file} 有 ${problems.length} 处问题（${rows} 行），未写入任何文件`,
      `${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'} (${rows} row${rows === 1 ? '' : 's'}); nothing was written`,
    ),
    msg('在表格中改正上面列出的行后重新导入', 'correct the rows listed above in the sheet and import it again'),
  );
}

function showDryRun(ctx: Ctx, file: string, checked: Checked, p: Plan): void {
  const first = p.units.slice(0, 10).map((u) => {
    const own = p.owners.get(u.id) ?? [];
    return {
      unit: u.id,
      type: u.type,
      area: u.area,
      layout: u.layout ?? null,
      owners: own.map((o) => {
        // a buyer as the person record will show them: masked by the person schema's declaration
        const shown = ctx.shownData('person', { national_id: o.buyer.national_id, phones: o.buyer.phones ?? [] });
        return {
          person: o.person,
          new: o.isNew,
          name: o.buyer.name,
          national_id: shown.national_id ?? null,
          phones: shown.phones,
        };
      }),
    };
  });
  const counts = {
    units: p.units.length,
    people: p.people.length,
    skipped: p.skipped.length,
    reused: p.reused,
    rows: checked.rows.length,
    blankRows: checked.blank,
  };
  if (ctx.globals.json) {
    ctx.out.json({ dryRun: true, file, ...counts, first });
    return;
  }
  ctx.out.line(
    t(
      msg(
        `（试运行，未写入）${file}：${counts.rows} 行数据${counts.blankRows ? `（另有空行 ${counts.blankRows} 行已跳过）` : ''}；将新建房屋 ${counts.units} 套、人员 ${counts.people} 人；已登记且相同而跳过的房屋 ${counts.skipped} 套；沿用已登记人员 ${counts.reused} 人`,
        `(dry run, nothing written) ${file}: ${counts.rows} data rows${counts.blankRows ? ` (${counts.blankRows} blank rows skipped)` : ''}; would create ${counts.units} units and ${counts.people} people; ${counts.skipped} units already registered identically (skipped); ${counts.reused} registered people reused`,
      ),
    ),
  );
  if (first.length === 0) return;
  ctx.out.table(first, [
    { key: 'unit', header: msg('房屋', 'Unit'), get: (r) => r.unit },
    { key: 'type', header: msg('类型', 'Type'), get: (r) => label('unitType', r.type) },
    { key: 'area', header: msg('面积', 'Area'), get: (r) => r.area, align: 'right' },
    { key: 'layout', header: msg('户型', 'Layout'), get: (r) => r.layout ?? undefined },
    {
      key: 'owner',
      header: msg('业主', 'Owners'),
      get: (r) => r.owners.map((o) => `${o.person}${o.new ? '*' : ''} ${o.name}`).join('；'),
    },
    {
      key: 'nid',
      header: msg('身份证号', 'National id'),
      get: (r) => r.owners.map((o) => o.national_id ?? '').join('；'),
    },
    { key: 'phone', header: msg('手机', 'Mobile'), get: (r) => r.owners.map((o) => o.phones.join(',')).join('；') },
  ]);
  if (p.units.length > first.length)
    ctx.out.line(
      t(
        msg(
          `……另有 ${p.units.length - first.length} 套（* 为新建人员）`,
          `… and ${p.units.length - first.length} more (* = new person)`,
        ),
      ),
    );
  else ctx.out.line(t(msg('（* 为新建人员）', '(* = new person)')));
}
