// wuye survey import DC2026-01 answers.xlsx   (or .csv: UTF-8 or GBK as Chinese Excel saves it)
// Spec 13-survey.md: one row per questionnaire — a column 房号 (or 问卷编号 for staff), one column per item headed by
// its code, its number or its question, optionally 部门 and 意见建议. The whole file is checked before anything is
// written: an answer outside the scale, a unit not in the sample, one entered twice → every problem as
// FILE:ROW: reason, exit 1, nothing written.
import { basename } from 'node:path';
import { recordAct } from '../../../core/case-engine.js';
import { DEPARTMENT } from '../../../core/enums.gen.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { readSheetFile } from '../../../kit/sheet/read.js';
import { isBlank, text, type Cell } from '../../../kit/sheet/sheet.js';
import { ENTER, openForAnswers, SURVEY_CASES } from '../cases.js';
import { checkResponse, isValid, type Response, type Survey } from '../rules.js';

export const parse = (l: Line) => {
  const file = l.arg(1);
  if (!file) throw new UsageError(msg('缺少 FILE（xlsx 或 csv）', 'missing FILE (xlsx or csv)'));
  return { id: l.id(0, 'survey'), file };
};

const RESPONDENT = ['房号', '问卷编号', '房号/问卷编号', '编号', 'respondent', 'unit', 'number'];
const GROUP = ['部门', '楼栋/部门', 'group', 'department'];
const SUGGESTION = ['意见建议', '意见和建议', '建议', 'suggestion', 'suggestions'];
const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/** A department as typed: its code or its label (用户服务部). */
function department(v: string): string | undefined {
  return DEPARTMENT.find((d) => d === v || label('department', d) === v);
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const s = openForAnswers(ctx.store, o.id);
  const sheet = await readSheetFile(ctx, o.file);
  const rows = sheet.rows.filter((r) => !isBlank(r.cells));
  const head = rows.shift();
  if (!head) throw new RuleError(msg(`${o.file} 是空的`, `${o.file} is empty`));
  const items = s.questionnaire.items;
  const cell = (c: Cell) => {
    const v = text(c);
    return v.ok ? v.value : undefined;
  };
  // the header: which column holds what
  let who = -1;
  let group = -1;
  let sugg = -1;
  const itemCol = new Map<number, number>();
  const problems: string[] = [];
  head.cells.forEach((c, col) => {
    const h = cell(c);
    if (!h) return;
    const n = norm(h);
    if (RESPONDENT.some((x) => norm(x) === n)) who = col;
    else if (GROUP.some((x) => norm(x) === n)) group = col;
    else if (SUGGESTION.some((x) => norm(x) === n)) sugg = col;
    else {
      const k = items.findIndex((it, i) => norm(it.id) === n || norm(it.text) === n || String(i + 1) === n);
      if (k < 0)
        problems.push(
          `${o.file}:${head.row}: ${t(msg(`表头 "${h}" 不是问卷的项目（用项目代码、序号或问题）`, `header "${h}" is not an item of the questionnaire (use its code, number or question)`))}`,
        );
      else if ([...itemCol.values()].includes(k))
        problems.push(
          `${o.file}:${head.row}: ${t(msg(`项目 ${items[k].id} 有两列`, `item ${items[k].id} has two columns`))}`,
        );
      else itemCol.set(col, k);
    }
  });
  if (who < 0)
    problems.push(
      `${o.file}:${head.row}: ${t(msg('表头缺少“房号”（或“问卷编号”）列', 'the header has no 房号 (unit) or 问卷编号 (number) column'))}`,
    );
  const missing = items.filter((_, k) => ![...itemCol.values()].includes(k));
  if (who >= 0 && missing.length)
    problems.push(
      `${o.file}:${head.row}: ${t(msg(`缺少项目列: ${missing.map((i) => i.id).join(', ')}`, `no column for: ${missing.map((i) => i.id).join(', ')}`))}`,
    );
  const taken = new Set((s.responses ?? []).map((r) => r.respondent));
  const good: Response[] = [];
  if (!problems.length)
    for (const r of rows) {
      const respondent = cell(r.cells[who]) ?? '';
      const raw: (string | undefined)[] = items.map(() => undefined);
      for (const [col, k] of itemCol) raw[k] = cell(r.cells[col]);
      const g = group >= 0 ? cell(r.cells[group]) : undefined;
      const dep = g && s.type === 'staff' ? department(g) : undefined;
      if (g && s.type === 'staff' && !dep) {
        problems.push(`${o.file}:${r.row}: ${t(msg(`部门 "${g}" 无效`, `department "${g}" is not one of ours`))}`);
        continue;
      }
      const c = checkResponse(s, respondent, raw, taken, {
        group: dep,
        suggestion: sugg >= 0 ? cell(r.cells[sugg]) : undefined,
      });
      if (!c.ok) {
        problems.push(`${o.file}:${r.row}: ${t(c.reason)}`);
        continue;
      }
      taken.add(respondent);
      good.push(c.response);
    }
  if (problems.length) {
    for (const p of problems) ctx.out.err(p);
    throw new RuleError(
      msg(
        `${o.file} 有 ${problems.length} 处问题，未写入任何问卷`,
        `${o.file} has ${problems.length} problem(s); nothing was written`,
      ),
      msg('在表格中改正上面列出的行后重新导入', 'correct the rows listed above and import the file again'),
    );
  }
  if (!good.length) throw new RuleError(msg(`${o.file} 没有问卷行`, `${o.file} has no questionnaire rows`));
  const invalid = good.filter((r) => !isValid(r.answers, items.length)).length;
  await ctx.write((tx) => {
    const by = actor(ctx);
    const after = recordAct<Survey, Survey['state']>(
      tx,
      SURVEY_CASES,
      by,
      o.id,
      ENTER,
      () => ({
        append: { responses: good.map((r) => ({ ...r, entered_at: ctx.today(), entered_by: by.id })) },
      }),
      `import ${basename(o.file)}: ${good.length}`,
    );
    const n = after.responses?.length ?? 0;
    return {
      message: `survey: import ${o.id} ${basename(o.file)} (${good.length})`,
      summary: msg(
        `已导入 ${good.length} 份问卷（无效 ${invalid} 份）；已回收 ${n}/${s.sample?.respondents.length ?? 0}`,
        `${good.length} questionnaire(s) imported (${invalid} invalid); ${n}/${s.sample?.respondents.length ?? 0} returned`,
      ),
    };
  });
}
