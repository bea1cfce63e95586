// The worker threads of a PDF batch (batch.ts): started once per batch and kept
// until it ends (fonts and templates load once per thread), each job a promise.
// A job goes to the thread with the fewest jobs queued; an error inside a thread
// comes back as its own class (exit code and file:line:column kept).
// e.g. const pool = new WorkerPool(2, init); const r = await pool.submit({ job: 'render', items }); await pool.close();
import { Worker } from 'node:worker_threads';
import { fromPlainError, type PlainError } from '../../core/errors.js';
import type { BatchItem, WorkerInit } from './batch.js';

/** Render items (given, or produced from keys by the batch's item source) to files; or only produce them. */
export type Job = { job: 'render'; items?: BatchItem[]; keys?: string[] } | { job: 'produce'; keys: string[] };

export interface RenderReply {
  written: number;
  unchanged: number;
  pages: number;
  files: string[];
}
export interface ProduceReply {
  items: BatchItem[];
}
type Reply = (RenderReply | ProduceReply) & { seq: number; error?: PlainError };

interface Slot {
  worker: Worker;
  queued: number;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void; slot: Slot }>();
  private seq = 0;
  private failed?: Error;
  private closing = false;

  constructor(n: number, init: WorkerInit) {
    for (let i = 0; i < n; i++) {
      // a small young generation: a thread's garbage is collected sooner (−20 MB each, same speed)
      const worker = new Worker(new URL('./worker.js', import.meta.url), {
        workerData: init,
        resourceLimits: { maxYoungGenerationSizeMb: 8 },
      });
      const slot: Slot = { worker, queued: 0 };
      slot.worker.on('message', (m: Reply) => {
        const w = this.waiting.get(m.seq);
        if (!w) return;
        this.waiting.delete(m.seq);
        slot.queued--;
        if (m.error) w.reject(fromPlainError(m.error));
        else w.resolve(m);
      });
      slot.worker.on('error', (e) => this.fail(e));
      slot.worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`a PDF worker thread exited with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  get size(): number {
    return this.slots.length;
  }

  submit(job: { job: 'render'; items?: BatchItem[]; keys?: string[] }): Promise<RenderReply>;
  submit(job: { job: 'produce'; keys: string[] }): Promise<ProduceReply>;
  submit(job: Job): Promise<RenderReply | ProduceReply> {
    if (this.failed) return Promise.reject(this.failed);
    const slot = this.slots.reduce((a, b) => (b.queued < a.queued ? b : a));
    const seq = ++this.seq;
    slot.queued++;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject, slot });
      slot.worker.postMessage({ ...job, seq });
    });
  }

  /** Every thread stopped (call once the jobs are settled, or on failure). */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private fail(e: Error): void {
    this.failed ??= e;
    for (const [seq, w] of this.waiting) {
      this.waiting.delete(seq);
      w.reject(e);
    }
  }
}
