// Emergencies through the real CLI on a copy of the demo estate (manual 四.13, 三.4.3, 三.3.10–3.12, 三.17.1): a lift
// entrapment recorded with its response steps, steps ticked, who was notified, the report upward with its record
// form, the analysis that closes it and a measure seen done; the refusals — a report timed before the discovery, a
// close without cause and measures, a close by the desk — each exit 1 with nothing written; list --overdue, the
// published numbers and their form, the per-kind card, a drill.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errLine, git, newRoot, read, tmp, wuye } from '../../helpers/cli.js';
import { pdfText } from '../../helpers/pdf.js';

const NOW = { WUYE_NOW: '2026-11-28T10:00:00+08:00' };
const head = (root: string) => git(root, ['rev-parse', 'HEAD']).trim();

describe('emergencies end to end', { timeout: 240_000 }, () => {
  const root = newRoot({ demo: true });
  const out = tmp();
  const ok = (args: string[], env = NOW) => {
    const r = wuye(root, args, env);
    if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}: ${r.stderr}`);
    return r;
  };
  const refused = (args: string[], code = 1) => {
    const before = head(root);
    const r = wuye(root, args, NOW);
    expect(r.code, r.stderr).toBe(code);
    expect(head(root)).toBe(before);
    expect(git(root, ['status', '--porcelain'])).toBe('');
    return r;
  };
  const ID = 'JJ2026-0004';
  const FILE = `emergencies/2026/${ID}.yaml`;

  it('records an emergency and prints the response steps of its kind', () => {
    const r = ok([
      'emergency',
      'new',
      '--type',
      'lift-entrapment',
      '--place',
      '5栋2号电梯',
      '--discovered',
      '2026-11-28 09:10',
      '--reported-by',
      '王先生',
      '--as',
      'S003',
    ]);
    expect(r.stdout).toContain(`已登记紧急事件 ${ID}`);
    expect(r.stdout).toContain('请于 2026-11-30 前向公司报告'); // 11-28 is a Saturday
    expect(r.stdout).toContain('电梯困人应急处置');
    expect(r.stdout).toContain('1. 通过对讲安抚被困人员');
    expect(read(root, FILE)).toContain('discovered_at: 2026-11-28T09:10:00+08:00');
    expect(read(root, FILE)).toMatch(/checklist:\n {2}- no: 1\n {4}step: 通过对讲/);
  });

  it('ticks steps off in the timeline and records who was notified', () => {
    ok(['emergency', 'log', ID, '--step', '1', '--what', '对讲安抚，2 人被困', '--at', '09:12', '--as', 'S003']);
    ok([
      'emergency',
      'log',
      ID,
      '--step',
      '2',
      '3',
      '--at',
      '09:15',
      '--injuries',
      '0',
      '--losses',
      '0',
      '--as',
      'S003',
    ]);
    ok([
      'emergency',
      'notify',
      ID,
      '--party',
      'lift-maintenance',
      '--name',
      '电梯维保单位',
      '--at',
      '09:14',
      '--as',
      'S003',
    ]);
    const y = read(root, FILE);
    expect(y).toMatch(/- no: 1\n\s+step: .*\n\s+done_at: 2026-11-28T09:12:00\+08:00\n\s+by: S003/);
    expect(y).toContain('party: lift-maintenance');
    const again = wuye(root, ['emergency', 'log', ID, '--step', '1', '--as', 'S003'], NOW);
    expect(again.code).toBe(1);
    expect(errLine(again)).toContain('第 1 步已于 2026-11-28 09:12 完成');
  });

  it('refuses a report timed before the discovery, writing nothing', () => {
    const r = refused(['emergency', 'report', ID, '--at', '2026-11-28 09:00', '--as', 'S003']);
    expect(errLine(r)).toContain('报告时间 2026-11-28 09:00 早于 JJ2026-0004 的发现时间 2026-11-28 09:10');
    expect(r.stderr).toContain('--at');
  });

  it('records the report upward and prints the 紧急事件处理记录表', () => {
    const pdf = join(out, 'record.pdf');
    const r = ok(['emergency', 'report', ID, '--at', '09:40', '--out', pdf, '--as', 'S003']);
    expect(r.stdout).toContain('已记录 JJ2026-0004 向公司总部报告（期限 2026-11-30）');
    const text = pdfText(pdf).replace(/\s+/g, '');
    for (const s of [
      '紧急事件处理记录表',
      'KF-JJ-01',
      '电梯困人',
      '5栋2号电梯',
      '2026-11-2809:10',
      '对讲安抚，2人被困',
      '电梯维保单位',
      '向上报告',
    ])
      expect(text).toContain(s);
  });

  it('refuses to close without cause, responsibility and measures, and by the desk; nothing written', () => {
    const bare = refused(['emergency', 'close', ID, '--as', 'S002']);
    expect(errLine(bare)).toContain('不能结案: 没有原因分析；没有责任认定；没有预防措施');
    expect(bare.stderr).toContain('--measure');
    const desk = refused([
      'emergency',
      'close',
      ID,
      '--cause',
      'x',
      '--responsibility',
      'y',
      '--measure',
      'z',
      '--as',
      'S003',
    ]);
    expect(errLine(desk)).toContain('只能由用户服务部经理或物业服务中心主任办理');
  });

  it('closes with the analysis, prints the 事故分析报告, and tracks the measures until done', () => {
    const pdf = join(out, 'analysis.pdf');
    ok([
      'emergency',
      'close',
      ID,
      '--cause',
      '门锁回路触点氧化',
      '--responsibility',
      '维保单位保养不到位',
      '--measure',
      '逐台检查门锁回路',
      '--measure',
      '每半年困人演练',
      '--measure-owner',
      'S007',
      '--measure-due',
      '2026-12-10',
      '--out',
      pdf,
      '--as',
      'S002',
    ]);
    const text = pdfText(pdf).replace(/\s+/g, '');
    for (const s of ['事故分析报告', '门锁回路触点氧化', '维保单位保养不到位', '每半年困人演练', '未落实'])
      expect(text).toContain(s);
    ok(['emergency', 'log', ID, '--measure-done', '1', '--as', 'S002'], { WUYE_NOW: '2026-12-05T10:00:00+08:00' });
    expect(read(root, FILE)).toMatch(
      /- no: 1\n\s+what: 逐台检查门锁回路\n\s+owner: S007\n\s+due: 2026-12-10\n\s+done_at: 2026-12-05/,
    );
    const list = JSON.parse(ok(['emergency', 'list', '--json'], { WUYE_NOW: '2026-12-15T10:00:00+08:00' }).stdout);
    expect(list.find((x: { id: string }) => x.id === ID)).toMatchObject({
      state: 'closed',
      report_late: false,
      measures_open: 1,
      measures_overdue: 1,
    });
  });

  it('lists what is overdue: the demo power cut never reported', () => {
    const r = JSON.parse(ok(['emergency', 'list', '--overdue', '--json']).stdout);
    expect(r.map((x: { id: string }) => x.id)).toEqual(['JJ2026-0003']);
    expect(r[0]).toMatchObject({ report_due: '2026-11-26', report_overdue: true, reported_at: null });
    expect(ok(['emergency', 'list']).stdout).toContain('2026-11-26 前（逾期）');
  });

  it('publishes the emergency numbers, prints them and the response card of a kind', () => {
    const t = ok(['emergency', 'contacts']).stdout;
    expect(t).toContain('95598');
    const pdf = join(out, 'contacts.pdf');
    ok(['emergency', 'contacts', '--out', pdf]);
    expect(pdfText(pdf).replace(/\s+/g, '')).toContain('应急联系电话表');
    const card = join(out, 'card.pdf');
    ok(['form', 'emergency-card', 'gas-leak', '--out', card]);
    const c = pdfText(card).replace(/\s+/g, '');
    expect(c).toContain('燃气泄漏应急处置');
    expect(c).toContain('严禁开关电器');
    expect(wuye(root, ['form', 'emergency-card', 'meteor'], NOW).code).toBe(2);
    const list = ok(['emergency', 'form', '--list']).stdout;
    for (const n of ['record', 'analysis', 'contacts', 'card']) expect(list).toContain(n);
    const an = join(out, 'an.pdf');
    ok(['emergency', 'form', 'analysis', 'JJ2026-0001', '--out', an]);
    expect(pdfText(an).replace(/\s+/g, '')).toContain('电梯门锁回路触点氧化接触不良');
  });

  it('records a drill and lists the drills', () => {
    ok([
      'emergency',
      'drill',
      '--type',
      'lift-entrapment',
      '--date',
      '2026-11-20',
      '--scenario',
      '3栋电梯困人',
      '--participants',
      '12',
      '--staff',
      'S003,S007',
      '--findings',
      '盘车工具未放在机房',
      '--as',
      'S002',
    ]);
    const d = JSON.parse(ok(['emergency', 'list', '--drills', '--json']).stdout);
    expect(d.map((x: { id: string }) => x.id)).toEqual(['YL2026-0001', 'YL2026-0002']);
    expect(
      wuye(
        root,
        [
          'emergency',
          'drill',
          '--type',
          'fire',
          '--date',
          '2026-12-20',
          '--scenario',
          'x',
          '--participants',
          '3',
          '--findings',
          'y',
        ],
        NOW,
      ).code,
    ).toBe(2);
  });

  it('every record still validates', () => {
    expect(wuye(root, ['validate'], NOW).code).toBe(0);
  });
});
