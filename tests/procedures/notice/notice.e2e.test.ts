// Public notices through the real CLI in a throwaway git repo (manual 二.8, 三.6.13): a notice from a template with
// every blank filled (a blank left, or a value for no blank, refused with nothing written), approval by the CS
// manager only, posting only once approved, places added and taken down, list --expired, the A4 poster, the
// event notice filled from its event, and the fee disclosure's figures from the demo estate's fee ledger.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../../src/core/store.js';
import { formatYuan } from '../../../src/core/money.js';
import { CONFIG_DEFAULTS } from '../../../src/core/enums.gen.js';
import { feeYearFigures, type FeesConfig } from '../../../src/procedures/fee/api.js';
import { disclosureStandard } from '../../../src/procedures/notice/api.js';
import { fillNotice, parseNoticeTemplate } from '../../../src/procedures/notice/rules.js';
import { errLine, exists, git, newRoot, PROJECT, read, tmp, write, wuye } from '../../helpers/cli.js';
import { readFileSync } from 'node:fs';
import jsyaml from 'js-yaml';
import { pdfText } from '../../helpers/pdf.js';

const at = (iso: string) => ({ WUYE_NOW: iso });
const head = (root: string) => git(root, ['rev-parse', 'HEAD']).trim();
const WATER = [
  'notice',
  'new',
  '--template',
  'water-cut',
  '--set',
  'reason=二次供水水箱清洗',
  '--set',
  'date=2026-12-05',
  '--set',
  'time=09:00 至 17:00',
  '--to',
  '2026-12-05',
];

describe('notice templates', () => {
  it('reads the title, the labels of the blanks and the body; a blank left is named', () => {
    const t = parseNoticeTemplate(readFileSync(join(PROJECT, 'templates/texts/notice/water-cut.md'), 'utf8'));
    expect(t.title).toBe('停水通知');
    expect(t.labels.area).toContain('影响范围');
    const f = fillNotice(t, {
      reason: 'r',
      date: '2026-12-05',
      time: '9',
      center: { phones: { service: '1', hotline: '2' } },
    });
    expect(f.missing).toEqual(['area']);
    expect(f.body).toContain('2026年12月5日');
  });
});

