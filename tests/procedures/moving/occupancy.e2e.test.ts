// Residents and tenants end to end through the real CLI (spec 04-moving.md; issue 14): residents add|remove,
// tenancy start|end with the owner's consent, cards issued and taken back, the two forms, and the refusals.
import { describe, expect, it, beforeAll } from 'vitest';
import { pdfText } from '../../helpers/pdf.js';
import { git, newRoot, read, tmp, wuye } from '../../helpers/cli.js';
import { leaseProblem } from '../../../src/procedures/moving/rules.js';

let root: string;
let tenant: string;
let spouse: string;
let friend: string;
const head = () => git(root, ['rev-parse', 'HEAD']).trim();
const person = (name: string) => {
  const r = wuye(root, ['person', 'add', '--name', name]);
  if (r.code !== 0) throw new Error(r.stderr);
  return /P\d{6}/.exec(r.stdout + r.stderr)![0];
};

beforeAll(() => {
  root = newRoot({ demo: true });
  tenant = person('租户甲');
  spouse = person('租户乙');
  friend = person('住户丙');
});

describe('occupancy rules', () => {
  it('a lease ends after it starts', () => {
    expect(leaseProblem('2026-12-01', '2027-11-30')).toBeUndefined();
    expect(leaseProblem('2026-12-01', '2026-12-01')?.zh).toContain('不晚于');
  });
});

