// Writing a generated estate (quality.md: a 60,000-file estate): files straight
// on disk, no Tx, each record emitted by the fast emitter of src/core/yamlemit.ts.
// e.g. new Writer(dir).record('units/1/1-2-0801.yaml', unit)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inSchemaOrder, toYaml } from '../../core/yamlemit.js';

/** Files of a generated estate, written directly; folders made once. */
export class Writer {
  private dirs = new Set<string>();
  count = 0;
  constructor(readonly root: string) {}

  text(rel: string, text: string): void {
    const file = join(this.root, rel);
    const dir = dirname(file);
    if (!this.dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.dirs.add(dir);
    }
    writeFileSync(file, text);
    this.count++;
  }

  /** A record, its top-level fields in the order its schema lists them (as a person would write them). */
  record(rel: string, data: Record<string, unknown>): void {
    this.text(rel, toYaml(inSchemaOrder(data)));
  }
}
