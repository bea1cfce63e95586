// Shared by the render tests: PDF text and page counts (tests/helpers/pdf.ts), a throwaway root with template overrides.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export { pdfPages, pdfText } from '../helpers/pdf.js';

/** A folder acting as a records root, with these files under it. */
export function rootWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'wuye-render-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

export const CONFIG = {
  center: { name: '阳光花园物业服务中心', estate: '阳光花园', company: '阳光物业管理有限公司' },
  templates: 'templates',
};