describe('wuye moving residents', () => {
  it('registers a resident with a card and removes them taking the card back', () => {
    let r = wuye(root, [
      'moving',
      'residents',
      'add',
      '1-1-0101',
      '--person',
      friend,
      '--relation',
      '子女',
      '--card',
      'ZH-9001',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(read(root, 'units/1/1-1-0101.yaml')).toMatch(
      new RegExp(
        `residents:\\n\\s+- person: ${friend}\\n\\s+relation: 子女\\n\\s+since: 2026-11-28\\n\\s+card:\\n\\s+no: ZH-9001`,
      ),
    );
    const before = head();
    r = wuye(root, ['moving', 'residents', 'add', '1-1-0101', '--person', friend, '--relation', '子女']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('已登记');
    expect(head()).toBe(before);
    const out = tmp();
    r = wuye(root, ['form', 'resident-registration', '1-1-0101', '--out', `${out}/r.pdf`]);
    expect(r.code, r.stderr).toBe(0);
    expect(pdfText(`${out}/r.pdf`)).toContain('ZH-9001');
    r = wuye(root, ['moving', 'residents', 'remove', '1-1-0101', '--person', friend, '--on', '2026-11-28']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('住户证 ZH-9001 已收回');
    const u = read(root, 'units/1/1-1-0101.yaml');
    expect(u).toMatch(
      new RegExp(`past_residents:\\n\\s+- person: ${friend}[\\s\\S]*returned_on: 2026-11-28[\\s\\S]*until: 2026-11-28`),
    );
  });
});

describe('wuye moving tenancy', () => {
  it('refuses a lease that ends before it starts, and a consent by someone who does not own the unit', () => {
    const before = head();
    let r = wuye(root, [
      'moving',
      'tenancy',
      'start',
      '1-1-0101',
      '--tenant',
      tenant,
      '--from',
      '2026-12-01',
      '--to',
      '2026-11-01',
      '--consent',
      '同意书',
    ]);
    expect(r.code).toBe(1);
    r = wuye(root, [
      'moving',
      'tenancy',
      'start',
      '1-1-0101',
      '--tenant',
      tenant,
      '--from',
      '2026-12-01',
      '--to',
      '2027-11-30',
      '--consent',
      '同意书',
      '--consent-by',
      spouse,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('不是 1-1-0101 的业主');
    expect(head()).toBe(before);
  });

  it("starts a tenancy with the owner's consent and a card; the unit is let; ending it takes the cards back", () => {
    let r = wuye(root, [
      'moving',
      'tenancy',
      'start',
      '1-1-0101',
      '--tenant',
      tenant,
      '--from',
      '2026-12-01',
      '--to',
      '2027-11-30',
      '--consent',
      '业主书面同意出租书',
      '--card',
      'ZH-9002',
    ]);
    expect(r.code, r.stderr).toBe(0);
    let u = read(root, 'units/1/1-1-0101.yaml');
    expect(u).toMatch(/state: let/);
    expect(u).toMatch(
      new RegExp(
        `tenants:\\n\\s+- person: ${tenant}\\n\\s+from: 2026-12-01\\n\\s+to: 2027-11-30\\n\\s+consent: 业主书面同意出租书\\n\\s+consent_by: P000001`,
      ),
    );
    expect(read(root, 'archive/DA-1-1-0101.yaml')).toContain('tenancy-consent');
    r = wuye(root, [
      'moving',
      'residents',
      'add',
      '1-1-0101',
      '--person',
      spouse,
      '--relation',
      '租户配偶',
      '--tenant',
      tenant,
      '--card',
      'ZH-9003',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const out = tmp();
    r = wuye(root, ['form', 'tenant-registration', '1-1-0101', '--out', `${out}/t.pdf`]);
    expect(r.code, r.stderr).toBe(0);
    const text = pdfText(`${out}/t.pdf`);
    expect(text).toContain('租户登记表');
    expect(text).toContain('业主书面同意出租书');
    r = wuye(root, ['moving', 'tenancy', 'end', '1-1-0101', '--tenant', tenant, '--reason', '提前退租']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('ZH-9002、ZH-9003 已收回');
    u = read(root, 'units/1/1-1-0101.yaml');
    expect(u).toMatch(/state: occupied/);
    expect(u).toMatch(new RegExp(`past_tenants:\\n\\s+- person: ${tenant}[\\s\\S]*ended: 2026-11-28`));
    expect(u).not.toMatch(/^tenants:/m);
    r = wuye(root, ['moving', 'tenancy', 'end', '1-1-0101', '--tenant', tenant]);
    expect(r.code).toBe(3);
  });

  it('validates the occupancy of the demo', () => {
    const r = wuye(root, ['validate', 'units']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });
});

describe('wuye unit transfer', () => {
  it('refuses a transfer to the current owner', () => {
    const before = head();
    const r = wuye(root, ['unit', 'transfer', '1-1-0101', '--to', 'P000001', '--documents', '不动产权证']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('不能过户给现业主');
    expect(head()).toBe(before);
  });

  it('refuses a unit in arrears unless the cs-manager overrides with a reason, recorded', () => {
    const before = head();
    let r = wuye(root, ['unit', 'transfer', '1-1-0301', '--to', tenant, '--documents', '不动产权证,身份证']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('欠费未清不能过户');
    expect(r.stderr).toContain('--override');
    r = wuye(root, [
      'unit',
      'transfer',
      '1-1-0301',
      '--to',
      tenant,
      '--documents',
      '不动产权证',
      '--override',
      '法院判决',
      '--approved-by',
      'S003',
    ]);
    expect(r.code).toBe(1);
    expect(head()).toBe(before);
    r = wuye(root, [
      'unit',
      'transfer',
      '1-1-0301',
      '--to',
      tenant,
      '--documents',
      '不动产权证,身份证',
      '--override',
      '法院判决过户，欠费由原业主另行结清',
      '--approved-by',
      'S002',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('带欠费');
    const u = read(root, 'units/1/1-1-0301.yaml');
    expect(u).toMatch(/arrears: "485\.97"\n\s+override:\n\s+by: S002\n\s+reason: 法院判决过户，欠费由原业主另行结清/);
    expect(read(root, 'archive/DA-1-1-0301.yaml')).toMatch(
      /type: transfer-papers\n\s+title: 2026-11-28 过户：不动产权证、身份证/,
    );
  });

  it('transfers a unit with no arrears, keeping the previous owners and the papers', () => {
    const r = wuye(root, [
      'unit',
      'transfer',
      '1-1-0101',
      '--to',
      spouse,
      '--documents',
      '不动产权证',
      '--date',
      '2026-11-28',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(read(root, 'units/1/1-1-0101.yaml')).toMatch(/transfers:\n\s+- date: 2026-11-28\n\s+from:\n\s+- P000001/);
  });
});
