// One worker thread of `wuye validate` on a large estate: checks its share of
// the files with every procedure's checks and posts the problems back
// (quality.md: full validate within 1.5× of parsing every file once).
import { parentPort, workerData } from 'node:worker_threads';
import { runChunk, type ChunkInput } from '../../../core/validate/run.js';
import { CHECKS } from '../../checks.js';

const input = workerData as ChunkInput;
const result = runChunk(input, CHECKS, (progress) => parentPort!.postMessage({ progress }));
parentPort!.postMessage({ result });
