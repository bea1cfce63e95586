// wuye unit import 房屋清单.xlsx [--sheet 一期] [--dry-run]
// Reads the developer's unit/buyer list (开发企业的房屋/购房人清单, spec 01; manual
// 三.2 档案, 四.2 4.3): checks every row first, prints each bad one as
// FILE:ROW:COLUMN with its reason and writes nothing; else one commit with all
// units and people. Re-running the same list changes nothing.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { NotFoundError, RuleError, UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { Store } from '../../../core/store.js';
import { checkSheet, formatProblem, sortProblems, type Checked } from '../import/check.js';
import { loadExisting } from '../import/existing.js';
import { planImport, type Plan } from '../import/plan.js';
import { decodeCsv, parseCsv } from '../import/read-csv.js';
import { readXlsx } from '../import/read-xlsx.js';
import type { Problem } from '../import/rows.js';
import type { Sheet } from '../import/sheet.js';

export const parse = (l: Line) => ({ file: l.arg(0)!, sheet: l.text('sheet') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const fileArg = o.file;
  const sheet = await readSheet(ctx, fileArg, o.sheet);
  const checked = checkSheet(sheet);
  const buyers = new Set(checked.rows.flatMap((r) => (r.buyer ? [r.buyer.key] : [])));
  const plan = (store: Store): Plan => {
    const p = planImport(checked.rows, loadExisting(store, buyers), ctx.today(), checked.cols);
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

async function readSheet(ctx: Ctx, file: string, sheetName: string | undefined): Promise<Sheet> {
  const path = resolve(ctx.cwd, file);
  if (!existsSync(path) || !statSync(path).isFile())
    throw new NotFoundError(msg(`没有文件 ${file}`, `no file ${file}`));
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.txt') {
    if (sheetName !== undefined)
      throw new UsageError(msg('--sheet 只用于 .xlsx 文件', '--sheet applies to .xlsx files only'));
    return parseCsv(decodeCsv(readFileSync(path)).text, file);
  }
  if (ext === '.xlsx') return readXlsx(path, file, sheetName);
  if (ext === '.xls' || ext === '.et' || ext === '.ods') {
    throw new UsageError(
      msg(`${file}: 不支持 ${ext} 格式`, `${file}: the ${ext} format is not supported`),
      msg(
        '在 Excel/WPS 中另存为 "Excel 工作簿 (.xlsx)" 或 CSV',
        'save it as "Excel Workbook (.xlsx)" or CSV in Excel/WPS',
      ),
    );
  }
  throw new UsageError(
    msg(`${file}: 只能导入 .xlsx 或 .csv 文件`, `${file}: only .xlsx or .csv files can be imported`),
  );
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
