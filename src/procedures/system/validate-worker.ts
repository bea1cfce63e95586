// One worker thread of `wuye validate` on a large estate: checks its share of
// the files with every procedure's checks and posts the problems back
// (quality.md: full validate within 1.5× of parsing every file once).
// A thread cannot be handed functions, so this entry (which nothing imports) reads the registry itself.
import { parentPort, workerData } from 'node:worker_threads';
import { runChunk, type ChunkInput } from '../../core/validate/run.js';
import type { Check } from '../../core/validate/types.js';
import { collect } from '../../kit/manifest.js';
import { PROCEDURES } from '../index.js';

const input = workerData as ChunkInput;
const checks = await collect<Check>(PROCEDURES, 'checks');
const result = runChunk(input, checks, (progress) => parentPort!.postMessage({ progress }));
parentPort!.postMessage({ result });
