// The validators a command loads are made by `npm run build` (bin/dev/build.mjs → dist/validators/):
// they must be those of the current schemas, and keep the formats (dates, national ids, mobiles) that
// Ajv checks in development. Run after a build (npm test builds first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as Schemas from '../../src/core/schemas.js';
import { PROJECT } from '../helpers/cli.js';

const BUILT = join(PROJECT, 'dist', 'validators');
const built = (): Promise<typeof Schemas> => import(pathToFileURL(join(PROJECT, 'dist/core/schemas.js')).href);

describe('validators made at build time', () => {
  it('dist/validators/ holds the validators of the current schemas (else: npm run build)', () => {
    expect(existsSync(BUILT), 'run npm run build').toBe(true);
    const out = mkdtempSync(join(tmpdir(), 'wuye-validators-'));
    const r = spawnSync(process.execPath, [join(PROJECT, 'bin/dev/build.mjs'), '--validators', out], {
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(out).sort();
    expect(readdirSync(BUILT).sort()).toEqual(files);
    expect(files).toContain('config+defaults.cjs');
    for (const f of files)
      expect(readFileSync(join(out, f), 'utf8') === readFileSync(join(BUILT, f), 'utf8'), `${f} is stale`).toBe(true);
  });

  it('check the formats as Ajv does: real dates, times with an offset, national ids, mobiles', async () => {
    const { validatorFor } = await built();
    const person = {
      kind: 'person',
      id: 'P000001',
      name: '林敏洁',
      national_id: '430102198804077746',
      phones: ['16684323162'],
    };
    const v = validatorFor('person');
    expect(v(person), JSON.stringify(v.errors)).toBe(true);
    const formatErrors = (data: unknown, kind = 'person') => {
      const w = validatorFor(kind);
      // (a personal value may also be sealed: that branch's `if` is not what is wrong)
      return w(data)
        ? []
        : (w.errors ?? [])
            .filter((e) => e.keyword !== 'if')
            .map((e) => `${e.instancePath} ${e.keyword} ${e.params.format ?? ''}`);
    };
    expect(formatErrors({ ...person, national_id: '430102198804077745' })).toEqual([
      '/national_id format cn-national-id',
    ]);
    expect(formatErrors({ ...person, phones: ['12684323162'] })).toEqual(['/phones/0 format cn-mobile']);
    const staff = {
      kind: 'staff',
      id: 'S001',
      name: '王',
      email: 'w@x.cn',
      department: 'management',
      roles: ['director'],
    };
    expect(formatErrors(staff, 'staff')).toEqual([]);
    expect(formatErrors({ ...staff, active_from: '2026-02-30' }, 'staff')).toEqual(['/active_from format date']);
    const book = { kind: 'receipt-book', id: 'SJ-0003', from: '0000001', to: '0000100' };
    const issued = (at: string) => ({ ...book, issued: { to: 'S005', at, by: 'S001' } });
    expect(formatErrors(issued('2026-11-28T09:30:00+08:00'), 'receipt-book')).toEqual([]);
    expect(formatErrors(issued('2026-11-28T09:30:00'), 'receipt-book')).toEqual(['/issued/at format date-time']);
  });

  it('fill the config defaults without Ajv', async () => {
    const { withDefaults } = await built();
    const { value, errors } = withDefaults<{ renovation: { review_workdays: number } }>('config', {
      format: 1,
      center: { name: '中心', estate: '小区' },
    });
    expect(errors).toEqual([]);
    expect(value.renovation.review_workdays).toBe(2);
  });
});
