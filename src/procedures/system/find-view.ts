// How `wuye find` shows what it found (issue 11: results a person can read): for each record the name and the
// unit — a person with the units they belong to, a unit with its owners, a case with its unit and party — and
// what matched under the field's own label (业主 张伟立（P000114）, not owners[0].person P000114).
// Personal data masked unless --reveal (ctx.shownData). e.g. wuye find 张 → P000114 人员 张伟立 3-1-0602（业主） 姓名：张伟立
import type { Ctx } from '../../kit/context.js';
import { fieldLabels, fieldRef, splitField } from '../../core/fieldlabels.js';
import { msg, t } from '../../core/i18n.js';
import { refPaths, refsOf } from '../../core/validate/refs.js';
import { ownerNames, personName, unitsOfPeople } from '../registry/api.js';

/** One match of wuye find: the record, the field (a path) and the value that matched. */
export interface Hit {
  kind: string;
  id: string;
  field: string;
  value: string;
  file: string;
}

export interface ReadableHit extends Hit {
  /** The person's or owners' names. */
  name: string;
  /** The units the record is about (a person's with their role). */
  units: string;
  /** What matched, under its label. */
  match: string;
}

const ROLE = { owner: msg('业主', 'owner'), resident: msg('住户', 'resident'), tenant: msg('租户', 'tenant') } as const;

function at(data: unknown, path: readonly (string | number)[]): unknown {
  let v = data;
  for (const k of path) v = (v as Record<string | number, unknown> | undefined)?.[k];
  return v;
}

export function readableHits(ctx: Ctx, hits: readonly Hit[]): ReadableHit[] {
  const people = unitsOfPeople(
    ctx.store,
    hits.filter((h) => h.kind === 'person').map((h) => h.id),
  );
  const roleLabel = (as: keyof typeof ROLE) => t(ROLE[as]);
  return hits.map((h) => {
    let data: Record<string, unknown> = {};
    try {
      // as it may be shown: personal data masked by the one rule unless --reveal
      data = ctx.shownData(h.kind, ctx.store.readRel<Record<string, unknown>>(h.file, h.kind, h.id).data);
    } catch {
      /* shown as found */
    }
    let name = '';
    let units: string[] = [];
    if (h.kind === 'person') {
      name = personName(ctx.store, h.id) ?? '';
      units = (people.get(h.id) ?? []).map((x) =>
        t(msg(`${x.unit}（${roleLabel(x.as)}）`, `${x.unit} (${roleLabel(x.as)})`)),
      );
    } else if (h.kind === 'unit') {
      units = [h.id];
      name = ownerNames(ctx.store, h.id).join('、');
    } else {
      const refs = refsOf(data, refPaths(h.kind));
      units = [...new Set(refs.filter((r) => r.kind === 'unit').map((r) => r.id))].slice(0, 3);
      const names = [...new Set(refs.filter((r) => r.kind === 'person').map((r) => r.id))]
        .slice(0, 2)
        .map((p) => personName(ctx.store, p) ?? p);
      name =
        typeof data.name === 'string'
          ? data.name
          : names.length
            ? names.join('、')
            : units[0]
              ? ownerNames(ctx.store, units[0]).join('、')
              : '';
    }
    let match: string;
    if (h.field === 'id') match = `${t(msg('编号', 'id'))} ${h.id}`;
    else {
      const path = splitField(h.field);
      // a person's or staff member's own name reads as 姓名 (the schema says 姓名或单位名称)
      const labels = h.field === 'name' ? [t(msg('姓名', 'name'))] : fieldLabels(h.kind, path).map((m) => t(m));
      const raw = at(data, path);
      const value = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : h.value;
      const ref = fieldRef(h.kind, path);
      // a reference reads as the thing it names: 业主 张伟立（P000114）; its own label (人员) adds nothing
      if (ref && labels.length > 1) labels.pop();
      const named =
        ref === 'person' ? personName(ctx.store, value) : ref === 'staff' ? staffName(ctx, value) : undefined;
      const who = named ? t(msg(`${named}（${value}）`, `${named} (${value})`)) : value;
      match = `${labels.join('·') || h.field} ${who}`;
    }
    return { ...h, name, units: units.join('、'), match };
  });
}

function staffName(ctx: Ctx, id: string): string | undefined {
  const s = ctx.store.tryRead<{ name: string }>('staff', id)?.data;
  return s?.name;
}
