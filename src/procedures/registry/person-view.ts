// How a person appears in another record's output: name and phone as shown — read through ctx.shown, so
// masked by the one rule unless --reveal (spec 01 "Rules"; src/core/personal.ts). Used by unit show.
// e.g. wuye unit show 1-2-0801 → 业主 P000001 张三 138****8000
import type { Ctx } from '../../kit/context.js';
import type { PersonRecord } from '../../core/types.gen.js';
import { displayName } from './rules.js';

export interface PersonSummary {
  name: string;
  phone?: string;
}

export function personSummary(ctx: Ctx, id: string): PersonSummary {
  const p = ctx.shown.tryRead<PersonRecord>('person', id)?.data;
  if (!p) return { name: '?' };
  const phone = p.phones?.[0];
  return { name: displayName(p), ...(phone ? { phone } : {}) };
}
