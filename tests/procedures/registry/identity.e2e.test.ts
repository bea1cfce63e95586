// One person per national id number (issue 11 item 3; spec 01 person merge) through the real CLI: person add and
// update refuse a number another person holds, validate reports two people holding one (all files, PATH, --changed),
// and person merge moves every reference — units, transfers, co-owners, move-in and renovation cases — in one commit.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverPending } from '../../../src/core/store.js';
import { errLine, exists, git, nationalId, newRoot, read, write, wuye } from '../../helpers/cli.js';

const NID = nationalId('11010119900307123');
const OTHER = nationalId('11010119851212456');
const commits = (root: string) => Number(git(root, ['rev-list', '--count', 'HEAD']).trim());
const commitAll = (root: string, m: string) => {
  git(root, ['add', '-A']);
  git(root, ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', m]);
};

describe('a national id number belongs to one person', () => {
  const root = newRoot();

  it('person add refuses a number already registered, naming the person; nothing written', () => {
    expect(wuye(root, ['person', 'add', '--name', '张三', '--national-id', NID, '--phone', '13800138000']).code).toBe(
      0,
    );
    const before = commits(root);
    const r = wuye(root, ['person', 'add', '--name', '张三', '--national-id', NID]);
    expect(r.code).toBe(1);
    expect(errLine(r)).toContain(`身份证号 ${NID.slice(0, 6)}********${NID.slice(14)} 已登记为 P000001（张三）`);
    expect(r.stderr).not.toContain(NID);
    expect(commits(root)).toBe(before);
    expect(exists(root, 'people/P000002.yaml')).toBe(false);
  });

  it('person update refuses it too, and says how to merge', () => {
    expect(wuye(root, ['person', 'add', '--name', '张叁', '--phone', '13900139000', '--notes', '二期业主']).code).toBe(
      0,
    );
    const r = wuye(root, ['person', 'update', 'P000002', '--national-id', NID]);
    expect(r.code).toBe(1);
    expect(errLine(r)).toContain('已登记为 P000001');
    expect(r.stderr).toContain('wuye person merge P000001 P000002');
    expect(read(root, 'people/P000002.yaml')).not.toContain('national_id');
  });

  it('validate reports two people with one number, each file naming the other (all, PATH, --changed)', () => {
    write(root, 'people/P000002.yaml', `${read(root, 'people/P000002.yaml')}national_id: "${NID}"\n`);
    const changed = wuye(root, ['validate', '--changed']);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toMatch(
      /people\/P000002\.yaml:\d+:\d+: 错误: 身份证号 110101\*+1233 也登记在 people\/P000001\.yaml/,
    );
    commitAll(root, 'hand edit: a second record of one person');
    const all = wuye(root, ['validate']);
    expect(all.code).toBe(1);
    expect(all.stdout).toContain(
      'people/P000001.yaml:4:14: 错误: 身份证号 110101********1233 也登记在 people/P000002.yaml',
    );
    expect(all.stdout).toContain('people/P000002.yaml');
    expect(all.stdout).toContain('wuye person merge P000001 P000002');
    expect(all.stdout).not.toContain(NID);
    const one = wuye(root, ['validate', 'people/P000002.yaml']);
    expect(one.code).toBe(1);
    expect(one.stdout).toContain('也登记在 people/P000001.yaml');
  });

  it('person merge moves units, transfers and co-owners to the kept person in one commit and deletes the other', () => {
    for (const u of ['1-1-0101', '1-1-0102'])
      expect(wuye(root, ['unit', 'add', u, '--type', 'residential', '--area', '90']).code).toBe(0);
    // by hand: co-owners (shares adding up), a resident, and a transfer naming the dropped person
    const unit = (id: string, body: string) =>
      `kind: unit\nid: ${id}\nbuilding: "1"\nentrance: "1"\nfloor: 1\nroom: "${id.slice(-4)}"\ntype: residential\narea: "90.00"\nstate: occupied\n${body}`;
    write(
      root,
      'units/1/1-1-0101.yaml',
      unit(
        '1-1-0101',
        '# co-owners since the purchase\nowners:\n  - person: P000001\n    share: 60\n    since: 2026-01-01\n  - person: P000002\n    share: 40\n    since: 2026-01-01\n',
      ),
    );
    write(
      root,
      'units/1/1-1-0102.yaml',
      unit(
        '1-1-0102',
        'owners:\n  - person: P000002\n    since: 2026-03-01\nresidents:\n  - person: P000001\n    relation: 本人\ntransfers:\n  - date: 2026-03-01\n    from: [P000001, P000002]\n    to: [P000002]\n    by: S001\n',
      ),
    );
    commitAll(root, 'hand edit: owners');
    const before = commits(root);
    const r = wuye(root, ['person', 'merge', 'P000001', 'P000002']);
    expect(r.code, r.stderr).toBe(0);
    expect(commits(root)).toBe(before + 1);
    expect(git(root, ['show', '--name-status', '--format=%s', 'HEAD']).trim().split('\n')).toEqual([
      'person: merge P000002 into P000001',
      '',
      'M\tpeople/P000001.yaml',
      'D\tpeople/P000002.yaml',
      'M\tunits/1/1-1-0101.yaml',
      'M\tunits/1/1-1-0102.yaml',
    ]);
    expect(r.stderr).toContain('姓名不同：保留 张三（P000001）');
    const u1 = read(root, 'units/1/1-1-0101.yaml');
    expect(u1).toContain('# co-owners since the purchase'); // the comment a person wrote survives
    expect(u1).toMatch(/owners:\n {2}- person: P000001\n {4}share: 100\n {4}since: 2026-01-01\n$/);
    const u2 = read(root, 'units/1/1-1-0102.yaml');
    expect(u2).not.toContain('P000002');
    expect(u2).toMatch(/from: \[ P000001 \]|from:\s+\[P000001\]|from:\n\s+- P000001\n/);
    // the kept person has what it lacked: the second phone and the notes
    const kept = read(root, 'people/P000001.yaml');
    expect(kept).toContain('13900139000');
    expect(kept).toContain('notes: 二期业主');
    expect(kept).toMatch(/merged_from:\n {2}- id: P000002\n {4}date: 2026-11-28\n {4}by: S001\n/);
    expect(exists(root, 'people/P000002.yaml')).toBe(false);
    expect(wuye(root, ['validate']).code).toBe(0);
  });

  it('refuses two different national ids unless --force with a --reason, recorded in the commit', () => {
    // a merged id is never allocated again: the next person is P000003, not P000002
    expect(wuye(root, ['person', 'add', '--name', '李四', '--national-id', OTHER]).stdout).toContain('P000003');
    const before = commits(root);
    const r = wuye(root, ['person', 'merge', 'P000001', 'P000003']);
    expect(r.code).toBe(1);
    expect(errLine(r)).toContain('身份证号不同');
    expect(r.stderr).toContain('--force --reason');
    expect(wuye(root, ['person', 'merge', 'P000001', 'P000003', '--force']).code).toBe(2);
    expect(wuye(root, ['person', 'merge', 'P000001', 'P000001']).code).toBe(2);
    expect(wuye(root, ['person', 'merge', 'P000001', 'P000999']).code).toBe(3);
    expect(commits(root)).toBe(before);
    const ok = wuye(root, ['person', 'merge', 'P000001', 'P000003', '--force', '--reason', '同一人，证件号录错']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(git(root, ['log', '-1', '--format=%s'])).toContain('(reason: 同一人，证件号录错)');
    expect(read(root, 'people/P000001.yaml')).toContain(NID);
  });
});

describe('person merge killed mid-way (WUYE_CRASH_AT): the delete is all or nothing with the writes', () => {
  for (const stage of ['temps', 'ready'] as const) {
    it(`killed at "${stage}": recovery ${stage === 'ready' ? 'finishes' : 'rolls back'} the merge, the file deleted only with it`, () => {
      const root = newRoot();
      expect(wuye(root, ['person', 'add', '--name', '王五', '--national-id', NID]).code).toBe(0);
      expect(wuye(root, ['person', 'add', '--name', '王五']).code).toBe(0);
      expect(wuye(root, ['unit', 'add', '1-1-0101', '--type', 'residential', '--area', '90']).code).toBe(0);
      expect(wuye(root, ['unit', 'update', '1-1-0101', '--add-owner', 'P000002']).code).toBe(0);
      const killed = wuye(root, ['person', 'merge', 'P000001', 'P000002'], { WUYE_CRASH_AT: stage });
      expect(killed.code).toBe(-1); // killed by SIGKILL
      expect(exists(root, 'people/P000002.yaml')).toBe(true); // nothing deleted before the writes are in place
      recoverPending(root);
      expect(git(root, ['status', '--porcelain']).trim()).toBe('');
      if (stage === 'ready') {
        expect(exists(root, 'people/P000002.yaml')).toBe(false);
        expect(read(root, 'units/1/1-1-0101.yaml')).toContain('person: P000001');
        expect(git(root, ['log', '-1', '--format=%s'])).toContain('person: merge P000002 into P000001 (recovered)');
      } else {
        expect(exists(root, 'people/P000002.yaml')).toBe(true);
        expect(read(root, 'units/1/1-1-0101.yaml')).toContain('person: P000002');
      }
      expect(wuye(root, ['validate']).code).toBe(0);
    });
  }
});

describe('person merge on the demo estate: cases follow the person', () => {
  it('moves the move-in case, the renovation case and the unit of a person to the kept record', () => {
    const root = newRoot({ demo: true });
    // a person named by a renovation case and a move-in case (found, not assumed)
    const ids = (dir: string) =>
      readdirSync(join(root, dir), { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => readFileSync(join(root, dir, f), 'utf8'));
    const inMovein = new Set(ids('movein').flatMap((t) => t.match(/P\d{6}/g) ?? []));
    const drop = ids('renovation')
      .flatMap((t) => t.match(/P\d{6}/g) ?? [])
      .find((p) => inMovein.has(p))!;
    expect(drop).toBeDefined();
    const dropText = read(root, `people/${drop}.yaml`);
    const nid = /national_id: "(\d{17}[\dX])"/.exec(dropText)![1];
    // the same person registered a second time by hand, with the same number
    write(root, 'people/P900001.yaml', `kind: person\nid: P900001\nname: 重复登记\nnational_id: "${nid}"\n`);
    commitAll(root, 'hand edit: a second record');
    expect(wuye(root, ['validate', 'people']).stdout).toContain(`people/${drop}.yaml`);
    const r = wuye(root, ['person', 'merge', 'P900001', drop]);
    expect(r.code, r.stderr).toBe(0);
    const files = git(root, ['show', '--name-status', '--format=', 'HEAD']).trim().split('\n');
    expect(files).toContain(`D\tpeople/${drop}.yaml`);
    expect(files.some((f) => f.startsWith('M\tmovein/'))).toBe(true);
    expect(files.some((f) => f.startsWith('M\trenovation/'))).toBe(true);
    expect(files.some((f) => f.startsWith('M\tunits/'))).toBe(true);
    const grep = spawnSync('git', ['grep', '-l', drop, 'HEAD', '--', '*.yaml', ':!people'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(grep.stdout.trim()).toBe('');
    // the kept record took over what it lacked (phones, gender, emergency contact)
    const kept = read(root, 'people/P900001.yaml');
    expect(kept).toContain('name: 重复登记');
    expect(kept).toContain('phones:');
    expect(kept).toContain(`merged_from:\n  - id: ${drop}\n`);
    expect(wuye(root, ['validate']).code).toBe(0);
  });
});
