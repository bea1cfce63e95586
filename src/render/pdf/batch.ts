// Batches of PDFs (spec forms-and-reports.md "A batch"): one file per item
// (<outDir>/<name>.pdf, rendered on worker threads — both cores) or one merged
// file, each item starting on a new sheet. Idempotent: a file whose bytes would
// not change is not rewritten, so a second run writes nothing and a killed run
// finishes on re-run; every write is atomic (temp file + rename).
// e.g. await renderBatch(items, { root, config, outDir: 'out', merge: 'building-1.pdf' })
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { UsageError } from '../../core/errors.js';
import { msg, lang as currentLang } from '../../core/i18n.js';
import { syncDir, writeFileAtomic } from '../../core/fsx.js';
import { fontSet, finish, newDoc } from './canvas.js';
import { fontPath, glyfFontFile } from './fonts.js';
import { FormDrawer } from './form.js';
import { drawItem, getTemplate, renderDocument, type DocItem, type RenderOptions } from './render.js';

export interface BatchItem extends DocItem {
  /** File name without .pdf, e.g. `1-2-0801-packet` (checked: letters, digits, - _ . only). */
  name: string;
}

export interface BatchOptions extends RenderOptions {
  outDir: string;
  /** One merged PDF at this path (relative to outDir) instead of one file per item. */
  merge?: string;
  /** With merge: pad each item to an even page count (duplex: every item starts on a new sheet). */
  duplex?: boolean;
  /** Worker threads for one-file-per-item batches (default: CPU count, at most 4; 1 = this thread). */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface BatchResult { files: string[]; written: number; unchanged: number; pages: number }

const SAFE_NAME = /^[A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff._-]*$/;

/** Write bytes unless the file already holds exactly them; true when written. */
export function writeIfChanged(path: string, bytes: Buffer): boolean {
  if (existsSync(path)) {
    if (statSync(path).size === bytes.length && readFileSync(path).equals(bytes)) return false;
  }
  writeFileAtomic(path, bytes, { syncDir: false });
  return true;
}

/** Our own temporary files (fsx.writeFileAtomic) left by a killed batch: `.<name>.pdf.<pid>.<n>.tmp`. */
const OUR_TEMP = /^\..+\.pdf\.\d+\.\d+\.tmp$/;

function prepareDir(outDir: string): string {
  const dir = resolve(outDir);
  try { mkdirSync(dir, { recursive: true }); } catch (e) {
    throw new UsageError(msg(`无法创建输出目录 ${outDir}: ${(e as Error).message}`, `cannot create the output folder ${outDir}: ${(e as Error).message}`), msg('换一个可写的目录（--out）', 'choose a folder you can write to (--out)'));
  }
  for (const f of readdirSync(dir)) if (OUR_TEMP.test(f)) rmSync(join(dir, f), { force: true });
  return dir;
}

export async function renderBatch(items: BatchItem[], opts: BatchOptions): Promise<BatchResult> {
  const dir = prepareDir(opts.outDir);
  for (const it of items) {
    if (!SAFE_NAME.test(it.name)) throw new UsageError(msg(`文件名无效: ${it.name}`, `bad file name: ${it.name}`));
  }
  const total = items.length;
  if (opts.merge) {
    const fonts = fontSet(opts.config.pdf, opts.root);
    const doc = newDoc(fonts, { date: items[0]?.date, title: opts.merge });
    const drawer = new FormDrawer(doc, fonts);
    let pages = 0;
    items.forEach((it, i) => {
      let n = drawItem(drawer, it, opts);
      if (opts.duplex && n % 2 === 1 && i < items.length - 1) { drawer.blankPage(); n++; }
      pages += n;
      opts.onProgress?.(i + 1, total);
    });
    const file = join(dir, opts.merge);
    const written = writeIfChanged(file, await finish(doc));
    syncDir(dir);
    return { files: [file], written: written ? 1 : 0, unchanged: written ? 0 : 1, pages };
  }

  const workers = Math.max(1, Math.min(opts.workers ?? Math.min(4, availableParallelism()), Math.ceil(total / 4)));
  const canThread = import.meta.url.endsWith('.js'); // under vitest (src/*.ts) a worker cannot load TypeScript
  const res = workers > 1 && canThread ? await inWorkers(items, opts, dir, workers) : await inThisThread(items, opts, dir);
  syncDir(dir);
  return res;
}

async function inThisThread(items: BatchItem[], opts: BatchOptions, dir: string): Promise<BatchResult> {
  const out: BatchResult = { files: [], written: 0, unchanged: 0, pages: 0 };
  for (const [i, it] of items.entries()) {
    const { pdf, pages } = await renderDocument(it, opts);
    const file = join(dir, `${it.name}.pdf`);
    if (writeIfChanged(file, pdf)) out.written++; else out.unchanged++;
    out.files.push(file); out.pages += pages;
    opts.onProgress?.(i + 1, items.length);
  }
  return out;
}

/** What a worker needs to render: plain data only (it crosses a thread). */
export interface WorkerInit { root?: string; config: RenderOptions['config']; lang: RenderOptions['lang']; blank?: boolean; dir: string }

async function inWorkers(items: BatchItem[], opts: BatchOptions, dir: string, n: number): Promise<BatchResult> {
  // convert and cache the fonts once, before the workers read them (without loading them here: memory)
  for (const f of [opts.config.pdf?.font ?? 'NotoSansHans-Regular', opts.config.pdf?.bold_font ?? 'NotoSansHans-Medium']) glyfFontFile(fontPath(f, opts.root));
  // a bad template fails here, with its own message and exit code, not inside a worker
  for (const name of new Set(items.flatMap((it) => it.forms.map((f) => f.form)))) getTemplate(opts.root, opts.config.templates ?? 'templates', name);
  const init: WorkerInit = { root: opts.root, config: JSON.parse(JSON.stringify({ center: opts.config.center, templates: opts.config.templates, pdf: opts.config.pdf })), lang: opts.lang ?? currentLang(), blank: opts.blank, dir };
  const out: BatchResult = { files: items.map((it) => join(dir, `${it.name}.pdf`)), written: 0, unchanged: 0, pages: 0 };
  const chunk = Math.max(1, Math.min(16, Math.ceil(items.length / (n * 4))));
  let next = 0; let done = 0;
  await new Promise<void>((resolveAll, reject) => {
    let alive = n; let failed = false;
    for (let w = 0; w < n; w++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: init });
      const feed = (): void => {
        if (next >= items.length) { void worker.terminate(); return; }
        const part = items.slice(next, next + chunk); next += part.length;
        worker.postMessage(part);
      };
      worker.on('message', (m: { written: number; unchanged: number; pages: number; count: number } | { error: string }) => {
        if ('error' in m) { failed = true; reject(new Error(m.error)); void worker.terminate(); return; }
        out.written += m.written; out.unchanged += m.unchanged; out.pages += m.pages; done += m.count;
        opts.onProgress?.(done, items.length);
        feed();
      });
      worker.on('error', (e) => { failed = true; reject(e); });
      worker.on('exit', () => { if (--alive === 0 && !failed) resolveAll(); });
      feed();
    }
  });
  return out;
}
