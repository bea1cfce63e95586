// One-file-per-unit batches on worker threads, run from the built dist/ (a worker
// cannot load the TypeScript sources): every file written, counts right, re-run writes nothing.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../helpers/cli.js';
import { CONFIG, pdfText, rootWith } from './helpers.js';

describe('renderBatch on worker threads (dist)', () => {
  it('writes one PDF per unit from two workers, and a second run rewrites nothing', async () => {
    const { renderBatch } = await import(pathToFileURL(join(PROJECT, 'dist/render/pdf/index.js')).href);
    const items = Array.from({ length: 24 }, (_, i) => {
      const id = `3-1-${String(101 + i).padStart(4, '0')}`;
      return {
        name: `${id}-registration`,
        date: '2026-07-01',
        forms: [
          {
            form: 'registry/owner-registration',
            data: { unit: { id, area: '66.60' }, owner: { name: `业主${i}` } },
            id,
          },
        ],
      };
    });
    const outDir = join(rootWith({}), 'out');
    const progress: number[] = [];
    const r = await renderBatch(items, {
      config: CONFIG,
      outDir,
      workers: 2,
      onProgress: (d: number) => progress.push(d),
    });
    expect(r).toMatchObject({ written: 24, unchanged: 0, pages: 24 });
    expect(readdirSync(outDir).filter((f) => f.endsWith('.pdf')).length).toBe(24);
    expect(readdirSync(outDir).some((f) => f.endsWith('.tmp'))).toBe(false);
    expect(pdfText(join(outDir, '3-1-0117-registration.pdf'))).toContain('业主16');
    expect(progress[progress.length - 1]).toBe(24);
    const again = await renderBatch(items, { config: CONFIG, outDir, workers: 2 });
    expect(again).toMatchObject({ written: 0, unchanged: 24 });
  }, 180_000);
});
