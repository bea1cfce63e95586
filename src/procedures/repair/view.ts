// How a repair order reads at the desk (show, list, forms): where, the technician, times, punctuality.
// e.g. whereText(r) → 1-2-0801 · hm('2026-11-28T14:03:00+08:00') → 2026-11-28 14:03
import type { Store } from '../../core/store.js';
import type { Repair } from './rules.js';

export const hm = (at: string | undefined) => (at ? at.slice(0, 16).replace('T', ' ') : '');
export const whereText = (r: Pick<Repair, 'unit' | 'place'>) => [r.unit, r.place].filter(Boolean).join(' ');
export const staffText = (store: Store, id: string | undefined) =>
  id ? `${id} ${store.tryRead<{ name?: string }>('staff', id)?.data.name ?? ''}`.trim() : '';
