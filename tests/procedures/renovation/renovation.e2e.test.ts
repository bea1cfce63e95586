// A renovation from application to refund through the real CLI in a throwaway git
// repo (manual 四.3): deadlines across National Day, role refusals, the permit's
// prerequisites, inspections and their gaps, a violation of hours, the refund invariant.
import { describe, expect, it } from 'vitest';
import { errLine, git, nationalId, newRoot, read, write, wuye } from '../../helpers/cli.js';

const at = (iso: string) => ({ WUYE_NOW: iso });
const FILE = 'renovation/2026/ZX2026-0001.yaml';

describe('renovation end to end', { timeout: 240_000 }, () => {
  const root = newRoot();
  const ok = (args: string[], now: string) => {
    const r = wuye(root, args, at(now));
    if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}: ${r.stderr}`);
    return r;
  };
  const T0 = '2026-09-29T10:00:00+08:00';
  ok(
    [
      'staff',
      'add',
      'S002',
      '--name',
      '工程甲',
      '--email',
      'e@x.cn',
      '--department',
      'engineering',
      '--roles',
      'engineer',
    ],
    T0,
  );
  ok(
    ['staff', 'add', 'S003', '--name', '收银乙', '--email', 'c@x.cn', '--department', 'finance', '--roles', 'cashier'],
    T0,
  );
  ok(
    [
      'staff',
      'add',
      'S004',
      '--name',
      '保安丙',
      '--email',
      's@x.cn',
      '--department',
      'security',
      '--roles',
      'security',
    ],
    T0,
  );
  ok(['unit', 'add', '1-2-0801', '--type', 'residential', '--area', '120.50'], T0);
  ok(['person', 'add', '--name', '张三'], T0);
  ok(['person', 'add', '--name', '李租'], T0);
  ok(['unit', 'update', '1-2-0801', '--add-owner', 'P000001', '--state', 'handed-over'], T0);
  const apply = [
    'renovation',
    'apply',
    '--unit',
    '1-2-0801',
    '--contractor',
    '美家装饰有限公司',
    '--manager',
    '王工',
    '--contractor-phone',
    '13900000000',
    '--scope',
    'walls,floors,water-electric',
    '--start',
    '2026-10-10',
    '--end',
    '2026-12-20',
  ];

  it("a tenant without the owner's consent is refused; nothing written", () => {
    // a lease recorded before consent was required (the moving procedure asks for it): written by hand
    write(
      root,
      'units/1/1-2-0801.yaml',
      `${read(root, 'units/1/1-2-0801.yaml')}tenants:\n  - person: P000002\n    from: 2026-09-01\n`,
    );
    git(root, ['commit', '-qam', 'a lease without consent']);
    const r = wuye(
      root,
      [...apply, '--applicant', 'P000002', '--tenant', '--drawings', 'floor-plan,electrical,water-drainage'],
      at(T0),
    );
    expect(r.code).toBe(1);
    expect(errLine(r)).toContain('业主的书面同意');
    expect(wuye(root, ['renovation', 'list', '--json'], at(T0)).stdout.trim()).toBe('[]');
  });

  it('applies with complete drawings: ZX2026-0001, sent to review, due across National Day', () => {
    const r = ok([...apply, '--applicant', 'P000001', '--drawings', 'floor-plan,electrical,water-drainage'], T0);
    expect(r.stdout).toContain('ZX2026-0001');
    const text = read(root, FILE);
    expect(text).toContain('state: under-review');
    expect(text).toContain('received_at: 2026-09-29T10:00:00+08:00');
    expect(git(root, ['log', '-1', '--format=%s|%b'])).toContain('renovation: apply ZX2026-0001 1-2-0801');
    const show = JSON.parse(wuye(root, ['renovation', 'show', 'ZX2026-0001', '--json'], at(T0)).stdout);
    expect(show.next_due).toMatchObject({ step: 'review', due: '2026-10-08', overdue: false });
    // a second open case on the same unit is refused
    expect(wuye(root, [...apply, '--applicant', 'P000001', '--drawings', 'floor-plan'], at(T0)).code).toBe(1);
  });

  it('overdue from 00:00 of the day after the due day', () => {
    expect(
      JSON.parse(wuye(root, ['renovation', 'list', '--overdue', '--json'], at('2026-10-08T23:59:00+08:00')).stdout),
    ).toEqual([]);
    const late = JSON.parse(
      wuye(root, ['renovation', 'list', '--overdue', '--json'], at('2026-10-09T00:00:00+08:00')).stdout,
    );
    expect(late).toMatchObject([{ id: 'ZX2026-0001', next_step: 'review', due: '2026-10-08', overdue: true }]);
  });

  it('only engineering reviews; illegal steps name the allowed ones', () => {
    const head = git(root, ['rev-parse', 'HEAD']);
    const r1 = wuye(root, ['renovation', 'review', 'ZX2026-0001', '--result', 'pass'], at('2026-10-08T10:00:00+08:00'));
    expect(r1.code).toBe(1);
    expect(errLine(r1)).toContain('只能由设备维护部办理');
    const r2 = wuye(root, ['renovation', 'permit', 'ZX2026-0001'], at('2026-10-08T10:00:00+08:00'));
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain('当前状态为「工程审核中」');
    expect(r2.stderr).toContain('review-pass');
    expect(r2.stderr).toContain('review-reject');
    expect(git(root, ['rev-parse', 'HEAD'])).toBe(head);
  });

  it('engineering rejects with reasons, the applicant revises, review passes, the director rejects and then approves', () => {
    expect(
      wuye(
        root,
        ['renovation', 'review', 'ZX2026-0001', '--result', 'reject', '--as', 'S002'],
        at('2026-10-08T10:00:00+08:00'),
      ).code,
    ).toBe(2);
    ok(
      ['renovation', 'review', 'ZX2026-0001', '--result', 'reject', '--reasons', '电气图未标负荷', '--as', 'S002'],
      '2026-10-08T10:00:00+08:00',
    );
    expect(read(root, FILE)).toContain('state: rejected');
    ok(['renovation', 'revise', 'ZX2026-0001', '--drawings', 'materials'], '2026-10-09T09:00:00+08:00');
    expect(read(root, FILE)).toContain('state: under-review');
    ok(['renovation', 'review', 'ZX2026-0001', '--result', 'pass', '--as', 'S002'], '2026-10-09T15:00:00+08:00');
    const d = JSON.parse(
      wuye(root, ['renovation', 'show', 'ZX2026-0001', '--json'], at('2026-10-09T15:00:00+08:00')).stdout,
    );
    expect(d.next_due).toMatchObject({ step: 'decision', due: '2026-10-10' }); // 调休 Saturday
    const nd = wuye(
      root,
      ['renovation', 'decide', 'ZX2026-0001', '--result', 'approve', '--as', 'S002'],
      at('2026-10-10T09:00:00+08:00'),
    );
    expect(nd.code).toBe(1);
    expect(errLine(nd)).toContain('只能由物业服务中心主任办理');
    ok(
      ['renovation', 'decide', 'ZX2026-0001', '--result', 'reject', '--notes', '补充空调外机位置'],
      '2026-10-10T09:00:00+08:00',
    );
    expect(read(root, FILE)).toMatch(
      /action: director-reject\n\s+state: director-rejected\n[\s\S]*action: return-to-review\n\s+state: under-review/,
    );
    ok(['renovation', 'review', 'ZX2026-0001', '--result', 'pass', '--as', 'S002'], '2026-10-12T09:00:00+08:00');
    ok(['renovation', 'decide', 'ZX2026-0001', '--result', 'approve'], '2026-10-12T11:00:00+08:00');
    expect(read(root, FILE)).toContain('state: approved');
  });

  it('no permit before agreement, workers and money; electricians need a certificate; only the cashier takes money', () => {
    const T = '2026-10-12T14:00:00+08:00';
    const p = wuye(root, ['renovation', 'permit', 'ZX2026-0001'], at(T));
    expect(p.code).toBe(1);
    expect(errLine(p)).toContain('装修施工协议书未签订');
    expect(errLine(p)).toContain('未登记施工人员');
    expect(errLine(p)).toContain('装修押金 ¥2,000.00');
    ok(['renovation', 'sign', 'ZX2026-0001', '--owner-signatory', '张三', '--contractor-signatory', '王工'], T);
    const e = wuye(
      root,
      [
        'renovation',
        'workers',
        'add',
        'ZX2026-0001',
        '--name',
        '李电工',
        '--national-id',
        nationalId('11010119800101123'),
        '--trade',
        'electrician',
      ],
      at(T),
    );
    expect(e.code).toBe(1);
    expect(errLine(e)).toContain('特种作业操作证');
    ok(
      [
        'renovation',
        'workers',
        'add',
        'ZX2026-0001',
        '--name',
        '李电工',
        '--national-id',
        nationalId('11010119800101123'),
        '--trade',
        'electrician',
        '--certificate',
        'T110101198001011',
      ],
      T,
    );
    ok(
      [
        'renovation',
        'workers',
        'add',
        'ZX2026-0001',
        '--name',
        '赵木工',
        '--national-id',
        nationalId('11010119850202234'),
        '--trade',
        'carpenter',
      ],
      T,
    );
    ok(['fee', 'books', 'issue', 'SJ-0001', '--from', '0000101', '--to', '0000150', '--cashier', 'S003'], T);
    expect(wuye(root, ['renovation', 'pay', 'ZX2026-0001', '--item', 'all'], at(T)).code).toBe(1); // S001 is not a cashier
    const before = git(root, ['rev-parse', 'HEAD']).trim();
    const wrong = wuye(
      root,
      ['renovation', 'pay', 'ZX2026-0001', '--item', 'all', '--receipt', '0000123', '--as', 'S003'],
      at(T),
    );
    expect(wrong.code).toBe(1); // the book's next number is 0000101
    expect(errLine(wrong)).toContain('0000101');
    const over = wuye(
      root,
      ['renovation', 'pay', 'ZX2026-0001', '--item', 'deposit', '--amount', '2000.01', '--as', 'S003'],
      at(T),
    );
    expect(over.code).toBe(1);
    expect(git(root, ['rev-parse', 'HEAD']).trim()).toBe(before); // nothing written
    // deposit 2000 + fee 120.50 × 3.00 = 361.50 + 2 passes × (10 + 20) = 2421.50
    expect(
      ok(['renovation', 'pay', 'ZX2026-0001', '--item', 'all', '--receipt', '0000101', '--as', 'S003'], T).stdout,
    ).toContain('¥2,421.50');
    // deposits and fees all went through the unit's fee account, each with the next receipt of the cashier's book:
    // deposit 0000101, management fee 0000102, pass fee 0000103, pass deposit 0000104
    const acc = read(root, 'fees/2026/1-2-0801.yaml');
    expect(acc).toMatch(
      /receipt: "?0000101"?\n\s+book: SJ-0001[\s\S]*amount: "2000.00"[\s\S]*deposit: renovation-deposit/,
    );
    expect(acc).toMatch(/receipt: "?0000104"?[\s\S]*amount: "40.00"[\s\S]*deposit: renovation-pass-deposit/);
    expect(acc).toMatch(
      /id: 2026-10\/renovation-management-fee\n\s+item: renovation-management-fee\n\s+period: 2026-10\n\s+rate: "361.50"\n\s+base: "1.00"\n\s+amount: "361.50"\n\s+due: 2026-10-12/,
    );
    expect(acc).toMatch(/id: 2026-10\/renovation-pass-fee\n[\s\S]*?amount: "20.00"/);
    expect(acc).toMatch(
      /receipt: "?0000102"?\n\s+book: SJ-0001[\s\S]*?amount: "361.50"[\s\S]*?allocations:\n\s+- bill: 2026-10\/renovation-management-fee\n\s+amount: "361.50"/,
    );
    expect(acc).toMatch(
      /receipt: "?0000103"?\n\s+book: SJ-0001[\s\S]*?allocations:\n\s+- bill: 2026-10\/renovation-pass-fee\n\s+amount: "20.00"/,
    );
    // the case, the account and the receipt book in one commit
    const files = git(root, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n').sort();
    expect(files).toEqual(['fees/2026/1-2-0801.yaml', 'receipts/SJ-0001.yaml', FILE].sort());
    const account = JSON.parse(wuye(root, ['fee', 'account', '1-2-0801', '--json'], at(T)).stdout);
    expect(account.bills).toEqual([
      {
        id: '2026-10/renovation-management-fee',
        amount: '361.50',
        paid: '361.50',
        adjusted: '0.00',
        outstanding: '0.00',
        due: '2026-10-12',
      },
      {
        id: '2026-10/renovation-pass-fee',
        amount: '20.00',
        paid: '20.00',
        adjusted: '0.00',
        outstanding: '0.00',
        due: '2026-10-12',
      },
    ]);
    expect(account).toMatchObject({
      billed: '381.50',
      paid: '381.50',
      outstanding: '0.00',
      deposits: { 'renovation-deposit': '2000.00', 'renovation-pass-deposit': '40.00' },
    });
    expect(wuye(root, ['validate'], at(T)).code).toBe(0);
    expect(read(root, FILE)).toMatch(/item: deposit\n\s+amount: "2000.00"\n\s+receipt: "0000101"\n\s+book: SJ-0001/);
    expect(read(root, FILE)).toMatch(
      /item: management-fee\n\s+amount: "361.50"\n\s+receipt: "0000102"\n\s+book: SJ-0001/,
    );
    expect(read(root, FILE)).toMatch(/item: pass-fee\n\s+amount: "20.00"\n\s+receipt: "0000103"\n\s+book: SJ-0001/);
    ok(['renovation', 'permit', 'ZX2026-0001'], T);
    expect(read(root, FILE)).toContain('number: XK2026-0001');
    expect(wuye(root, ['renovation', 'withdraw', 'ZX2026-0001', '--reason', 'x'], at(T)).code).toBe(1);
  });

  it('inspections, the extinguisher rule, gaps by day, a violation of hours', () => {
    ok(['renovation', 'start', 'ZX2026-0001', '--as', 'S004'], '2026-10-13T08:30:00+08:00');
    const i = ok(
      ['renovation', 'inspect', 'ZX2026-0001', '--findings', '现场整洁', '--extinguishers', '2', '--as', 'S002'],
      '2026-10-13T10:00:00+08:00',
    );
    expect(i.stderr).toContain('应配 3 具'); // ceil(120.50 / 50) = 3
    expect(read(root, FILE)).toMatch(/notice: ZX2026-0001-V01\n\s+kind: extinguishers/);
    ok(
      ['renovation', 'inspect', 'ZX2026-0001', '--findings', '正常', '--extinguishers', '3', '--as', 'S002'],
      '2026-10-15T10:00:00+08:00',
    );
    const gaps = JSON.parse(
      wuye(root, ['renovation', 'inspections', '--missing', '--json'], at('2026-10-17T09:00:00+08:00')).stdout,
    );
    expect(gaps).toEqual([
      { date: '2026-10-14', id: 'ZX2026-0001', unit: '1-2-0801' },
      { date: '2026-10-16', id: 'ZX2026-0001', unit: '1-2-0801' },
    ]);
    const inHours = wuye(
      root,
      [
        'renovation',
        'violation',
        'ZX2026-0001',
        '--kind',
        'hours',
        '--at',
        '2026-10-15T10:30',
        '--what',
        '电锤',
        '--as',
        'S004',
      ],
      at('2026-10-16T09:00:00+08:00'),
    );
    expect(inHours.code).toBe(1);
    expect(errLine(inHours)).toContain('在允许施工时间内');
    ok(
      [
        'renovation',
        'violation',
        'ZX2026-0001',
        '--kind',
        'hours',
        '--at',
        '2026-10-15T21:30',
        '--what',
        '夜间电锤施工',
        '--action',
        'deduct',
        '--deduct',
        '200',
        '--as',
        'S004',
      ],
      '2026-10-16T09:00:00+08:00',
    );
    expect(read(root, FILE)).toMatch(
      /notice: ZX2026-0001-V02\n\s+kind: hours[\s\S]*deadline: 2026-10-21\n\s+action: deduct\n\s+deduction: "200.00"/,
    );
    expect(
      wuye(
        root,
        ['renovation', 'violation', 'ZX2026-0001', '--kind', 'open-flame', '--what', 'x', '--as', 'S003'],
        at('2026-10-16T09:00:00+08:00'),
      ).code,
    ).toBe(1); // the cashier issues no violation notice (用户服务部, engineering and security do)
  });

  it('completion, acceptance, refund approved by the director with deductions, paid by the cashier, closed', () => {
    ok(['renovation', 'complete', 'ZX2026-0001'], '2026-10-20T10:00:00+08:00');
    // open violations block the acceptance (issue 10 item 12): both notices are put right first
    const blocked = wuye(
      root,
      ['renovation', 'accept', 'ZX2026-0001', '--result', 'pass', '--as', 'S002'],
      at('2026-10-21T09:00:00+08:00'),
    );
    expect(blocked.code).toBe(1);
    expect(errLine(blocked)).toContain(
      '有未整改的违规 ZX2026-0001-V01（期限 2026-10-13）、ZX2026-0001-V02（期限 2026-10-21）',
    );
    ok(
      ['renovation', 'rectify', 'ZX2026-0001', '--notice', 'ZX2026-0001-V01', '--as', 'S002'],
      '2026-10-21T09:10:00+08:00',
    );
    ok(
      ['renovation', 'rectify', 'ZX2026-0001', '--notice', 'ZX2026-0001-V02', '--as', 'S004'],
      '2026-10-21T09:20:00+08:00',
    );
    ok(
      [
        'renovation',
        'accept',
        'ZX2026-0001',
        '--result',
        'pass',
        '--item',
        '防水:ok',
        '--item',
        '消防:ok',
        '--as',
        'S002',
      ],
      '2026-10-21T10:00:00+08:00',
    );
    expect(read(root, FILE)).toMatch(/items:\n\s+- item: 防水\n\s+ok: true\n\s+- item: 消防\n\s+ok: true/);
    expect(
      wuye(
        root,
        ['renovation', 'refund', 'pay', 'ZX2026-0001', '--voucher', 'TK1', '--as', 'S003'],
        at('2026-10-21T11:00:00+08:00'),
      ).code,
    ).toBe(1); // not approved yet
    expect(
      wuye(
        root,
        ['renovation', 'refund', 'approve', 'ZX2026-0001', '--deduct', '损坏公共墙面:300', '--as', 'S003'],
        at('2026-10-21T11:00:00+08:00'),
      ).code,
    ).toBe(1);
    const tooMuch = wuye(
      root,
      ['renovation', 'refund', 'approve', 'ZX2026-0001', '--deduct', '损坏公共墙面:1900'],
      at('2026-10-21T11:00:00+08:00'),
    );
    expect(tooMuch.code).toBe(1);
    expect(errLine(tooMuch)).toContain('超过已收押金 ¥2,040.00'); // 200 (violation) + 1900 > 2000 + 2 × 20
    ok(['renovation', 'refund', 'approve', 'ZX2026-0001', '--deduct', '损坏公共墙面:300'], '2026-10-21T11:00:00+08:00');
    expect(
      wuye(root, ['renovation', 'refund', 'pay', 'ZX2026-0001', '--voucher', 'TK1'], at('2026-10-21T11:00:00+08:00'))
        .code,
    ).toBe(1); // director is not the cashier
    expect(
      ok(
        ['renovation', 'refund', 'pay', 'ZX2026-0001', '--voucher', 'TK1', '--as', 'S003'],
        '2026-10-21T14:00:00+08:00',
      ).stdout,
    ).toContain('¥1,540.00');
    ok(['renovation', 'close', 'ZX2026-0001'], '2026-10-21T15:00:00+08:00');
    // the refund is a deposit-refund on the fee account: 2000 − 200 − 300 = 1500 of the deposit, 40 of the passes
    const acc = read(root, 'fees/2026/1-2-0801.yaml');
    expect(acc).toMatch(/type: deposit-refund\n\s+deposit: renovation-deposit\n\s+amount: "1500.00"/);
    expect(acc).toMatch(/type: deposit-refund\n\s+deposit: renovation-pass-deposit\n\s+amount: "40.00"/);
    // and what was deducted leaves the deposits held too, with its reasons: nothing stays held for the next case
    expect(acc).toMatch(
      /type: deposit-deduction\n\s+deposit: renovation-deposit\n\s+amount: "500.00"\n\s+reason: ZX2026-0001 扣款：/,
    );
    expect(
      JSON.parse(wuye(root, ['fee', 'account', '1-2-0801', '--json'], at('2026-10-21T15:00:00+08:00')).stdout).deposits,
    ).toEqual({
      'renovation-deposit': '0.00',
      'renovation-pass-deposit': '0.00',
    });
    const text = read(root, FILE);
    expect(text).toContain('state: closed');
    expect(text).toMatch(
      /refund:\n\s+approved_by: S001[\s\S]*amount: "1540.00"\n\s+paid_at: 2026-10-21T14:00:00\+08:00\n\s+paid_by: S003/,
    );
    expect(wuye(root, ['validate'], at('2026-10-21T15:00:00+08:00')).code).toBe(0);
    // every step was one commit by its operator
    expect(git(root, ['log', '--format=%s', '--', FILE]).trim().split('\n').length).toBe(23);
    expect(git(root, ['show', '--name-only', '--format=', 'HEAD~1']).trim().split('\n').sort()).toEqual([
      'fees/2026/1-2-0801.yaml',
      FILE,
    ]);
  });

  it('a hand edit raising the refund above what was collected fails validate', () => {
    const text = read(root, FILE).replace('amount: "1540.00"', 'amount: "2040.00"');
    write(root, FILE, text);
    const r = wuye(root, ['validate']);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('不得超过已收');
  });
});
