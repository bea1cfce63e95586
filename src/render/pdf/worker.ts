// A batch worker thread (pool.ts, batch.ts): renders the items it is sent — or
// first produces them from keys with the batch's item source — each to
// <dir>/<name>.pdf, and reports counts back; or only produces items for a merged
// document drawn by the main thread. Fonts, templates and the source module load
// once per thread; the glyf font conversion was cached by the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { join } from 'node:path';
import { toPlainError } from '../../core/errors.js';
import { setLang } from '../../core/i18n.js';
import { produceItems, writeIfChanged, type WorkerInit } from './batch.js';
import type { Job } from './pool.js';
import { renderDocument } from './render.js';

const init = workerData as WorkerInit;
if (init.lang) setLang(init.lang);
const opts = { root: init.root, config: init.config, lang: init.lang, blank: init.blank };

// one job at a time, in the order sent (a job's awaits must not interleave with the next one)
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (m: Job & { seq: number }) => {
  queue = queue.then(() => handle(m));
});

async function handle(m: Job & { seq: number }): Promise<void> {
  try {
    const items = m.keys ? await produceItems(init.source!, m.keys) : m.job === 'render' ? (m.items ?? []) : [];
    if (m.job === 'produce') {
      parentPort!.postMessage({ seq: m.seq, items });
      return;
    }
    let written = 0;
    let unchanged = 0;
    let pages = 0;
    const files: string[] = [];
    for (const it of items) {
      const r = await renderDocument(it, opts);
      const file = join(init.dir, `${it.name}.pdf`);
      if (writeIfChanged(file, r.pdf, { sync: false })) written++;
      else unchanged++;
      pages += r.pages;
      files.push(file);
    }
    parentPort!.postMessage({ seq: m.seq, written, unchanged, pages, files });
  } catch (e) {
    parentPort!.postMessage({ seq: m.seq, error: toPlainError(e) });
  }
}
