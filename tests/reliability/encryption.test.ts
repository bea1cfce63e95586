// Personal data sealed at rest (issue 18 "Done means"): a demo estate encrypted by `wuye encrypt` holds none of
// the demo's id numbers and phones in any file or in any blob of its last commit; each desk's key and the
// recovery key open the values (and the standard `age` tool does); `find` by exact number and the refusal of a
// second person with one id number work at a desk with no key to read; each bad input is refused, nothing touched.
// e.g. npx vitest run tests/reliability/encryption.test.ts
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { personalValues, sealable } from '../../src/core/sealed.js';
import { KINDS, idOfPath } from '../../src/core/kinds.js';
import { walkYaml } from '../../src/core/store.js';
import { parseRecordText } from '../../src/core/yamlio.js';
import { errLine, git, nationalId, newRoot, wuye } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf.js';

const keys = () => mkdtempSync(join(tmpdir(), 'wuye-enc-keys-'));
const DESK_A = keys();
const DESK_B = keys();
const NO_KEY = keys(); // only a copy of the hash key: no key to read
const RECOVERY_DIR = keys();
const OUT = mkdtempSync(join(tmpdir(), 'wuye-enc-out-'));
const RECOVERY = join(OUT, 'recovery.txt');

let root: string;
const as = (dir: string, args: string[]) => wuye(root, [...args, '--as', 'S001'], { WUYE_KEY_DIR: dir });

/** Every number of the clear demo the mask hides something of: ids, phones, certificates, and those in notes. */
function clearSecrets(dir: string): Map<string, string> {
  const out = new Map<string, string>(); // value → file
  for (const k of KINDS)
    for (const rel of walkYaml(dir, k.folder)) {
      const data = parseRecordText(readFileSync(join(dir, rel), 'utf8'), rel);
      for (const { cls, value } of personalValues(k.kind, data)) {
        if (typeof value !== 'string' || !sealable(cls, value)) continue;
        if (cls === 'text')
          for (const m of value.match(/(?<![0-9])(\d{17}[\dXx]|1[3-9]\d{9})(?![0-9])/g) ?? []) out.set(m, rel);
        else out.set(value, rel);
      }
    }
  return out;
}

/** Every file under the root but .git, as text. */
function allFiles(dir: string, sub = ''): [string, string][] {
  const out: [string, string][] = [];
  for (const e of readdirSync(join(dir, sub))) {
    if (!sub && e === '.git') continue;
    const rel = sub ? `${sub}/${e}` : e;
    if (statSync(join(dir, rel)).isDirectory()) out.push(...allFiles(dir, rel));
    else out.push([rel, readFileSync(join(dir, rel), 'latin1')]);
  }
  return out;
}

const head = () => git(root, ['rev-parse', 'HEAD']).trim();
const clean = () => git(root, ['status', '--porcelain']).trim();

/** A sealed value's ciphertext from a record file (the first `age:` block under `field:`). */
function ageOf(rel: string, field: string): string {
  const text = readFileSync(join(root, rel), 'utf8');
  const at = text.indexOf(`${field}:`);
  const m = /-----BEGIN AGE ENCRYPTED FILE-----[\s\S]*?-----END AGE ENCRYPTED FILE-----/.exec(text.slice(at))!;
  return `${m[0]
    .split('\n')
    .map((l) => l.trim())
    .join('\n')}\n`;
}

let secrets: Map<string, string>;
let owner: { id: string; nid: string; phone: string };

