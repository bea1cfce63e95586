// From a call to a closed complaint with its return visit, through the real CLI in a throwaway git repo
// (manual 三.6.6, 三.3.5–3.9, 一.5.3.13): the call and the complaint it opens in one commit, owned by the
// first responder until handed over; feedback due across National Day; a callback refused before the
// resolution; closed only after the return visit. And the refusals of bad input: nothing written.
import { describe, expect, it } from 'vitest';
import { errLine, git, newRoot, read, wuye } from '../../helpers/cli.js';

const CASE = 'complaints/2026/TS2026-0001.yaml';

describe('a complaint from the call to its closing', { timeout: 240_000 }, () => {
  const root = newRoot();
  const run = (args: string[], now: string) => wuye(root, args, { WUYE_NOW: now });
  const ok = (args: string[], now: string) => {
    const r = run(args, now);
    if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}: ${r.stderr}`);
    return r;
  };
  const T0 = '2026-09-28T09:00:00+08:00';
  const staff = (id: string, name: string, dept: string, role: string) =>
    ok(['staff', 'add', id, '--name', name, '--email', `${id}@x.cn`, '--department', dept, '--roles', role], T0);
  staff('S002', '客服甲', 'customer-service', 'cs-assistant');
  staff('S003', '工程乙', 'engineering', 'engineer');
  staff('S004', '保安丙', 'security', 'security');
  ok(['unit', 'add', '1-2-0801', '--type', 'residential', '--area', '120.50'], T0);
  ok(['person', 'add', '--name', '张三', '--phone', '13812345678'], T0);
  ok(['unit', 'update', '1-2-0801', '--add-owner', 'P000001'], T0);
  /** Nothing written: no change in the tree, no new commit. */
  const unchanged = (head: string) => {
    expect(git(root, ['status', '--porcelain'])).toBe('');
    expect(git(root, ['rev-parse', 'HEAD'])).toBe(head);
  };
  const head = () => git(root, ['rev-parse', 'HEAD']);

  it('the night call is logged and the complaint opened in one commit; the guard who took it owns it', () => {
    const r = ok(
      [
        'hotline',
        'log',
        '--request',
        '楼上装修晚上十点还在电钻',
        '--unit',
        '1-2-0801',
        '--person',
        'P000001',
        '--phone',
        '13812345678',
        '--open',
        'complaint',
        '--category',
        'renovation-nuisance',
        '--at',
        '2026-09-29T22:10',
        '--received-by',
        'S004',
        '--as',
        'S002',
      ],
      '2026-09-30T08:30:00+08:00',
    );
    expect(r.stdout).toContain('须于 2026-10-08 24:00 前反馈投诉人'); // received Tue 09-29: Wed 09-30, then Thu 10-08
    expect(git(root, ['show', '--name-only', '--format=%s', 'HEAD']).trim().split('\n')).toEqual([
      'hotline: log RX20260929-001 complaint TS2026-0001',
      '',
      CASE,
      'hotline/2026/RX20260929-001.yaml',
    ]);
    const c = read(root, CASE);
    expect(c).toContain('hotline: RX20260929-001');
    expect(c).toContain('received_at: 2026-09-29T22:10:00+08:00');
    expect(c).toMatch(/first_responder: S004\nowner: S004/);
    const call = read(root, 'hotline/2026/RX20260929-001.yaml');
    expect(call).toMatch(/received_by: S004\noutcome: case\ncase:\n {2}kind: complaint\n {2}id: TS2026-0001/);
    // the entry through hotline show and the day's log
    expect(ok(['hotline', 'show', 'RX20260929-001'], '2026-09-30T08:31:00+08:00').stdout).toMatch(
      /S004 保安丙[\s\S]*TS2026-0001 已受理/,
    );
    const day = JSON.parse(
      ok(['hotline', 'list', '--date', '2026-09-29', '--json'], '2026-09-30T08:31:00+08:00').stdout,
    );
    expect(day.entries.map((e: { id: string }) => e.id)).toEqual(['RX20260929-001']);
    expect(day.entries[0].caller).toBe('张三 138****5678');
    expect(day.gaps).toEqual([{ from: '08:00', to: '18:00' }]); // the desk's hours that day: no entry
  });

  it('a callback before the resolution, feedback before receipt, a unit that does not exist: refused, nothing written', () => {
    const h = head();
    const cb = run(
      ['complaint', 'callback', 'TS2026-0001', '--satisfied', 'yes', '--as', 'S001'],
      '2026-09-30T09:00:00+08:00',
    );
    expect(cb.code).toBe(1);
    expect(errLine(cb)).toContain('不能回访');
    expect(cb.stderr).toContain('已处理待回访');
    const fb = run(
      ['complaint', 'feedback', 'TS2026-0001', '--what', '已通知', '--at', '2026-09-29T21:00', '--as', 'S002'],
      '2026-09-30T09:00:00+08:00',
    );
    expect(fb.code).toBe(1);
    expect(errLine(fb)).toContain('早于收到投诉的时间 2026-09-29 22:10');
    const unit = run(
      ['complaint', 'new', '--unit', '9-9-9999', '--what', '噪音', '--category', 'noise', '--as', 'S002'],
      '2026-09-30T09:00:00+08:00',
    );
    expect(unit.code).toBe(2);
    expect(errLine(unit)).toContain('--unit: 没有房屋 9-9-9999');
    expect(unit.stderr).toContain('wuye unit list');
    const future = run(
      [
        'hotline',
        'log',
        '--request',
        'x',
        '--type',
        'enquiry',
        '--answer',
        'y',
        '--at',
        '2026-09-30T10:00',
        '--as',
        'S002',
      ],
      '2026-09-30T09:00:00+08:00',
    );
    expect(future.code).toBe(2);
    const engineer = run(
      ['complaint', 'assign', 'TS2026-0001', '--to', 'S003', '--as', 'S003'],
      '2026-09-30T09:00:00+08:00',
    );
    expect(engineer.code).toBe(1); // only the customer service department hands it on
    unchanged(h);
  });

  it('handed to engineering (the owner changes), feedback on the last day across National Day, resolved', () => {
    ok(
      ['complaint', 'assign', 'TS2026-0001', '--to', 'S003', '--note', '核实施工时间', '--as', 'S001'],
      '2026-09-30T09:10:00+08:00',
    );
    expect(read(root, CASE)).toMatch(/owner: S003\ndepartment: engineering/);
    const fb = ok(
      ['complaint', 'feedback', 'TS2026-0001', '--what', '已约施工单位 18:00 后停工', '--as', 'S002'],
      '2026-10-08T16:00:00+08:00',
    );
    expect(fb.stdout).toContain('按时');
    ok(
      ['complaint', 'follow-up', 'TS2026-0001', '--note', '连续两晚巡查无违规', '--as', 'S004'],
      '2026-10-09T22:00:00+08:00',
    );
    ok(
      ['complaint', 'resolve', 'TS2026-0001', '--resolution', '施工单位书面承诺遵守施工时间', '--as', 'S003'],
      '2026-10-10T10:00:00+08:00',
    );
    const h = head();
    const early = run(['complaint', 'close', 'TS2026-0001', '--as', 'S002'], '2026-10-10T11:00:00+08:00');
    expect(early.code).toBe(1);
    expect(errLine(early)).toContain('有效投诉须回访后才能结案');
    unchanged(h);
  });

  it('the return visit, then closed; the log reads in order and validate is clean', () => {
    const cb = ok(
      ['complaint', 'callback', 'TS2026-0001', '--satisfied', 'yes', '--comments', '晚上安静了', '--as', 'S002'],
      '2026-10-12T10:00:00+08:00',
    );
    expect(cb.stdout).toContain('wuye complaint close TS2026-0001');
    ok(['complaint', 'close', 'TS2026-0001', '--as', 'S002'], '2026-10-12T10:05:00+08:00');
    const c = JSON.parse(ok(['complaint', 'show', 'TS2026-0001', '--json'], '2026-10-12T10:06:00+08:00').stdout);
    expect(c.state).toBe('closed');
    expect(c.log.map((e: { action: string }) => e.action)).toEqual([
      'open',
      'assign',
      'feedback',
      'follow-up',
      'resolve',
      'callback',
      'close',
    ]);
    expect(c.complainant.phone).toBe('138****5678');
    expect(c.closed_at).toBe('2026-10-12T10:05:00+08:00');
    // what a step adds reads above the state and the log
    const text = read(root, CASE);
    expect(text.indexOf('callbacks:')).toBeLessThan(text.indexOf('state: closed'));
    expect(text.indexOf('state: closed')).toBeLessThan(text.indexOf('log:'));
    expect(ok(['complaint', 'show', 'TS2026-0001'], '2026-10-12T10:06:00+08:00').stdout).toContain('S004 保安丙');
    expect(run(['validate'], '2026-10-12T10:06:00+08:00').code).toBe(0);
  });

  it('a major complaint from a letter, reported upward late; an invalid one referred on; one opened from an earlier entry', () => {
    const n = ok(
      [
        'complaint',
        'new',
        '--what',
        '地下车库进水',
        '--place',
        '地下车库',
        '--caller',
        '王先生',
        '--channel',
        'letter',
        '--category',
        'facilities',
        '--severity',
        'major',
        '--as',
        'S002',
      ],
      '2026-10-15T09:00:00+08:00',
    );
    expect(n.stdout).toContain('重大投诉须于 2026-10-16 24:00 前向上通报');
    expect(read(root, 'hotline/2026/RX20261015-001.yaml')).toMatch(/channel: letter\ntype: complaint/);
    const list = JSON.parse(ok(['complaint', 'list', '--overdue', '--json'], '2026-10-19T09:00:00+08:00').stdout);
    expect(list).toEqual([
      expect.objectContaining({
        id: 'TS2026-0002',
        overdue: true,
        clocks: [
          { deadline: 'feedback', due: '2026-10-19', overdue: false },
          { deadline: 'report', due: '2026-10-16', overdue: true },
        ],
      }),
    ]);
    const esc = ok(
      ['complaint', 'escalate', 'TS2026-0002', '--note', '已报告主任', '--as', 'S001'],
      '2026-10-19T09:30:00+08:00',
    );
    expect(esc.stderr).toContain('通报已逾期');
    expect(JSON.parse(ok(['complaint', 'list', '--overdue', '--json'], '2026-10-19T10:00:00+08:00').stdout)).toEqual(
      [],
    );
    ok(
      [
        'complaint',
        'new',
        '--what',
        '停电',
        '--unit',
        '1-2-0801',
        '--category',
        'facilities',
        '--invalid',
        '--reason',
        '市政停电',
        '--referred-to',
        '供电公司',
        '--as',
        'S002',
      ],
      '2026-10-19T11:00:00+08:00',
    );
    expect(read(root, 'complaints/2026/TS2026-0003.yaml')).toMatch(
      /valid: false\ninvalid_reason: 市政停电\nreferred_to: 供电公司/,
    );
    // a call first handed over, then made a complaint: the complaint names it, the entry its case
    ok(
      [
        'hotline',
        'log',
        '--request',
        '电梯门夹人',
        '--type',
        'help',
        '--place',
        '2 栋电梯',
        '--hand-to',
        'S003',
        '--as',
        'S002',
      ],
      '2026-10-20T08:00:00+08:00',
    );
    ok(
      ['complaint', 'new', '--call', 'RX20261020-001', '--category', 'facilities', '--as', 'S001'],
      '2026-10-20T09:00:00+08:00',
    );
    expect(read(root, 'hotline/2026/RX20261020-001.yaml')).toMatch(/outcome: case[\s\S]*id: TS2026-0004/);
    expect(read(root, 'complaints/2026/TS2026-0004.yaml')).toContain('received_at: 2026-10-20T08:00:00+08:00');
    const again = run(
      ['complaint', 'new', '--call', 'RX20261020-001', '--category', 'facilities', '--as', 'S001'],
      '2026-10-20T09:10:00+08:00',
    );
    expect(again.code).toBe(1);
    expect(errLine(again)).toContain('已立案 TS2026-0004');
  });

  it('--open warranty without the component: exit 2 naming --component (warranty e2e opens reports)', () => {
    const r = run(
      ['hotline', 'log', '--request', '水管漏水', '--unit', '1-2-0801', '--open', 'warranty', '--as', 'S002'],
      '2026-10-20T10:00:00+08:00',
    );
    expect(r.code).toBe(2);
    expect(errLine(r)).toContain('--component');
  });
});
