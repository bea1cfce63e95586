// Batches of PDFs (spec forms-and-reports.md "A batch"): one file per item
// (<outDir>/<name>.pdf, rendered on worker threads — both cores) or one merged
// file, each item starting on a new sheet. The items are given, or made from keys
// by an item source (a procedure's module) inside the worker threads, so a batch
// over 5,000 units reads its records on both cores and never holds them all.
// Idempotent: a file whose bytes would not change is not rewritten, so a second
// run writes nothing and a killed run finishes on re-run; every file is written
// to a temporary name and renamed (atomic), and a one-file-per-item batch flushes
// its files to disk once at the end (one syncfs, not an fsync per file).
// e.g. await renderBatch(items, { root, config, outDir: 'out', merge: 'building-1.pdf' })
//      await renderBatch({ module: STATEMENTS_URL, arg: run, keys: unitIds }, { root, config, outDir: 'out' })
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { msg, lang as currentLang } from '../../core/i18n.js';
import { flushFiles, renameTemp, syncDir, writeFileAtomic, writeTemp } from '../../core/fsx.js';
import { checkOverwrite } from '../../core/outfile.js';
import { fontSet, finish, newDoc, trimLayoutCache, type Doc } from './canvas.js';
import { fontPath, glyfFontFile } from './fonts.js';
import { FormDrawer } from './form.js';
import { WorkerPool } from './pool.js';
import { threadsAvailable } from '../threads.js';
import { drawItem, getTemplate, renderDocument, type DocItem, type RenderOptions } from './render.js';

export interface BatchItem extends DocItem {
  /** File name without .pdf, e.g. `1-2-0801-packet` (checked: letters, digits, - _ . only). */
  name: string;
}

/**
 * Items made from keys where they are drawn: `module` (a file URL) exports
 * `produceItem(arg, key): BatchItem | undefined` (undefined: nothing to print for that key).
 * `arg` is plain data (it crosses threads).
 */
export interface ItemSource {
  module: string;
  arg: unknown;
  keys: string[];
}

export interface BatchOptions extends RenderOptions {
  outDir: string;
  /** One merged PDF at this path (relative to outDir) instead of one file per item. */
  merge?: string;
  /** With merge: pad each item to an even page count (duplex: every item starts on a new sheet). */
  duplex?: boolean;
  /** Worker threads (default: CPU count, at most 4; 1 = this thread only). */
  workers?: number;
  /** done counts items given, or keys of a source, so far. */
  onProgress?: (done: number, total: number) => void;
}

/** What a worker needs: plain data only (it crosses a thread). */
export interface WorkerInit {
  root?: string;
  config: RenderOptions['config'];
  lang: RenderOptions['lang'];
  blank?: boolean;
  dir: string;
  source?: Omit<ItemSource, 'keys'>;
}

/** count: the items rendered (a source may skip keys). */
export interface BatchResult {
  files: string[];
  written: number;
  unchanged: number;
  pages: number;
  count: number;
}

const SAFE_NAME = /^[A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff._-]*$/;

/**
 * Write bytes unless the file already holds exactly them; true when written. Atomic (temporary file and
 * rename); `sync: false` leaves the flush to the caller (a batch flushes all its files at once).
 */
export function writeIfChanged(path: string, bytes: Buffer, opts: { sync?: boolean } = {}): boolean {
  if (existsSync(path)) {
    if (statSync(path).size === bytes.length && readFileSync(path).equals(bytes)) return false;
    checkOverwrite(path, 'pdf'); // a PDF replaces only a PDF (its own earlier output), never another file
  }
  if (opts.sync === false) renameTemp(writeTemp(path, bytes, false), path);
  else writeFileAtomic(path, bytes, { syncDir: false });
  return true;
}

/** Our own temporary files (fsx.writeFileAtomic) left by a killed batch: `.<name>.pdf.<pid>.<n>.tmp`. */
const OUR_TEMP = /^\..+\.pdf\.\d+\.\d+\.tmp$/;

function prepareDir(outDir: string): string {
  const dir = resolve(outDir);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new UsageError(
      msg(
        `无法创建输出目录 ${outDir}: ${(e as Error).message}`,
        `cannot create the output folder ${outDir}: ${(e as Error).message}`,
      ),
      msg('换一个可写的目录（--out）', 'choose a folder you can write to (--out)'),
    );
  }
  for (const f of readdirSync(dir)) if (OUR_TEMP.test(f)) rmSync(join(dir, f), { force: true });
  return dir;
}

