// Shared by the render tests: PDF text via pdftotext, page counts via pdfinfo, a throwaway root with template overrides.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function pdfText(pdf: Buffer | string): string {
  const r = spawnSync('pdftotext', ['-layout', typeof pdf === 'string' ? pdf : '-', '-'], {
    input: typeof pdf === 'string' ? undefined : pdf,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`pdftotext: ${r.stderr}`);
  return r.stdout;
}

export function pdfPages(pdf: Buffer | string): number {
  const r = spawnSync('pdfinfo', [typeof pdf === 'string' ? pdf : '-'], {
    input: typeof pdf === 'string' ? undefined : pdf,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`pdfinfo: ${r.stderr}`);
  return Number(/Pages:\s+(\d+)/.exec(r.stdout)![1]);
}

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
