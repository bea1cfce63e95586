// A batch worker thread (batch.ts): renders the items it is sent, each to
// <dir>/<name>.pdf, and reports counts back. Fonts and templates are loaded
// once per worker; the glyf font conversion was cached by the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { join } from 'node:path';
import { setLang } from '../../core/i18n.js';
import { writeIfChanged, type BatchItem, type WorkerInit } from './batch.js';
import { renderDocument } from './render.js';

const init = workerData as WorkerInit;
if (init.lang) setLang(init.lang);

parentPort!.on('message', async (items: BatchItem[]) => {
  try {
    let written = 0; let unchanged = 0; let pages = 0;
    for (const it of items) {
      const r = await renderDocument(it, { root: init.root, config: init.config, lang: init.lang, blank: init.blank });
      if (writeIfChanged(join(init.dir, `${it.name}.pdf`), r.pdf)) written++; else unchanged++;
      pages += r.pages;
    }
    parentPort!.postMessage({ written, unchanged, pages, count: items.length });
  } catch (e) {
    parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
});
