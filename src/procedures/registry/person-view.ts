// How a person appears in another record's output: name and masked phone, personal data masked unless
// --reveal (spec 01 "Rules"). Used by unit show, person show, person list and the owner registration form.
// e.g. wuye unit show 1-2-0801 → 业主 P000001 张三 138****8000
import type { Ctx } from '../../kit/context.js';
import { maskNationalId, maskPhone } from '../../core/personal.js';
import type { PersonRecord } from '../../core/types.gen.js';
import { displayName } from './rules.js';

export interface PersonSummary {
  name: string;
  phone?: string;
}

export function personSummary(ctx: Ctx, id: string): PersonSummary {
  const p = ctx.store.tryRead<PersonRecord>('person', id)?.data;
  if (!p) return { name: '?' };
  const phone = p.phones?.[0];
  return { name: displayName(p), phone: phone && (ctx.globals.reveal ? phone : maskPhone(phone)) };
}

/** A person record as shown: personal data masked unless --reveal. */
export function maskedPerson(p: PersonRecord, reveal: boolean): PersonRecord {
  if (reveal) return p;
  return {
    ...p,
    ...(p.national_id ? { national_id: maskNationalId(p.national_id) } : {}),
    ...(p.phones ? { phones: p.phones.map(maskPhone) } : {}),
    ...(p.emergency_contact
      ? { emergency_contact: { ...p.emergency_contact, phone: maskPhone(p.emergency_contact.phone) } }
      : {}),
    ...(p.other_document
      ? { other_document: { ...p.other_document, number: maskPhone(p.other_document.number) } }
      : {}),
  };
}
