// The tests need nothing but Node and git (issue 11 item 18): PDF text is read with pdfjs-dist in-process
// (tests/helpers/pdf.ts), and no test runs poppler's pdftotext/pdfinfo/pdftoppm or any other system PDF tool.
// e.g. npx vitest run tests/render/pdf-text.test.ts
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderForm } from '../../src/render/pdf/index.js';
import { PROJECT } from '../helpers/cli.js';
import { pdfPages, pdfText } from '../helpers/pdf.js';
import { CONFIG } from './helpers.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|mjs|js)$/.test(n) ? [p] : [];
  });
}

describe('PDF text without system tools', () => {
  it('reads Chinese text, in reading order, and the page count of a PDF we print', async () => {
    const pdf = await renderForm(
      {
        form: 'registry/owner-registration',
        data: { unit: { id: '1-2-0801', type: 'residential', area: '89.37' }, owner: { name: '张三丰' } },
        id: '1-2-0801',
        date: '2026-07-01',
      },
      { config: CONFIG },
    );
    expect(pdfPages(pdf)).toBe(1);
    const text = pdfText(pdf);
    expect(text).toContain('业主/住户情况登记表');
    expect(text).toContain('1-2-0801');
    expect(text.indexOf('业主/住户情况登记表')).toBeLessThan(text.indexOf('张三丰'));
  });

  it('no test runs a system PDF tool (pdftotext, pdfinfo, pdftoppm)', () => {
    const offenders = sources(join(PROJECT, 'tests'))
      .filter((f) => !f.endsWith('pdf-text.test.ts'))
      .filter((f) => /['"`](pdftotext|pdfinfo|pdftoppm|mutool|qpdf)['"`]/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(PROJECT, f));
    expect(offenders).toEqual([]);
  });
});
