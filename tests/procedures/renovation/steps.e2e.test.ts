// The other steps of a renovation through the real CLI: an incomplete application
// completed with submit, a tenant with the owner's consent, a station-coded id,
// suspension and resumption, a worker leaving, a violation rectified, withdrawal.
import { describe, expect, it } from 'vitest';
import { errLine, nationalId, newRoot, read, write, git, wuye } from '../../helpers/cli.js';

describe('renovation steps', { timeout: 240_000 }, () => {
  const root = newRoot();
  const ok = (args: string[], now: string) => {
    const r = wuye(root, args, { WUYE_NOW: now });
    if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}: ${r.stderr}`);
    return r;
  };
  const T0 = '2026-11-02T09:00:00+08:00';
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
  ok(['unit', 'add', 'S1-1-105', '--type', 'shop', '--area', '106.95'], T0);
  ok(['unit', 'add', '1-1-0101', '--type', 'residential', '--area', '89.37'], T0);
  ok(['person', 'add', '--name', '业主甲'], T0);
  ok(['person', 'add', '--name', '租户乙'], T0);
  ok(['unit', 'update', 'S1-1-105', '--add-owner', 'P000001'], T0);
  ok(['unit', 'update', '1-1-0101', '--add-owner', 'P000001'], T0);
  ok(
    [
      'moving',
      'tenancy',
      'start',
      'S1-1-105',
      '--tenant',
      'P000002',
      '--from',
      '2026-10-01',
      '--to',
      '2027-09-30',
      '--consent',
      '业主书面同意出租',
    ],
    T0,
  );
  const contractor = ['--contractor', '湘城装饰', '--manager', '彭工', '--contractor-phone', '18973145678'];

  it("a tenant's shop application with consent stays applied until every drawing of a special project is in; submit completes it", () => {
    const r = ok(
      [
        'renovation',
        'apply',
        '--unit',
        'S1-1-105',
        '--applicant',
        'P000002',
        '--tenant',
        ...contractor,
        '--scope',
        'shopfront,walls',
        '--start',
        '2026-11-10',
        '--end',
        '2026-12-20',
        '--drawings',
        'floor-plan,electrical,water-drainage',
      ],
      T0,
    );
    expect(r.stderr).toContain('图纸:立面图');
    const text = read(root, 'renovation/2026/ZX2026-0001.yaml');
    expect(text).toContain('special: true');
    expect(text).toMatch(/owner_consent:\n\s+owner: P000001\n\s+document: 业主书面同意出租/);
    expect(text).toContain('state: applied');
    const miss = wuye(root, ['renovation', 'submit', 'ZX2026-0001', '--drawings', 'elevations'], { WUYE_NOW: T0 });
    expect(miss.code).toBe(1);
    expect(errLine(miss)).toContain('空调图');
    ok(
      ['renovation', 'submit', 'ZX2026-0001', '--drawings', 'elevations,air-conditioning,materials'],
      '2026-11-02T14:00:00+08:00',
    );
    expect(read(root, 'renovation/2026/ZX2026-0001.yaml')).toContain('received_at: 2026-11-02T14:00:00+08:00');
  });

  it('withdraws before the permit', () => {
    ok(['renovation', 'withdraw', 'ZX2026-0001', '--reason', '租户暂缓装修'], '2026-11-03T09:00:00+08:00');
    expect(read(root, 'renovation/2026/ZX2026-0001.yaml')).toContain('state: withdrawn');
    const again = wuye(root, ['renovation', 'withdraw', 'ZX2026-0001', '--reason', 'x'], {
      WUYE_NOW: '2026-11-03T10:00:00+08:00',
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('该案卷已结束');
  });

  it('a station code goes into new ids: ZX2026-B0001 (own sequence per station)', () => {
    const cfg = read(root, 'wuye.yaml');
    write(root, 'wuye.yaml', /station:/.test(cfg) ? cfg.replace(/station:.*/, 'station: B') : `${cfg}station: B\n`);
    git(root, ['commit', '-qam', 'station B']);
    ok(
      [
        'renovation',
        'apply',
        '--unit',
        '1-1-0101',
        '--applicant',
        'P000001',
        ...contractor,
        '--scope',
        'walls',
        '--start',
        '2026-11-09',
        '--end',
        '2026-12-31',
        '--drawings',
        'floor-plan,electrical,water-drainage',
      ],
      '2026-11-03T10:00:00+08:00',
    );
    expect(read(root, 'renovation/2026/ZX2026-B0001.yaml')).toContain('id: ZX2026-B0001');
  });

  it('suspends and resumes; suspended days need no inspection; a worker leaves; a violation is rectified', () => {
    const id = 'ZX2026-B0001';
    ok(['renovation', 'review', id, '--result', 'pass', '--as', 'S002'], '2026-11-04T10:00:00+08:00');
    ok(['renovation', 'decide', id, '--result', 'approve'], '2026-11-04T11:00:00+08:00');
    ok(['renovation', 'sign', id], '2026-11-05T09:00:00+08:00');
    ok(
      [
        'renovation',
        'workers',
        'add',
        id,
        '--name',
        '罗师傅',
        '--national-id',
        nationalId('43010519820907233'),
        '--trade',
        'tiler',
      ],
      '2026-11-05T09:10:00+08:00',
    );
    ok(
      [
        'renovation',
        'workers',
        'add',
        id,
        '--name',
        '谢师傅',
        '--national-id',
        nationalId('43010419790623115'),
        '--trade',
        'welder',
        '--certificate',
        'T4301041979',
      ],
      '2026-11-05T09:11:00+08:00',
    );
    ok(
      ['fee', 'books', 'issue', 'SJ-0002', '--from', '0000201', '--to', '0000250', '--cashier', 'S003'],
      '2026-11-05T09:20:00+08:00',
    );
    ok(['renovation', 'pay', id, '--item', 'all', '--method', 'wechat', '--as', 'S003'], '2026-11-05T09:30:00+08:00');
    ok(['renovation', 'permit', id], '2026-11-05T10:00:00+08:00');
    ok(['renovation', 'start', id, '--as', 'S002'], '2026-11-09T08:30:00+08:00');
    ok(
      [
        'renovation',
        'inspect',
        id,
        '--findings',
        '阳台堆放木料',
        '--extinguishers',
        '2',
        '--permit-posted',
        'no',
        '--as',
        'S002',
      ],
      '2026-11-09T10:00:00+08:00',
    );
    expect(read(root, `renovation/2026/${id}.yaml`)).toMatch(/notice: ZX2026-B0001-V01\n\s+kind: permit-not-posted/);
    ok(['renovation', 'rectify', id, '--notice', 'ZX2026-B0001-V01', '--as', 'S002'], '2026-11-10T09:00:00+08:00');
    expect(read(root, `renovation/2026/${id}.yaml`)).toContain('rectified: 2026-11-10');
    ok(['renovation', 'inspect', id, '--findings', '正常', '--as', 'S002'], '2026-11-10T10:00:00+08:00');
    ok(['renovation', 'suspend', id, '--reason', '业主出差，暂停施工', '--as', 'S002'], '2026-11-10T17:00:00+08:00');
    expect(
      wuye(root, ['renovation', 'suspend', id, '--reason', 'x', '--as', 'S002'], {
        WUYE_NOW: '2026-11-11T09:00:00+08:00',
      }).code,
    ).toBe(1);
    ok(['renovation', 'resume', id, '--as', 'S002'], '2026-11-16T08:00:00+08:00');
    ok(['renovation', 'workers', 'remove', id, '--pass', 'ZX2026-B0001-W01'], '2026-11-16T09:00:00+08:00');
    expect(read(root, `renovation/2026/${id}.yaml`)).toMatch(
      /pass_no: ZX2026-B0001-W01\n\s+added: 2026-11-05\n\s+removed: 2026-11-16/,
    );
    // a new worker's pass fee in the same month is a second one-off bill line on the fee account
    ok(
      [
        'renovation',
        'workers',
        'add',
        id,
        '--name',
        '彭师傅',
        '--national-id',
        nationalId('43010219880315117'),
        '--trade',
        'plumber',
      ],
      '2026-11-17T09:00:00+08:00',
    );
    ok(['renovation', 'pay', id, '--item', 'all', '--as', 'S003'], '2026-11-17T09:10:00+08:00');
    const acc = read(root, 'fees/2026/1-1-0101.yaml');
    expect(acc).toMatch(/id: 2026-11\/renovation-pass-fee\n[\s\S]*?amount: "20.00"/);
    expect(acc).toMatch(/id: 2026-11\/renovation-pass-fee-2\n\s+item: renovation-pass-fee-2\n[\s\S]*?amount: "10.00"/);
    expect(acc).toMatch(
      /receipt: "?0000205"?\n\s+book: SJ-0002[\s\S]*?- bill: 2026-11\/renovation-pass-fee-2\n\s+amount: "10.00"/,
    );
    expect(read(root, `renovation/2026/${id}.yaml`)).toMatch(
      /item: pass-fee\n\s+amount: "10.00"\n\s+receipt: "0000205"\n\s+book: SJ-0002/,
    );
    ok(['renovation', 'inspect', id, '--findings', '正常', '--as', 'S002'], '2026-11-17T10:00:00+08:00');
    // 11-11..11-13 suspended; 11-16 (the resume day) was not inspected
    const gaps = JSON.parse(
      wuye(root, ['renovation', 'inspections', '--missing', '--json'], { WUYE_NOW: '2026-11-18T09:00:00+08:00' })
        .stdout,
    );
    expect(gaps.map((g: { date: string }) => g.date)).toEqual(['2026-11-16']);
    expect(wuye(root, ['validate'], { WUYE_NOW: '2026-11-18T09:00:00+08:00' }).code).toBe(0);
  });
});
