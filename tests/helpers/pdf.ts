// PDF text and page counts for the tests, with pdfjs-dist in a thread (no poppler needed: `npm ci && npm test`
// is all a fresh machine runs). Synchronous, so a test reads a PDF as it reads a file: pdfText('out/x.pdf').
// Lines top to bottom, a page's items left to right with a space where they stand apart; pages end with \f.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

let worker: Worker | undefined;
let scratch: string | undefined;

function ask(pdf: Buffer | string, pagesOnly: boolean): { pages: number; text?: string } {
  if (!worker) {
    worker = new Worker(new URL('./pdf-worker.mjs', import.meta.url));
    worker.unref();
  }
  let file = pdf as string;
  if (typeof pdf !== 'string') {
    scratch ??= mkdtempSync(join(tmpdir(), 'wuye-pdf-'));
    file = join(scratch, 'in.pdf');
    writeFileSync(file, pdf);
  }
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  worker.postMessage({ file, pagesOnly, port: port2, flag }, [port2]);
  // the thread answers on port1 and then wakes this one (60 s at most: a stuck read fails the test, not the run)
  if (Atomics.wait(flag, 0, 0, 60_000) === 'timed-out') throw new Error(`pdf text: no answer for ${file}`);
  const m = receiveMessageOnPort(port1)?.message as { pages: number; text?: string; error?: string } | undefined;
  port1.close();
  if (!m) throw new Error(`pdf text: no answer for ${file}`);
  if (m.error) throw new Error(`pdf text: ${m.error} (${file})`);
  return m;
}

/** The text of a PDF (a path or its bytes). */
export const pdfText = (pdf: Buffer | string): string => ask(pdf, false).text!;

/** How many pages a PDF has. */
export const pdfPages = (pdf: Buffer | string): number => ask(pdf, true).pages;