function checkNames(items: readonly BatchItem[]): void {
  for (const it of items) {
    if (!SAFE_NAME.test(it.name)) throw new UsageError(msg(`文件名无效: ${it.name}`, `bad file name: ${it.name}`));
  }
}

const sources = new Map<
  string,
  { produceItem: (arg: unknown, key: string) => BatchItem | undefined | Promise<BatchItem | undefined> }
>();

/** The items of some keys of a source (in key order, skipped keys left out), in this thread. */
export async function produceItems(source: Omit<ItemSource, 'keys'>, keys: readonly string[]): Promise<BatchItem[]> {
  let mod = sources.get(source.module);
  if (!mod) {
    mod = (await import(source.module)) as NonNullable<typeof mod>;
    sources.set(source.module, mod);
  }
  const out: BatchItem[] = [];
  for (const k of keys) {
    const it = await mod.produceItem(source.arg, k);
    if (it) out.push(it);
  }
  checkNames(out);
  return out;
}

/** Keys per job sent to a thread: small enough to spread the work, large enough to amortise messages. */
const JOB_SIZE = 24;
const chunksOf = <T>(xs: readonly T[], n: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

export async function renderBatch(input: BatchItem[] | ItemSource, opts: BatchOptions): Promise<BatchResult> {
  const dir = prepareDir(opts.outDir);
  if (Array.isArray(input)) checkNames(input);
  const total = Array.isArray(input) ? input.length : input.keys.length;
  const wanted = opts.workers ?? Math.min(4, availableParallelism());
  const threads = threadsAvailable ? Math.max(0, Math.min(wanted, Math.ceil(total / 4))) : 0;
  // merged: this thread draws the one document — the bottleneck, so it keeps a core to itself — while the
  // other cores produce a source's items; one file per item: workers render (and produce) on every core
  const poolSize = opts.merge
    ? Array.isArray(input) || wanted <= 1
      ? 0
      : Math.max(1, threads - 1)
    : threads > 1
      ? threads
      : 0;
  const pool = poolSize ? startPool(poolSize, input, opts, dir) : undefined;
  try {
    return await (opts.merge
      ? renderMerged(input, opts, dir, total, pool)
      : renderFiles(input, opts, dir, total, pool));
  } finally {
    await pool?.close();
  }
}

function startPool(n: number, input: BatchItem[] | ItemSource, opts: BatchOptions, dir: string): WorkerPool {
  if (!opts.merge) {
    // convert and cache the fonts once, before the workers read them (without loading them here: memory)
    for (const f of [
      opts.config.pdf?.font ?? 'NotoSansHans-Regular',
      opts.config.pdf?.bold_font ?? 'NotoSansHans-Medium',
    ])
      glyfFontFile(fontPath(f, opts.root));
    // a bad template fails here, with its own message and exit code, not inside a worker
    if (Array.isArray(input))
      for (const name of new Set(input.flatMap((it) => it.forms.map((f) => f.form))))
        getTemplate(opts.root, opts.config.templates ?? 'templates', name);
  }
  return new WorkerPool(n, {
    root: opts.root,
    config: JSON.parse(
      JSON.stringify({ center: opts.config.center, templates: opts.config.templates, pdf: opts.config.pdf }),
    ),
    lang: opts.lang ?? currentLang(),
    blank: opts.blank,
    dir,
    ...(Array.isArray(input) ? {} : { source: { module: input.module, arg: input.arg } }),
  });
}

/**
 * The items in order, a job's worth at a time: given ones sliced, a source's produced by the pool
 * (a few jobs ahead of the drawing, so memory stays flat) or in this thread.
 */
async function* inOrder(
  input: BatchItem[] | ItemSource,
  pool: WorkerPool | undefined,
): AsyncGenerator<{ items: BatchItem[]; keys: number }> {
  if (Array.isArray(input)) {
    for (const part of chunksOf(input, JOB_SIZE)) yield { items: part, keys: part.length };
    return;
  }
  const jobs = chunksOf(input.keys, JOB_SIZE);
  if (!pool) {
    for (const keys of jobs) yield { items: await produceItems(input, keys), keys: keys.length };
    return;
  }
  const AHEAD = 8;
  const pending: Promise<{ items: BatchItem[] }>[] = [];
  let next = 0;
  const fill = (): void => {
    while (pending.length < AHEAD && next < jobs.length)
      pending.push(pool.submit({ job: 'produce', keys: jobs[next++] }));
  };
  fill();
  for (let j = 0; j < jobs.length; j++) {
    const { items } = await pending.shift()!;
    fill();
    yield { items, keys: jobs[j].length };
    await new Promise((r) => setImmediate(r)); // let the threads' replies in while this thread draws
  }
}

async function renderMerged(
  input: BatchItem[] | ItemSource,
  opts: BatchOptions,
  dir: string,
  total: number,
  pool: WorkerPool | undefined,
): Promise<BatchResult> {
  const fonts = fontSet(opts.config.pdf, opts.root);
  let doc: Doc | undefined;
  let drawer: FormDrawer | undefined;
  let pages = 0;
  let count = 0;
  let done = 0;
  for await (const part of inOrder(input, pool)) {
    for (const it of part.items) {
      if (!drawer) {
        doc = newDoc(fonts, { date: it.date, title: opts.merge });
        drawer = new FormDrawer(doc, fonts);
      }
      if (opts.duplex && pages % 2 === 1) {
        drawer.blankPage();
        pages++;
      } // the last item's odd page: a new sheet
      pages += drawItem(drawer, it, opts);
      count++;
      if (count % 200 === 0) trimLayoutCache(doc);
    }
    done += part.keys;
    opts.onProgress?.(done, total);
  }
  if (!doc) return { files: [], written: 0, unchanged: 0, pages: 0, count: 0 };
  const file = join(dir, opts.merge!);
  const written = writeIfChanged(file, await finish(doc));
  syncDir(dir);
  return { files: [file], written: written ? 1 : 0, unchanged: written ? 0 : 1, pages, count };
}

async function renderFiles(
  input: BatchItem[] | ItemSource,
  opts: BatchOptions,
  dir: string,
  total: number,
  pool: WorkerPool | undefined,
): Promise<BatchResult> {
  const out: BatchResult = { files: [], written: 0, unchanged: 0, pages: 0, count: 0 };
  let done = 0;
  const add = (r: { written: number; unchanged: number; pages: number; files: string[] }, keys: number): void => {
    out.written += r.written;
    out.unchanged += r.unchanged;
    out.pages += r.pages;
    out.count += r.files.length;
    done += keys;
    opts.onProgress?.(done, total);
  };
  if (pool) {
    const jobs = Array.isArray(input)
      ? chunksOf(input, JOB_SIZE).map((items) => ({ job: 'render' as const, items, n: items.length }))
      : chunksOf(input.keys, JOB_SIZE).map((keys) => ({ job: 'render' as const, keys, n: keys.length }));
    // two jobs in flight per thread: none waits for work, and a slow thread is not handed a long queue
    const files: string[][] = [];
    let next = 0;
    const feed = async (): Promise<void> => {
      while (next < jobs.length) {
        const j = next++;
        const { n, ...job } = jobs[j];
        const r = await pool.submit(job);
        add(r, n);
        files[j] = r.files;
      }
    };
    await Promise.all(Array.from({ length: pool.size * 2 }, feed));
    out.files = files.flat(); // in item order, whatever order the threads finished in
  } else {
    for await (const part of inOrder(input, undefined)) {
      for (const [i, it] of part.items.entries()) {
        const { pdf, pages } = await renderDocument(it, opts);
        const file = join(dir, `${it.name}.pdf`);
        const written = writeIfChanged(file, pdf, { sync: false });
        out.files.push(file);
        // progress by item; a source's skipped keys count with the last item of their job
        add(
          { written: written ? 1 : 0, unchanged: written ? 0 : 1, pages, files: [file] },
          i < part.items.length - 1 ? 1 : part.keys - i,
        );
      }
      if (!part.items.length) add({ written: 0, unchanged: 0, pages: 0, files: [] }, part.keys);
    }
  }
  if (out.written) flushFiles(dir, out.files);
  syncDir(dir);
  return out;
}