describe('notices end to end', { timeout: 240_000 }, () => {
  const root = newRoot();
  const out = tmp();
  const ok = (args: string[], now = '2026-12-01T09:00:00+08:00') => {
    const r = wuye(root, args, at(now));
    if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}: ${r.stderr}`);
    return r;
  };
  // the center's phones, printed on every notice (a notice naming one not set is refused)
  write(
    root,
    'wuye.yaml',
    read(root, 'wuye.yaml').replace(
      '  estate: "测试小区"\n',
      '  estate: "测试小区"\n  phones:\n    service: 0731-1234567\n    hotline: 0731-7654321\n',
    ),
  );
  git(root, ['commit', '-qam', 'phones']);
  ok([
    'staff',
    'add',
    'S002',
    '--name',
    '客服乙',
    '--email',
    'b@x.cn',
    '--department',
    'customer-service',
    '--roles',
    'cs-assistant',
  ]);

  it('refuses a blank left unfilled (exit 1) and a value for no blank (exit 2), writing nothing', () => {
    const before = head(root);
    const r = wuye(root, WATER, at('2026-12-01T09:00:00+08:00'));
    expect(r.code).toBe(1);
    expect(errLine(r)).toContain('还有空位未填写: area（影响范围');
    expect(r.stderr).toContain('--set area=');
    const u = wuye(root, [...WATER, '--set', 'area=1栋', '--set', 'colour=红'], at('2026-12-01T09:00:00+08:00'));
    expect(u.code).toBe(2);
    expect(errLine(u)).toContain('没有空位 colour');
    const d = wuye(
      root,
      [...WATER.slice(0, 6), 'date=12月5日', ...WATER.slice(8), '--set', 'area=1栋'],
      at('2026-12-01T09:00:00+08:00'),
    );
    expect(d.code).toBe(2);
    expect(head(root)).toBe(before);
    expect(exists(root, 'notices')).toBe(false);
  });

  it('drafts, refuses posting before approval, lets only the CS manager approve, posts, and prints the poster', () => {
    ok([...WATER, '--set', 'area=1 栋全部住户', '--from', '2026-12-02', '--as', 'S002']);
    const file = 'notices/2026/GG2026-0001.yaml';
    expect(read(root, file)).toContain('暂停供水，影响范围：1 栋全部住户');
    const before = head(root);
    const post = wuye(root, ['notice', 'post', 'GG2026-0001', '--as', 'S002'], at('2026-12-01T10:00:00+08:00'));
    expect(post.code).toBe(1);
    expect(errLine(post)).toContain('尚未审批，不能张贴');
    expect(post.stderr).toContain('wuye notice approve GG2026-0001');
    const byAssistant = wuye(
      root,
      ['notice', 'approve', 'GG2026-0001', '--as', 'S002'],
      at('2026-12-01T10:00:00+08:00'),
    );
    expect(byAssistant.code).toBe(1);
    expect(errLine(byAssistant)).toContain('用户服务部经理');
    expect(head(root)).toBe(before);
    // a draft prints, marked as not to be posted
    ok(['notice', 'print', 'GG2026-0001', '--out', join(out, 'draft.pdf')]);
    expect(pdfText(join(out, 'draft.pdf'))).toContain('未经审批，不得张贴');

    ok(['notice', 'approve', 'GG2026-0001'], '2026-12-01T11:00:00+08:00');
    ok(
      ['notice', 'post', 'GG2026-0001', '--places', '小区公告栏,1栋大堂', '--date', '2026-12-02', '--as', 'S002'],
      '2026-12-02T08:30:00+08:00',
    );
    ok(['notice', 'post', 'GG2026-0001', '--places', '1栋电梯厅'], '2026-12-02T09:00:00+08:00');
    expect(read(root, file)).toContain('place: 1栋电梯厅');
    ok(['notice', 'print', 'GG2026-0001', '--out', join(out, 'water.pdf')]);
    const text = pdfText(join(out, 'water.pdf'));
    expect(text).toContain('停水通知');
    expect(text).toContain('测试服务中心');
    expect(text).toContain('2026年12月2日');
    expect(text).not.toContain('未经审批');
  });

  it('lists notices still up past their end date, and takes them down place by place', () => {
    expect(JSON.parse(ok(['--json', 'notice', 'list', '--expired'], '2026-12-05T09:00:00+08:00').stdout)).toEqual([]);
    const late = JSON.parse(ok(['--json', 'notice', 'list', '--expired'], '2026-12-06T09:00:00+08:00').stdout);
    expect(late).toMatchObject([{ id: 'GG2026-0001', expired: true, up_at: ['小区公告栏', '1栋大堂', '1栋电梯厅'] }]);
    const wrong = wuye(
      root,
      ['notice', 'remove', 'GG2026-0001', '--places', '2栋大堂'],
      at('2026-12-06T09:00:00+08:00'),
    );
    expect(wrong.code).toBe(1);
    ok(['notice', 'remove', 'GG2026-0001', '--places', '1栋电梯厅'], '2026-12-06T09:00:00+08:00');
    expect(read(root, 'notices/2026/GG2026-0001.yaml')).toMatch(/state: posted/);
    ok(['notice', 'remove', 'GG2026-0001'], '2026-12-06T10:00:00+08:00');
    expect(read(root, 'notices/2026/GG2026-0001.yaml')).toMatch(/state: removed/);
    expect(ok(['notice', 'list', '--expired'], '2026-12-06T11:00:00+08:00').stdout).not.toContain('GG2026-0001');
    expect(ok(['notice', 'list', '--state', 'removed'], '2026-12-06T11:00:00+08:00').stdout).toContain('GG2026-0001');
    expect(wuye(root, ['validate']).code).toBe(0);
  });

  it('fills an event notice from its event', () => {
    ok([
      'event',
      'new',
      '--title',
      '迎新年联欢会',
      '--type',
      'festival',
      '--date',
      '2026-12-20',
      '--time',
      '18:30',
      '--venue',
      '会所多功能厅',
      '--description',
      '才艺表演、抽奖。',
    ]);
    ok([
      'notice',
      'new',
      '--template',
      'event',
      '--event',
      'HD2026-0001',
      '--set',
      'sign_up=服务中心前台报名',
      '--to',
      '2026-12-20',
    ]);
    const n = read(root, 'notices/2026/GG2026-0002.yaml');
    expect(n).toContain('title: 迎新年联欢会');
    expect(n).toContain('活动地点：会所多功能厅');
    expect(n).toContain('event: HD2026-0001');
  });
});

describe('the fee disclosure from the ledger (三.6.13), on the demo estate', { timeout: 240_000 }, () => {
  const root = newRoot({ demo: true });
  it('takes the year’s billed, received and income from the fee accounts', () => {
    const r = wuye(
      root,
      [
        'notice',
        'new',
        '--template',
        'fee-disclosure',
        '--year',
        '2025',
        '--set',
        'spending=人员费用 ¥1,000.00',
        '--to',
        '2026-12-31',
      ],
      at('2026-12-01T09:00:00+08:00'),
    );
    expect(r.code, r.stderr).toBe(0);
    const config = jsyaml.load(read(root, 'wuye.yaml')) as { fees?: FeesConfig };
    const f = feeYearFigures(new Store(root), 2025, config.fees ?? (CONFIG_DEFAULTS.fees as FeesConfig));
    const n = read(root, 'notices/2026/GG2026-0007.yaml');
    expect(f.billed).toBeGreaterThan(0);
    expect(n).toContain(`应收物业服务费 ${formatYuan(f.billed)}`);
    expect(n).toContain(`款项合计 ${formatYuan(f.income)}`);
    expect(n).toContain(`billed: "${(f.billed / 100).toFixed(2)}"`);
    expect(n).toContain('人员费用 ¥1,000.00');
  });
  it('standard 6.13: the demo’s 2025 disclosure, posted 2026-03-01, meets 2026; nothing was posted in 2025', () => {
    const store = new Store(root);
    expect(disclosureStandard(store, 2026, '2026-11-28')).toMatchObject({ status: 'met', measured: '1' });
    expect(disclosureStandard(store, 2025, '2026-11-28')).toMatchObject({ status: 'not-met', measured: '0' });
    // the year still running: one posted within the twelve months up to today
    expect(disclosureStandard(store, 2027, '2027-02-28').status).toBe('met');
    expect(disclosureStandard(store, 2027, '2027-03-02').status).toBe('not-met');
  });
});
