// Surveys through the real CLI on the demo estate (spec 13-survey.md; manual 三.6.12, 三.5.9): an owners' survey
// from new to closed — the sample drawn again with the same seed gives the same units, questionnaires printed one
// per unit, answers entered and imported (an exactly-half-blank one valid, one blank more invalid), the analysis
// with exact figures against last year as PDF and workbook, actions, the close — and the refusals with nothing
// written: entering before the sample, a unit not in the sample, an answer off the scale, a bad import file
// (every bad row named file:row), closing with an item unactioned or an action open. Then a staff survey.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { git, newRoot, read, tmp, wuye } from '../../helpers/cli.js';
import { pdfText } from '../../helpers/pdf.js';

const head = (root: string) => git(root, ['rev-parse', 'HEAD']).trim();

describe('surveys end to end', { timeout: 300_000 }, () => {
  const root = newRoot({ demo: true });
  const out = tmp();
  const ok = (args: string[]) => {
    const r = wuye(root, args);
    if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}: ${r.stderr}`);
    return r;
  };
  const refused = (args: string[], code = 1) => {
    const before = head(root);
    const status = git(root, ['status', '--porcelain']);
    const r = wuye(root, args);
    expect(r.code, r.stderr).toBe(code);
    expect(head(root)).toBe(before);
    expect(git(root, ['status', '--porcelain'])).toBe(status);
    return r;
  };
  const respondents = () =>
    (/respondents:\n((?:\s+- .+\n)+)/.exec(read(root, 'surveys/DC2026-03.yaml'))?.[1] ?? '')
      .trim()
      .split('\n')
      .map((l) => l.replace(/^\s*- /, '').trim());
  let units: string[] = [];

  it('makes a survey from the owners template and refuses answers before the sample', () => {
    const r = ok(['survey', 'new', '--year', '2026']);
    expect(r.stderr + r.stdout).toContain('DC2026-03');
    const y = read(root, 'surveys/DC2026-03.yaml');
    expect(y).toContain('template: owners');
    expect(y).toContain('target: 95');
    expect(y).toContain('id: repair-speed');
    const e = refused(['survey', 'enter', 'DC2026-03', '--respondent', '1-1-0101', '--answers', '1']);
    expect(e.stderr).toContain('先抽样');
  });

  it('draws the sample by building from a seed: the same seed the same units', () => {
    ok(['survey', 'sample', 'DC2026-03', '--rate', '30', '--seed', '7']);
    units = respondents();
    expect(units.length).toBeGreaterThan(5);
    ok(['survey', 'sample', 'DC2026-03', '--rate', '30', '--seed', '7']);
    expect(respondents()).toEqual(units);
    expect(read(root, 'surveys/DC2026-03.yaml')).toMatch(/rate: 30\n\s+seed: 7/);
  });

  it('prints one questionnaire per sampled unit', () => {
    const dir = join(out, 'q');
    ok(['survey', 'forms', 'DC2026-03', '--out', dir]);
    const files = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
    expect(files.length).toBe(units.length);
    const text = pdfText(join(dir, `DC2026-03-${units[0]}.pdf`));
    expect(text).toContain('满意度调查问卷');
    expect(text).toContain(units[0]);
    expect(text).toContain('报修后维修人员上门是否及时');
    expect(text).toContain('□ 较满意');
  });

  it('enters answers and refuses a unit not in the sample and an answer off the scale', () => {
    ok(['survey', 'enter', 'DC2026-03', '--respondent', units[0], '--answers', '1,1,1,1,1,1,1,1,1,1,1,1']);
    ok([
      'survey',
      'enter',
      'DC2026-03',
      '--respondent',
      units[1],
      '--answers',
      '2,2,2,2,2,2,2,3,2,2,2,2',
      '--suggestion',
      '希望维修更快',
    ]);
    const stranger = refused(['survey', 'enter', 'DC2026-03', '--respondent', '9-9-0909', '--answers', '1']);
    expect(stranger.stderr).toContain('不在 DC2026-03 的样本中');
    const scale = refused(['survey', 'enter', 'DC2026-03', '--respondent', units[2], '--answers', '1,很好']);
    expect(scale.stderr).toContain('"很好" 不在评价等级中');
    refused(['survey', 'enter', 'DC2026-03', '--respondent', units[0], '--answers', '1']);
  });

  it('checks an import whole: every bad row named file:row, nothing written', () => {
    const file = join(out, 'bad.csv');
    const items =
      'cs-attitude,cs-handling,security-patrol,security-parking,cleaning-public,cleaning-waste,green,repair-speed,repair-quality,fees,events,overall';
    writeFileSync(
      file,
      [
        `房号,${items},意见建议`,
        `${units[2]},满意,满意,满意,满意,满意,满意,满意,不满意,满意,满意,满意,满意,`,
        `9-9-0909,满意,,,,,,,,,,,,`,
        `${units[3]},满意,很好,,,,,,,,,,,`,
      ].join('\n'),
    );
    const r = refused(['survey', 'import', 'DC2026-03', file]);
    expect(r.stderr).toContain(`${file}:3: 房屋 9-9-0909 不在 DC2026-03 的样本中`);
    expect(r.stderr).toContain(`${file}:4: 第 2 项`);
    expect(r.stderr).toContain('有 2 处问题，未写入任何问卷');
  });

  it('imports an xlsx: one exactly half blank (valid), one blank more (invalid)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('回收');
    ws.addRow([
      '房号',
      '客服人员的服务态度和仪容仪表',
      ...Array.from({ length: 11 }, (_, k) => String(k + 2)),
      '意见建议',
    ]);
    const S = '满意';
    ws.addRow([units[2], S, S, S, S, S, S, S, '不满意', S, S, S, S, '']);
    ws.addRow([units[3], null, null, null, null, null, null, S, S, S, S, S, S, '车库灯太暗']);
    ws.addRow([units[4], null, null, null, null, null, null, null, S, S, S, S, S, '']);
    const file = join(out, 'answers.xlsx');
    await wb.xlsx.writeFile(file);
    const r = ok(['survey', 'import', 'DC2026-03', file]);
    expect(r.stderr + r.stdout).toContain('已导入 3 份问卷（无效 1 份）');
  });

  it('analyses with exact figures against last year, as PDF and workbook', async () => {
    const pdf = join(out, 'a.pdf');
    const xlsx = join(out, 'a.xlsx');
    const r = ok(['survey', 'analyse', 'DC2026-03', '--out', pdf, '--xlsx', xlsx, '--json']);
    const a = JSON.parse(r.stdout);
    expect([a.distributed, a.returned, a.valid, a.invalid]).toEqual([units.length, 5, 4, 1]);
    expect(a.response_rate).toBeCloseTo(4 / units.length, 10);
    const item = (id: string) => a.items.find((i: { id: string }) => i.id === id);
    expect([item('repair-speed').satisfied, item('repair-speed').answered]).toEqual([2, 4]);
    expect([item('cs-attitude').satisfied, item('cs-attitude').answered]).toEqual([3, 3]);
    expect(a.overall).toBeCloseTo(40 / 42, 10);
    expect(a.below).toEqual(['repair-speed']);
    expect(a.previous).not.toBeNull(); // DC2025-01 of the demo
    expect(read(root, 'surveys/DC2026-03.yaml')).toMatch(
      /rate: 95.2\n\s+previous: DC2025-01\n\s+below:\n\s+- repair-speed/,
    );
    const text = pdfText(pdf);
    expect(text).toContain('满意度调查分析报告');
    expect(text).toContain('各项服务满意率');
    expect(text).toContain('95.2%');
    expect(text).toContain('50.0%');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '各项目', '各楼栋', '原始问卷', '意见建议']);
    const cells = (name: string) =>
      wb
        .getWorksheet(name)!
        .getSheetValues()
        .flatMap((row) =>
          Array.isArray(row) ? row.map((c) => (c && typeof c === 'object' && 'result' in c ? c.result : c)) : [],
        );
    expect(cells('意见建议')).toContain('车库灯太暗');
    expect(cells('意见建议')).toContain('希望维修更快');
    expect(cells('原始问卷')).toContain(units[4]);
    expect(cells('各项目')).toContain('报修后维修人员上门是否及时');
    expect(cells('各项目')).toContain(0.5);
  });

  it('closes only with every item below target acted on and every action done or carried over', () => {
    const none = refused(['survey', 'close', 'DC2026-03']);
    expect(none.stderr).toContain('未达标项目没有整改措施: repair-speed');
    refused([
      'survey',
      'action',
      'DC2026-03',
      '--item',
      'no-such-item',
      '--what',
      'x',
      '--who',
      'S002',
      '--due',
      '2027-01-31',
    ]);
    ok([
      'survey',
      'action',
      'DC2026-03',
      '--item',
      'repair-speed',
      '--what',
      '报修两小时内上门',
      '--who',
      'S002',
      '--due',
      '2027-01-31',
    ]);
    const open = refused(['survey', 'close', 'DC2026-03']);
    expect(open.stderr).toContain('还有 1 项整改措施未完成: #1');
    refused(['survey', 'action', 'DC2026-03', '--no', '1'], 2);
    ok(['survey', 'action', 'DC2026-03', '--no', '1', '--done', '--result', '已执行']);
    ok(['survey', 'close', 'DC2026-03']);
    expect(read(root, 'surveys/DC2026-03.yaml')).toMatch(/state: closed\nlog:/);
    expect(ok(['survey', 'list', '--year', '2026']).stdout).toMatch(/DC2026-03.*已结束/);
    expect(ok(['survey', 'show', 'DC2026-03']).stdout).toContain('#1 repair-speed: 报修两小时内上门');
    expect(git(root, ['log', '-1', '--format=%s']).trim()).toBe('survey: close DC2026-03');
  });

  it('a staff survey: anonymous numbered questionnaires for the staff in post, by department', () => {
    ok(['survey', 'new', '--year', '2026', '--type', 'staff']);
    ok(['survey', 'sample', 'DC2026-04']);
    const y = read(root, 'surveys/DC2026-04.yaml');
    expect(y).toContain('- Q001');
    ok([
      'survey',
      'enter',
      'DC2026-04',
      '--respondent',
      'Q001',
      '--answers',
      '1,1,3,1,1,1,1,1,1',
      '--group',
      'security',
    ]);
    ok(['survey', 'enter', 'DC2026-04', '--respondent', 'Q002', '--answers', '1,2,2,1,1,1,1,1,1']);
    const r = ok(['survey', 'analyse', 'DC2026-04', '--json']);
    const a = JSON.parse(r.stdout);
    expect(a.below).toEqual(['pay']);
    expect(a.overall).toBeCloseTo(17 / 18, 10);
    expect(a.previous).toBeNull();
  });
});
