// Every form template wuye ships (templates/forms/<procedure>/<form>.yaml) loads
// and renders blank with its title and code: one renderer draws them all alike.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { renderForm } from '../../src/render/pdf/index.js';
import { PROJECT } from '../helpers/cli.js';
import { CONFIG, pdfText } from './helpers.js';

const DIR = join(PROJECT, 'templates', 'forms');
const names = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(DIR, d.name))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => `${d.name}/${f.slice(0, -5)}`),
  );

describe('every shipped form template', () => {
  it('there are some', () => {
    expect(names).toContain('registry/owner-registration');
  });
  for (const name of names) {
    it(`${name} renders blank with its title and form code`, async () => {
      const t = load(readFileSync(join(DIR, `${name}.yaml`), 'utf8')) as { title: string; code: string; copies?: [] };
      const text = pdfText(
        await renderForm({ form: name, date: '2026-11-28' }, { config: CONFIG, blank: true }),
      ).replace(/\s+/g, '');
      expect(text).toContain(t.title.replace(/\s+/g, ''));
      expect(text).toContain(t.code);
      // a multi-part form (the receipt) carries the company's legal name on each copy, others the center's name
      expect(text).toContain(t.copies ? '阳光物业管理有限公司' : '阳光花园物业服务中心');
    });
  }
});