beforeAll(() => {
  root = newRoot({ demo: true });
  secrets = clearSecrets(root);
  const p = parseRecordText(readFileSync(join(root, 'people/P000001.yaml'), 'utf8'), 'p') as {
    national_id: string;
    phones: string[];
  };
  owner = { id: 'P000001', nid: p.national_id, phone: p.phones[0] };
  const r = as(DESK_A, ['encrypt', '--desk', '服务台A', '--recovery-out', RECOVERY]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toContain('git filter-repo');
  // a desk with no key to read: only its copy of the estate's hash key
  const hash = readdirSync(DESK_A).find((f) => f.startsWith('hash-'))!;
  copyFileSync(join(DESK_A, hash), join(NO_KEY, hash));
  copyFileSync(RECOVERY, join(RECOVERY_DIR, 'identity.txt'));
}, 120_000);

describe('personal data encrypted at rest', () => {
  it('no id number or phone of the clear demo is in any file, nor in any blob of the last commit', () => {
    expect(secrets.size).toBeGreaterThan(100);
    expect(git(root, ['log', '-1', '--format=%s'])).toMatch(/^encrypt: personal data sealed at rest/);
    const found: string[] = [];
    for (const [rel, text] of allFiles(root))
      for (const s of secrets.keys()) if (text.includes(s)) found.push(`${rel}: ${s}`);
    expect(found).toEqual([]);
    const blobs = git(root, ['ls-tree', '-r', 'HEAD'])
      .trim()
      .split('\n')
      .map((l) => l.split(/\s+/)[2]);
    const r = spawnSync('git', ['cat-file', '--batch'], {
      cwd: root,
      input: blobs.join('\n') + '\n',
      maxBuffer: 1 << 28,
    });
    const objects = r.stdout.toString('latin1');
    expect(objects.length).toBeGreaterThan(100_000);
    expect([...secrets.keys()].filter((s) => objects.includes(s))).toEqual([]);
    expect(wuye(root, ['validate']).code).toBe(0);
  });

  it('shows the mask without a key; --reveal opens it with this desk’s key; age -d opens it too', () => {
    const shown = JSON.parse(as(DESK_A, ['person', 'show', owner.id, '--json']).stdout);
    expect(JSON.stringify(shown)).not.toContain(owner.nid);
    expect(JSON.stringify(shown)).toContain(`${owner.nid.slice(0, 6)}********${owner.nid.slice(-4)}`);
    const r = as(DESK_A, ['show', owner.id, '--json', '--reveal', '--reason', '核对']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(owner.nid);
    const file = join(OUT, 'nid.age');
    writeFileSync(file, ageOf('people/P000001.yaml', 'national_id'));
    for (const key of [join(DESK_A, 'identity.txt'), RECOVERY]) {
      const a = spawnSync('age', ['-d', '-i', key, file], { encoding: 'utf8' });
      expect(a.stderr).toBe('');
      expect(a.stdout).toBe(owner.nid);
    }
    // the recovery key opens it through wuye as well
    expect(as(RECOVERY_DIR, ['show', owner.id, '--json', '--reveal', '--reason', '恢复']).stdout).toContain(owner.nid);
  });

  it('writes keep what did not change and seal what is new', () => {
    const before = ageOf('people/P000001.yaml', 'national_id');
    const r = as(DESK_A, ['person', 'update', owner.id, '--phone', '13812093571', '--notes', '加密后修改']);
    expect(r.code, r.stderr).toBe(0);
    expect(ageOf('people/P000001.yaml', 'national_id')).toBe(before);
    const text = readFileSync(join(root, 'people/P000001.yaml'), 'utf8');
    expect(text).not.toContain('13812093571');
    expect(text).toContain('mask: 138****3571');
    expect(wuye(root, ['validate']).code).toBe(0);
  });

  it('a desk with no key finds an exact phone and id number and refuses a second person with one id number', () => {
    const find = (q: string) => JSON.parse(as(NO_KEY, ['find', q, '--json']).stdout) as { id: string }[];
    expect(find('13812093571').map((h) => h.id)).toContain(owner.id);
    expect(find(owner.nid).map((h) => h.id)).toEqual([owner.id]);
    expect(find(owner.nid.slice(6, 14))).toEqual([]); // the hidden digits are never found
    const h = head();
    const dup = as(NO_KEY, ['person', 'add', '--name', '重复人', '--national-id', owner.nid]);
    expect(dup.code).toBe(1);
    expect(errLine(dup)).toContain('P000001');
    expect(head()).toBe(h);
    // ordinary work goes on masked; --reveal needs a key file (exit 2)
    expect(as(NO_KEY, ['person', 'show', owner.id]).code).toBe(0);
    const rv = as(NO_KEY, ['show', owner.id, '--reveal', '--reason', 'x']);
    expect(rv.code).toBe(2);
    expect(rv.stderr).toContain('本机没有私钥文件');
  });

  it('validate refuses a duplicate id number by its hash, with no key', () => {
    const other = readFileSync(join(root, 'people/P000002.yaml'), 'utf8');
    const mine = readFileSync(join(root, 'people/P000001.yaml'), 'utf8');
    const block = /national_id:\n(?: {2}.*\n)+/.exec(mine)![0];
    writeFileSync(join(root, 'people/P000002.yaml'), other.replace(/national_id:\n(?: {2}.*\n)+/, block));
    const v = wuye(root, ['validate', 'people'], { WUYE_KEY_DIR: NO_KEY });
    expect(v.code).toBe(1);
    expect(v.stdout + v.stderr).toContain('P000001');
    git(root, ['checkout', '--', 'people/P000002.yaml']);
  });

  it('adding a desk re-seals to it in one commit; removing re-seals without it; the last desk stays', () => {
    const b = JSON.parse(as(DESK_B, ['keys', 'list', '--json']).stdout) as { desk: { key: string } };
    // before it is listed: masked, with a word, never an error
    const before = as(DESK_B, ['show', owner.id, '--json', '--reveal', '--reason', '核对']);
    expect(before.code).toBe(0);
    expect(before.stdout).not.toContain(owner.nid);
    expect(before.stderr).toContain('不是加密给本机密钥的');
    const h = head();
    const add = as(DESK_A, ['keys', 'add', b.desk.key, '--name', '服务台B']);
    expect(add.code, add.stderr).toBe(0);
    expect(git(root, ['rev-list', '--count', `${h}..HEAD`]).trim()).toBe('1');
    expect(as(DESK_B, ['show', owner.id, '--json', '--reveal', '--reason', '核对']).stdout).toContain(owner.nid);
    const rm = as(DESK_B, ['keys', 'remove', '服务台A']);
    expect(rm.code, rm.stderr).toBe(0);
    expect(rm.stderr).toContain('git 历史中仍有加密给 服务台A 的旧密文');
    expect(as(DESK_A, ['show', owner.id, '--json', '--reveal', '--reason', '核对']).stdout).not.toContain(owner.nid);
    expect(as(RECOVERY_DIR, ['show', owner.id, '--json', '--reveal', '--reason', '核对']).stdout).toContain(owner.nid);
    // a new hash key: find by exact number still works at the desk that made it
    expect(JSON.parse(as(DESK_B, ['find', owner.nid, '--json']).stdout).map((x: { id: string }) => x.id)).toEqual([
      owner.id,
    ]);
    const h2 = head();
    const last = as(DESK_B, ['keys', 'remove', '服务台B']);
    expect(last.code).toBe(1);
    expect(errLine(last)).toContain('最后一把能读取的工作站密钥');
    expect(head()).toBe(h2);
    expect(clean()).toBe('');
    expect(wuye(root, ['validate']).code).toBe(0);
  }, 300_000);

  it('bad input: a key of the wrong kind, a missing key file, a damaged ciphertext, a value left in clear', () => {
    const h = head();
    const secret = readFileSync(join(DESK_B, 'identity.txt'), 'utf8')
      .split('\n')
      .find((l) => l.startsWith('AGE-SECRET-KEY-'))!;
    const wrong = as(DESK_B, ['keys', 'add', secret, '--name', 'x']);
    expect(wrong.code).toBe(2);
    expect(errLine(wrong)).toContain('私钥');
    expect(as(DESK_B, ['keys', 'add', 'age1nonsense', '--name', 'x']).code).toBe(2);
    const missing = as(NO_KEY, [
      'keys',
      'add',
      JSON.parse(as(DESK_A, ['keys', 'list', '--json']).stdout).desk.key,
      '--name',
      'A2',
    ]);
    expect(missing.code).toBe(2);
    expect(errLine(missing)).toContain('没有私钥文件');
    const bad = keys();
    writeFileSync(join(bad, 'identity.txt'), 'not a key\n');
    const badKey = as(bad, ['show', owner.id, '--reveal', '--reason', 'x']);
    expect(badKey.code).toBe(2);
    expect(errLine(badKey)).toContain('不是 age 私钥文件');
    expect(head()).toBe(h);
    expect(clean()).toBe('');
    // a damaged ciphertext: file:line:column from validate; the record still shows (masked)
    const rel = 'people/P000001.yaml';
    const text = readFileSync(join(root, rel), 'utf8');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('BEGIN AGE')) + 1;
    lines[at] = lines[at].replace(/[A-Za-z0-9+/]{8}$/, '!!!!!!!!');
    writeFileSync(join(root, rel), lines.join('\n'));
    const v = wuye(root, ['validate', rel]);
    expect(v.code).toBe(1);
    expect(v.stdout + v.stderr).toMatch(new RegExp(`${rel}:\\d+:\\d+`));
    expect(v.stdout + v.stderr).toContain('密文已损坏');
    expect(as(DESK_B, ['person', 'show', owner.id]).code).toBe(0);
    // a value in clear once encryption is on
    writeFileSync(join(root, rel), text.replace(/national_id:\n(?: {2}.*\n)+/, `national_id: "${owner.nid}"\n`));
    const c = wuye(root, ['validate', rel]);
    expect(c.code).toBe(1);
    expect(c.stdout + c.stderr).toContain('未加密的个人资料');
    // wuye encrypt seals what is left in clear
    git(root, ['commit', '-qam', 'hand edit: a value in clear']);
    const again = as(DESK_B, ['encrypt']);
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(join(root, rel), 'utf8')).not.toContain(owner.nid);
    expect(wuye(root, ['validate', rel]).code).toBe(0);
    expect(idOfPath(rel)).toBe(owner.id);
  });

  it("exports carry masks; the owner's own document prints in full with this desk's key, and is recorded", () => {
    const list = as(DESK_B, ['person', 'list', '--json']);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).not.toContain(owner.nid);
    expect(list.stdout).toContain(`${owner.nid.slice(0, 6)}********`);
    const units = (
      JSON.parse(as(DESK_B, ['person', 'show', owner.id, '--json']).stdout) as { units?: { unit: string }[] }
    ).units;
    const unit = units?.[0]?.unit ?? '1-1-0101';
    const pdf = join(OUT, 'reg.pdf');
    const r = as(DESK_B, ['form', 'owner-registration', unit, '--out', pdf]);
    expect(r.code, r.stderr).toBe(0);
    expect(pdfText(pdf)).toContain(owner.nid);
    expect(git(root, ['log', '-2', '--format=%s'])).toContain('audit: reveal');
  });

  it('an import seals the numbers it writes', () => {
    const csv = join(OUT, 'buyers.csv');
    const nid = nationalId('43010419920202111');
    writeFileSync(
      csv,
      `楼栋,单元,房号,楼层,类型,建筑面积,业主姓名,身份证号,手机\n9,1,0101,1,住宅,88.00,导入业主,${nid},13467291053\n`,
    );
    const r = as(DESK_B, ['unit', 'import', csv]);
    expect(r.code, r.stderr).toBe(0);
    const files = git(root, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n');
    for (const f of files) {
      const text = readFileSync(join(root, f), 'utf8');
      expect(text).not.toContain(nid);
      expect(text).not.toContain('13467291053');
    }
    expect(files.some((f) => f.startsWith('people/'))).toBe(true);
    expect(wuye(root, ['validate']).code).toBe(0);
  });

  it('a person added at a desk with the keys is sealed as written (a fresh id number)', () => {
    const nid = nationalId('43070219911111222');
    const r = as(DESK_B, ['person', 'add', '--name', '新住户', '--national-id', nid, '--phone', '13612348806']);
    expect(r.code, r.stderr).toBe(0);
    const files = git(root, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n');
    const text = readFileSync(
      join(
        root,
        files.find((f) => f.startsWith('people/'))!,
      ),
      'utf8',
    );
    expect(text).not.toContain(nid);
    expect(text).not.toContain('13612348806');
    expect(git(root, ['log', '-1', '--format=%B'])).not.toContain(nid);
  });
});
