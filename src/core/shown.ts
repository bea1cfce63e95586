// The records as a command may show them (quality.md "Security and privacy"): the same store, every record it
// reads masked by the one rule of src/core/personal.ts — each field its schema declares "x-personal" — so that
// whatever a form, a report or a table builds from it carries no id number or phone unless --reveal.
// e.g. new ShownStore(root).read('person', 'P000123').data.national_id → '110101********1234'
import { maskRecord } from './personal.js';
import { Store, type RecordFile } from './store.js';

export class ShownStore extends Store {
  /** A record read through this store: masked; a masked record carries no raw text (`text` is ''). */
  override parseRel<T>(rel: string, kind: string, id: string, text: string): RecordFile<T> {
    const r = super.parseRel<T>(rel, kind, id, text);
    const data = maskRecord(kind, r.data);
    return data === r.data ? r : { ...r, text: '', data };
  }
}
