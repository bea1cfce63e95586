// Whether this build of the renderer can start worker threads: the compiled one (dist/*.js) can; under
// vitest the sources are TypeScript, which a worker cannot load, so batches and reports run in this thread.
// e.g. if (threadsAvailable) new Worker(new URL('./worker.js', import.meta.url))
export const threadsAvailable = import.meta.url.endsWith('.js');
