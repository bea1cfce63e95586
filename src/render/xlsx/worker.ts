// The xlsx writer thread (threaded.ts): writes the report it was started with, its rows arriving as
// messages ({ sheet, rows } batches, then { sheet, end }), each batch acknowledged so the sender can go on;
// { abort } removes the temporary file and stops. The result or the error goes back as the last message.
import { parentPort, workerData } from 'node:worker_threads';
import { toPlainError } from '../../core/errors.js';
import type { ReportRow } from '../report.js';
import type { XlsxJob } from './threaded.js';
import { writeXlsxHere } from './writer.js';

const job = workerData as XlsxJob;
type Msg = { sheet: number; rows: ReportRow[] } | { sheet: number; end: true } | { abort: true };

const queues = job.report.sheets.map(() => ({
  batches: [] as ReportRow[][],
  ended: false,
  wake: undefined as (() => void) | undefined,
}));
let aborted = false;

parentPort!.on('message', (m: Msg) => {
  if ('abort' in m) {
    aborted = true;
    for (const q of queues) q.wake?.();
    return;
  }
  const q = queues[m.sheet];
  if ('end' in m) q.ended = true;
  else q.batches.push(m.rows);
  q.wake?.();
});

async function* rows(i: number): AsyncGenerator<ReportRow> {
  const q = queues[i];
  for (;;) {
    if (aborted) throw new Error('aborted');
    const batch = q.batches.shift();
    if (batch) {
      parentPort!.postMessage({ took: batch.length });
      yield* batch;
      continue;
    }
    if (q.ended) return;
    await new Promise<void>((r) => {
      q.wake = r;
    });
    q.wake = undefined;
  }
}

writeXlsxHere({ ...job.report, sheets: job.report.sheets.map((s, i) => ({ ...s, rows: rows(i) })) }, job.file, {
  lang: job.lang,
}).then(
  (result) => parentPort!.postMessage({ result }),
  (e) => parentPort!.postMessage({ error: toPlainError(e) }),
);
