// `wuye fee statement` as a batch on a generated 12-unit estate (enough units that the statements are read
// and drawn in worker threads): every unit with an account gets one statement, in unit order, the same in
// one file per unit and merged; a re-run rewrites nothing; a broken account stops the batch with its
// file:line:column and exit 1, leaving no statement half-written.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errLine, tmp, wuye } from '../../helpers/cli.js';
import { pdfPages, pdfText } from '../../helpers/pdf.js';

const pages = pdfPages;

describe('wuye fee statement --all on worker threads', () => {
  let root: string;
  let units: string[];
  beforeAll(() => {
    root = join(tmp('stmt-'), 'estate');
    const g = wuye(process.cwd(), ['demo', 'generate', root, '--units', '12', '--quiet']);
    expect(g.code, g.stderr).toBe(0);
    units = readdirSync(join(root, 'fees', '2026'))
      .map((f) => f.slice(0, -5))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  });

  it('writes one statement per unit with an account, merged the same, and re-runs write nothing', () => {
    expect(units.length).toBeGreaterThan(8);
    const files = tmp('stmt-files-');
    const r = wuye(root, ['fee', 'statement', '--all', '--period', '2026-11', '--out', files, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const res = JSON.parse(r.stdout);
    expect(res).toMatchObject({ count: units.length, pages: units.length, written: units.length, unchanged: 0 });
    expect(res.files).toEqual(units.map((u) => join(files, `${u}-statement.pdf`)));
    expect(readdirSync(files).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const one = pdfText(join(files, `${units[3]}-statement.pdf`));
    expect(one).toContain(units[3]);
    expect(one).toContain('2026-11');

    const merged = tmp('stmt-merged-');
    const m = wuye(root, ['fee', 'statement', '--all', '--period', '2026-11', '--out', merged, '--merge', '--json']);
    expect(m.code, m.stderr).toBe(0);
    const file = join(merged, 'statements-2026-11.pdf');
    expect(JSON.parse(m.stdout)).toMatchObject({ count: units.length, pages: units.length, files: [file] });
    expect(pages(file)).toBe(units.length);
    // the merged document holds the units in order, each page the same statement as its own file
    const pagesText = pdfText(file).split('\f');
    units.forEach((u, i) => expect(pagesText[i]).toContain(u));
    expect(pagesText[3]).toBe(one.replace(/\f$/, ''));

    const bytes = readFileSync(file);
    expect(
      wuye(root, ['fee', 'statement', '--all', '--period', '2026-11', '--out', merged, '--merge']).stdout,
    ).toContain('写入 0 个文件，1 个未变');
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(wuye(root, ['fee', 'statement', '--all', '--period', '2026-11', '--out', files]).stdout).toContain(
      `写入 0 个文件，${units.length} 个未变`,
    );
  });

  it('stops at a broken account with its file:line:column, exit 1, and writes no merged file', () => {
    const rel = `fees/2026/${units[5]}.yaml`;
    const text = readFileSync(join(root, rel), 'utf8');
    writeFileSync(join(root, rel), text.replace(/\nbills:/, '\nbills: [\n  oops'));
    try {
      for (const merge of [true, false]) {
        const out = tmp('stmt-bad-');
        const r = wuye(root, [
          'fee',
          'statement',
          '--all',
          '--period',
          '2026-11',
          '--out',
          out,
          ...(merge ? ['--merge'] : []),
        ]);
        expect(r.code).toBe(1);
        expect(errLine(r)).toMatch(new RegExp(`^wuye: ${rel.replace(/[./]/g, '\\$&')}:\\d+:\\d+: `));
        expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
        if (merge) expect(readdirSync(out)).toEqual([]);
        expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      }
    } finally {
      writeFileSync(join(root, rel), text);
    }
  });
});
