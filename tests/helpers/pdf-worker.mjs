// The thread behind tests/helpers/pdf.ts: reads a PDF's text and page count with pdfjs-dist (no system tools),
// answering each request on the port it came with and waking the waiting caller.
import { parentPort } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const base = dirname(require.resolve('pdfjs-dist/package.json'));
const pdfjs = await import(pathToFileURL(join(base, 'legacy', 'build', 'pdf.mjs')).href);
const standardFontDataUrl = join(base, 'standard_fonts') + '/';
const cMapUrl = join(base, 'cmaps') + '/';

/** The page's text as lines, top to bottom; items of a line left to right, a space where they stand apart. */
function layout(items) {
  const rows = [];
  for (const it of items) {
    if (!it.str) continue;
    const [, , , d, x, y] = it.transform;
    const h = Math.abs(d) || it.height || 10;
    let row = rows.find((r) => Math.abs(r.y - y) < Math.min(r.h, h) * 0.5);
    if (!row) rows.push((row = { y, h, items: [] }));
    row.items.push({ x, w: it.width, h, str: it.str });
  }
  rows.sort((a, b) => b.y - a.y);
  return rows.map((r) => {
    r.items.sort((a, b) => a.x - b.x);
    let line = '';
    let end;
    for (const it of r.items) {
      if (end !== undefined) {
        const gap = it.x - end;
        if (gap > it.h * 1.5) line += '   ';
        else if (gap > it.h * 0.15) line += ' ';
      }
      line += it.str;
      end = it.x + it.w;
    }
    return line.replace(/\s+$/, '');
  });
}

async function read(file, pagesOnly) {
  const data = new Uint8Array(readFileSync(file));
  const doc = await pdfjs.getDocument({
    data,
    standardFontDataUrl,
    cMapUrl,
    cMapPacked: true,
    verbosity: 0,
    isEvalSupported: false,
  }).promise;
  try {
    if (pagesOnly) return { pages: doc.numPages };
    const pages = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      pages.push(layout(content.items).join('\n'));
      page.cleanup();
    }
    return { pages: doc.numPages, text: pages.map((p) => p + '\n').join('\f') };
  } finally {
    await doc.destroy();
  }
}

parentPort.on('message', async ({ file, pagesOnly, port, flag }) => {
  let answer;
  try {
    answer = await read(file, pagesOnly);
  } catch (e) {
    answer = { error: String(e?.message ?? e) };
  }
  port.postMessage(answer);
  port.close();
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
