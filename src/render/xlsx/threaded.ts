// A report written while its rows are still being read: the xlsx writer (writer.ts) runs in a worker thread
// and the rows — usually computed from thousands of records parsed in this thread — are sent to it in
// batches, so parsing and writing share both cores (a 160,000-line fee ledger: ~9.7 s → ~6 s). A bounded
// number of batches is in flight, so memory stays flat. Under vitest (TypeScript sources) the writer runs here.
// e.g. await writeXlsx(report, 'ledger.xlsx', { lang: 'zh' })
import { Worker } from 'node:worker_threads';
import { fromPlainError, type PlainError } from '../../core/errors.js';
import { lang as currentLang, type Lang } from '../../core/i18n.js';
import type { Report, ReportRow } from '../report.js';
import { threadsAvailable } from '../threads.js';
import { writeXlsxHere, type XlsxResult } from './writer.js';

const BATCH = 1000;
const IN_FLIGHT = 8;

/** What crosses to the writer thread: everything but the rows. */
export interface XlsxJob {
  report: Omit<Report, 'sheets'> & { sheets: Omit<Report['sheets'][number], 'rows'>[] };
  file: string;
  lang: Lang;
}
/** From the writer thread: a batch taken, the result, or an error. */
export type XlsxReply = { took: number } | { result: XlsxResult } | { error: PlainError };

export async function writeXlsx(report: Report, file: string, opts: { lang?: Lang } = {}): Promise<XlsxResult> {
  const lang = opts.lang ?? currentLang();
  if (!threadsAvailable) return writeXlsxHere(report, file, { lang });
  const job: XlsxJob = { report: { ...report, sheets: report.sheets.map(({ rows: _rows, ...s }) => s) }, file, lang };
  const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: job });
  let inFlight = 0;
  let wake: (() => void) | undefined;
  const done = new Promise<XlsxResult>((resolve, reject) => {
    worker.on('message', (m: XlsxReply) => {
      if ('took' in m) {
        inFlight--;
        wake?.();
      } else if ('result' in m) resolve(m.result);
      else reject(fromPlainError(m.error));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the xlsx writer thread exited with code ${code}`)));
  });
  let failed = false;
  done.catch(() => {
    failed = true;
    wake?.();
  }); // a failed writer stops the sending below
  try {
    for (const [i, sheet] of report.sheets.entries()) {
      let batch: ReportRow[] = [];
      const send = async (): Promise<void> => {
        while (inFlight >= IN_FLIGHT && !failed)
          await new Promise<void>((r) => {
            wake = r;
          });
        if (failed) await done; // throws the writer's error
        worker.postMessage({ sheet: i, rows: batch });
        inFlight++;
        batch = [];
      };
      for (const r of sheet.rows) {
        batch.push(r);
        if (batch.length >= BATCH) await send();
      }
      await send();
      worker.postMessage({ sheet: i, end: true });
    }
    return await done;
  } catch (e) {
    // the rows failed here (a broken record), or the writer did: it removes its temporary file and stops
    worker.postMessage({ abort: true });
    await done.catch(() => undefined);
    throw e;
  } finally {
    await worker.terminate();
  }
}
