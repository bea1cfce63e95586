// Receptions through the real CLI on a copy of the demo estate (manual 四.1): the work order with its timeline for an
// arrival at 09:00, the assignments, items ticked off and the work order printed, tea rounds with the utensils, the
// close; the refusals — tea before the guests arrive, closing with a utensil missing or no summary, a tea round after
// the reception closed — each exit 1 with nothing written; the list and the 茶水出单统计表.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errLine, git, newRoot, read, tmp, wuye } from '../../helpers/cli.js';
import { pdfText } from '../../helpers/pdf.js';

const at = (iso: string) => ({ WUYE_NOW: iso });
const head = (root: string) => git(root, ['rev-parse', 'HEAD']).trim();

describe('receptions end to end', { timeout: 240_000 }, () => {
  const root = newRoot({ demo: true });
  const out = tmp();
  const ok = (args: string[], now: string) => {
    const r = wuye(root, args, at(now));
    if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}: ${r.stderr}`);
    return r;
  };
  const refused = (args: string[], now: string) => {
    const before = head(root);
    const r = wuye(root, args, at(now));
    expect(r.code, r.stderr).toBe(1);
    expect(head(root)).toBe(before);
    expect(git(root, ['status', '--porcelain'])).toBe('');
    return r;
  };
  const ID = 'JD2026-0004';
  const FILE = `receptions/2026/${ID}.yaml`;

  it('fills the work order and prints its timeline from the arrival', () => {
    const r = ok(
      [
        'reception',
        'new',
        '--organisation',
        '区住建局物业科',
        '--guests',
        '8',
        '--arrival',
        '2026-12-03 09:00',
        '--end',
        '2026-12-03 10:30',
        '--rooms',
        'meeting-room,reception-room',
        '--requirements',
        'tea,hot-towels,projector',
        '--vip',
        '赵立新:科长',
        '--as',
        'S002',
      ],
      '2026-12-01T10:00:00+08:00',
    );
    expect(r.stdout).toContain(`已填写接待工作单 ${ID}`);
    expect(r.stdout).toMatch(/08:30 {2}通知环境管理部/);
    expect(r.stdout).toMatch(/09:05 {2}就座后 5 分钟内上茶/);
    expect(r.stdout).toMatch(/10:15 {2}会议服务第 5 次/);
    expect(read(root, FILE)).toContain('arrival: 2026-12-03T09:00:00+08:00');
  });

  it('assigns the duties and ticks items off; prints the work order', () => {
    ok(
      ['reception', 'assign', ID, '--duty', 'greeter', '--staff', 'S003', '--as', 'S002'],
      '2026-12-01T11:00:00+08:00',
    );
    ok(['reception', 'assign', ID, '--duty', 'tea', '--staff', 'S004', '--as', 'S002'], '2026-12-01T11:00:00+08:00');
    const pdf = join(out, 'order.pdf');
    ok(
      [
        'reception',
        'checklist',
        ID,
        '--done',
        'environment',
        'room-ready',
        '--at',
        '08:25',
        '--out',
        pdf,
        '--as',
        'S003',
      ],
      '2026-12-03T08:40:00+08:00',
    );
    const y = read(root, FILE);
    expect(y).toContain('state: prepared');
    expect(y).toMatch(/- item: environment\n\s+at: 2026-12-03T08:25:00\+08:00/);
    const text = pdfText(pdf).replace(/\s+/g, '');
    for (const s of [
      '会务贵宾接待工作单',
      'KF-JD-01',
      '区住建局物业科',
      '赵立新（科长）',
      '08:30',
      '09:05',
      '10:15',
      '08:25',
    ])
      expect(text).toContain(s);
    const bad = refused(['reception', 'checklist', ID, '--done', 'dance', '--as', 'S003'], '2026-12-03T08:41:00+08:00');
    expect(errLine(bad)).toContain('没有事项 dance');
  });

  it('refuses tea before the guests arrive', () => {
    const r = refused(
      ['reception', 'serve', ID, '--items', '绿茶', '--utensils', '16', '--as', 'S004'],
      '2026-12-03T08:50:00+08:00',
    );
    expect(errLine(r)).toContain('08:50 早于来宾到达时间 2026-12-03 09:00');
  });

  it('records the tea rounds with the utensils out and back', () => {
    ok(
      [
        'reception',
        'serve',
        ID,
        '--items',
        '绿茶 8 杯、热毛巾 8 条',
        '--utensils',
        '16',
        '--at',
        '09:04',
        '--as',
        'S004',
      ],
      '2026-12-03T09:06:00+08:00',
    );
    ok(['reception', 'serve', ID, '--items', '续水', '--as', 'S004'], '2026-12-03T09:15:00+08:00');
    ok(['reception', 'serve', ID, '--back', '15', '--as', 'S004'], '2026-12-03T10:35:00+08:00');
    const y = read(root, FILE);
    expect(y).toContain('state: in-progress');
    expect(y).toMatch(
      /- round: 1\n\s+at: 2026-12-03T09:04:00\+08:00\n\s+by: S004\n\s+items: 绿茶 8 杯、热毛巾 8 条\n\s+out: 16/,
    );
  });

  it('refuses to close with a utensil missing and no summary; nothing written', () => {
    const r = refused(['reception', 'close', ID, '--as', 'S002'], '2026-12-03T10:40:00+08:00');
    expect(errLine(r)).toContain('器皿出 16 件，回 15 件，差 1 件；没有总结');
    const r2 = refused(
      ['reception', 'close', ID, '--went-well', '好', '--to-improve', '桌牌', '--as', 'S002'],
      '2026-12-03T10:40:00+08:00',
    );
    expect(r2.stderr).toContain('--utensils-note');
  });

  it('closes with the difference explained and the summary', () => {
    const r = ok(
      [
        'reception',
        'close',
        ID,
        '--utensils-note',
        '打碎茶杯 1 只',
        '--went-well',
        '准备到位',
        '--to-improve',
        '桌牌提前核对',
        '--as',
        'S002',
      ],
      '2026-12-03T10:45:00+08:00',
    );
    expect(r.stdout).toContain('差 1 件，已说明');
    expect(read(root, FILE)).toContain('state: closed');
  });

  it('refuses a tea round after the reception closed, writing nothing', () => {
    const r = refused(['reception', 'serve', ID, '--items', '续水', '--as', 'S004'], '2026-12-03T10:50:00+08:00');
    expect(errLine(r)).toContain('JD2026-0004 已于 2026-12-03 10:45 结束，不能再登记茶水服务');
    expect(r.stderr).toContain('wuye reception new');
  });

  it('lists the receptions and prints the 茶水出单统计表', () => {
    const l = JSON.parse(ok(['reception', 'list', '--json'], '2026-12-03T11:00:00+08:00').stdout);
    expect(l.find((x: { id: string }) => x.id === ID)).toMatchObject({
      state: 'closed',
      rounds: 2,
      utensils_out: 16,
      utensils_back: 15,
    });
    const pdf = join(out, 'tea.pdf');
    ok(['form', 'reception-tea', ID, '--out', pdf], '2026-12-03T11:00:00+08:00');
    const text = pdfText(pdf).replace(/\s+/g, '');
    for (const s of ['茶水出单统计表', 'KF-JD-02', '绿茶8杯', '收回', '差1件', '打碎茶杯1只'])
      expect(text).toContain(s);
    const blank = join(out, 'blank-order.pdf');
    ok(['reception', 'form', 'order', '--blank', '--out', blank], '2026-12-03T11:00:00+08:00');
    expect(pdfText(blank).replace(/\s+/g, '')).toContain('会务贵宾接待工作单');
    expect(wuye(root, ['validate'], at('2026-12-03T11:00:00+08:00')).code).toBe(0);
  });
});
